// Cells that read but are probably not what the curator meant: a stray quote, a text longer than
// an Excel cell; and rows dropped for a wrong number of fields, kept aside for the model.
#include <catch2/catch.hpp>

#include <string>

#include "load/csv.h"

namespace nastavnik::load {

TEST_CASE("a quote inside an unquoted field is a warning at its cell, the value kept", "[csv]") {
  Diagnostics diags;
  Result<Table> t = ParseCsv("id;organization\nP1;ООО \"Ромашка\"\nP2;\"ООО \"\"Лютик\"\"\"\n",
                             "content/data/participants.csv", {}, diags);
  REQUIRE(t.ok());
  REQUIRE(t->rows.size() == 2);
  CHECK(t->rows[0].cells[1].text == "ООО \"Ромашка\"");
  CHECK(t->rows[1].cells[1].text == "ООО \"Лютик\"");  // quoted as RFC 4180 says: no warning
  CHECK(diags.Format() ==
        "content/data/participants.csv:2:4: предупреждение: кавычка внутри поля, которое не взято в кавычки: значение "
        "оставлено как записано; если кавычка нужна, возьмите всё поле в кавычки и удвойте её: "
        "\"ООО \"\"Ромашка\"\"\"\n");
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a cell longer than an Excel cell is an error at the input cell", "[csv]") {
  std::string cyrillic;
  for (int i = 0; i < 32768; ++i) cyrillic += "я";  // 65,536 bytes: under the 64 KB cap
  const std::string latin(40000, 'x');
  const std::string fits(32767, 'x');
  Diagnostics diags;
  Result<Table> t = ParseCsv("id,requests,strengths\nP1,\"" + cyrillic + "\"," + fits + "\nP2,x," + latin + "\n",
                             "content/data/participants.csv", {}, diags);
  REQUIRE(t.ok());
  CHECK(diags.error_count() == 2);
  CHECK(diags.Format() ==
        "content/data/participants.csv:2:4: ошибка: в поле 32768 символов, а ячейка Excel вмещает не больше 32767: "
        "сократите текст или разделите его на несколько полей\n"
        "content/data/participants.csv:3:6: ошибка: в поле 40000 символов, а ячейка Excel вмещает не больше 32767: "
        "сократите текст или разделите его на несколько полей\n");
}

TEST_CASE("rows with a wrong number of fields are reported and kept aside", "[csv]") {
  Diagnostics diags;
  Result<Table> t = ParseCsv("id,name,grade\nP1,Аня,7А\nP2,Боря\nP3,Вера,7Б,лишнее\n", "p.csv", {}, diags);
  REQUIRE(t.ok());
  CHECK(diags.error_count() == 2);
  REQUIRE(t->rows.size() == 1);
  REQUIRE(t->rejected.size() == 2);
  CHECK(t->rejected[0].cells[0].text == "P2");
  CHECK(t->rejected[1].cells[0].text == "P3");
  CHECK(t->rejected[1].cells.size() == 3);  // cut to the header's width
}

}  // namespace nastavnik::load
