#include "base/slug.h"

#include "base/utf8.h"

namespace nastavnik::slug {
namespace {

// Russian letters the way Russian passports and road signs write them in Latin (ГОСТ Р 52535.1,
// without diacritics).
const char* Latin(char32_t c) {
  static const char* const kLower[] = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                                       "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
  if (c >= 0x410 && c <= 0x42F) c += 0x20;
  if (c == 0x401 || c == 0x451) return "e";
  if (c >= 0x430 && c <= 0x44F) return kLower[c - 0x430];
  return nullptr;
}

bool Safe(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

std::string MakeSlug(std::string_view name) {
  std::string out;
  bool dash = false;  // a separator is owed before the next kept character
  for (char32_t c : utf8::Decode(name)) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (c == '/') {
      while (!out.empty() && out.back() == '-') out.pop_back();
      out += '/';
      dash = false;
      continue;
    }
    std::string piece;
    if (Safe(c)) piece = std::string(1, static_cast<char>(c));
    else if (const char* latin = Latin(c)) piece = latin;
    if (piece.empty()) {
      if (!Latin(c)) dash = true;  // ъ and ь leave no trace; anything else separates words
      continue;
    }
    if (dash && !out.empty() && out.back() != '/') out += '-';
    dash = false;
    out += piece;
  }
  while (!out.empty() && (out.back() == '-' || out.back() == '/')) out.pop_back();
  return out.empty() ? "page" : out;
}

std::string PercentEncodePath(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos;
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace nastavnik::slug
