#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "base/grammar/grammar.h"
#include "test_util.h"

namespace nastavnik::grammar {
namespace {

constexpr Case kCases[] = {Case::kGenitive, Case::kDative, Case::kAccusative, Case::kInstrumental,
                           Case::kPrepositional};

// Declines one word of a corpus line as the part of a full name its kind names.
std::string DeclineOne(const std::string& kind, Gender g, const std::string& word, Case c) {
  FullName name;
  if (kind == "ф") name.surname = word;
  if (kind == "и") name.first_name = word;
  if (kind == "о") name.patronymic = word;
  FullName d = Decline(name, g, c);
  return kind == "ф" ? d.surname : kind == "и" ? d.first_name : d.patronymic;
}

}  // namespace

TEST_CASE("the name corpus declines into five oblique cases with at least 95 percent accuracy", "[grammar]") {
  std::istringstream corpus(testing::ReadFile(testing::RepoDir() / "tests/base/grammar/name_corpus.txt"));
  std::string line;
  int forms = 0, right = 0, words = 0;
  std::vector<std::string> misses;
  while (std::getline(corpus, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string kind, gender, nominative;
    fields >> kind >> gender >> nominative;
    Gender g = gender == "ж" ? Gender::kFemale : Gender::kMale;
    ++words;
    for (Case c : kCases) {
      std::string expected;
      fields >> expected;
      std::string got = DeclineOne(kind, g, nominative, c);
      ++forms;
      if (got == expected) ++right;
      else misses.push_back(nominative + " (" + gender + "): " + got + " вместо " + expected);
    }
  }
  double accuracy = forms ? 100.0 * right / forms : 0;
  std::ostringstream report;
  report << "склонение ФИО: " << right << " из " << forms << " форм (" << words << " слов), точность "
         << accuracy << "%";
  for (const std::string& m : misses) report << "\n  промах: " << m;
  WARN(report.str());
  CHECK(words >= 200);
  CHECK(accuracy >= 95.0);
}

TEST_CASE("a full name declines with its gender and keeps the letter case", "[grammar]") {
  FullName varvara{"Рябинина", "Варвара", "Олеговна"};
  CHECK(DeclineFull(varvara, Gender::kFemale, Case::kGenitive) == "Рябининой Варвары Олеговны");
  CHECK(DeclineFull(varvara, Gender::kFemale, Case::kNominative) == "Рябинина Варвара Олеговна");
  FullName irina{"Сомова", "Ирина", "Викторовна"};
  CHECK(DeclineFull(irina, Gender::kFemale, Case::kAccusative) == "Сомову Ирину Викторовну");
  FullName caps{"ГОЛУБЕВ", "ПЁТР", "ИЛЬИЧ"};
  CHECK(DeclineFull(caps, Gender::kMale, Case::kDative) == "ГОЛУБЕВУ ПЕТРУ ИЛЬИЧУ");
  FullName yo{"Королёв", "Семён", "Фёдорович"};
  CHECK(DeclineFull(yo, Gender::kMale, Case::kInstrumental) == "Королёвым Семёном Фёдоровичем");
  FullName no_patronymic{"Шевчук", "Анна", ""};
  CHECK(DeclineFull(no_patronymic, Gender::kFemale, Case::kDative) == "Шевчук Анне");
}

TEST_CASE("initials forms come from the declined surname with no-break spaces", "[grammar]") {
  FullName maria{"Голубева", "Мария", "Андреевна"};
  CHECK(SurnameInitials(maria, Gender::kFemale, Case::kGenitive) == "Голубевой\u00A0М.\u00A0А.");
  CHECK(InitialsSurname(maria, Gender::kFemale, Case::kGenitive) == "М.\u00A0А.\u00A0Голубевой");
  CHECK(InitialsSurname(maria, Gender::kFemale, Case::kNominative) == "М.\u00A0А.\u00A0Голубева");
  FullName no_patronymic{"Шевчук", "ёлка", ""};
  CHECK(SurnameInitials(no_patronymic, Gender::kMale, Case::kDative) == "Шевчуку\u00A0Ё.");
  FullName ilya{"Петров-Водкин", "Илья", "Кузьмич"};
  CHECK(InitialsSurname(ilya, Gender::kMale, Case::kInstrumental) == "И.\u00A0К.\u00A0Петровым-Водкиным");
}

}  // namespace nastavnik::grammar

namespace nastavnik::grammar {

TEST_CASE("an unknown gender is guessed from the name before declining", "[grammar]") {
  CHECK(DeclineFull({"Рябинина", "Варвара", "Олеговна"}, Gender::kUnknown, Case::kDative) ==
        "Рябининой Варваре Олеговне");
  CHECK(SurnameInitials({"Шевчук", "Олег", ""}, Gender::kUnknown, Case::kGenitive) == "Шевчука\u00A0О.");
  // Nothing tells the gender: a surname whose forms depend on it stays as written.
  CHECK(DeclineFull({"Шевчук", "Саша", ""}, Gender::kUnknown, Case::kGenitive) == "Шевчук Саши");
}

TEST_CASE("a patronymic with оглы or кызы keeps its father's name as written", "[grammar]") {
  CHECK(DeclineFull({"Алиев", "Эльдар", "Гейдар оглы"}, Gender::kUnknown, Case::kGenitive) ==
        "Алиева Эльдара Гейдар оглы");
  CHECK(DeclineFull({"Алиева", "Лейла", "Гейдар кызы"}, Gender::kUnknown, Case::kDative) ==
        "Алиевой Лейле Гейдар кызы");
}

}  // namespace nastavnik::grammar
