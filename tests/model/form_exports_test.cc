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
stdfs::path School(const TempDir& tmp, const std::string& yandex) {
  stdfs::path school = CopyExample(tmp);
  stdfs::path fixtures = TestsDir() / "fixtures/form_exports";
  stdfs::create_directories(school / "content/data/ankety");
  WriteFile(school / "content/data/ankety/vhod-yandex.csv", yandex);
  stdfs::copy_file(fixtures / "google.csv", school / "content/data/ankety/vyhod-google.csv");
  stdfs::create_directories(school / "templates/questionnaires");
  WriteFile(school / "templates/questionnaires/nastavlyaemyj.toml",
            ReadFile(RepoDir() / "templates/questionnaires/nastavlyaemyj.toml") +
                ReadFile(fixtures / "nastavlyaemyj-exports.toml"));
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

TEST_CASE("Yandex and Google exports feed the report's waves", "[surveys][exports]") {
  TempDir tmp;
  std::string yandex = ReadFile(TestsDir() / "fixtures/form_exports/yandex.csv");
  yandex = std::regex_replace(yandex, std::regex("Кузмина"), "Кузьмина");
  stdfs::path school = School(tmp, yandex);
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

}  // namespace nastavnik::testing
