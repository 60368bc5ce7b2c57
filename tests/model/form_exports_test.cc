// Exports of Яндекс Формы and Google Forms, as the services download them, read through the
// questionnaire's [[exports]] mapping: respondents by e-mail or full name, timestamps as dates,
// the wave from program.toml's date ranges, extra columns (class) left alone.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "model/form_exports.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

const char kWaves[] =
    "\n[[monitoring.waves]]\nname = \"вход\"\nfrom = 2025-09-01\nto = 2025-10-31\n"
    "\n[[monitoring.waves]]\nname = \"выход\"\nfrom = 2026-05-01\nto = 2026-05-31\n";

// The example school with both exports in content/data/ankety/ and the mapping appended to its
// own copy of the mentee questionnaire; surveys.csv is left out.
// With xlsx, the exports are the workbooks of tests/fixtures/xlsx/make_form_exports.py and the mapping
// names them (yandex is then ignored).
stdfs::path School(const TempDir& tmp, const std::string& yandex, bool xlsx = false) {
  stdfs::path school = CopyExample(tmp);
  stdfs::path fixtures = TestsDir() / "fixtures/form_exports";
  const std::string ext = xlsx ? ".xlsx" : ".csv";
  stdfs::create_directories(school / "content/data/ankety");
  if (xlsx) stdfs::copy_file(fixtures / "yandex.xlsx", school / "content/data/ankety/vhod-yandex.xlsx");
  else WriteFile(school / "content/data/ankety/vhod-yandex.csv", yandex);
  stdfs::copy_file(fixtures / ("google" + ext), school / ("content/data/ankety/vyhod-google" + ext));
  stdfs::create_directories(school / "templates/questionnaires");
  std::string mapping = ReadFile(fixtures / "nastavlyaemyj-exports.toml");
  if (xlsx) mapping = std::regex_replace(mapping, std::regex("\\.csv\""), ".xlsx\"");
  WriteFile(school / "templates/questionnaires/nastavlyaemyj.toml",
            ReadFile(RepoDir() / "templates/questionnaires/nastavlyaemyj.toml") + mapping);
  stdfs::remove(school / "content/data/surveys.csv");
  std::string program = ReadFile(school / "content/program.toml");
  program = std::regex_replace(program, std::regex("\\[monitoring\\.swot\\]"), std::string(kWaves) + "\n[monitoring.swot]");
  WriteFile(school / "content/program.toml", program);
  return school;
}

}  // namespace

TEST_CASE("form service time stamps are read as days", "[surveys][exports]") {
  CHECK(model::ParseTimestamp("15.09.2025 14:03:22") == Date{2025, 9, 15});
  CHECK(model::ParseTimestamp("2025-09-15 14:03:22") == Date{2025, 9, 15});
  CHECK(model::ParseTimestamp("2025/09/15 2:03:22 PM GMT+3") == Date{2025, 9, 15});
  CHECK(model::ParseTimestamp("9/15/2025 14:03:22") == Date{2025, 9, 15});
  CHECK(!model::ParseTimestamp("вчера вечером"));
}

TEST_CASE("a misspelt respondent in a Yandex export is an error at its cell with the nearest participants",
          "[surveys][exports]") {
  TempDir tmp;
  stdfs::path school = School(tmp, ReadFile(TestsDir() / "fixtures/form_exports/yandex.csv"));
  CommandResult r = Run(Binary() + " check " + Quote(school) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("content/data/ankety/vhod-yandex.csv:4:30: ошибка: респондент «Кузмина Алиса "
                                       "Владимировна» не найден среди участников ни по коду, ни по e-mail, ни по ФИО; "
                                       "ближе всего: Кузьмина Алиса Владимировна (P030)"));
}

