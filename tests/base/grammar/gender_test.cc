#include <catch2/catch.hpp>

#include "base/grammar/grammar.h"

namespace nastavnik::grammar {

TEST_CASE("a person's gender comes from the patronymic, then the first name, else stays unknown", "[grammar]") {
  CHECK(DetectGender("Сомова", "Ирина", "Викторовна") == Gender::kFemale);
  CHECK(DetectGender("Голубев", "Михаил", "Андреевич") == Gender::kMale);
  CHECK(DetectGender("Ульянов", "Владимир", "Ильич") == Gender::kMale);
  CHECK(DetectGender("Мамедов", "Эльдар", "Гейдар оглы") == Gender::kMale);
  CHECK(DetectGender("Алиева", "Лейла", "Гейдар кызы") == Gender::kFemale);
  CHECK(DetectGender("Кузнецова", "Анна", "Ильинична") == Gender::kFemale);
  // The patronymic wins over a first name that could mislead.
  CHECK(DetectGender("Шевченко", "Саша", "Петровна") == Gender::kFemale);
  CHECK(DetectGender("ШЕВЧЕНКО", "САША", "ПЕТРОВИЧ") == Gender::kMale);
}

TEST_CASE("without a patronymic the first name list and its endings give the gender", "[grammar]") {
  CHECK(DetectGender("Рябинина", "Варвара", "") == Gender::kFemale);
  CHECK(DetectGender("Шевчук", "Никита") == Gender::kMale);
  CHECK(DetectGender("Шевчук", "Илья") == Gender::kMale);
  CHECK(DetectGender("Шевчук", "Кузьма") == Gender::kMale);
  CHECK(DetectGender("Шевчук", "Лёва") == Gender::kMale);
  CHECK(DetectGender("Шевчук", "Любовь") == Gender::kFemale);
  CHECK(DetectGender("Шевчук", "Нинель") == Gender::kFemale);
  CHECK(DetectGender("Шевчук", "Снежана") == Gender::kFemale);  // not listed: the ending decides
  CHECK(DetectGender("Шевчук", "Добромир") == Gender::kMale);   // not listed: a consonant
  CHECK(DetectGender("Шевчук", "Саша") == Gender::kUnknown);  // both genders bear it
  CHECK(DetectGender("Шевчук", "ЕЛЕНА") == Gender::kFemale);
  CHECK(DetectGender("Шевчук", "") == Gender::kUnknown);
  CHECK(DetectGender("Шевчук", "Женя") == Gender::kUnknown);
  CHECK(DetectGender("Шевчук", "Мишель") == Gender::kUnknown);
}

TEST_CASE("an explicit gender wins over every guess", "[grammar]") {
  CHECK(DetectGender("Шевчук", "Женя", "", Gender::kFemale) == Gender::kFemale);
  CHECK(DetectGender("Шевчук", "Мишель", "", Gender::kMale) == Gender::kMale);
  CHECK(DetectGender("Шевчук", "Анна", "Петровна", Gender::kUnknown) == Gender::kFemale);
}

}  // namespace nastavnik::grammar
