// XLSX renderer internals without libxlsxwriter: cleaning text, sheet names, widths, references.
#include "render/xlsx/layout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "base/text.h"
#include "base/utf8.h"

namespace nastavnik::render::xlsx::layout {
namespace {

constexpr std::string_view kEllipsis = "…";

bool Kept(char32_t cp) {
  if (cp == '\t' || cp == '\n') return true;
  return cp >= 0x20 && cp != 0x7F && cp != 0xFFFE && cp != 0xFFFF;
}

// The longest prefix of clean UTF-8 text that fits in `units` UTF-16 units.
std::string_view PrefixUnits(std::string_view s, size_t units) {
  size_t i = 0, used = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    size_t length = utf8::DecodeAt(s, i, &cp);
    if (length == 0) length = 1;  // cannot happen on cleaned text; just keep moving
    size_t cost = cp > 0xFFFF ? 2 : 1;
    if (used + cost > units) break;
    used += cost;
    i += length;
  }
  return s.substr(0, i);
}

size_t Utf16Units(std::string_view s) {
  size_t units = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

// Spaces and apostrophes cannot start or end a sheet name (Excel quotes names with apostrophes).
std::string TrimName(std::string_view s) {
  auto edge = [](char c) { return c == ' ' || c == '\''; };
  while (!s.empty() && edge(s.front())) s.remove_prefix(1);
  while (!s.empty() && edge(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::string BaseSheetName(std::string_view wanted, size_t index) {
  std::string name;
  for (char c : CleanText(wanted)) {
    switch (c) {
      case '[': name += '('; break;
      case ']': name += ')'; break;
      case ':': case '*': case '?': case '/': case '\\': name += '-'; break;
      case '\t': case '\n': name += ' '; break;
      default: name += c;
    }
  }
  name = TrimName(PrefixUnits(TrimName(name), kMaxSheetNameUnits));
  if (name.empty()) name = "Лист " + std::to_string(index + 1);
  return name;
}

// True when CleanText keeps s as it is: valid UTF-8 with every code point Kept (most cells are
// Russian text, which the ASCII-only check used to send down the slow path).
bool AlreadyClean(std::string_view s) {
  // Every valid character is Kept except ASCII controls and U+FFFE, U+FFFF (EF BF BE/BF).
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return false;
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
      return false;
    }
  }
  return utf8::FirstInvalid(s) == std::string_view::npos;
}

}  // namespace

std::string CleanText(std::string_view s) {
  if (AlreadyClean(s)) return std::string(s);  // the common case, and it needs no copy-by-code-point
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t length = utf8::DecodeAt(s, i, &cp);
    if (length == 0) {
      utf8::Append(&out, utf8::kReplacement);
      i += 1;
      continue;
    }
    if (cp == '\r') {
      if (i + 1 >= s.size() || s[i + 1] != '\n') out += '\n';  // lone CR is an old Mac line break
    } else if (Kept(cp)) {
      out.append(s.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string CellText(std::string_view s) {
  std::string clean = CleanText(s);
  // Byte length bounds the unit count from above, so most cells skip the exact count.
  if (clean.size() <= kMaxCellUnits || Utf16Units(clean) <= kMaxCellUnits) return clean;
  std::string out(PrefixUnits(clean, kMaxCellUnits - 1));
  out += kEllipsis;
  return out;
}

size_t LongestLine(std::string_view s) {
  size_t longest = 0, current = 0;
  for (unsigned char c : s) {
    if (c == '\n') {
      current = 0;
    } else if ((c & 0xC0) != 0x80) {
      longest = std::max(longest, ++current);
    }
  }
  return longest;
}

std::vector<std::string> SafeSheetNames(const std::vector<std::string>& wanted) {
  std::set<std::string> taken = {"history"};
  std::vector<std::string> names;
  for (size_t i = 0; i < wanted.size(); ++i) {
    std::string base = BaseSheetName(wanted[i], i);
    std::string name = base;
    for (int n = 2; taken.count(text::ToLower(name)) > 0; ++n) {
      std::string suffix = " (" + std::to_string(n) + ")";
      name = TrimName(PrefixUnits(base, kMaxSheetNameUnits - suffix.size())) + suffix;
    }
    taken.insert(text::ToLower(name));
    names.push_back(name);
  }
  return names;
}

size_t DisplayLength(const Value& value) {
  switch (value.type) {
    case CellType::kEmpty: return 0;
    case CellType::kText: return LongestLine(value.text);
    case CellType::kDate: return 10;  // dd.mm.yyyy
    case CellType::kFormula:  // shown as its value, at most a percentage like 100,0%
      return 7;
    case CellType::kNumber: {
      // Excel's General format shows at most about 11 characters, switching to 1,2E+15 beyond.
      // Whole numbers and hundredths (scores, percentages) are counted without printf: the
      // same length as "%.10g" gives them, for the thousands of numbers a big sheet holds.
      double v = value.number;
      if (std::abs(v) < 1e7) {
        long long units = std::llround(v * 100);
        if (static_cast<double>(units) / 100.0 == v) {
          size_t length = std::signbit(v) ? 1 : 0;
          long long whole = std::llabs(units) / 100, cents = std::llabs(units) % 100;
          do {
            ++length;
            whole /= 10;
          } while (whole > 0);
          if (cents != 0) length += cents % 10 != 0 ? 3 : 2;
          return std::min<size_t>(length, 11);
        }
      }
      char buffer[32];
      int length = std::snprintf(buffer, sizeof buffer, "%.10g", value.number);
      return std::min<size_t>(length > 0 ? length : 0, 11);
    }
  }
  return 0;
}

// Excel's width unit is the width of a digit in the default font (Calibri 11); Cyrillic letters
// run a little wider on average, and a cell needs about two units of padding.
constexpr double kPerChar = 1.1;
constexpr double kPadding = 2;

double AutoWidth(std::string_view header, size_t widest_cell) {
  // The header wraps, so it needs room only for its longest word (words should not break),
  // but short headers stay on one line rather than wrapping into a tall narrow column.
  size_t longest_word = 0, current = 0;
  for (unsigned char c : header) {
    if (c == ' ' || c == '\n') {
      current = 0;
    } else if ((c & 0xC0) != 0x80) {
      longest_word = std::max(longest_word, ++current);
    }
  }
  size_t header_need = std::max(longest_word, std::min<size_t>(LongestLine(header), 12));
  double need = std::max(header_need * 1.1 /* bold */, static_cast<double>(widest_cell));
  return std::clamp(need * kPerChar + kPadding, kMinColumnWidth, kMaxColumnWidth);
}

size_t CharsPerLine(double width) {
  double chars = (width - kPadding) / kPerChar + 1e-9;  // AutoWidth's own widths must round-trip
  return chars < 1 ? 1 : static_cast<size_t>(chars);
}

std::string ColumnLetters(int column) {
  std::string letters;
  for (int n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return letters;
}

std::string ColumnRangeFormula(std::string_view sheet, int column, int first_row, int last_row) {
  std::string quoted;
  for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  std::string letters = ColumnLetters(column);
  return "='" + quoted + "'!$" + letters + "$" + std::to_string(first_row + 1) + ":$" + letters + "$" +
         std::to_string(last_row + 1);
}

}  // namespace nastavnik::render::xlsx::layout
