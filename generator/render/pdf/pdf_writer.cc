// The only file that includes PoDoFo. PdfError is not a std::exception, so every entry point
// catches it by name here and returns Status::Internal; nothing PoDoFo throws leaves this file.
#include "render/pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

#include "base/utf8.h"
#include "render/pdf/truetype.h"

namespace nastavnik::render::pdf {

namespace {

using namespace PoDoFo;

struct FaceFile {
  const char* family;
  const char* style;
  const char* file;
  bool bold;
  bool italic;
};

constexpr std::array<FaceFile, kFaceCount> kFaceFiles = {{
    {"Liberation Serif", "", "LiberationSerif-Regular.ttf", false, false},
    {"Liberation Serif", " Bold", "LiberationSerif-Bold.ttf", true, false},
    {"Liberation Serif", " Italic", "LiberationSerif-Italic.ttf", false, true},
    {"Liberation Serif", " Bold Italic", "LiberationSerif-BoldItalic.ttf", true, true},
    {"Liberation Mono", "", "LiberationMono-Regular.ttf", false, false},
}};

PdfString Utf8(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

// A URI action holds 7-bit ASCII (PDF 32000-1 §12.6.4.7): bytes beyond it are percent-encoded.
std::string AsciiUri(const std::string& url) {
  static const char kDigits[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : url) {
    if (c > 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kDigits[c >> 4];
      out += kDigits[c & 0xf];
    }
  }
  return out;
}

// Numbers in content streams: fixed point, never locale-dependent.
void Num(std::string& out, double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  char* end = r.ptr;
  while (end > buf && end[-1] == '0') --end;
  if (end > buf && end[-1] == '.') --end;
  if (end - buf == 2 && buf[0] == '-' && buf[1] == '0') {
    out += '0';
  } else {
    out.append(buf, end);
  }
  out += ' ';
}

void Color(std::string& out, uint32_t rgb, const char* op) {
  Num(out, ((rgb >> 16) & 0xff) / 255.0);
  Num(out, ((rgb >> 8) & 0xff) / 255.0);
  Num(out, (rgb & 0xff) / 255.0);
  out += op;
  out += '\n';
}

void Hex4(std::string& out, uint16_t v) {
  static const char kDigits[] = "0123456789ABCDEF";
  out += kDigits[(v >> 12) & 0xf];
  out += kDigits[(v >> 8) & 0xf];
  out += kDigits[(v >> 4) & 0xf];
  out += kDigits[v & 0xf];
}

// PoDoFo derives the trailer /ID from the Info dictionary alone, so two documents with one title
// and date would share it. Replace it, in place and at the same length so the xref stays right,
// with a 128-bit FNV-1a digest of the whole file.
void SetFileIdentifier(std::string& pdf) {
  const size_t at = pdf.rfind("/ID[<");
  if (at == std::string::npos || at + 5 + 32 + 2 + 32 + 2 > pdf.size()) return;
  const size_t first = at + 5;
  const size_t second = first + 32 + 2;
  if (pdf.compare(first + 32, 2, "><") != 0 || pdf.compare(second + 32, 2, ">]") != 0) return;
  uint64_t h1 = 0xcbf29ce484222325ULL;
  uint64_t h2 = 0x84222325cbf29ce4ULL;
  for (unsigned char c : pdf) {
    h1 = (h1 ^ c) * 0x100000001b3ULL;
    h2 = (h2 ^ c) * 0x100000001b3ULL;
    h2 ^= h2 >> 29;
  }
  static const char kDigits[] = "0123456789ABCDEF";
  std::string id;
  for (uint64_t h : {h1, h2}) {
    for (int shift = 60; shift >= 0; shift -= 4) id += kDigits[(h >> shift) & 0xf];
  }
  pdf.replace(first, 32, id);
  pdf.replace(second, 32, id);
}

// Width and glyph id per BMP code point, in 256-entry pages filled on first use: a lookup per
// character is two array indexings.
struct Glyph {
  float advance = 0;  // em; negative: no glyph
  uint16_t gid = 0;
  uint16_t code = 0;  // the code painted: glyph id in the subset, 0 until first painted
  bool known = false;
};
using GlyphPage = std::array<Glyph, 256>;

}  // namespace

// Font files are parsed once per process and shared by every document of a build.
Result<std::shared_ptr<const TrueTypeFont>> LoadFont(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TrueTypeFont>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = cache.find(path); it != cache.end()) return it->second;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Internal("нет файла шрифта " + path + " (пакет fonts-liberation2)");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Result<std::shared_ptr<const TrueTypeFont>> font = TrueTypeFont::Parse(std::move(bytes), path);
  if (font.ok()) cache[path] = *font;
  return font;
}

struct PdfWriter::Impl {
  std::string fonts_dir;
  std::unique_ptr<PdfMemDocument> doc;
  std::array<const TrueTypeFont*, kFaceCount> fonts{};
  std::array<std::shared_ptr<const TrueTypeFont>, kFaceCount> font_refs;
  std::array<bool, kFaceCount> tried{};
  std::array<std::array<std::unique_ptr<GlyphPage>, 256>, kFaceCount> glyphs;
  /// Per face, the characters in the order first painted: code i (i ≥ 1) is codes[i - 1].
  std::array<std::vector<char16_t>, kFaceCount> codes;
  /// The Type0 font object of each face the document paints with, made on first use.
  std::array<PdfObject*, kFaceCount> font_objects{};
  Status status;

