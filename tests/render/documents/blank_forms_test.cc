// The blank questionnaires: a PDF per questionnaire to print, with the fill-in header, every
// question and the scale's numbers, and a printable page on the site listed from the monitoring page.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;

namespace {

CommandResult Build(const stdfs::path& project, const stdfs::path& out) {
  return Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
}

// The quoted values of `key = "…"` lines of a TOML file, in order.
std::vector<std::string> Values(const std::string& toml, const std::string& key) {
  std::vector<std::string> out;
  size_t at = 0;
  const std::string start = "\n" + key + " = \"";
  while ((at = toml.find(start, at)) != std::string::npos) {
    at += start.size();
    out.push_back(toml.substr(at, toml.find('"', at) - at));
  }
  return out;
}

// pdftotext breaks long lines; the words are compared with every run of spaces as one space.
std::string Flat(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == ' ') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("each shipped questionnaire becomes a blank form PDF and a site page", "[questionnaires]") {
  TempDir tmp;
  stdfs::path school = CopyMinimal(tmp);
  CommandResult r = Build(school, tmp.path() / "out");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  for (const char* name : {"nastavlyaemyj", "nastavnik", "kurator"}) {
    INFO(name);
    std::string toml = ReadFile(RepoDir() / "templates/questionnaires" / (std::string(name) + ".toml"));
    stdfs::path pdf = tmp.path() / "out/pdf/ankety" / (std::string(name) + ".pdf");
    REQUIRE(stdfs::exists(pdf));
    std::string text = Flat(PdfText(pdf));
    CHECK(text.find(Values("\n" + toml, "title").at(0)) != std::string::npos);
    CHECK(text.find("ФИО или код участника") != std::string::npos);
    CHECK(text.find("Дата заполнения") != std::string::npos);
    std::string html = ReadFile(tmp.path() / "out/site/ankety" / (std::string(name) + ".html"));
    for (const std::string& wording : Values(toml, "text")) {
      CHECK(text.find(wording) != std::string::npos);
      CHECK(html.find(wording) != std::string::npos);
    }
    CHECK(html.find("<form") == std::string::npos);
    CHECK(html.find("files/ankety/" + std::string(name) + ".pdf") != std::string::npos);
    CHECK(stdfs::exists(tmp.path() / "out/site/files/ankety" / (std::string(name) + ".pdf")));
  }
  // The scale's ten boxes and the meaning of its ends.
  std::string mentee = Flat(PdfText(tmp.path() / "out/pdf/ankety/nastavlyaemyj.pdf"));
  for (int i = 1; i <= 10; ++i) {
    std::string n = std::to_string(i);
    CHECK((mentee.find("□" + n + " ") != std::string::npos || mentee.find("□ " + n + " ") != std::string::npos));
  }
  CHECK(mentee.find("1 — совсем не интересно") != std::string::npos);
  CHECK(mentee.find("10 — очень интересно") != std::string::npos);
  CHECK(mentee.find("□ да") != std::string::npos);
  std::string list = ReadFile(tmp.path() / "out/site/ankety.html");
  CHECK(list.find("Анкета куратора") != std::string::npos);
  CHECK(ReadFile(tmp.path() / "out/site/documents/monitoring.html").find("href=\"../ankety.html\"") != std::string::npos);
}

TEST_CASE("a school's own questionnaire replaces the shipped one and a broken one stops the build", "[questionnaires]") {
  TempDir tmp;
  stdfs::path school = CopyMinimal(tmp);
  stdfs::create_directories(school / "templates/questionnaires");
  WriteFile(school / "templates/questionnaires/kurator.toml",
            "title = \"Анкета куратора школы\"\nrespondent = \"куратор\"\nwaves = [\"выход\"]\n\n"
            "[[questions]]\nid = \"ok\"\ntext = \"Всё ли получилось?\"\nkind = \"да/нет\"\n");
  CommandResult r = Build(school, tmp.path() / "out");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::string text = Flat(PdfText(tmp.path() / "out/pdf/ankety/kurator.pdf"));
  CHECK(text.find("Анкета куратора школы") != std::string::npos);
  CHECK(text.find("Всё ли получилось?") != std::string::npos);
  CHECK(text.find("Слабые стороны") == std::string::npos);

  WriteFile(school / "templates/questionnaires/roditel.toml",
            "title = \"Анкета родителя\"\nrespondent = \"родители\"\nwaves = [\"вход\"]\n\n"
            "[[questions]]\nid = \"a\"\ntext = \"Вопрос\"\nkind = \"шкала\"\nanchors = [\"мало\"]\n");
  r = Build(school, tmp.path() / "out2");
  INFO(r.output);
  CHECK(r.exit_code != 0);
  CHECK(r.output.find("templates/questionnaires/roditel.toml:2:1: ошибка: неизвестный респондент «родители»") !=
        std::string::npos);
  CHECK(r.output.find("возможно, имелось в виду «родитель»") != std::string::npos);
  CHECK(r.output.find("templates/questionnaires/roditel.toml:9:1: ошибка: у шкалы «a» должно быть две непустые подписи") !=
        std::string::npos);
  CHECK(!stdfs::exists(tmp.path() / "out2/pdf"));
}

}  // namespace nastavnik::testing
