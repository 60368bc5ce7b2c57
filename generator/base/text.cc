#include "base/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/grammar/grammar.h"
#include "base/utf8.h"

namespace nastavnik::text {
namespace {

bool IsSpaceAt(std::string_view s, size_t i, size_t* width) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *width = 2;
    return true;
  }
  return false;
}

}  // namespace

std::string Trim(std::string_view s) {
  size_t begin = 0, width = 0;
  while (begin < s.size() && IsSpaceAt(s, begin, &width)) begin += width;
  size_t end = s.size();
  while (end > begin) {
    if (IsSpaceAt(s, end - 1, &width) && width == 1) {
      --end;
    } else if (end >= begin + 2 && IsSpaceAt(s, end - 2, &width) && width == 2) {
      end -= 2;
    } else {
      break;
    }
  }
  return std::string(s.substr(begin, end - begin));
}

std::vector<std::string> Split(std::string_view s, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == separator) {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ',' || s[i] == ';' || s[i] == '|') {
      std::string part = Trim(s.substr(start, i - start));
      if (!part.empty()) out.push_back(std::move(part));
      start = i + 1;
    }
  }
  return out;
}

bool IsValidUtf8(std::string_view s) { return utf8::FirstInvalid(s) == std::string_view::npos; }

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Width of the character at i when it is one the fast paths below handle: NFC leaves it alone
// (none of these composes with another of them) and its Russian lower case is one fixed mapping.
// ASCII, Latin-1 punctuation and controls (U+0080–U+00BF), А–я with Ё and ё, and the dashes,
// quotes and ellipsis of U+2010–U+2027. 0 for anything else, invalid bytes included.
size_t SimpleWidth(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  if (i + 1 >= s.size()) return 0;
  unsigned char d = s[i + 1];
  if (c == 0xC2) return d >= 0x80 && d <= 0xBF ? 2 : 0;
  if (c == 0xD0) return d == 0x81 || (d >= 0x90 && d <= 0xBF) ? 2 : 0;
  if (c == 0xD1) return (d >= 0x80 && d <= 0x8F) || d == 0x91 ? 2 : 0;
  if (c == 0xE2 && d == 0x80 && i + 2 < s.size()) {
    unsigned char e = s[i + 2];
    return e >= 0x90 && e <= 0xA7 ? 3 : 0;
  }
  return 0;
}

bool IsSimple(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t width = SimpleWidth(s, i);
    if (width == 0) return false;
    i += width;
  }
  return true;
}

// Lower case of a string IsSimple accepted.
std::string SimpleLower(std::string_view s) {
  std::string out(s);
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = out[i];
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xD0 && i + 1 < out.size()) {
      unsigned char d = out[i + 1];
      if (d >= 0x90 && d <= 0x9F) {  // А–П → а–п
        out[i + 1] = static_cast<char>(d + 0x20);
      } else if (d >= 0xA0 && d <= 0xAF) {  // Р–Я → р–я
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(d - 0x20);
      } else if (d == 0x81) {  // Ё → ё
        out[i] = static_cast<char>(0xD1);
        out[i + 1] = static_cast<char>(0x91);
      }
      ++i;
    } else if (c >= 0x80) {
      i += SimpleWidth(out, i) - 1;
    }
  }
  return out;
}

}  // namespace

namespace {

bool IsCased(char32_t c) {
  const auto cp = static_cast<utf8proc_int32_t>(c);
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         utf8proc_tolower(cp) != cp || utf8proc_toupper(cp) != cp;
}

bool IsCaseIgnorable(char32_t c) {
  utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME || cat == UTF8PROC_CATEGORY_CF ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_SK || c == U'\'' || c == U'.' || c == U':' ||
         std::u32string_view(U"\u00B7\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A")
                 .find(c) != std::u32string_view::npos;
}

// Unicode's Final_Sigma: a capital sigma ending a word becomes ς, elsewhere σ.
bool EndsWord(const std::u32string& text, size_t i) {
  size_t before = i;
  while (before > 0 && IsCaseIgnorable(text[before - 1])) --before;
  if (before == 0 || !IsCased(text[before - 1])) return false;
  size_t after = i + 1;
  while (after < text.size() && IsCaseIgnorable(text[after])) ++after;
  return after == text.size() || !IsCased(text[after]);
}

}  // namespace

