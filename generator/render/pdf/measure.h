// The layout engine's whole view of fonts: five faces, advance widths and vertical metrics.
// The PDF writer implements it; the engine never sees PoDoFo.
#pragma once

#include <cstdint>
#include <string>

#include "base/status.h"

namespace nastavnik::render::pdf {

enum class Face : uint8_t { kRegular, kBold, kItalic, kBoldItalic, kMono };
inline constexpr int kFaceCount = 5;

inline Face StyledFace(bool bold, bool italic) {
  if (bold) return italic ? Face::kBoldItalic : Face::kBold;
  return italic ? Face::kItalic : Face::kRegular;
}

class Measurer {
 public:
  virtual ~Measurer() = default;
  /// Advance width of c at a size of 1 pt; negative when the face has no glyph for c.
  /// Called once per character laid out, so implementations answer from a flat cache.
  virtual float Advance(Face face, char32_t c) = 0;
  /// Distance from the baseline up to the top of the tallest glyph, at 1 pt.
  virtual float Ascent(Face face) = 0;
  /// Distance from the baseline down (positive), at 1 pt.
  virtual float Descent(Face face) = 0;
  /// The family and style a reader would name in an error message: "Liberation Serif Bold".
  virtual std::string FontName(Face face) = 0;
  /// Why Advance failed for a reason other than a missing glyph (a font that could not load).
  virtual Status status() const = 0;
};

}  // namespace nastavnik::render::pdf
