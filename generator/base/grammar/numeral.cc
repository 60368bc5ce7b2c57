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

std::string OrdinalDigits(long long n, Case c, Agreement a) {
  // Rows: nominative, genitive, dative, accusative, instrumental, prepositional.
  static constexpr std::string_view kEndings[4][6] = {
      {"й", "го", "му", "й", "м", "м"},    // пятый, пятого, пятому, пятый, пятым, пятом
      {"я", "й", "й", "ю", "й", "й"},      // пятая, пятой, пятой, пятую, пятой, пятой
      {"е", "го", "му", "е", "м", "м"},    // пятое, пятого …
      {"е", "х", "м", "е", "ми", "х"},     // пятые, пятых, пятым, пятые, пятыми, пятых
  };
  const auto row = static_cast<size_t>(a), col = static_cast<size_t>(c);
  std::string_view ending = kEndings[row][col];
  // «третьи»: the plural of an ordinal ending in третий (3, 23, but not 13) ends in -и.
  unsigned long long v = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
  if (a == Agreement::kPlural && ending == "е" && v % 10 == 3 && v % 100 != 13) ending = "и";
  return std::to_string(n) + "-" + std::string(ending);
}

}  // namespace nastavnik::grammar
