// Base: Russian grammar with no knowledge of mentorship: numeral agreement, a person's gender,
// declension of full names (the petrovich rule set) and of organisation and document type phrases.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nastavnik::grammar {

enum class Case { kNominative, kGenitive, kDative, kAccusative, kInstrumental, kPrepositional };
enum class Gender { kUnknown, kMale, kFemale };

/// The noun form agreeing with n: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 11–14, 111–114).
std::string_view NounForm(long long n, std::string_view one, std::string_view few, std::string_view many);
/// "n noun" with a no-break space between the number and the agreeing noun form.
std::string CountNoun(long long n, std::string_view one, std::string_view few, std::string_view many);

/// What an ordinal agrees with: a masculine, feminine or neuter noun, or a plural one.
enum class Agreement { kMasculine, kFeminine, kNeuter, kPlural };
/// An ordinal written in digits with its case ending after a hyphen, for an inanimate noun:
/// «5-й», «5-е», «1-го», «в 5-х», «3-и» (третьи). The ending is the last letters of the word.
std::string OrdinalDigits(long long n, Case c, Agreement a);

/// The gender an explicit value gives, else the patronymic, else the first name, else unknown.
Gender DetectGender(std::string_view surname, std::string_view first_name,
                    std::string_view patronymic = {}, std::optional<Gender> explicit_gender = {});

struct FullName {
  std::string surname;
  std::string first_name;
  std::string patronymic;  // empty when the person has none
};

/// The parts of a name in a case; words the rules do not know stay as written (letter case kept).
FullName Decline(const FullName& name, Gender gender, Case c);
/// "Фамилия Имя Отчество" in a case.
std::string DeclineFull(const FullName& name, Gender gender, Case c);
/// «Голубевой М. А.» (no-break spaces) in a case.
std::string SurnameInitials(const FullName& name, Gender gender, Case c);
/// «М. А. Голубевой» (no-break spaces) in a case.
std::string InitialsSurname(const FullName& name, Gender gender, Case c);

/// An organisation name or a document title in a case: the generic type phrase before the first
/// quotation mark is declined word by word, abbreviations and the quoted proper name stay.
/// lower_first makes the first letter lower case, as inside a sentence («утвердить программу …»).
/// animate is for a position, which names a person: «назначить заместителя директора».
std::string DeclinePhrase(std::string_view phrase, Case c, bool lower_first = false, bool animate = false);

/// An adjective or participle given in the masculine nominative («обучающийся», «уважаемый»,
/// «действующий») agreeing with a person's gender in a case; animate, so the masculine accusative
/// is the genitive. An unknown gender takes the masculine, the form used when nobody is named.
std::string AgreeWithPerson(std::string_view masculine, Gender g, Case c);

}  // namespace nastavnik::grammar
