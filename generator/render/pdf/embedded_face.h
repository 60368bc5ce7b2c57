// What embedding one face in one document takes, apart from PDF objects: the subset font file,
// its name with the subset tag, the widths of codes 1…n and the ToUnicode CMap.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "render/pdf/truetype.h"

namespace nastavnik::render::pdf {

// An embedded face ready to write. Documents made from one template often paint the same
// characters in the same order in a face (a plan's bold headings), so these are kept for reuse.
struct EmbeddedFace {
  std::string name;
  std::string subset;
  std::string subset_packed;
  std::string cmap;
  std::string cmap_packed;
  std::vector<int> widths;
};

/// codes[i - 1] is the character painted with code i; glyph_of gives its glyph in font.
EmbeddedFace MakeEmbeddedFace(const TrueTypeFont& font, int face, const std::string& postscript_name,
                              const std::u16string& codes, const std::function<uint16_t(char16_t)>& glyph_of);

/// The XMP metadata packet repeating the Info dictionary (date as "D:YYYYMMDDHHmmSSZ").
std::string XmpPacket(const std::string& title, const std::string& author, const std::string& subject,
                      const std::string& lang, const std::string& pdf_date);

/// The embedded subset for a face and its painted codes, made once and shared by the documents of
/// a build that paint the same glyphs.
std::shared_ptr<const EmbeddedFace> CachedFace(int face, const std::u16string& codes,
                                               const std::function<EmbeddedFace()>& make);

}  // namespace nastavnik::render::pdf
