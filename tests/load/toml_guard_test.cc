// What toml++ 3.3.0 cannot be handed (load/toml_guard.h): found by fuzz/fuzz_toml.
#include "load/toml_guard.h"

#include <catch2/catch.hpp>

#include "load/toml.h"

namespace nastavnik::load {

TEST_CASE("a Cyrillic key without quotes is a Russian error at its place", "[toml][fuzz]") {
  Result<Value> v = ParseToml("[organization]\nназвание = \"Школа № 3\"\n", "content/program.toml");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().ToString() ==
        "content/program.toml:2:1: ошибка: символ «н» вне кавычек: имя ключа пишется латиницей (или в "
        "кавычках), а текст значения — в кавычках: ключ = \"текст\"");
  // A value without quotes, in front matter that starts below the file's first line.
  Result<Value> bare = ParseToml("title = Новости\n", "content/news.md", 1);
  REQUIRE_FALSE(bare.ok());
  CHECK(bare.status().ToString().starts_with("content/news.md:2:9: ошибка: символ «Н» вне кавычек"));
}

TEST_CASE("Cyrillic inside strings, quoted keys and comments still reads", "[toml][fuzz]") {
  Result<Value> v = ParseToml(
      "# Программа наставничества\n\"ключ\" = 'один'\nb = \"два # не комментарий\" # три\n"
      "c = \"\"\"\nчетыре \\\n    пять\"\"\"\nd = '''шесть'''\n",
      "p.toml");
  REQUIRE(v.ok());
  CHECK(v->Find("ключ")->string == "один");
  CHECK(v->Find("b")->string == "два # не комментарий");
  // The word after a line-ending backslash is handed to toml++ as \u escapes: same text.
  CHECK(v->Find("c")->string == "четыре пять");
  CHECK(v->Find("d")->string == "шесть");
  CHECK(v->Find("d")->where.line == 7);
}

TEST_CASE("a backslash before a Cyrillic letter in a long string is refused", "[toml][fuzz]") {
  Result<Value> v = ParseToml("a = \"\"\"\nстрока \\ё\n\"\"\"\n", "p.toml");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().where().line == 2);
  CHECK(v.status().where().column == 9);
  CHECK(v.status().message().find("после «\\» в строке ожидается") == 0);
}

TEST_CASE("TOML that is not UTF-8 is refused before toml++ reads it", "[toml][fuzz]") {
  Result<Value> v = ParseToml("a = 1\nb = \"\xCF\xF0\xE8\xE2\xE5\xF2\"\n", "p.toml");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().ToString() ==
        "p.toml:2:6: ошибка: недопустимый байт 0xCF: файл не в кодировке UTF-8; сохраните его в UTF-8");
}

}  // namespace nastavnik::load

namespace nastavnik::load {

TEST_CASE("columns after a rewritten character are the file's own", "[toml][fuzz]") {
  // «ё» goes to toml++ as \u0451 (six characters); the error column is mapped back.
  Result<Value> v = ParseToml("a = \"\"\"x \\\n   ёж \\ \"\nb = 1\n", "p.toml");
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().where().line == 2);
  CHECK(v.status().where().column <= 9);
  CHECK(v.status().message() == "после «\\» в конце строки не должно быть другого текста");
  Result<Value> ok = ParseToml("a = \"\"\"x \\\n   ёж\"\"\"; b = 1\n", "p.toml");
  REQUIRE_FALSE(ok.ok());  // «;» is not TOML
  CHECK(ok.status().where().column == 9);
}

}  // namespace nastavnik::load
