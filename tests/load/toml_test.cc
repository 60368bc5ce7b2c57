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
  CHECK(dup.status().message() == "ключ задан дважды");
  Result<Value> open = ParseToml("\n\nx = \"abc\n", "p.toml", 10);
  REQUIRE_FALSE(open.ok());
  CHECK(open.status().where().line == 13);
}

}  // namespace nastavnik::load
