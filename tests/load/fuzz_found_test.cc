// Inputs the fuzz targets found mishandled (fuzz/regressions/ holds the raw reproducers); each
// case here states what the school now sees instead.
#include <catch2/catch.hpp>

#include <string>

#include "load/csv.h"
#include "load/encoding.h"
#include "load/markdown.h"

namespace nastavnik::load {

TEST_CASE("Utf8ToCp1251 refuses broken UTF-8 instead of writing NUL bytes", "[encoding][fuzz]") {
  Result<std::string> bytes = Utf8ToCp1251("Иванов;\xC0\xC1;5\n");
  REQUIRE_FALSE(bytes.ok());
  CHECK(bytes.status().message() == "байт 0xC0 не образует символа UTF-8: текст испорчен до записи");
  CHECK(bytes.status().where().line == 1);
  CHECK(bytes.status().where().column == 8);
  Result<std::string> good = Utf8ToCp1251("Пётр;№ 5\n");
  REQUIRE(good.ok());
  CHECK(*good == "\xCF\xB8\xF2\xF0;\xB9 5\n");
}

TEST_CASE("an empty CSV names line 1, column 1", "[csv][fuzz]") {
  Diagnostics diags;
  Result<Table> t = ParseCsv(" \r\n;;\r\n", "content/data/pairs.csv", {}, diags);
  REQUIRE_FALSE(t.ok());
  CHECK(t.status().ToString() == "content/data/pairs.csv:1:1: ошибка: файл пуст: нет строки заголовков");
}

TEST_CASE("Markdown nested deeper than 32 levels is refused at the deep place", "[markdown][fuzz]") {
  Diagnostics diags;
  std::string quotes = "# Заголовок\n\n";
  for (int i = 0; i < 5000; ++i) quotes += "> ";
  quotes += "текст\n";
  Result<MarkdownFile> deep = ParseMarkdown(quotes, "content/about.md", 256 * 1024, diags);
  REQUIRE_FALSE(deep.ok());
  CHECK(deep.status().ToString().starts_with("content/about.md:3:"));
  CHECK(deep.status().message() == "разметка вложена глубже 32 уровней (цитаты «>», списки, выделение): упростите её");

  std::string emphasis;
  for (int i = 0; i < 3000; ++i) emphasis += "*а ";
  emphasis += "б";
  for (int i = 0; i < 3000; ++i) emphasis += " а*";
  Result<MarkdownFile> em = ParseMarkdown(emphasis, "content/about.md", 256 * 1024, diags);
  REQUIRE_FALSE(em.ok());
  CHECK(em.status().where().line == 1);

  // Ordinary nesting (a list in a quote in a list, with emphasis) reads as before.
  Result<MarkdownFile> normal =
      ParseMarkdown("- пункт\n  > цитата\n  > - *вложенный* **пункт**\n", "content/about.md", 256 * 1024, diags);
  REQUIRE(normal.ok());
  REQUIRE(normal->blocks.size() == 1);
  CHECK(normal->blocks[0].kind == doc::BlockKind::kList);
}

}  // namespace nastavnik::load
