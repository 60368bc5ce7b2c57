#include "render/documents/sentence.h"

#include "base/utf8.h"

namespace nastavnik::render::documents {
namespace {

char32_t Upper(char32_t c) {
  if ((c >= U'а' && c <= U'я') || (c >= U'a' && c <= U'z')) return c - 0x20;
  return c == U'ё' ? U'Ё' : c;
}

// Cyrillic only: a Latin capital opening a phrase is a Roman numeral or a name («I четверть»).
char32_t Lower(char32_t c) {
  if (c >= U'А' && c <= U'Я') return c + 0x20;
  return c == U'Ё' ? U'ё' : c;
}

bool IsUpper(char32_t c) { return Lower(c) != c || (c >= U'A' && c <= U'Z'); }

}  // namespace

std::string Capitalized(const std::string& phrase) {
  char32_t cp = 0;
  const size_t length = utf8::DecodeAt(phrase, 0, &cp);
  if (length == 0) return phrase;
  return utf8::Encode(Upper(cp)) + phrase.substr(length);
}

std::string LowerFirst(const std::string& phrase) {
  char32_t first = 0, second = 0;
  const size_t length = utf8::DecodeAt(phrase, 0, &first);
  if (length == 0) return phrase;
  if (utf8::DecodeAt(phrase, length, &second) > 0 && IsUpper(second)) return phrase;  // «ОГЭ», «МО»
  return utf8::Encode(Lower(first)) + phrase.substr(length);
}

std::string JoinedList(const std::vector<std::string>& items) {
  bool compound = false;
  for (const std::string& item : items) {
    compound = compound || item.find_first_of(",:") != std::string::npos || item.find(" и ") != std::string::npos;
  }
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += compound ? "; " : i + 1 == items.size() ? " и " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace nastavnik::render::documents
