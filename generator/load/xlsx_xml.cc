// Stage 1 (load): a workbook part's XML as events, by expat or by the scanner (see xlsx_xml.h).
// The one file that uses expat.
#include "load/xlsx_xml.h"

#include <expat.h>

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

bool Space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool Forbidden(unsigned char c) { return c < 0x20 && c != '\n' && c != '\t' && c != '\r'; }

// UTF-8 with no control character XML forbids: checked once for the whole part, eight bytes at
// a time (a word with no byte under 0x20 is passed at once).
bool WellEncoded(std::string_view s) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // A byte under 0x20 borrows when 0x20 is taken from it (bytes of 0x80 and more are masked by
    // ~w); only then are the eight looked at one by one.
    if (((w - kOnes * 0x20) & ~w & kHigh) == 0) continue;
    for (size_t k = i; k < i + 8; ++k) {
      if (Forbidden(static_cast<unsigned char>(s[k]))) return false;
    }
  }
  for (; i < s.size(); ++i) {
    if (Forbidden(static_cast<unsigned char>(s[i]))) return false;
  }
  return utf8::FirstInvalid(s) == std::string_view::npos;
}

bool XmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

// "lt", "#1048", "#x41F" → the text it stands for; false for anything else.
bool Entity(std::string_view name, std::string* out) {
  if (name == "lt") return out->push_back('<'), true;
  if (name == "gt") return out->push_back('>'), true;
  if (name == "amp") return out->push_back('&'), true;
  if (name == "quot") return out->push_back('"'), true;
  if (name == "apos") return out->push_back('\''), true;
  if (name.size() < 2 || name[0] != '#') return false;
  bool hex = name[1] == 'x';
  std::string_view digits = name.substr(hex ? 2 : 1);
  if (digits.empty() || digits.size() > 8) return false;
  char32_t cp = 0;
  for (char c : digits) {
    int d = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
  }
  if (!XmlChar(cp)) return false;
  utf8::Append(out, cp);
  return true;
}

// Raw text or an attribute value as XML means it: entities decoded, line ends as "\n" (in an
// attribute every line end and tab is a space).
bool Decode(std::string_view raw, bool attribute, std::string* out) {
  for (size_t i = 0; i < raw.size();) {
    size_t stop = raw.find_first_of(attribute ? "&\r\n\t<" : "&\r", i);
    if (stop == std::string_view::npos) stop = raw.size();
    out->append(raw.substr(i, stop - i));
    if (stop == raw.size()) break;
    char c = raw[stop];
    if (c == '<') return false;
    if (c == '&') {
      size_t semi = raw.find(';', stop);
      if (semi == std::string_view::npos || !Entity(raw.substr(stop + 1, semi - stop - 1), out)) return false;
      i = semi + 1;
      continue;
    }
    out->push_back(attribute ? ' ' : '\n');
    i = stop + (c == '\r' && stop + 1 < raw.size() && raw[stop + 1] == '\n' ? 2 : 1);
  }
  return true;
}

// What a byte is to the scanner, looked up once instead of compared several times.
enum : unsigned char { kNameStop = 1, kAttributeSpecial = 2, kTextSpecial = 4 };
constexpr std::array<unsigned char, 256> kClass = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned char c : std::string_view(" \n\t\r>/=<")) table[c] |= kNameStop;
  for (unsigned char c : std::string_view("&<\r\n\t")) table[c] |= kAttributeSpecial;
  for (unsigned char c : std::string_view("&\r")) table[c] |= kTextSpecial;
  return table;
}();

unsigned char ClassOf(char c) { return kClass[static_cast<unsigned char>(c)]; }

class Scanner {
 public:
  Scanner(std::string_view xml, Handler& handler) : s_(xml), h_(handler) {}

  bool Run() {
    if (!WellEncoded(s_)) return false;
    size_t i = s_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    while (i < s_.size() && !h_.failure) {
      // Text between tags is short in a sheet: one loop finds its end and whether it needs decoding.
      size_t end = i;
      unsigned char seen = 0;
      for (; end < s_.size() && s_[end] != '<'; ++end) seen |= ClassOf(s_[end]);
      if (end > i && !Text(s_.substr(i, end - i), seen & kTextSpecial)) return false;
      if (end == s_.size()) break;
      i = Markup(end);
      if (i == 0) return false;
    }
    return h_.failure.has_value() || (root_seen_ && open_.empty());
  }

 private:
  bool Text(std::string_view raw, bool special) {
    if (open_.empty()) {
      for (char c : raw) {
        if (!Space(c)) return false;
      }
      return true;
    }
    if (!special) {
      if (h_.capture) Keep(h_, raw);
      return true;
    }
    if (!h_.capture) {
      junk_.clear();
      return Decode(raw, false, &junk_);  // entities are checked even where the text is not kept
    }
    if (!Decode(raw, false, &h_.text)) return false;
    if (h_.text.size() > kMaxTextBytes) h_.failure = TooLong();
    return true;
  }

