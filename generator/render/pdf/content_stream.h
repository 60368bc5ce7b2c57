// A page's content stream: fills, strokes, images and text in PDF operators, each piece inside
// marked content that ties it to its structure element (or marks it an artifact). No PoDoFo here:
// the writer supplies glyph codes and resource names.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "render/pdf/measure.h"
#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

/// Gives the two-byte code a character is painted with in a face (the writer numbers glyphs in
/// the order a document first paints them).
class GlyphCoder {
 public:
  virtual ~GlyphCoder() = default;
  virtual bool HasFace(Face face) = 0;
  virtual uint16_t Code(Face face, char16_t c) = 0;
};

/// Fonts are named /F1…/F5 by face; image_names[i] is the resource name of image i. faces_used
/// gets the faces painted; mcids gets the structure node of each marked-content id, in order.
std::string PaintPage(const Page& page, const std::vector<StructNode>& structure, GlyphCoder& coder,
                      const std::vector<std::string>& image_names, std::array<bool, kFaceCount>* faces_used,
                      std::vector<int>* mcids);

/// "/F1" … "/F5": the resource name of a face.
inline std::string FontResource(Face face) { return std::string("F") + static_cast<char>('1' + static_cast<int>(face)); }

}  // namespace nastavnik::render::pdf
