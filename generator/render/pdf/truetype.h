// A TrueType font read from its file's bytes: character → glyph, advance widths, the metrics a
// PDF font descriptor states, and a subset holding only the glyphs a document paints. The
// subset drops the hinting programs (fpgm, prep, cvt, glyph instructions): printers and viewers
// rasterise unhinted outlines well, and a plan's fonts shrink to a third.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik::render::pdf {

class TrueTypeFont {
 public:
  /// Parses the tables the PDF needs; an error names what is missing or malformed.
  static Result<std::shared_ptr<const TrueTypeFont>> Parse(std::string bytes, const std::string& name);

  /// 0 (.notdef) when the font has no glyph for c.
  uint16_t Glyph(char32_t c) const;
  /// Advance width in em (1.0 = the font size).
  float Advance(uint16_t glyph) const;
  int glyph_count() const { return glyph_count_; }
  /// Metrics in PDF glyph space (1000 units per em).
  int ascent() const { return ascent_; }
  int descent() const { return descent_; }  // negative
  int cap_height() const { return cap_height_; }
  float italic_angle() const { return italic_angle_; }
  const std::array<int, 4>& bbox() const { return bbox_; }
  /// Advance width in PDF glyph space, for the /W array.
  int Width(uint16_t glyph) const;

  /// A TrueType file holding only the given glyphs, renumbered: new glyph i is glyphs[i]
  /// (glyphs[0] should be 0, .notdef). Components of composite glyphs are appended after them.
  std::string Subset(std::vector<uint16_t> glyphs) const;

 private:
  std::string bytes_;
  struct Table {
    uint32_t offset = 0;
    uint32_t length = 0;
  };
  Table head_, hhea_, maxp_, hmtx_, loca_, glyf_;
  int glyph_count_ = 0;
  int metrics_count_ = 0;  // numberOfHMetrics
  int units_per_em_ = 1000;
  bool long_loca_ = false;
  int ascent_ = 0, descent_ = 0, cap_height_ = 0;
  float italic_angle_ = 0;
  std::array<int, 4> bbox_{};
  std::vector<uint16_t> bmp_;            // code point → glyph for the BMP
  std::vector<std::pair<char32_t, uint16_t>> astral_;  // sorted, beyond the BMP

  uint32_t GlyphOffset(int glyph) const;
  std::string_view GlyphData(int glyph) const;
};

}  // namespace nastavnik::render::pdf
