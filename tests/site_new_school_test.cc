// The site of a school as it is made and edited: a fresh `nastavnik new` school validates (no
// empty links or sentences), page file names become safe addresses, contacts and menu addresses
// are checked, the emblem reaches the header and the tab.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;

namespace {

CommandResult Build(const stdfs::path& project, const stdfs::path& out) {
  return Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(project) + " -o " + Quote(out) + " 2>&1");
}

void Replace(const stdfs::path& file, const std::string& from, const std::string& to) {
  std::string text = ReadFile(file);
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  WriteFile(file, text.replace(at, from.size(), to));
}

}  // namespace

TEST_CASE("a new school's site has no empty links, labels or descriptions", "[site]") {
  TempDir tmp;
  REQUIRE(Run(Binary() + " new " + Quote(tmp.path() / "school") + " 2>&1").exit_code == 0);
  CommandResult r = Build(tmp.path() / "school", tmp.path() / "out");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  int pages = 0;
  for (const auto& e : stdfs::recursive_directory_iterator(tmp.path() / "out/site")) {
    if (e.path().extension() != ".html") continue;
    ++pages;
    std::string html = ReadFile(e.path());
    INFO(e.path().string());
    for (const char* empty : {"href=\"tel:\"", "href=\"mailto:\"", "content=\"\"", "из них групп", "Телефон: <",
                              "<p></p>", " · <a href=\"mailto"}) {
      CHECK(html.find(empty) == std::string::npos);
    }
  }
  CHECK(pages >= 5);
  std::string home = ReadFile(tmp.path() / "out/site/index.html");
  CHECK(home.find("Пары наставников и наставляемых ещё не сформированы.") != std::string::npos);
  // An empty feed is dated by the program's start, not by 1970.
  std::string atom = ReadFile(tmp.path() / "out/site/atom.xml");
  CHECK(atom.find("1970") == std::string::npos);
  CHECK(atom.find("<updated>2025-09-01T00:00:00Z</updated>") != std::string::npos);
  CHECK(atom.find("rel=\"self\"") != std::string::npos);
  // The site is the whole host ("/"): robots.txt belongs there.
  CHECK(stdfs::exists(tmp.path() / "out/site/robots.txt"));
  CHECK(stdfs::exists(tmp.path() / "out/site/favicon.svg"));
  CHECK(home.find("<link rel=\"icon\" href=\"favicon.svg\">") != std::string::npos);
}

TEST_CASE("a page named in Russian gets a Latin address and a warning", "[site]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  WriteFile(project / "content/О нас.md", "+++\ntitle = \"О нас\"\n+++\n\nМы школа. [Подробнее](about.md)\n");
  WriteFile(project / "content/about.md", ReadFile(project / "content/about.md") + "\n[Кто мы](<О нас.md>)\n");
  CommandResult r = Build(project, tmp.path() / "out");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("content/О нас.md:1:1: предупреждение: имя файла «О нас.md» не годится для адреса: страница "
                      "будет называться «o-nas.html»") != std::string::npos);
  CHECK(stdfs::exists(tmp.path() / "out/site/o-nas.html"));
  CHECK(ReadFile(tmp.path() / "out/site/about.html").find("href=\"o-nas.html\"") != std::string::npos);
}

TEST_CASE("a javascript: menu address, a wrong phone or e-mail stop the build at their keys", "[site]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  stdfs::path toml = project / "content/program.toml";
  Replace(toml, "{ title = \"Документы\", url = \"documents.html\" }", "{ title = \"Документы\", url = \"javascript:alert(1)\" }");
  Replace(toml, "phone = \"+7 (900) 000-00-03\"", "phone = \"звоните завучу\"");
  Replace(toml, "email = \"school3@example.ru\"", "email = \"school3 at example.ru\"");
  CommandResult r = Build(project, tmp.path() / "out");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("program.toml:39:26: ошибка: адрес пункта меню «javascript:alert(1)» начинается с «javascript:»: "
                      "в меню допустимы страницы сайта и адреса http://, https://, mailto: и tel:") != std::string::npos);
  CHECK(r.output.find("program.toml:7:1: ошибка: в номере телефона «звоните завучу» есть знак «з»") != std::string::npos);
  CHECK(r.output.find("program.toml:6:1: ошибка: «school3 at example.ru» не похоже на адрес электронной почты") !=
        std::string::npos);
  CHECK_FALSE(stdfs::exists(tmp.path() / "out/site"));
}

TEST_CASE("the school's emblem is shown in the header and serves as the favicon", "[site]") {
  TempDir tmp;
  stdfs::path project = CopyMinimal(tmp);
  WriteFile(project / "content/emblem.png", ReadFile(TestsDir() / "fixtures/images/screenshot_meta.png"));
  CommandResult r = Build(project, tmp.path() / "out");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::string home = ReadFile(tmp.path() / "out/site/index.html");
  CHECK(home.find("<img class=\"emblem\" src=\"emblem.png\" alt=\"\"") != std::string::npos);
  CHECK(home.find("<link rel=\"icon\" href=\"emblem.png\">") != std::string::npos);
  CHECK(stdfs::exists(tmp.path() / "out/site/emblem.png"));
  CHECK(ReadFile(tmp.path() / "out/site/news.html").find("<link rel=\"icon\" href=\"emblem.png\">") != std::string::npos);
}

}  // namespace nastavnik::testing