  // The markup at s_[at] == '<'; returns where the scan goes on, 0 for malformed XML.
  size_t Markup(size_t at) {
    char next = at + 1 < s_.size() ? s_[at + 1] : '\0';
    if (next != '?' && next != '!' && next != '/') return StartTag(at);  // most markup, at one compare
    if (next == '/') return EndTag(at);
    std::string_view rest = s_.substr(at);
    if (rest.starts_with("<?")) return After(at, "?>");
    if (rest.starts_with("<!--")) return After(at + 4, "-->");
    if (rest.starts_with("<![CDATA[")) return Cdata(at);
    if (rest.starts_with("<!")) return 0;  // a document type: refused, as expat's walk does
    if (rest.starts_with("</")) return EndTag(at);
    return StartTag(at);
  }

  size_t After(size_t from, std::string_view close) const {
    size_t end = s_.find(close, from);
    return end == std::string_view::npos ? 0 : end + close.size();
  }

  size_t Cdata(size_t at) {
    size_t from = at + 9;
    size_t end = s_.find("]]>", from);
    if (end == std::string_view::npos || open_.empty()) return 0;
    if (h_.capture) {
      std::string_view raw = s_.substr(from, end - from);
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
    return end + 3;
  }

  size_t EndTag(size_t at) {
    size_t gt = at + 2;
    while (gt < s_.size() && s_[gt] != '>') ++gt;
    if (gt >= s_.size() || open_.empty()) return 0;
    std::string_view name = s_.substr(at + 2, gt - at - 2);
    while (!name.empty() && Space(name.back())) name.remove_suffix(1);
    std::string_view open = open_.back();
    if (name.size() != open.size() || !std::equal(name.begin(), name.end(), open.begin())) return 0;
    open_.pop_back();
    h_.End(LocalName(name));
    return gt + 1;
  }

  size_t NameEnd(size_t i) const {
    while (i < s_.size() && !(ClassOf(s_[i]) & kNameStop)) ++i;
    return i;
  }

  size_t SkipSpace(size_t i) const {
    while (i < s_.size() && Space(s_[i])) ++i;
    return i;
  }

  size_t StartTag(size_t at) {
    size_t i = NameEnd(at + 1);
    std::string_view name = s_.substr(at + 1, i - at - 1);
    if (name.empty() || (open_.empty() && root_seen_) || open_.size() >= kMaxDepth) return 0;
    root_seen_ = true;
    attrs_.clear();
    decode_ = 0;
    for (;;) {
      size_t j = SkipSpace(i);
      if (j >= s_.size()) return 0;
      if (s_[j] == '>' || (s_[j] == '/' && j + 1 < s_.size() && s_[j + 1] == '>')) {
        bool empty = s_[j] == '/';
        if (!Open(name)) return 0;
        if (empty && !h_.failure) Close();
        return j + (empty ? 2 : 1);
      }
      if (j == i) return 0;  // attributes are set apart by spaces
      i = Attribute(j);
      if (i == 0) return 0;
    }
  }

  // name="value" at s_[i]; returns the index after it, 0 when malformed.
  size_t Attribute(size_t i) {
    size_t end = NameEnd(i);
    std::string_view name = s_.substr(i, end - i);
    size_t eq = SkipSpace(end);
    if (name.empty() || eq >= s_.size() || s_[eq] != '=') return 0;
    size_t q = SkipSpace(eq + 1);
    if (q >= s_.size() || (s_[q] != '"' && s_[q] != '\'')) return 0;
    // Values are short: a loop beats memchr's setup, and notes what needs decoding on the way.
    size_t close = q + 1;
    bool plain = true;
    for (; close < s_.size() && s_[close] != s_[q]; ++close) {
      if (!(ClassOf(s_[close]) & kAttributeSpecial)) continue;
      if (s_[close] == '<') return 0;
      plain = false;
    }
    if (close >= s_.size()) return 0;
    std::string_view value = s_.substr(q + 1, close - q - 1);
    // Namespace declarations are not attributes to the handlers, as with expat.
    if (name.starts_with("xmlns") && (name.size() == 5 || name[5] == ':')) return close + 1;
    if (!plain) decode_ |= uint64_t{1} << std::min<size_t>(attrs_.size(), 63);
    attrs_.emplace_back(LocalName(name), value);
    return close + 1;
  }

  // Values with entities or line ends are decoded into one buffer first (so the views into it
  // stay valid), then put in place; most elements have none.
  bool Open(std::string_view name) {
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
    open_.push_back(name);
    h_.Start(LocalName(name), attrs_);
    return true;
  }

  void Close() {
    std::string_view name = open_.back();
    open_.pop_back();
    h_.End(LocalName(name));
  }

  // Most names have no prefix, and a prefix is short: looked for from the front.
  static std::string_view LocalName(std::string_view name) {
    for (size_t i = 0; i < name.size(); ++i) {
      if (name[i] == ':') return Local(name.substr(i + 1), ':');
    }
    return name;
  }

  static constexpr size_t kMaxDepth = 256;
  std::string_view s_;
  Handler& h_;
  std::vector<std::string_view> open_;
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

Status Walk(std::string_view xml, Handler& handler, Reader reader, const Location& where, const char* damaged) {
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

}  // namespace nastavnik::load::xml
