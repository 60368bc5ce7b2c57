#include "render/pdf/embedded_face.h"

#include <map>
#include <mutex>

#include "base/text.h"

namespace nastavnik::render::pdf {

namespace {

void Hex4(std::string& out, uint16_t v) {
  static const char kDigits[] = "0123456789ABCDEF";
  out += kDigits[(v >> 12) & 0xf];
  out += kDigits[(v >> 8) & 0xf];
  out += kDigits[(v >> 4) & 0xf];
  out += kDigits[v & 0xf];
}

// "D:20251201000000Z" → "2025-12-01T00:00:00Z".
std::string XmpDate(const std::string& pdf_date) {
  if (pdf_date.size() < 16) return "";
  const std::string d = pdf_date.substr(2);
  return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" + d.substr(8, 2) + ":" +
         d.substr(10, 2) + ":" + d.substr(12, 2) + "Z";
}

}  // namespace

EmbeddedFace MakeEmbeddedFace(const TrueTypeFont& font, int face, const std::string& postscript_name,
                              const std::u16string& codes, const std::function<uint16_t(char16_t)>& glyph_of) {
EmbeddedFace e;
  // Code i is glyph i of the subset: the glyphs in the order the document first painted them.
  std::vector<uint16_t> glyph_ids = {0};
  for (char16_t c : codes) glyph_ids.push_back(glyph_of(c));
  // The subset tag (six capitals) derives from the glyphs, so equal input gives equal files.
  uint32_t hash = 2166136261u ^ static_cast<uint32_t>(face);
  for (char16_t c : codes) hash = (hash ^ c) * 16777619u;
  for (int i = 0; i < 6; ++i, hash /= 26) e.name += static_cast<char>('A' + hash % 26);
  e.name += "+" + postscript_name;
  e.subset = font.Subset(glyph_ids);
  for (size_t code = 1; code < glyph_ids.size(); ++code) e.widths.push_back(font.Width(glyph_ids[code]));
  e.cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  size_t next = 0;
  while (next < codes.size()) {
    size_t block = 0;
    std::string lines;
    for (; next < codes.size() && block < 100; ++next, ++block) {
      lines += '<';
      Hex4(lines, static_cast<uint16_t>(next + 1));
      lines += "> <";
      Hex4(lines, static_cast<uint16_t>(codes[next]));
      lines += ">\n";
    }
    e.cmap += std::to_string(block) + " beginbfchar\n" + lines + "endbfchar\n";
  }
  e.cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return e;
}

std::string XmpPacket(const std::string& title, const std::string& author, const std::string& subject,
                      const std::string& lang, const std::string& pdf_date) {
  const std::string date = XmpDate(pdf_date);
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "<dc:format>application/pdf</dc:format>\n"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text::EscapeHtml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
      "<dc:language><rdf:Bag><rdf:li>" + text::EscapeHtml(lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (!author.empty()) {
    xmp += "<dc:creator><rdf:Seq><rdf:li>" + text::EscapeHtml(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!subject.empty()) {
    xmp += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text::EscapeHtml(subject) +
           "</rdf:li></rdf:Alt></dc:description>\n";
  }
  xmp += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date +
         "</xmp:ModifyDate>\n<xmp:CreatorTool>nastavnik</xmp:CreatorTool>\n"
         "<pdf:Producer>nastavnik (PoDoFo 0.9.8)</pdf:Producer>\n"
         "</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>";
  return xmp;
}

std::shared_ptr<const EmbeddedFace> CachedFace(int face, const std::u16string& codes,
                                               const std::function<EmbeddedFace()>& make) {
  static std::mutex mutex;
  static std::map<std::pair<int, std::u16string>, std::shared_ptr<const EmbeddedFace>> cache;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find({face, codes});
    if (it != cache.end()) return it->second;
  }
  auto made = std::make_shared<const EmbeddedFace>(make());
  std::lock_guard<std::mutex> lock(mutex);
  if (cache.size() >= 64) cache.clear();  // a bound, not a policy: the reuse is within a build's runs
  cache.emplace(std::make_pair(face, codes), made);
  return made;
}

}  // namespace nastavnik::render::pdf