namespace {

// Both exports built into the example: entry from Yandex, exit from Google, the same three pupils.
void CheckReport(const TempDir& tmp, const stdfs::path& school) {
  stdfs::path out = tmp.path() / "out";
  CommandResult r = Run("SOURCE_DATE_EPOCH=1780000000 " + Binary() + " build " + Quote(school) + " -o " + Quote(out) +
                        " --today 31.05.2026 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::string text = std::regex_replace(PdfText(out / "pdf/monitoring.pdf"), std::regex("\\s+"), " ");
  INFO(text);
  CHECK_THAT(text, Catch::Contains("Вход Выход"));
  // interest: 4, 5, 5 at entry (Yandex); 9, 8, 7 at exit (Google): the same three pupils.
  CHECK_THAT(text, Catch::Contains("Вовлечённость 4,7 → 8, улучшились 3 из 3"));
  CHECK_THAT(text, Catch::Contains("Научиться решать задачи по химии"));
  CHECK_THAT(text, Catch::Contains("Больше практических задач по химии"));
  CHECK_THAT(text, Catch::Contains("· да — 2 (66,7 %)"));
}

std::string Fixture(const char* name) { return ReadFile(TestsDir() / "fixtures/form_exports" / name); }

}  // namespace

TEST_CASE("Yandex and Google exports feed the report's waves", "[surveys][exports]") {
  TempDir tmp;
  std::string yandex = std::regex_replace(Fixture("yandex.csv"), std::regex("Кузмина"), "Кузьмина");
  CheckReport(tmp, School(tmp, yandex));
}

TEST_CASE("Yandex and Google exports downloaded as XLSX feed the report as the CSV ones do", "[surveys][exports][xlsx]") {
  TempDir tmp;
  CheckReport(tmp, School(tmp, "", /*xlsx=*/true));
}

TEST_CASE("an export of another layout is an error at its sheet and header cell", "[surveys][exports][xlsx]") {
  TempDir tmp;
  stdfs::path school = School(tmp, "", /*xlsx=*/true);
  stdfs::copy_file(TestsDir() / "fixtures/form_exports/foreign.xlsx", school / "content/data/ankety/vyhod-google.xlsx",
                   stdfs::copy_options::overwrite_existing);
  // In the Yandex export, one header the mapping names is spelt otherwise.
  std::string toml = ReadFile(school / "templates/questionnaires/nastavlyaemyj.toml");
  WriteFile(school / "templates/questionnaires/nastavlyaemyj.toml",
            std::regex_replace(toml, std::regex("respondent = \"ФИО\""), "respondent = \"Ф.И.О\""));
  CommandResult r = Run(Binary() + " check " + Quote(school) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains(
      "content/data/ankety/vyhod-google.xlsx, лист «Ответы на форму (1)», ячейка A1: ошибка: выгрузка не похожа на "
      "ответы анкеты «Анкета наставляемого»: в ней нет ни одного столбца из [[exports]] "
      "(templates/questionnaires/nastavlyaemyj.toml:"));
  CHECK_THAT(r.output, Catch::Contains("её столбцы: «Timestamp», «Email Address», «Как вас зовут?», «Понравился ли вам "
                                       "кружок робототехники?». Проверьте, та ли форма скачана, и заголовки в [[exports]]"));
  CHECK_THAT(r.output, Catch::Contains("content/data/ankety/vhod-yandex.xlsx, лист «Ответы», ячейка A1: ошибка: в выгрузке "
                                       "нет столбца «Ф.И.О» (respondent, templates/questionnaires/nastavlyaemyj.toml:"));
  CHECK_THAT(r.output, Catch::Contains("); возможно, имелся в виду «ФИО»"));
}

TEST_CASE("a respondent who matches two people is an error at the cell naming both", "[surveys][exports]") {
  TempDir tmp;
  std::string yandex = std::regex_replace(Fixture("yandex.csv"), std::regex("Кузмина"), "Кузьмина");
  stdfs::path school = School(tmp, yandex);
  // A namesake of P026 in another class, born on another day: the duplicate check lets both be.
  std::string people = ReadFile(school / "content/data/participants.csv");
  people += "P099,Шубина Ева Романовна,наставляемый,обучающийся,5А,,,,МБОУ «СОШ № 3»,ученик – ученик,,,,,,,,"
            "02.02.2014,01.09.2025,да,нет\n";
  WriteFile(school / "content/data/participants.csv", people);
  CommandResult r = Run(Binary() + " check " + Quote(school) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains(
      "content/data/ankety/vhod-yandex.csv:2:30: ошибка: респондент «Шубина Ева Романовна» подходит нескольким "
      "участникам: Шубина Ева Романовна (P026, 8Б), Шубина Ева Романовна (P099, 5А); чей это ответ, не понять — "
      "попросите указывать в форме код участника или e-mail"));
}

}  // namespace nastavnik::testing
