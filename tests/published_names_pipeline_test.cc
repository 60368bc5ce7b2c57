// End to end: `build` refuses a page naming a pupil without consent, at the name's place, and
// builds the same page naming people the site may show.
#include <catch2/catch.hpp>

#include <filesystem>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

CommandResult BuildWithPage(const TempDir& tmp, const std::string& page) {
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  WriteFile(project / "content/news/2025-12-01-itogi.md",
            "+++\ntitle = \"Итоги полугодия\"\ndate = 2025-12-01\n+++\n\n" + page);
  return Run(Binary() + " build " + Quote(project) + " -o " + Quote(tmp.path() / "out") + " 2>&1");
}

}  // namespace

TEST_CASE("a news item naming a pupil without consent stops the build at the name", "[pipeline][privacy]") {
  TempDir tmp;
  CommandResult r = BuildWithPage(tmp, "Лучший наставник полугодия —\n*Волков* Илья из 10А.\n");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/news/2025-12-01-itogi.md:7:2: ошибка: ФИО обучающегося S1 без согласия на публикацию") !=
        std::string::npos);
  CHECK_FALSE(stdfs::exists(tmp.path() / "out"));
}

TEST_CASE("the same news item naming a consenting pupil and a teacher builds", "[pipeline][privacy]") {
  TempDir tmp;
  CommandResult r = BuildWithPage(tmp, "Лучший наставник полугодия —\n*Морозов* Кирилл, его наставник — Смирнова Ольга Ивановна.\n");
  CHECK(r.exit_code == 0);
  std::string html = ReadFile(tmp.path() / "out/site/news/2025-12-01-itogi.html");
  CHECK(html.find("Кирилл") != std::string::npos);
}

}  // namespace nastavnik::testing
