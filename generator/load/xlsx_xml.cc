// Stage 1 (load): a workbook part's XML as events, by expat or by the scanner (see xlsx_xml.h).
// The one file that uses expat.
#include "load/xlsx_xml.h"

#include <expat.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>

#include "base/utf8.h"

namespace nastavnik::load::xml {
namespace {

// "namespace|local" (expat) or "prefix:local" (the scanner): only the local name matters, as
// Excel, LibreOffice and the form services prefix them differently.
std::string_view Local(std::string_view s, char separator) {
  size_t at = s.rfind(separator);
  return at == std::string_view::npos ? s : s.substr(at + 1);
}

Status TooLong() {
  return Status::Input("в книге есть ячейка длиннее " + std::to_string(kMaxTextBytes / 1024) +
                       " КБ: проверьте, та ли это таблица");
}

// Appends captured text; false (with the handler's failure set) past the cap.
bool Keep(Handler& h, std::string_view s) {
  if (h.text.size() + s.size() > kMaxTextBytes) {
    h.failure = TooLong();
    return false;
  }
  h.text.append(s);
  return true;
}

// ---- expat ----

struct ExpatRun {
  XML_Parser parser;
  Handler* handler;
  Attributes attrs;
};

void OnStart(void* data, const char* name, const char** raw) {
  auto* run = static_cast<ExpatRun*>(data);
  run->attrs.clear();
  for (size_t i = 0; raw[i]; i += 2) run->attrs.emplace_back(Local(raw[i], '|'), raw[i + 1]);
  run->handler->Start(Local(name, '|'), run->attrs);
  if (run->handler->failure) XML_StopParser(run->parser, XML_FALSE);
}

void OnEnd(void* data, const char* name) {
  auto* run = static_cast<ExpatRun*>(data);
  run->handler->End(Local(name, '|'));
  if (run->handler->failure) XML_StopParser(run->parser, XML_FALSE);
}

void OnText(void* data, const char* s, int len) {
  auto* run = static_cast<ExpatRun*>(data);
  if (run->handler->capture && !Keep(*run->handler, std::string_view(s, static_cast<size_t>(len)))) {
    XML_StopParser(run->parser, XML_FALSE);
  }
}

// A workbook never declares a DTD; one that does is refused before any entity is expanded.
void OnDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* run = static_cast<ExpatRun*>(data);
  run->handler->failure = Status::Input("");  // replaced by the damaged message in Walk
  XML_StopParser(run->parser, XML_FALSE);
}

bool WalkExpat(std::string_view xml, Handler& handler, bool* doctype) {
  std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> parser(XML_ParserCreateNS(nullptr, '|'),
                                                                                 XML_ParserFree);
  if (!parser || xml.size() > static_cast<size_t>(std::numeric_limits<int>::max())) return false;
  ExpatRun run{parser.get(), &handler, {}};
  XML_SetUserData(parser.get(), &run);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);
  bool ok = XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) == XML_STATUS_OK;
  *doctype = handler.failure && handler.failure->message().empty();
  return ok;
}

// ---- The scanner ----

bool Forbidden(unsigned char c) { return c < 0x20 && c != '\n' && c != '\t' && c != '\r'; }

// Sixteen bytes at s[i] that are all printable ASCII (0x20..0x7F: a signed compare takes the
// bytes from 0x80 up for negative), as most of a sheet is.
#if defined(__SSE2__)
inline bool PrintableAscii16(const char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return _mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))) == 0;
}
#else
inline bool PrintableAscii16(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  uint64_t w[2];
  std::memcpy(w, p, 16);
  // A byte under 0x20 borrows when 0x20 is taken from it; a byte from 0x80 has its high bit.
  return (((w[0] - kOnes * 0x20) | w[0] | (w[1] - kOnes * 0x20) | w[1]) & kHigh) == 0;
}
#endif

// UTF-8 with no control character XML forbids, checked in one pass over the whole part: printable
// ASCII sixteen bytes at a time, two-byte letters (Cyrillic) without the general decoder.
bool WellEncoded(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    while (i + 16 <= n && PrintableAscii16(p + i)) i += 16;
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
      if (Forbidden(c)) return false;
      ++i;
    } else if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (static_cast<unsigned char>(p[i + 1]) & 0xC0) == 0x80) {
      i += 2;
    } else {
      char32_t cp;
      size_t length = utf8::DecodeAt(s, i, &cp);
      if (length == 0) return false;
      i += length;
    }
  }
  return true;
}