  const TrueTypeFont* Font(Face face) {
    const int f = static_cast<int>(face);
    if (tried[f]) return fonts[f];
    tried[f] = true;
    const std::string path = (std::filesystem::path(fonts_dir) / kFaceFiles[f].file).string();
    Result<std::shared_ptr<const TrueTypeFont>> font = LoadFont(path);
    if (!font.ok()) {
      if (status.ok()) status = font.status();
      return nullptr;
    }
    font_refs[f] = *font;
    fonts[f] = font_refs[f].get();
    return fonts[f];
  }

  Glyph& Lookup(Face face, char16_t c) {
    auto& page = glyphs[static_cast<int>(face)][c >> 8];
    if (!page) page = std::make_unique<GlyphPage>();
    Glyph& g = (*page)[c & 0xff];
    if (g.known) return g;
    g.known = true;
    g.advance = -1;
    const TrueTypeFont* font = Font(face);
    if (!font) return g;
    const uint16_t gid = font->Glyph(c);
    if (gid > 0) {
      g.gid = gid;
      g.advance = font->Advance(gid);
    }
    return g;
  }

  PdfObject* FontObject(int face) {
    if (!font_objects[face]) font_objects[face] = doc->GetObjects().CreateObject("Font");
    return font_objects[face];
  }
  void EmbedFont(int face);

  std::vector<std::unique_ptr<PdfImage>> images;

