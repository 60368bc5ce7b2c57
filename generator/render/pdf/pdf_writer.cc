// The only file that includes PoDoFo. PdfError is not a std::exception, so every entry point
// catches it by name here and returns Status::Internal; nothing PoDoFo throws leaves this file.
#include "render/pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <array>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <mutex>

#include "base/utf8.h"

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
  bool known = false;
  bool used = false;
};
using GlyphPage = std::array<Glyph, 256>;

}  // namespace

struct PdfWriter::Impl {
  std::string fonts_dir;
  std::unique_ptr<PdfMemDocument> doc;
  std::array<PdfFont*, kFaceCount> fonts{};
  std::array<bool, kFaceCount> tried{};
  std::array<std::array<std::unique_ptr<GlyphPage>, 256>, kFaceCount> glyphs;
  Status status;

  PdfFont* Font(Face face) {
    const int f = static_cast<int>(face);
    if (tried[f]) return fonts[f];
    tried[f] = true;
    const FaceFile& ff = kFaceFiles[f];
    const std::string path = (std::filesystem::path(fonts_dir) / ff.file).string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      if (status.ok()) status = Status::Internal("нет файла шрифта " + path + " (пакет fonts-liberation2)");
      return nullptr;
    }
    try {
      if (!doc) doc = std::make_unique<PdfMemDocument>();
      // Identity-H with ToUnicode: two-byte glyph codes that text extraction maps back to Cyrillic.
      fonts[f] = doc->CreateFontSubset(ff.family, ff.bold, ff.italic, false,
                                       PdfEncodingFactory::GlobalIdentityEncodingInstance(), path.c_str());
    } catch (const PdfError& e) {
      if (status.ok()) status = Status::Internal("PoDoFo не загрузил шрифт " + path + ": " + e.what());
    } catch (const std::exception& e) {
      if (status.ok()) status = Status::Internal("PoDoFo не загрузил шрифт " + path + ": " + e.what());
    }
    if (!fonts[f] && status.ok()) status = Status::Internal("PoDoFo не загрузил шрифт " + path);
    return fonts[f];
  }

  Glyph& Lookup(Face face, char16_t c) {
    auto& page = glyphs[static_cast<int>(face)][c >> 8];
    if (!page) page = std::make_unique<GlyphPage>();
    Glyph& g = (*page)[c & 0xff];
    if (g.known) return g;
    g.known = true;
    g.advance = -1;
    PdfFont* font = Font(face);
    if (!font) return g;
    try {
      const PdfFontMetrics* m = font->GetFontMetrics();
      long gid = m->GetGlyphId(c);
      if (gid > 0 && gid <= 0xffff) {
        g.gid = static_cast<uint16_t>(gid);
        g.advance = static_cast<float>(m->GetGlyphWidth(static_cast<int>(gid)) / 1000.0);
      }
    } catch (const PdfError&) {
      g.advance = -1;
    }
    return g;
  }

  std::string PaintPage(const Page& page, std::array<bool, kFaceCount>* faces_used);
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
  PdfFont* font = impl_->Font(face);
  return font ? static_cast<float>(font->GetFontMetrics()->GetPdfAscent() / 1000.0) : 0.891f;
}

float PdfWriter::Descent(Face face) {
  PdfFont* font = impl_->Font(face);
  return font ? static_cast<float>(-font->GetFontMetrics()->GetPdfDescent() / 1000.0) : 0.216f;
}

std::string PdfWriter::FontName(Face face) {
  const FaceFile& ff = kFaceFiles[static_cast<int>(face)];
  return std::string(ff.family) + ff.style;
}

Status PdfWriter::status() const { return impl_->status; }

std::string PdfWriter::Impl::PaintPage(const Page& page, std::array<bool, kFaceCount>* faces_used) {
  std::string out;
  out.reserve(16384);
  const float h = page.height;
  for (const Fill& f : page.content.fills) {
    Color(out, f.color, "rg");
    Num(out, f.x);
    Num(out, h - f.y - f.h);
    Num(out, f.w);
    Num(out, f.h);
    out += "re f\n";
  }
  float width = -1;
  uint32_t stroke_color = 0xffffffff;
  for (const Stroke& s : page.content.strokes) {
    if (s.width != width) {
      Num(out, width = s.width);
      out += "w\n";
    }
    if (s.color != stroke_color) Color(out, stroke_color = s.color, "RG");
    Num(out, s.x1);
    Num(out, h - s.y1);
    out += "m ";
    Num(out, s.x2);
    Num(out, h - s.y2);
    out += "l S\n";
  }
  if (page.content.texts.empty()) return out;
  out += "BT\n";
  int face = -1;
  float size = -1;
  uint32_t color = 0xffffffff;
  for (const TextRun& run : page.content.texts) {
    if (run.text.empty()) continue;
    const int f = static_cast<int>(run.face);
    PdfFont* font = Font(run.face);
    if (!font) continue;
    (*faces_used)[f] = true;
    if (f != face || run.size != size) {
      face = f;
      size = run.size;
      out += '/';
      out += font->GetIdentifier().GetName();
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
      g.used = true;
      Hex4(out, g.gid);
      if (spread && c == u' ') {
        out += "> ";
        Num(out, -run.word_spacing * 1000.0 / run.size);
        out += '<';
      }
    }
    out += spread ? ">] TJ\n" : "> Tj\n";
  }
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

Result<std::string> PdfWriter::Write(const LaidOutDocument& laid, const DocumentInfo& info) {
  if (!impl_->status.ok()) return impl_->status;
  try {
    if (!impl_->doc) impl_->doc = std::make_unique<PdfMemDocument>();
    PdfMemDocument& doc = *impl_->doc;
    // Pages are made and finished one at a time: CreatePage frees the previous page's wrapper.
    for (const Page& page : laid.pages) {
      std::array<bool, kFaceCount> faces{};
      std::string content = impl_->PaintPage(page, &faces);
      PdfPage* p = doc.CreatePage(PdfRect(0, 0, page.width, page.height));
      for (int f = 0; f < kFaceCount; ++f) {
        if (!faces[f]) continue;
        PdfFont* font = impl_->fonts[f];
        p->AddResource(font->GetIdentifier(), font->GetObject()->Reference(), PdfName("Font"));
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
    // The subset gets exactly the glyphs painted.
    for (int f = 0; f < kFaceCount; ++f) {
      if (!impl_->fonts[f]) continue;
      std::string used;
      long count = 0;
      for (int hi = 0; hi < 256; ++hi) {
        if (!impl_->glyphs[f][hi]) continue;
        for (int lo = 0; lo < 256; ++lo) {
          if (!(*impl_->glyphs[f][hi])[lo].used) continue;
          utf8::Append(&used, static_cast<char32_t>(hi << 8 | lo));
          ++count;
        }
      }
      if (count > 0) impl_->fonts[f]->AddUsedSubsettingGlyphs(Utf8(used), count);
    }
    impl_->AddOutline(laid, info.title);

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