bool XmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// What a byte is to the scanner, looked up once instead of compared several times. The part
// ends in a NUL (a std::string's), which no well-formed part holds inside (WellEncoded refuses
// it), so every loop stops there without a bounds check of its own.
enum : unsigned char {
  kNameStop = 1,         // ends a name: space, '>', '/', '=', '<', NUL
  kValueStop = 2,        // stops the scan of an attribute value: quotes, '&', '<', line ends, tab, NUL
  kTextStop = 4,         // stops the scan of text: '<', '&', '\r', NUL
  kSpace = 8,            // XML's four spaces
  kColon = 16,           // a prefix's end
};
constexpr std::array<unsigned char, 256> kClass = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned char c : std::string_view(" \n\t\r>/=<")) table[c] |= kNameStop;
  for (unsigned char c : std::string_view("\"'&<\r\n\t")) table[c] |= kValueStop;
  for (unsigned char c : std::string_view("<&\r")) table[c] |= kTextStop;
  for (unsigned char c : std::string_view(" \n\t\r")) table[c] |= kSpace;
  table[':'] |= kColon;
  table[0] |= kNameStop | kValueStop | kTextStop;
  return table;
}();

inline unsigned char ClassOf(char c) { return kClass[static_cast<unsigned char>(c)]; }

// The entity or character reference at p[0] == '&' (e.g. "&lt;", "&#1048;", "&#x41F;"), written
// as UTF-8 at *out; returns the byte after its ';', or nullptr when it is none XML allows.
// The text a reference stands for is never longer than the reference.
const char* Reference(const char* p, char** out) {
  char* o = *out;
  if (p[1] == '#') {
    bool hex = p[2] == 'x';
    const char* first = p + (hex ? 3 : 2);
    const char* d = first;
    char32_t cp = 0;
    if (hex) {
      for (;; ++d) {
        char c = *d, l = static_cast<char>(c | 0x20);
        if (c >= '0' && c <= '9') {
          cp = cp * 16 + static_cast<char32_t>(c - '0');
        } else if (l >= 'a' && l <= 'f') {
          cp = cp * 16 + static_cast<char32_t>(l - 'a' + 10);
        } else {
          break;
        }
      }
    } else {
      for (unsigned v; (v = static_cast<unsigned>(static_cast<unsigned char>(*d)) - '0') <= 9; ++d) cp = cp * 10 + v;
    }
    // At most eight digits (so the value cannot wrap), and a character XML allows.
    if (*d != ';' || d == first || d - first > 8) return nullptr;
    if (cp < 0x20 || cp > 0xD7FF) {
      if (!XmlChar(cp)) return nullptr;
    }
    if (cp < 0x80) {
      *o++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
      *o++ = static_cast<char>(0xC0 | (cp >> 6));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (cp >> 12));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (cp >> 18));
      *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
    *out = o;
    return d + 1;
  }
  struct Named {
    std::string_view name;
    char c;
  };
  static constexpr Named kNamed[] = {{"lt;", '<'}, {"gt;", '>'}, {"amp;", '&'}, {"quot;", '"'}, {"apos;", '\''}};
  for (const Named& n : kNamed) {
    if (std::strncmp(p + 1, n.name.data(), n.name.size()) == 0) {
      *o++ = n.c;
      *out = o;
      return p + 1 + n.name.size();
    }
  }
  return nullptr;
}

