#include "render/pdf/content_stream.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace nastavnik::render::pdf {

namespace {

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

// A byte of a literal string: the delimiters and the backslash escaped, and line ends too,
// which a reader would otherwise normalise.
void LiteralByte(std::string& out, unsigned char b) {
  switch (b) {
    case '(': out += "\\("; break;
    case ')': out += "\\)"; break;
    case '\\': out += "\\\\"; break;
    case '\r': out += "\\r"; break;
    case '\n': out += "\\n"; break;
    default: out += static_cast<char>(b);
  }
}

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
  // A span that reads as other text gets a marked-content sequence of its own, a sibling of the
  // element's other sequences rather than nested in one: poppler's structure reader (22.12) ends
  // an element's text at the first nested EMC, so a nested span cut every paragraph short there.
  void ActualText(int tag, std::u16string_view text) {
    Close();
    out_ += "/Span <</MCID ";
    out_ += std::to_string(mcids_->size());
    out_ += " /ActualText (";
    if (!text.empty()) out_ += "\xFE\xFF";
    for (char16_t c : text) {
      LiteralByte(out_, static_cast<unsigned char>(c >> 8));
      LiteralByte(out_, static_cast<unsigned char>(c & 0xff));
    }
    out_ += ")>> BDC\n";
    mcids_->push_back(tag);
    current_ = tag;
    open_ = true;
  }

 private:
  std::string& out_;
  const std::vector<StructNode>& structure_;
  std::vector<int>* mcids_;
  int current_ = kArtifact;
  bool open_ = false;
};


}  // namespace

std::string PaintPage(const Page& page, const std::vector<StructNode>& structure, GlyphCoder& coder,
                      const std::vector<std::string>& image_names, std::array<bool, kFaceCount>* faces_used,
                      std::vector<int>* mcids) {
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
    if (img.image < 0 || img.image >= static_cast<int>(image_names.size())) continue;
    mark.To(img.tag);
    out += "q ";
    Num(out, img.w);
    out += "0 0 ";
    Num(out, img.h);
    Num(out, img.x);
    Num(out, h - img.y - img.h);
    out += "cm /";
    out += image_names[img.image];
    out += " Do Q\n";
  }
  mark.Close();
  if (page.content.texts.empty()) return out;
  out += "BT\n";
  int face = -1;
  float size = -1;
  float scale = 1;  // Tz 100, PDF's initial horizontal scaling
  uint32_t color = 0xffffffff;
  for (const TextRun& run : page.content.texts) {
    if (run.text.empty()) continue;
    const int f = static_cast<int>(run.face);
    if (!coder.HasFace(run.face)) continue;
    (*faces_used)[f] = true;
    const bool tagged = run.tag >= 0 && run.tag < static_cast<int>(structure.size());
    // A run that starts with a span opens that span's own sequence below; opening the element's
    // here would leave an empty sequence holding only the font and position.
    if (!tagged || run.actual.empty() || run.actual.front().begin > 0) mark.To(run.tag);
    if (f != face || run.size != size) {
      face = f;
      size = run.size;
      out += '/';
      out += FontResource(run.face);
      out += ' ';
      Num(out, size);
      out += "Tf\n";
    }
    if (run.color != color) Color(out, color = run.color, "rg");
    if (run.scale != scale) {
      // Font expansion: Tz scales glyphs and TJ offsets alike, so word_spacing is divided by it.
      scale = run.scale;
      Num(out, scale * 100.0);
      out += "Tz\n";
    }
    out += "1 0 0 1 ";
    Num(out, run.x);
    Num(out, h - run.y);
    out += "Tm\n";
    // Justified lines widen each space by word_spacing: a TJ offset after every U+0020. Codes are
    // written as literal two-byte strings, half the size of hex.
    const bool spread = std::abs(run.word_spacing) > 0.001f;
    const size_t n = run.text.size();
    size_t span = 0;  // the next of run.actual
    for (size_t i = 0; i < n;) {
      // The glyphs up to the next span boundary in one string; a span is marked content around its own.
      size_t to = n;
      const bool in_span = tagged && span < run.actual.size() && run.actual[span].begin <= i;
      if (in_span) {
        to = std::min<size_t>(run.actual[span].end, n);
        mark.ActualText(run.tag, run.actual[span].text);
      } else {
        mark.To(run.tag);
        if (tagged && span < run.actual.size()) to = run.actual[span].begin;
      }
      out += spread ? "[(" : "(";
      for (; i < to; ++i) {
        const char16_t c = run.text[i];
        const uint16_t g = coder.Code(run.face, c);
        LiteralByte(out, static_cast<unsigned char>(g >> 8));
        LiteralByte(out, static_cast<unsigned char>(g & 0xff));
        if (spread && c == u' ') {
          out += ") ";
          Num(out, -run.word_spacing / run.scale * 1000.0 / run.size);
          out += '(';
        }
      }
      out += spread ? ")] TJ\n" : ") Tj\n";
      if (in_span) {
        mark.Close();
        ++span;
      }
    }
  }
  mark.Close();
  out += "ET\n";
  return out;
}

}  // namespace nastavnik::render::pdf
