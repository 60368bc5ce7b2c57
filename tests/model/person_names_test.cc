// A participant's gender (patronymic, first name, the «Пол» column) and the curator's corrections
// of name forms (declensions.csv), as the model reads them and as the documents then print them.
#include <catch2/catch.hpp>

#include <string>

#include "load/csv.h"
#include "model/build_program.h"
#include "model/person_names.h"

namespace nastavnik::model {
namespace {

using grammar::Case;
using grammar::Gender;

struct Built {
  Program program;
  std::string messages;
};

Built People(const std::string& rows, const std::string& declensions = "") {
  Built b;
  Diagnostics diags;
  const std::string csv = "id;ФИО;Роль;Категория;Класс;Пол\n" + rows;
  Result<load::Table> table = load::ParseCsv(csv, "content/data/participants.csv", {}, diags);
  REQUIRE(table.ok());
  b.program.organization.director.name = "Кравцова Елена Михайловна";
  BuildPeople(*table, b.program, diags);
  if (!declensions.empty()) {
    Result<load::Table> d = load::ParseCsv(declensions, "content/data/declensions.csv", {}, diags);
    REQUIRE(d.ok());
    BuildDeclensions(*d, b.program, diags);
  }
  b.messages = diags.Format();
  return b;
}

}  // namespace

TEST_CASE("gender comes from the patronymic, then the «Пол» column, then the first name", "[grammar][model]") {
  Built b = People(
      "P1;Рябинина Варвара Олеговна;наставляемый;обучающийся;10А;\n"
      "P2;Ким Саша;наставляемый;обучающийся;7Б;ж\n"
      "P3;Ли Женя;наставляемый;обучающийся;8Б;\n"
      "P4;Мамедов Эльдар Рашид оглы;наставляемый;обучающийся;9А;\n"
      "P5;Голубев Никита;наставляемый;обучающийся;6А;\n"
      "P6;Орлова Анна Сергеевна;наставляемый;обучающийся;6Б;м\n");
  INFO(b.messages);
  REQUIRE(b.program.people.size() == 6);
  CHECK(b.program.people[0].gender == Gender::kFemale);
  CHECK(b.program.people[1].gender == Gender::kFemale);
  CHECK(b.program.people[2].gender == Gender::kUnknown);
  CHECK(b.program.people[3].gender == Gender::kMale);
  CHECK(b.program.people[4].gender == Gender::kMale);
  CHECK(b.program.people[5].gender == Gender::kFemale);  // the patronymic wins, with a warning
  CHECK(b.messages.find("content/data/participants.csv:4:4: предупреждение: пол участника «Ли Женя» не определяется по ФИО") !=
        std::string::npos);
  CHECK(b.messages.find("укажите пол в столбце «Пол» (м или ж)") != std::string::npos);
  CHECK(b.messages.find("content/data/participants.csv:7:54: предупреждение: пол «м» не совпадает с отчеством в ФИО "
                        "«Орлова Анна Сергеевна»") != std::string::npos);
}

TEST_CASE("a «Пол» cell other than м or ж is an error at its cell", "[grammar][model]") {
  Built b = People("P1;Ким Саша;наставляемый;обучающийся;7Б;девочка\n");
  INFO(b.messages);
  CHECK(b.messages.find("warning") == std::string::npos);  // one message for one problem
  CHECK(b.messages.find("content/data/participants.csv:2:41: ошибка: пол записывается буквой «м» или «ж», а записано «девочка»") !=
        std::string::npos);
}

TEST_CASE("a name of unknown gender is left as written in every case", "[grammar][model]") {
  Built b = People("P1;Ким Саша;наставляемый;обучающийся;7Б;\n");
  NameForms f = FormsOf(b.program, b.program.people[0]);
  CHECK(f.full[static_cast<int>(Case::kGenitive)] == "Ким Саша");
  CHECK(f.source == NameSource::kIndeclinable);
}

TEST_CASE("declensions.csv replaces the forms it names and leaves the other cases to the rules", "[grammar][model]") {
  Built b = People("P1;Цой Анна Викторовна;наставляемый;обучающийся;10А;\n",
                   "ФИО;Падеж;Форма\n"
                   "Цой Анна Викторовна;родительный;Цой Анны Викторовны\n"
                   "цой  анна викторовна;Д;Цой Анне Викторовне\n");
  CHECK(b.messages.empty());
  NameForms f = FormsOf(b.program, b.program.people[0]);
  CHECK(f.full[static_cast<int>(Case::kGenitive)] == "Цой Анны Викторовны");
  CHECK(f.full[static_cast<int>(Case::kDative)] == "Цой Анне Викторовне");
  CHECK(f.initials_surname[static_cast<int>(Case::kGenitive)] == "А.\u00A0В.\u00A0Цой");
  // The other cases still come from the rules (which decline Цой as a man's surname: the reason to correct it).
  CHECK(f.full[static_cast<int>(Case::kInstrumental)].ends_with(" Анной Викторовной"));
  CHECK(f.source == NameSource::kOverride);
}

TEST_CASE("declensions.csv is checked like every table", "[grammar][model]") {
  Built b = People("P1;Цой Анна Викторовна;наставляемый;обучающийся;10А;\n",
                   "ФИО;Падеж;Форма\n"
                   "Цой Анна Викторовна;родителный;Цой Анны Викторовны\n"
                   "Цой Анна Викторовна;именительный;Цой Анна\n"
                   "Цой Анна Викторовна;дательный;\n"
                   "Цой Анна Викторовна;творительный;Цой Анной Викторовной\n"
                   "Цой Анна Викторовна;творительный;Цой Анною Викторовной\n"
                   "Пак Юрий Ильич;дательный;Паку Юрию Ильичу\n"
                   "Кравцова Елена Михайловна;дательный;Кравцовой Елене Михайловне\n");
  const std::string& m = b.messages;
  CHECK(m.find("content/data/declensions.csv:2:21: ошибка: неизвестный падеж «родителный»; допустимы: родительный, "
               "дательный, винительный, творительный, предложный (возможно, имелся в виду «родительный»)") !=
        std::string::npos);
  CHECK(m.find("content/data/declensions.csv:3:21: ошибка: именительный падеж не исправляется") != std::string::npos);
  CHECK(m.find("content/data/declensions.csv:4:31: ошибка: не указана форма ФИО «Цой Анна Викторовна» в падеже «дательный»") !=
        std::string::npos);
  CHECK(m.find("content/data/declensions.csv:6:21: ошибка: форма ФИО «Цой Анна Викторовна» в падеже «творительный» "
               "уже задана в строке 5") != std::string::npos);
  CHECK(m.find("content/data/declensions.csv:7:1: предупреждение: ФИО «Пак Юрий Ильич» нет ни в participants.csv, ни в "
               "program.toml") != std::string::npos);
  CHECK(m.find("Кравцова") == std::string::npos);  // the director is a known name
}

}  // namespace nastavnik::model