// "&#1048;": a Cyrillic letter as openpyxl writes every one, four digits and no leading zero
// (so from U+03E8 to U+270F, all characters XML allows, each two or three bytes of UTF-8). Read
// without the general loop; false for any other reference. The && chain stops at the part's NUL.
inline bool FourDigitReference(const char* p, char** out) {
  if (p[1] != '#') return false;
  unsigned d0 = static_cast<unsigned char>(p[2]) - unsigned{'1'};
  if (d0 > 8) return false;
  unsigned d1 = static_cast<unsigned char>(p[3]) - unsigned{'0'};
  if (d1 > 9) return false;
  unsigned d2 = static_cast<unsigned char>(p[4]) - unsigned{'0'};
  if (d2 > 9) return false;
  unsigned d3 = static_cast<unsigned char>(p[5]) - unsigned{'0'};
  if (d3 > 9 || p[6] != ';') return false;
  unsigned cp = (d0 + 1) * 1000 + d1 * 100 + d2 * 10 + d3;
  char* o = *out;
  if (cp < 0x800) {
    o[0] = static_cast<char>(0xC0 | (cp >> 6));
    o[1] = static_cast<char>(0x80 | (cp & 0x3F));
    *out = o + 2;
  } else {
    o[0] = static_cast<char>(0xE0 | (cp >> 12));
    o[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    o[2] = static_cast<char>(0x80 | (cp & 0x3F));
    *out = o + 3;
  }
  return true;
}

// Raw text or an attribute value as XML means it, appended to *out: references decoded, line
// ends as "\n" (in an attribute every line end and tab is a space). The raw bytes lie inside
// the NUL-ended part, so a reference is read up to its ';' without a bounds check.
bool Decode(std::string_view raw, bool attribute, std::string* out) {
  size_t from = out->size();
  out->resize(from + raw.size());  // decoding never lengthens
  char* o = out->data() + from;
  const char* p = raw.data();
  const char* end = p + raw.size();
  const unsigned char stop = attribute ? kValueStop : kTextStop;
  while (p < end) {
    while (p < end && !(ClassOf(*p) & stop)) *o++ = *p++;  // runs between references are short
    if (p == end) break;
    char c = *p;
    if (c == '&' && FourDigitReference(p, &o)) {
      p += 7;
    } else if (c == '&') {
      p = Reference(p, &o);
      if (p == nullptr || p > end) return false;
    } else if (c == '<') {
      return false;
    } else if (c == '\r' || (attribute && (c == '\n' || c == '\t'))) {
      *o++ = attribute ? ' ' : '\n';
      p += c == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
    } else {
      *o++ = c;  // a quote inside an attribute value (the other kind) is itself
      ++p;
    }
  }
  out->resize(static_cast<size_t>(o - out->data()));
  return true;
}

class Scanner {
 public:
  // `xml` is followed by a NUL (see kClass).
  Scanner(std::string_view xml, Handler& handler) : begin_(xml.data()), end_(begin_ + xml.size()), h_(handler) {}

  bool Run() {
    if (!WellEncoded(std::string_view(begin_, static_cast<size_t>(end_ - begin_)))) return false;
    const char* p = begin_ + (std::string_view(begin_, static_cast<size_t>(end_ - begin_)).starts_with("\xEF\xBB\xBF") ? 3 : 0);
    while (p < end_ && !h_.failure) {
      // Text between tags is short in a sheet: one loop finds its end or the first byte that
      // needs decoding.
      const char* text = p;
      while (!(ClassOf(*p) & kTextStop)) ++p;
      if (*p != '<' && p < end_) {
        p = TextToDecode(text, p);
        if (p == nullptr) return false;
      } else if (p > text && !PlainText(text, p)) {
        return false;
      }
      if (p >= end_) break;
      p = Markup(p);
      if (p == nullptr) return false;
    }
    return h_.failure.has_value() || (root_seen_ && open_.empty());
  }

 private:
  bool PlainText(const char* from, const char* to) {
    if (open_.empty()) {
      for (const char* q = from; q < to; ++q) {
        if (!(ClassOf(*q) & kSpace)) return false;
      }
      return true;
    }
    if (h_.capture) Keep(h_, std::string_view(from, static_cast<size_t>(to - from)));
    return true;
  }

  // Text from `from` with a reference or '\r' at `special`: decoded up to the next '<' (or the
  // end); returns where the markup starts, nullptr when malformed.
  const char* TextToDecode(const char* from, const char* special) {
    const char* to = static_cast<const char*>(std::memchr(special, '<', static_cast<size_t>(end_ - special)));
    if (to == nullptr) to = end_;
    if (open_.empty()) return PlainText(from, to) ? to : nullptr;  // only spaces, '\r' among them
    std::string_view raw(from, static_cast<size_t>(to - from));
    std::string* out = h_.capture ? &h_.text : &junk_;
    if (!h_.capture) junk_.clear();  // references are checked even where the text is not kept
    if (!Decode(raw, false, out)) return nullptr;
    if (h_.capture && h_.text.size() > kMaxTextBytes) h_.failure = TooLong();
    return to;
  }

  // The markup at *at == '<'; returns where the scan goes on, nullptr for malformed XML.
  const char* Markup(const char* at) {
    char next = at[1];
    if (next != '?' && next != '!' && next != '/') return StartTag(at);  // most markup, at one compare
    if (next == '/') return EndTag(at);
    std::string_view rest(at, static_cast<size_t>(end_ - at));
    if (rest.starts_with("<?")) return After(at, "?>");
    if (rest.starts_with("<!--")) return After(at + 4, "-->");
    if (rest.starts_with("<![CDATA[")) return Cdata(at);
    return nullptr;  // a document type: refused, as expat's walk does
  }

  const char* After(const char* from, std::string_view close) const {
    std::string_view rest(from, static_cast<size_t>(end_ - from));
    size_t end = rest.find(close);
    return end == std::string_view::npos ? nullptr : from + end + close.size();
  }

  const char* Cdata(const char* at) {
    const char* from = at + 9;
    const char* end = After(from, "]]>");
    if (end == nullptr || open_.empty()) return nullptr;
    if (h_.capture) {
      std::string_view raw(from, static_cast<size_t>(end - 3 - from));
      std::string text;
      for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\r') {
          text.push_back('\n');
          if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
        } else {
          text.push_back(raw[i]);
        }
      }
      Keep(h_, text);
    }
    return end;
  }

  // "</name>" must close the innermost open element, by the same name (spaces may precede '>').
  const char* EndTag(const char* at) {
    if (open_.empty()) return nullptr;
    const OpenElement open = open_.back();
    const char* p = at + 2;
    // Names are a letter or three: compared in place (a mismatch at the part's NUL stops it).
    for (char c : open.name) {
      if (*p++ != c) return nullptr;
    }
    while (ClassOf(*p) & kSpace) ++p;
    if (*p != '>') return nullptr;
    open_.pop_back();
    h_.End(open.local);
    return p + 1;
  }

  // The name at p (stops at a name's end); *colon tells whether it has a prefix.
  static const char* NameEnd(const char* p, bool* colon) {
    unsigned char seen = 0, c;
    while (!((c = ClassOf(*p)) & kNameStop)) {
      seen |= c;
      ++p;
    }
    *colon = seen & kColon;
    return p;
  }

  static const char* SkipSpace(const char* p) {
    while (ClassOf(*p) & kSpace) ++p;
    return p;
  }

  const char* StartTag(const char* at) {
    bool colon;
    const char* p = NameEnd(at + 1, &colon);
    std::string_view name(at + 1, static_cast<size_t>(p - at - 1));
    if (name.empty() || (open_.empty() && root_seen_) || open_.size() >= kMaxDepth) return nullptr;
    root_seen_ = true;
    attrs_.clear();
    decode_ = 0;
    for (;;) {
      const char* q = SkipSpace(p);
      if (*q == '>' || (*q == '/' && q[1] == '>')) {
        bool empty = *q == '/';
        if (!Open(name, colon)) return nullptr;
        if (empty && !h_.failure) Close();
        return q + (empty ? 2 : 1);
      }
      if (q == p || q >= end_) return nullptr;  // attributes are set apart by spaces
      p = Attribute(q);
      if (p == nullptr) return nullptr;
    }
  }

  // name="value" at p; returns the byte after it, nullptr when malformed.
  const char* Attribute(const char* p) {
    bool colon;
    const char* end = NameEnd(p, &colon);
    std::string_view name(p, static_cast<size_t>(end - p));
    const char* q = SkipSpace(end);
    if (name.empty() || *q != '=') return nullptr;
    q = SkipSpace(q + 1);
    char quote = *q;
    if (quote != '"' && quote != '\'') return nullptr;
    // Values are short: a loop beats memchr's setup, and notes what needs decoding on the way.
    const char* close = q + 1;
    bool plain = true;
    for (;; ++close) {
      while (!(ClassOf(*close) & kValueStop)) ++close;
      char c = *close;
      if (c == quote) break;
      if (c == '<' || close >= end_) return nullptr;
      if (c != '"' && c != '\'') plain = false;
    }
    std::string_view value(q + 1, static_cast<size_t>(close - q - 1));
    // Namespace declarations are not attributes to the handlers, as with expat.
    if (name[0] == 'x' && name.starts_with("xmlns") && (name.size() == 5 || name[5] == ':')) return close + 1;
    if (!plain) decode_ |= uint64_t{1} << std::min<size_t>(attrs_.size(), 63);
    attrs_.emplace_back(colon ? LocalName(name) : name, value);
    return close + 1;
  }

  // Values with references or line ends are decoded into one buffer first (so the views into it
  // stay valid), then put in place; most elements have none.
  bool Open(std::string_view name, bool colon) {
    if (decode_) {
      values_.clear();
      spans_.clear();
      for (size_t k = 0; k < attrs_.size(); ++k) {
        if (!(decode_ & (uint64_t{1} << std::min<size_t>(k, 63)))) continue;
        size_t from = values_.size();
        if (!Decode(attrs_[k].second, true, &values_)) return false;
        spans_.push_back({k, from, values_.size() - from});
      }
      for (const auto& [k, from, size] : spans_) attrs_[k].second = std::string_view(values_).substr(from, size);
    }
    std::string_view local = colon ? LocalName(name) : name;
    open_.push_back({name, local});
    h_.Start(local, attrs_);
    return true;
  }

  void Close() {
    std::string_view local = open_.back().local;
    open_.pop_back();
    h_.End(local);
  }

  // Most names have no prefix, and a prefix is short: looked for from the front.
  static std::string_view LocalName(std::string_view name) {
    for (size_t i = 0; i < name.size(); ++i) {
      if (name[i] == ':') return Local(name.substr(i + 1), ':');
    }
    return name;
  }

  static constexpr size_t kMaxDepth = 256;
  const char* begin_;
  const char* end_;
  Handler& h_;
  struct OpenElement {
    std::string_view name, local;  // as written, and without its prefix
  };
  std::vector<OpenElement> open_;
  bool root_seen_ = false;
  uint64_t decode_ = 0;  // which attributes need decoding (the 64th stands for the rest)
  struct Span {
    size_t attribute, from, size;
  };
  std::vector<Span> spans_;
  std::string values_, junk_;
  Attributes attrs_;
};

