// Base: Cyrillic letter case for the grammar module, which compares words in lower case and
// writes the result back in the case the input used (ALL CAPS, Capitalised, lower).
#pragma once

#include <string>
#include <string_view>

namespace nastavnik::grammar {

char32_t LowerLetter(char32_t c);
char32_t UpperLetter(char32_t c);
bool IsUpperLetter(char32_t c);
std::u32string LowerWord(std::u32string_view w);
/// Gives replacement the letter case of model: all capitals when model (of more than one letter)
/// is, else each letter's case where model has one, lower case beyond it.
std::u32string MatchCase(std::u32string_view model, std::u32string_view replacement);
bool EndsWith(std::u32string_view w, std::u32string_view suffix);

/// Embedded data files (generated at build time from the files beside this one).
extern const char kPetrovichRulesJson[];
extern const char kFirstNamesTxt[];

}  // namespace nastavnik::grammar
