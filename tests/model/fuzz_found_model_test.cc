// Values the fuzz targets showed the model accepting although later stages cannot use them
// (a double past int's range, NaN, a year far outside the calendar); now each is a Russian error.
#include <catch2/catch.hpp>

#include <string>

#include "load/csv.h"
#include "load/toml.h"
#include "model/build_program.h"

namespace nastavnik::model {
namespace {

std::string PeopleErrors(const std::string& rows) {
  const std::string csv = "id,full_name,roles,category,grade,forms,capacity,experience_years\n" + rows;
  Diagnostics diags;
  Result<load::Table> table = load::ParseCsv(csv, "content/data/participants.csv", {}, diags);
  REQUIRE(table.ok());
  Program program;
  program.settings.forms = {Form::kTeacherTeacher, Form::kPupilPupil};
  BuildPeople(*table, program, diags);
  return diags.Format();
}

std::string SettingsErrors(const std::string& toml) {
  Result<load::Value> root = load::ParseToml(toml, "content/program.toml");
  REQUIRE(root.ok());
  Program program;
  Diagnostics diags;
  BuildSettings(*root, program, diags);
  return diags.Format();
}

}  // namespace

TEST_CASE("capacity past int's range, infinite or NaN is an error", "[model][fuzz]") {
  std::string errors = PeopleErrors(
      "P001,Иванов Иван Иванович,наставник,педагог,,учитель – учитель,1e10,\n"
      "P002,Петров Пётр Петрович,наставник,педагог,,учитель – учитель,inf,nan\n"
      "P003,Сидоров Семён Ильич,наставник,педагог,,учитель – учитель,101,5\n");
  INFO(errors);
  CHECK(errors.find("participants.csv:2:64: ошибка: «Макс. наставляемых» должно быть целым числом от 1 до 100, а записано «1e10»") !=
        std::string::npos);
  CHECK(errors.find("participants.csv:3:64: ошибка: ожидается число, а записано «inf»") != std::string::npos);
  CHECK(errors.find("participants.csv:3:68: ошибка: стаж записывается числом лет цифрами, например 5 или 2,5, а записано «nan»") !=
        std::string::npos);
  CHECK(errors.find("записано «101»") != std::string::npos);
}

TEST_CASE("a class number of more than two digits is an error, not an overflow", "[model][fuzz]") {
  std::string errors = PeopleErrors("P004,Белов Пётр Ильич,наставляемый,обучающийся,99999999999А,ученик – ученик,,\n");
  INFO(errors);
  CHECK(errors.find("participants.csv:2:48: ошибка: класс «99999999999А»: ожидается номер класса и буква, например 7Б") !=
        std::string::npos);
  CHECK(PeopleErrors("P004,Белов Пётр Ильич,наставляемый,обучающийся,10А,ученик – ученик,,\n").empty());
}

TEST_CASE("a survey answer of nan is not taken for a number from 1 to 10", "[model][fuzz]") {
  const std::string people = "id,full_name,roles,category\nP001,Иванов Иван Иванович,наставник,педагог\n";
  Diagnostics diags;
  Program program;
  BuildPeople(*load::ParseCsv(people, "content/data/participants.csv", {}, diags), program, diags);
  Result<load::Table> surveys =
      load::ParseCsv("participant,wave,date,satisfaction\nP001,вход,01.09.2025,nan\n", "content/data/surveys.csv", {}, diags);
  BuildSurveys(*surveys, program, diags);
  CHECK(diags.Format() ==
        "content/data/surveys.csv:2:22: ошибка: ответ анкеты должен быть числом от 1 до 10, а записано «nan»\n");
  REQUIRE(program.surveys.size() == 1);
  CHECK(program.surveys[0].answers.empty());
}

TEST_CASE("program.toml: a TOML date outside 1900..2200 and a nan share are errors", "[model][fuzz]") {
  std::string errors = SettingsErrors(
      "[organization]\nfull_name = \"МБОУ «СОШ № 3»\"\n[program]\nstart = 1013-05-31\ntarget_coverage = nan\n");
  CHECK(errors.find("content/program.toml:4:1: ошибка: дата 31.05.1013 в «start» вне допустимого диапазона: год от 1900 до 2200") !=
        std::string::npos);
  CHECK(errors.find("content/program.toml:5:1: ошибка: значение «target_coverage» должно быть числом от 0 до 1") !=
        std::string::npos);
}

}  // namespace nastavnik::model