// utf8proc's simple mappings plus the two full (SpecialCasing) ones a non-Turkic lower case has.
std::string ToLowerFull(std::string_view s) {
  const std::u32string text = utf8::Decode(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c == 0x0130) {
      out += "i\xCC\x87";
    } else if (c == 0x03A3) {
      utf8::Append(&out, EndsWord(text, i) ? 0x03C2 : 0x03C3);
    } else {
      utf8::Append(&out, static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
    }
  }
  return out;
}

std::string NfcFull(std::string_view s) {
  std::string valid;
  for (char32_t c : utf8::Decode(s)) utf8::Append(&valid, c);
  utf8proc_uint8_t* composed = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                          static_cast<utf8proc_ssize_t>(valid.size()), &composed,
                                          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return valid;
  std::string out(reinterpret_cast<const char*>(composed), static_cast<size_t>(n));
  std::free(composed);
  return out;
}

// Almost every cell of a school's tables is Russian or ASCII text; utf8proc is kept for the rest.
std::string ToLower(std::string_view s) { return IsSimple(s) ? SimpleLower(s) : ToLowerFull(s); }

std::string Nfc(std::string_view s) { return IsSimple(s) ? std::string(s) : NfcFull(s); }

std::string FoldKey(std::string_view s) {
  std::string lower = IsSimple(s) ? SimpleLower(s) : ToLowerFull(NfcFull(s));
  std::string out;
  out.reserve(lower.size());
  bool pending_space = false;
  size_t width = 0;
  for (size_t i = 0; i < lower.size();) {
    if (IsSpaceAt(lower, i, &width)) {
      pending_space = !out.empty();
      i += width;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (lower[i] == '\xD1' && i + 1 < lower.size() && lower[i + 1] == '\x91') {  // ё
      out += "е";
      i += 2;
    } else {
      // The run up to the next byte that may start a space or ё, copied at once.
      size_t end = i + 1;
      while (end < lower.size()) {
        unsigned char c = lower[end];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xC2 || c == 0xD1) break;
        ++end;
      }
      out.append(lower, i, end - i);
      i = end;
    }
  }
  return out;
}

int EditDistance(std::string_view a, std::string_view b) {
  std::u32string x = utf8::Decode(a), y = utf8::Decode(b);
  std::vector<int> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= y.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

std::string NearestWord(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  int best_distance = 0;
  for (const std::string& c : candidates) {
    int d = EditDistance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  int limit = std::max<int>(2, static_cast<int>(Utf8Length(word)) / 3);
  return best_distance <= limit ? best : std::string();
}

namespace {
std::vector<std::string> NameParts(std::string_view full_name) {
  std::vector<std::string> parts;
  for (const std::string& p : Split(Trim(full_name), ' ')) {
    if (!p.empty()) parts.push_back(p);
  }
  return parts;
}
std::string Initial(const std::string& word) {
  std::u32string u = utf8::Decode(word);
  return u.empty() ? "" : utf8::Encode(u[0]) + ".";
}
}  // namespace

std::string InitialsFirst(std::string_view full_name) {
  std::vector<std::string> parts = NameParts(full_name);
  if (parts.size() < 2) return Trim(full_name);
  std::string out;
  for (size_t i = 1; i < parts.size(); ++i) out += Initial(parts[i]) + " ";
  return out + parts[0];
}

std::string SurnameInitials(std::string_view full_name) {
  std::vector<std::string> parts = NameParts(full_name);
  if (parts.size() < 2) return Trim(full_name);
  std::string out = parts[0];
  for (size_t i = 1; i < parts.size(); ++i) out += " " + Initial(parts[i]);
  return out;
}

std::string Plural(long long n, const char* one, const char* few, const char* many) {
  // One rule of agreement for the whole program: the grammar module's.
  return std::to_string(n) + " " + std::string(grammar::NounForm(n, one, few, many));
}

std::string DecimalComma(double x, int decimals, bool trim_zeros) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (trim_zeros && s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

void AppendCsvField(std::string* out, std::string_view field, std::string_view quote_if) {
  if (field.find_first_of(quote_if) == std::string_view::npos) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string EscapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string EscapeHtmlProse(std::string_view s) {
  std::string out = EscapeHtml(s);
  for (std::string_view sign : {std::string_view("№ "), std::string_view("§ ")}) {
    for (size_t at = out.find(sign); at != std::string::npos; at = out.find(sign, at)) {
      out.replace(at + sign.size() - 1, 1, "&nbsp;");
      at += sign.size() - 1 + 6;
    }
  }
  return out;
}

}  // namespace nastavnik::text