  /// The page's content stream; mcids gets the structure node of each marked-content id.
  std::string PaintPage(const Page& page, const std::vector<StructNode>& structure,
                        std::array<bool, kFaceCount>* faces_used, std::vector<int>* mcids);
  void AddStructure(const LaidOutDocument& laid, const std::vector<PdfObject*>& pages,
                    const std::vector<std::vector<int>>& mcids);
  void AddMetadata(const DocumentInfo& info);
  void AddOutline(const LaidOutDocument& laid, const std::string& title);
};

PdfWriter::PdfWriter(std::string fonts_dir) : impl_(std::make_unique<Impl>()) {
  impl_->fonts_dir = std::move(fonts_dir);
  static std::once_flag quiet;
  std::call_once(quiet, [] {
    PdfError::EnableLogging(false);
    PdfError::EnableDebug(false);
  });
}

PdfWriter::~PdfWriter() = default;

float PdfWriter::Advance(Face face, char32_t c) {
  if (c > 0xffff) return -1;
  return impl_->Lookup(face, static_cast<char16_t>(c)).advance;
}

float PdfWriter::Ascent(Face face) {
  const TrueTypeFont* font = impl_->Font(face);
  return font ? static_cast<float>(font->ascent()) / 1000.0f : 0.891f;
}

float PdfWriter::Descent(Face face) {
  const TrueTypeFont* font = impl_->Font(face);
  return font ? static_cast<float>(-font->descent()) / 1000.0f : 0.216f;
}

std::string PdfWriter::FontName(Face face) {
  const FaceFile& ff = kFaceFiles[static_cast<int>(face)];
  return std::string(ff.family) + ff.style;
}

Status PdfWriter::status() const { return impl_->status; }

// Embeds the face as a Type0 font: a CIDFontType2 whose glyph ids are the codes (Identity-H,
// CIDToGIDMap /Identity), the subset as FontFile2, widths of the painted glyphs, and a ToUnicode
// CMap so that copied and searched text is the Cyrillic that was set.
void PdfWriter::Impl::EmbedFont(int f) {
  const TrueTypeFont& font = *fonts[f];
  // Code i is glyph i of the subset: the glyphs in the order the document first painted them.
  std::vector<uint16_t> glyph_ids = {0};
  for (char16_t c : codes[f]) glyph_ids.push_back(Lookup(static_cast<Face>(f), c).gid);
  // The subset tag (six capitals) derives from the glyphs, so equal input gives equal files.
  uint32_t hash = 2166136261u ^ static_cast<uint32_t>(f);
  for (char16_t c : codes[f]) hash = (hash ^ c) * 16777619u;
  std::string name;
  for (int i = 0; i < 6; ++i, hash /= 26) name += static_cast<char>('A' + hash % 26);
  const std::string file_name = kFaceFiles[f].file;
  name += "+" + file_name.substr(0, file_name.rfind('.'));

  PdfVecObjects& objects = doc->GetObjects();
  const std::string subset = font.Subset(glyph_ids);
  PdfObject* file = objects.CreateObject();
  file->GetDictionary().AddKey(PdfName("Length1"), static_cast<pdf_int64>(subset.size()));
  file->GetStream()->Set(subset.data(), static_cast<pdf_long>(subset.size()));

  PdfObject* descriptor = objects.CreateObject("FontDescriptor");
  PdfDictionary& fd = descriptor->GetDictionary();
  fd.AddKey(PdfName("FontName"), PdfName(name));
  const bool mono = static_cast<Face>(f) == Face::kMono;
  const bool italic = kFaceFiles[f].italic;
  // Nonsymbolic (32), serif (2) or fixed pitch (1), italic (64).
  fd.AddKey(PdfName("Flags"), static_cast<pdf_int64>(32 | (mono ? 1 : 2) | (italic ? 64 : 0)));
  PdfArray bbox;
  for (int v : font.bbox()) bbox.push_back(static_cast<pdf_int64>(v));
  fd.AddKey(PdfName("FontBBox"), bbox);
  fd.AddKey(PdfName("ItalicAngle"), static_cast<double>(font.italic_angle()));
  fd.AddKey(PdfName("Ascent"), static_cast<pdf_int64>(font.ascent()));
  fd.AddKey(PdfName("Descent"), static_cast<pdf_int64>(font.descent()));
  fd.AddKey(PdfName("CapHeight"), static_cast<pdf_int64>(font.cap_height()));
  fd.AddKey(PdfName("StemV"), static_cast<pdf_int64>(kFaceFiles[f].bold ? 140 : 80));
  fd.AddKey(PdfName("FontFile2"), file->Reference());

  // /W: codes 1..n are consecutive, so one array of widths serves them all.
  PdfArray widths;
  PdfArray run;
  for (size_t code = 1; code < glyph_ids.size(); ++code) run.push_back(static_cast<pdf_int64>(font.Width(glyph_ids[code])));
  widths.push_back(static_cast<pdf_int64>(1));
  widths.push_back(run);
  PdfObject* cid = objects.CreateObject("Font");
  PdfDictionary& cd = cid->GetDictionary();
  cd.AddKey(PdfName("Subtype"), PdfName("CIDFontType2"));
  cd.AddKey(PdfName("BaseFont"), PdfName(name));
  PdfDictionary system;
  system.AddKey(PdfName("Registry"), PdfString("Adobe"));
  system.AddKey(PdfName("Ordering"), PdfString("Identity"));
  system.AddKey(PdfName("Supplement"), PdfVariant(static_cast<pdf_int64>(0)));
  cd.AddKey(PdfName("CIDSystemInfo"), system);
  cd.AddKey(PdfName("FontDescriptor"), descriptor->Reference());
  cd.AddKey(PdfName("W"), widths);
  cd.AddKey(PdfName("CIDToGIDMap"), PdfName("Identity"));

  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  size_t next = 0;
  while (next < codes[f].size()) {
    size_t block = 0;
    std::string lines;
    for (; next < codes[f].size() && block < 100; ++next, ++block) {
      lines += '<';
      Hex4(lines, static_cast<uint16_t>(next + 1));
      lines += "> <";
      Hex4(lines, static_cast<uint16_t>(codes[f][next]));
      lines += ">\n";
    }
    cmap += std::to_string(block) + " beginbfchar\n" + lines + "endbfchar\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  PdfObject* to_unicode = objects.CreateObject();
  to_unicode->GetStream()->Set(cmap.data(), static_cast<pdf_long>(cmap.size()));

  PdfDictionary& type0 = font_objects[f]->GetDictionary();
  type0.AddKey(PdfName("Subtype"), PdfName("Type0"));
  type0.AddKey(PdfName("BaseFont"), PdfName(name));
  type0.AddKey(PdfName("Encoding"), PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid->Reference());
  type0.AddKey(PdfName("DescendantFonts"), descendants);
  type0.AddKey(PdfName("ToUnicode"), to_unicode->Reference());
}

namespace {

// Marked content: consecutive items with one tag share a sequence; untagged ones are artifacts.
class Marker {
 public:
  Marker(std::string& out, const std::vector<StructNode>& structure, std::vector<int>* mcids)
      : out_(out), structure_(structure), mcids_(mcids) {}
  void To(int tag) {
    if (tag < 0) tag = kArtifact;
    if (open_ && tag == current_) return;
    Close();
    if (tag == kArtifact || tag >= static_cast<int>(structure_.size())) {
      out_ += "/Artifact BMC\n";
      current_ = kArtifact;
    } else {
      out_ += '/';
      out_ += structure_[tag].type;
      out_ += " <</MCID ";
      out_ += std::to_string(mcids_->size());
      out_ += ">> BDC\n";
      mcids_->push_back(tag);
      current_ = tag;
    }
    open_ = true;
  }
  void Close() {
    if (open_) out_ += "EMC\n";
    open_ = false;
  }

 private:
  std::string& out_;
  const std::vector<StructNode>& structure_;
  std::vector<int>* mcids_;
  int current_ = kArtifact;
  bool open_ = false;
};

}  // namespace

std::string PdfWriter::Impl::PaintPage(const Page& page, const std::vector<StructNode>& structure,
                                       std::array<bool, kFaceCount>* faces_used, std::vector<int>* mcids) {
  std::string out;
  out.reserve(16384);
  Marker mark(out, structure, mcids);
  const float h = page.height;
  for (const Fill& f : page.content.fills) {
    mark.To(f.tag);
    Color(out, f.color, "rg");
    Num(out, f.x);
    Num(out, h - f.y - f.h);
    Num(out, f.w);
    Num(out, f.h);
    out += "re f\n";
  }
  float width = -1;
  float dash = 0;
  uint32_t stroke_color = 0xffffffff;
  for (const Stroke& s : page.content.strokes) {
    mark.To(s.tag);
    if (s.width != width) {
      Num(out, width = s.width);
      out += "w\n";
    }
    if (s.dash != dash) {
      dash = s.dash;
      if (dash > 0) {
        out += '[';
        Num(out, dash);
        Num(out, dash * 0.75);
        out += "] 0 d\n";
      } else {
        out += "[] 0 d\n";
      }
    }
    if (s.color != stroke_color) Color(out, stroke_color = s.color, "RG");
    Num(out, s.x1);
    Num(out, h - s.y1);
    out += "m ";
    Num(out, s.x2);
    Num(out, h - s.y2);
    out += "l S\n";
  }
  for (const ImageDraw& img : page.content.images) {
    if (img.image < 0 || img.image >= static_cast<int>(images.size())) continue;
    mark.To(img.tag);
    out += "q ";
    Num(out, img.w);
    out += "0 0 ";
    Num(out, img.h);
    Num(out, img.x);
    Num(out, h - img.y - img.h);
    out += "cm /";
    out += images[img.image]->GetIdentifier().GetName();
    out += " Do Q\n";
  }
  mark.Close();
  if (page.content.texts.empty()) return out;
  out += "BT\n";
  int face = -1;
  float size = -1;
  uint32_t color = 0xffffffff;
  for (const TextRun& run : page.content.texts) {
    if (run.text.empty()) continue;
    const int f = static_cast<int>(run.face);
    if (!Font(run.face)) continue;
    (*faces_used)[f] = true;
    mark.To(run.tag);
    if (f != face || run.size != size) {
      face = f;
      size = run.size;
      out += "/F";
      out += static_cast<char>('1' + f);
      out += ' ';
      Num(out, size);
      out += "Tf\n";
    }
    if (run.color != color) Color(out, color = run.color, "rg");
    out += "1 0 0 1 ";
    Num(out, run.x);
    Num(out, h - run.y);
    out += "Tm\n";
    // Justified lines widen each space by word_spacing: a TJ offset after every U+0020.
    const bool spread = std::abs(run.word_spacing) > 0.001f;
    out += spread ? "[<" : "<";
    for (char16_t c : run.text) {
      Glyph& g = Lookup(run.face, c);
      if (g.code == 0) {
        codes[f].push_back(c);
        g.code = static_cast<uint16_t>(codes[f].size());
      }
      Hex4(out, g.code);
      if (spread && c == u' ') {
        out += "> ";
        Num(out, -run.word_spacing * 1000.0 / run.size);
        out += '<';
      }
    }
    out += spread ? ">] TJ\n" : "> Tj\n";
  }
  mark.Close();
  out += "ET\n";
  return out;
}

void PdfWriter::Impl::AddOutline(const LaidOutDocument& laid, const std::string& title) {
  if (laid.outline.empty()) return;
  PdfOutlines* outlines = doc->GetOutlines(true);
  struct Open {
    int level;
    PdfOutlineItem* item;
    PdfOutlineItem* last_child;
  };
  std::vector<Open> stack;
  PdfOutlineItem* last_top = nullptr;
  for (const OutlineEntry& e : laid.outline) {
    PdfPage* page = doc->GetPage(e.page);
    if (!page) continue;
    const double top = page->GetPageSize().GetHeight() - e.y;
    PdfDestination dest(page, kMarginLeft, top, 0);
    const PdfString name = Utf8(e.title.empty() ? title : e.title);
    while (!stack.empty() && stack.back().level >= e.level) stack.pop_back();
    PdfOutlineItem* item;
    if (stack.empty()) {
      if (last_top) {
        item = last_top->CreateNext(name, dest);
      } else {
        item = outlines->CreateRoot(name);
        item->SetDestination(dest);
      }
      last_top = item;
    } else {
      Open& parent = stack.back();
      item = parent.last_child ? parent.last_child->CreateNext(name, dest) : parent.item->CreateChild(name, dest);
      parent.last_child = item;
    }
    stack.push_back(Open{e.level, item, nullptr});
  }
}

// The tagged-PDF structure tree (PDF 32000-1 §14.7): one StructElem per node, its kids the child
// elements then its marked-content references, and the parent tree mapping every page's MCIDs
// back to their elements.
void PdfWriter::Impl::AddStructure(const LaidOutDocument& laid, const std::vector<PdfObject*>& pages,
                                   const std::vector<std::vector<int>>& mcids) {
  PdfVecObjects& objects = doc->GetObjects();
  PdfObject* root = objects.CreateObject("StructTreeRoot");
  const size_t n = laid.structure.size();
  std::vector<PdfObject*> elems(n);
  for (size_t i = 0; i < n; ++i) elems[i] = objects.CreateObject("StructElem");
  std::vector<PdfArray> kids(n);
  for (size_t i = 1; i < n; ++i) {
    const int parent = laid.structure[i].parent;
    if (parent >= 0 && parent < static_cast<int>(n)) kids[parent].push_back(elems[i]->Reference());
  }
  PdfArray nums;
  for (size_t p = 0; p < pages.size(); ++p) {
    PdfArray parents;
    for (size_t mcid = 0; mcid < mcids[p].size(); ++mcid) {
      const int node = mcids[p][mcid];
      PdfDictionary mcr;
      mcr.AddKey(PdfName("Type"), PdfName("MCR"));
      mcr.AddKey(PdfName("Pg"), pages[p]->Reference());
      mcr.AddKey(PdfName("MCID"), static_cast<pdf_int64>(mcid));
      kids[node].push_back(mcr);
      parents.push_back(elems[node]->Reference());
    }
    pages[p]->GetDictionary().AddKey(PdfName("StructParents"), static_cast<pdf_int64>(p));
    nums.push_back(static_cast<pdf_int64>(p));
    nums.push_back(parents);
  }
  for (size_t i = 0; i < n; ++i) {
    const StructNode& node = laid.structure[i];
    PdfDictionary& d = elems[i]->GetDictionary();
    d.AddKey(PdfName("S"), PdfName(node.type));
    const int parent = node.parent;
    d.AddKey(PdfName("P"), parent >= 0 && parent < static_cast<int>(n) ? elems[parent]->Reference() : root->Reference());
    d.AddKey(PdfName("K"), kids[i]);
    if (!node.alt.empty()) d.AddKey(PdfName("Alt"), Utf8(node.alt));
    if (!node.scope.empty()) {
      PdfDictionary attributes;
      attributes.AddKey(PdfName("O"), PdfName("Table"));
      attributes.AddKey(PdfName("Scope"), PdfName(node.scope));
      d.AddKey(PdfName("A"), attributes);
    }
  }
  PdfDictionary& r = root->GetDictionary();
  r.AddKey(PdfName("K"), elems[0]->Reference());
  PdfDictionary parent_tree;
  parent_tree.AddKey(PdfName("Nums"), nums);
  r.AddKey(PdfName("ParentTree"), objects.CreateObject(parent_tree)->Reference());
  r.AddKey(PdfName("ParentTreeNextKey"), static_cast<pdf_int64>(pages.size()));
  PdfDictionary& catalog = doc->GetCatalog()->GetDictionary();
  catalog.AddKey(PdfName("StructTreeRoot"), root->Reference());
  PdfDictionary mark_info;
  mark_info.AddKey(PdfName("Marked"), PdfVariant(true));
  catalog.AddKey(PdfName("MarkInfo"), mark_info);
}

namespace {

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// "D:20251201000000Z" → "2025-12-01T00:00:00Z".
std::string XmpDate(const std::string& pdf_date) {
  if (pdf_date.size() < 16) return "";
  const std::string d = pdf_date.substr(2);
  return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2) + "T" + d.substr(8, 2) + ":" +
         d.substr(10, 2) + ":" + d.substr(12, 2) + "Z";
}

}  // namespace

// XMP metadata repeating the Info dictionary, which readers of tagged PDF look for.
void PdfWriter::Impl::AddMetadata(const DocumentInfo& info) {
  const std::string lang = info.lang.empty() ? "ru-RU" : info.lang;
  const std::string date = XmpDate(info.date);
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "<dc:format>application/pdf</dc:format>\n"
      "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmlEscape(info.title) + "</rdf:li></rdf:Alt></dc:title>\n"
      "<dc:language><rdf:Bag><rdf:li>" + XmlEscape(lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  if (!info.author.empty()) {
    xmp += "<dc:creator><rdf:Seq><rdf:li>" + XmlEscape(info.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  if (!info.subject.empty()) {
    xmp += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + XmlEscape(info.subject) +
           "</rdf:li></rdf:Alt></dc:description>\n";
  }
  xmp += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date +
         "</xmp:ModifyDate>\n<xmp:CreatorTool>nastavnik</xmp:CreatorTool>\n"
         "<pdf:Producer>nastavnik (PoDoFo 0.9.8)</pdf:Producer>\n"
         "</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>";
  PdfObject* metadata = doc->GetObjects().CreateObject("Metadata");
  metadata->GetDictionary().AddKey(PdfName("Subtype"), PdfName("XML"));
  metadata->GetStream()->Set(xmp.data(), static_cast<pdf_long>(xmp.size()), TVecFilters());
  doc->GetCatalog()->GetDictionary().AddKey(PdfName("Metadata"), metadata->Reference());
}

Result<std::string> PdfWriter::Write(const LaidOutDocument& laid, const DocumentInfo& info) {
  if (!impl_->status.ok()) return impl_->status;
  try {
    if (!impl_->doc) impl_->doc = std::make_unique<PdfMemDocument>();
    PdfMemDocument& doc = *impl_->doc;
    for (const ImageData& data : laid.images) {
      auto image = std::make_unique<PdfImage>(&doc);
      image->LoadFromData(reinterpret_cast<const unsigned char*>(data.bytes.data()),
                          static_cast<pdf_long>(data.bytes.size()));
      impl_->images.push_back(std::move(image));
    }
    std::vector<PdfObject*> page_objects;
    std::vector<std::vector<int>> mcids(laid.pages.size());
    // Pages are made and finished one at a time: CreatePage frees the previous page's wrapper.
    for (size_t index = 0; index < laid.pages.size(); ++index) {
      const Page& page = laid.pages[index];
      std::array<bool, kFaceCount> faces{};
      std::string content = impl_->PaintPage(page, laid.structure, &faces, &mcids[index]);
      PdfPage* p = doc.CreatePage(PdfRect(0, 0, page.width, page.height));
      page_objects.push_back(p->GetObject());
      for (int f = 0; f < kFaceCount; ++f) {
        if (!faces[f]) continue;
        p->AddResource(PdfName(std::string("F") + static_cast<char>('1' + f)), impl_->FontObject(f)->Reference(),
                       PdfName("Font"));
      }
      std::vector<bool> drawn(impl_->images.size());
      for (const ImageDraw& img : page.content.images) {
        if (img.image < 0 || img.image >= static_cast<int>(drawn.size()) || drawn[img.image]) continue;
        drawn[img.image] = true;
        PdfImage& image = *impl_->images[img.image];
        p->AddResource(image.GetIdentifier(), image.GetObject()->Reference(), PdfName("XObject"));
      }
      p->GetContentsForAppending()->GetStream()->Set(content.data(), static_cast<pdf_long>(content.size()));
      for (const LinkArea& link : page.content.links) {
        PdfAnnotation* a = p->CreateAnnotation(
            ePdfAnnotation_Link, PdfRect(link.x, page.height - link.y - link.h, link.w, link.h));
        PdfAction action(ePdfAction_URI, &doc);
        action.SetURI(PdfString(AsciiUri(link.url).c_str()));
        a->SetAction(action);
        a->SetBorderStyle(0, 0, 0);
        a->SetFlags(ePdfAnnotationFlags_Print);
        // PoDoFo stamps annotations with the local "now" too.
        a->GetObject()->GetDictionary().AddKey(PdfName("M"), PdfString(info.date));
      }
    }
    if (!impl_->status.ok()) return impl_->status;
    for (int f = 0; f < kFaceCount; ++f) {
      if (impl_->font_objects[f]) impl_->EmbedFont(f);
    }
    impl_->AddOutline(laid, info.title);
    if (!laid.structure.empty()) impl_->AddStructure(laid, page_objects, mcids);
    impl_->AddMetadata(info);

    PdfInfo* pdf_info = doc.GetInfo();
    if (!info.title.empty()) pdf_info->SetTitle(Utf8(info.title));
    if (!info.author.empty()) pdf_info->SetAuthor(Utf8(info.author));
    if (!info.subject.empty()) pdf_info->SetSubject(Utf8(info.subject));
    pdf_info->SetCreator(PdfString("nastavnik"));
    pdf_info->SetProducer(PdfString("nastavnik (PoDoFo 0.9.8)"));
    // PoDoFo stamps local "now"; the build's time in UTC keeps files byte-identical.
    PdfDictionary& dict = pdf_info->GetObject()->GetDictionary();
    dict.AddKey(PdfName("CreationDate"), PdfString(info.date));
    dict.AddKey(PdfName("ModDate"), PdfString(info.date));
    // PdfDocument::SetLanguage leaks its PdfObject; the catalog key is the same thing.
    doc.GetCatalog()->GetDictionary().AddKey(PdfName("Lang"), PdfString(info.lang.empty() ? "ru-RU" : info.lang));
    doc.SetDisplayDocTitle();
    doc.SetPdfVersion(ePdfVersion_1_7);

    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc.Write(&device);
    std::string bytes(buffer.GetBuffer(), device.GetLength());
    SetFileIdentifier(bytes);
    return bytes;
  } catch (const PdfError& e) {
    return Status::Internal(std::string("PoDoFo не смог записать PDF: ") + e.what());
  } catch (const std::exception& e) {
    return Status::Internal(std::string("PoDoFo не смог записать PDF: ") + e.what());
  }
}

}  // namespace nastavnik::render::pdf