// A part in another encoding than UTF-8 (which OOXML allows, and no writer we know uses) is
// left to expat.
bool ScannerCanRead(std::string_view xml) {
  if (xml.starts_with("\xFF\xFE") || xml.starts_with("\xFE\xFF")) return false;
  if (!xml.starts_with("<?xml")) return true;
  std::string_view decl = xml.substr(0, xml.find("?>"));
  size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return true;
  size_t q = decl.find_first_of("\"'", at);
  if (q == std::string_view::npos) return false;
  std::string_view name = decl.substr(q + 1, decl.find(decl[q], q + 1) - q - 1);
  return name.size() == 5 && (name[0] | 0x20) == 'u' && (name[1] | 0x20) == 't' && (name[2] | 0x20) == 'f' &&
         name[3] == '-' && name[4] == '8';
}

}  // namespace

std::optional<std::string_view> Find(const Attributes& attrs, std::string_view local) {
  for (const auto& [name, value] : attrs) {
    // Names are a letter or two: compared in place rather than through memcmp.
    if (name.size() == local.size() && std::equal(name.begin(), name.end(), local.begin())) return value;
  }
  return std::nullopt;
}

namespace {

// `xml` is followed by a NUL.
Status WalkTerminated(std::string_view xml, Handler& handler, Reader reader, const Location& where, const char* damaged) {
  bool ok, doctype = false;
  if (reader == Reader::kScanner && ScannerCanRead(xml)) {
    Scanner scanner(xml, handler);
    ok = scanner.Run();
  } else {
    ok = WalkExpat(xml, handler, &doctype);
  }
  if (handler.failure && !doctype) {
    const Status& s = *handler.failure;
    return Status::Input(s.message(), s.where().path.empty() ? where : s.where());
  }
  if (!ok || doctype) return Status::Input(damaged, where);
  return Status::Ok();
}

}  // namespace

Status Walk(const std::string& xml, Handler& handler, Reader reader, const Location& where, const char* damaged) {
  return WalkTerminated(xml, handler, reader, where, damaged);
}

Status Walk(const Bytes& xml, Handler& handler, Reader reader, const Location& where, const char* damaged) {
  return WalkTerminated(xml.view(), handler, reader, where, damaged);
}

}  // namespace nastavnik::load::xml
