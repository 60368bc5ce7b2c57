#include "base/grammar/letters.h"

namespace nastavnik::grammar {

char32_t LowerLetter(char32_t c) {
  if (c >= U'А' && c <= U'Я') return c + 0x20;
  if (c == U'Ё') return U'ё';
  if (c >= U'A' && c <= U'Z') return c + 0x20;
  return c;
}

char32_t UpperLetter(char32_t c) {
  if (c >= U'а' && c <= U'я') return c - 0x20;
  if (c == U'ё') return U'Ё';
  if (c >= U'a' && c <= U'z') return c - 0x20;
  return c;
}

bool IsUpperLetter(char32_t c) { return LowerLetter(c) != c; }

std::u32string LowerWord(std::u32string_view w) {
  std::u32string out(w);
  for (char32_t& c : out) c = LowerLetter(c);
  return out;
}

std::u32string MatchCase(std::u32string_view model, std::u32string_view replacement) {
  bool all_caps = model.size() > 1;
  for (char32_t c : model) all_caps = all_caps && (IsUpperLetter(c) || (LowerLetter(c) == c && UpperLetter(c) == c));
  std::u32string out(replacement);
  for (size_t i = 0; i < out.size(); ++i) {
    bool upper = all_caps || (i < model.size() && IsUpperLetter(model[i]));
    out[i] = upper ? UpperLetter(out[i]) : LowerLetter(out[i]);
  }
  return out;
}

bool EndsWith(std::u32string_view w, std::u32string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace nastavnik::grammar
