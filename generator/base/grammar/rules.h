// Base: the petrovich rule set, read from its embedded JSON into tables the declension applies.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "base/grammar/grammar.h"

namespace nastavnik::grammar {

enum class RuleGender { kAndrogynous, kMale, kFemale };

struct Rule {
  RuleGender gender = RuleGender::kAndrogynous;
  std::vector<std::u32string> tests;     // whole words (exceptions) or endings (suffixes)
  std::array<std::u32string, 5> mods;    // genitive … prepositional: '-' drops a letter, '.' keeps
  bool first_word_only = false;          // the "first_word" tag: only before a '-' in a double name
};

struct RuleSet {
  std::vector<Rule> exceptions;
  std::vector<Rule> suffixes;
};

struct Rules {
  RuleSet last, first, middle;
};

/// The embedded rules, parsed once.
const Rules& PetrovichRules();

}  // namespace nastavnik::grammar
