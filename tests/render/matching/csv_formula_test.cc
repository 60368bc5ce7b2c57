// CSV files the curator opens in Excel never hold a cell Excel would run as a formula (OWASP's
// CSV injection): such text gets a leading apostrophe, and --apply reads it back as written.
#include <catch2/catch.hpp>

#include "base/csv_formula.h"
#include "render/matching/matching_csv.h"

namespace nastavnik {

TEST_CASE("text cells that start like a formula are defused in the matching CSV", "[csv][matching]") {
  auto field = [](const std::string& text) {
    std::string out;
    render::matching::AppendField(&out, text, true);
    return out;
  };
  CHECK(field("=HYPERLINK(\"http://x\";\"P1\")") == "\"'=HYPERLINK(\"\"http://x\"\";\"\"P1\"\")\"\r\n");
  CHECK(field("+7 900 000-00-00") == "'+7 900 000-00-00\r\n");
  CHECK(field("-P1") == "'-P1\r\n");
  CHECK(field("@SUM(A1)") == "'@SUM(A1)\r\n");
  CHECK(field("\tP1") == "'\tP1\r\n");
  CHECK(field("\rP1") == "\"'\rP1\"\r\n");
  CHECK(field("P1") == "P1\r\n");
  CHECK(field("P1-2") == "P1-2\r\n");
  CHECK(field("") == "\r\n");
}

TEST_CASE("a defused cell reads back as it was written", "[csv]") {
  for (const char* cell : {"=1+1", "+7", "-P1", "@x", "\tx", "\rx"}) {
    CHECK(UndoDefuseFormula(DefuseFormula(cell)) == cell);
  }
  CHECK(UndoDefuseFormula("'quoted") == "'quoted");  // an apostrophe of the curator's own stays
  CHECK(UndoDefuseFormula("'") == "'");
  CHECK(DefuseFormula("P1") == "P1");
}

}  // namespace nastavnik
