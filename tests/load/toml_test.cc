#include "load/toml.h"

#include <catch2/catch.hpp>

namespace nastavnik::load {

TEST_CASE("ParseToml keeps where every key was written", "[toml]") {
  Result<Value> v = ParseToml("[program]\ntitle = \"Шаг\"\nstart = 2025-09-01\n", "p.toml");
  REQUIRE(v.ok());
  const Value* program = v->Find("program");
  REQUIRE(program);
  const Value* title = program->Find("title");
  REQUIRE(title);
  CHECK(title->string == "Шаг");
  CHECK(title->where.line == 2);
  CHECK(title->where.column == 1);
  CHECK(program->Find("start")->kind == Value::Kind::kDate);
  CHECK(program->Find("start")->date == Date{2025, 9, 1});
}

TEST_CASE("ParseToml reports syntax errors in Russian at their place", "[toml]") {
  Result<Value> dup = ParseToml("a = 1\na = 2\n", "p.toml");
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.status().ToString().starts_with("p.toml:2:"));
  CHECK(dup.status().message() == "ключ «a» задан дважды: оставьте одно значение");
  Result<Value> open = ParseToml("\n\nx = \"abc\n", "p.toml", 10);
  REQUIRE_FALSE(open.ok());
  CHECK(open.status().where().line == 13);
}

// The slips a curator makes most (a date as in Word, a comma in a number, a cut header) read in
// Russian with the fix, not in toml++'s English.
TEST_CASE("ParseToml explains a bare date, a bad number, a bad boolean and an open header", "[toml]") {
  const std::pair<const char*, const char*> cases[] = {
      {"start = 01.09.2025\n", "число не может начинаться с нуля; дату или текст пишите в кавычках: \"01.09.2025\""},
      {"target = 0,7\n", "после значения ожидается конец строки (дробь пишется через точку: 0.7; текст — в кавычках)"},
      {"x = 1.2.3\n", "неверное число (дробь пишется через точку: 0.7); дату или текст пишите в кавычках: \"01.09.2025\""},
      {"network = tru\n", "ожидается true или false (без кавычек), а текст — в кавычках"},
      {"[program\n", "заголовок таблицы не закрыт: ожидается «]» в той же строке"},
  };
  for (const auto& [text, message] : cases) {
    INFO(text);
    Result<Value> r = ParseToml(text, "p.toml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == message);
    CHECK(r.status().where().line == 1);
  }
}

}  // namespace nastavnik::load
