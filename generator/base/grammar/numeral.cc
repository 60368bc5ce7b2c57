#include "base/grammar/grammar.h"

namespace nastavnik::grammar {

std::string_view NounForm(long long n, std::string_view one, std::string_view few, std::string_view many) {
  unsigned long long v = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  unsigned long long last_two = v % 100, last = v % 10;
  if (last_two >= 11 && last_two <= 14) return many;
  if (last == 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

std::string CountNoun(long long n, std::string_view one, std::string_view few, std::string_view many) {
  return std::to_string(n) + "\u00A0" + std::string(NounForm(n, one, few, many));
}

}  // namespace nastavnik::grammar
