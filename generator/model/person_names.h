// Stage 2 (model): a person's name in the six cases, as every document prints it: the grammar
// module's rules, with the curator's corrections from content/data/declensions.csv on top.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "base/grammar/grammar.h"
#include "model/program.h"

namespace nastavnik::model {

/// Where the forms of a name come from, as output/names.csv states it.
enum class NameSource { kRules, kOverride, kIndeclinable };
/// «правила», «исключение», «не склоняется».
std::string NameSourceName(NameSource source);

/// Indexed by grammar::Case.
using CaseForms = std::array<std::string, 6>;

struct NameForms {
  grammar::Gender gender = grammar::Gender::kUnknown;
  CaseForms full;              // «Голубевой Марии Андреевны»
  CaseForms initials_surname;  // «М. А. Голубевой»
  CaseForms surname_initials;  // «Голубевой М. А.»
  NameSource source = NameSource::kRules;
};

/// "Фамилия Имя Отчество" split at spaces; a fourth word (оглы, кызы) stays with the patronymic.
grammar::FullName SplitFullName(std::string_view full_name);
/// The gender the name alone tells (patronymic, else first name); unknown when it does not.
grammar::Gender GenderOfName(std::string_view full_name);

/// The forms of any full name (a participant's, the director's). An unknown gender leaves the
/// name as written: a construction that needs no case must then be chosen by the caller.
NameForms FormsOfName(const Program& program, std::string_view full_name, grammar::Gender gender);
NameForms FormsOf(const Program& program, const Person& person);

/// The Russian name of a case as declensions.csv and names.csv write it («родительный»).
std::string CaseName(grammar::Case c);

}  // namespace nastavnik::model
