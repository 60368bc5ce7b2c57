// The JSON reader behind `nastavnik rollup`: values with their places, and errors with theirs.
#include <catch2/catch.hpp>

#include "load/json.h"

namespace nastavnik::testing {
namespace {

TEST_CASE("ParseJson reads objects, arrays, strings, numbers and literals with their places", "[json]") {
  Result<load::Value> v = load::ParseJson("{\n  \"a\": [1, 2.5, -3e2],\n  \"имя\": \"Школа \\\"№ 1\\\" \\u00e9\\ud83d\\ude00\",\n"
                                          "  \"t\": true, \"n\": null\n}", "s.json");
  REQUIRE(v.ok());
  REQUIRE(v->kind == load::Value::Kind::kTable);
  const load::Value* a = v->Find("a");
  REQUIRE(a);
  CHECK(a->where.line == 2);
  CHECK(a->where.column == 8);
  REQUIRE(a->array.size() == 3);
  CHECK(a->array[0].kind == load::Value::Kind::kInteger);
  CHECK(a->array[0].integer == 1);
  CHECK(a->array[1].kind == load::Value::Kind::kFloat);
  CHECK(a->array[1].number == 2.5);
  CHECK(a->array[2].number == -300);
  CHECK(v->Find("имя")->string == "Школа \"№ 1\" é😀");
  CHECK(v->Find("имя")->where.column == 10);  // columns count characters, not bytes
  CHECK(v->Find("t")->boolean);
  CHECK(v->Find("n")->string.empty());
}

TEST_CASE("ParseJson reports the first error at its line and column", "[json]") {
  auto error = [](const char* text) {
    Result<load::Value> v = load::ParseJson(text, "s.json");
    REQUIRE_FALSE(v.ok());
    return v.status().ToString();
  };
  CHECK(error("{\"a\": 1,}") == "s.json:1:9: ошибка: неверный JSON: ожидается имя поля в кавычках");
  CHECK(error("{\"a\": 1\n \"b\": 2}") == "s.json:2:2: ошибка: неверный JSON: ожидается «,» или «}»");
  CHECK(error("[1, 2") == "s.json:1:6: ошибка: неверный JSON: ожидается «,» или «]»");
  CHECK(error("{\"a\": \"x}") == "s.json:1:10: ошибка: неверный JSON: строка не закрыта кавычкой");
  CHECK(error("{\"a\": 1, \"a\": 2}") == "s.json:1:16: ошибка: неверный JSON: поле «a» записано дважды");
  CHECK(error("{} x") == "s.json:1:4: ошибка: неверный JSON: после JSON-документа лишний текст");
  CHECK(error("") == "s.json:1:1: ошибка: неверный JSON: файл кончился, а значение не записано");
  CHECK(error("// comment") == "s.json:1:1: ошибка: неверный JSON: неожиданный символ «/»");
}

}  // namespace
}  // namespace nastavnik::testing
