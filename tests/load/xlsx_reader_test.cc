// Tests for the XLSX reader (load/xlsx_reader.h) on workbooks made by
// tests/fixtures/xlsx/make_fixtures.py: openpyxl's, and one written part by part as Excel does.
#include "load/xlsx_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace nastavnik::load {
namespace {

// The message at its place, whatever word the severity is printed with.
bool Reported(const std::string& output, const std::string& place, const std::string& message) {
  size_t at = output.find(place + ": ");
  size_t end = output.find('\n', at);
  return at != std::string::npos && output.substr(at, end - at).find(message) != std::string::npos;
}

using testing::ReadFile;
using testing::TestsDir;

struct Read {
  Diagnostics diags;
  Result<XlsxBook> book = Status::Input("не прочитано");
};

Read ReadFixture(const std::string& name, const SheetFilter& want = [](const XlsxSheetInfo&, size_t) { return true; }) {
  Read r;
  std::string bytes = ReadFile(TestsDir() / "fixtures/xlsx" / name);
  r.book = ReadXlsx(bytes, "content/data/" + name, want, r.diags);
  return r;
}

std::vector<std::string> Texts(const std::vector<Cell>& cells) {
  std::vector<std::string> out;
  for (const Cell& c : cells) out.push_back(c.text);
  return out;
}

TEST_CASE("xlsx: typed cells of an openpyxl workbook read as a CSV export holds them", "[xlsx]") {
  Read r = ReadFixture("typed.xlsx");
  INFO(r.book.status().ToString());
  REQUIRE(r.book.ok());
  REQUIRE(r.book->sheets.size() == 2);
  CHECK(r.book->sheets[0].name == "Участники");
  CHECK_FALSE(r.book->sheets[0].hidden);
  CHECK(r.book->sheets[1].hidden);
  Table t = SheetToTable(r.book->read[0], r.diags);
  CHECK(t.path == "content/data/typed.xlsx, лист «Участники»");
  CHECK(Texts(t.header) == std::vector<std::string>{"id", "count", "share", "flag", "born", "stamp", "note"});
  REQUIRE(t.rows.size() == 2);
  CHECK(Texts(t.rows[0].cells) ==
        std::vector<std::string>{"P001", "24", "0.25", "да", "14.03.1977", "15.09.2025 10:30", "текст"});
  CHECK(Texts(t.rows[1].cells) == std::vector<std::string>{"P002", "-3", "1e-07", "нет", "01.01.1900", "16.09.2025", ""});
  // The formula openpyxl saved has no value: one error, at its cell.
  std::string all = r.diags.Format();
  CHECK(Reported(all, "content/data/typed.xlsx, лист «Участники», ячейка C5", "формула без сохранённого значения"));
  CHECK(r.diags.error_count() == 1);
}

TEST_CASE("xlsx: a note row above the header is skipped, merged cells and cells past the header are errors", "[xlsx]") {
  Read r = ReadFixture("merged.xlsx");
  REQUIRE(r.book.ok());
  Table t = SheetToTable(r.book->read[0], r.diags);
  CHECK(Texts(t.header) == std::vector<std::string>{"id", "mentor", "mentees"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 3);
  CHECK(t.rows[1].line == 5);
  REQUIRE(t.rejected.size() == 1);
  CHECK(t.rejected[0].line == 4);
  std::string all = r.diags.Format();
  INFO(all);
  CHECK(Reported(all, "лист «Пары», ячейка D4", "значение правее последнего столбца таблицы (C2)"));
  CHECK(Reported(all, "лист «Пары», ячейка B5", "объединённые ячейки B5:C5 внутри таблицы"));
  CHECK(all.find("A1:C1") == std::string::npos);  // the note's merge is above the table
  CHECK(r.diags.error_count() == 2);
}

TEST_CASE("xlsx: dates of a workbook in the 1904 date system", "[xlsx]") {
  Read r = ReadFixture("mac1904.xlsx");
  REQUIRE(r.book.ok());
  Table t = SheetToTable(r.book->read[0], r.diags);
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0].cells[0].text == "15.09.2025");
}

TEST_CASE("xlsx: inline strings, cached formula values, error values, ISO dates and custom date formats", "[xlsx]") {
  Read r = ReadFixture("handmade.xlsx");
  INFO(r.book.status().ToString());
  REQUIRE(r.book.ok());
  Table t = SheetToTable(r.book->read[0], r.diags);
  CHECK(Texts(t.header) == std::vector<std::string>{"id", "sum", "от руки ", "iso", "custom"});
  REQUIRE(t.rows.size() == 2);
  CHECK(Texts(t.rows[0].cells) == std::vector<std::string>{"P007", "3", "", "15.09.2025 08:05", "15.09.2025 12:00"});
  CHECK(t.rows[1].cells[0].text == "P008");
  std::string all = r.diags.Format();
  INFO(all);
  CHECK(Reported(all, "лист «Ответы», ячейка C3", "в ячейке ошибка Excel «#DIV/0!»"));
  // Serial 60 is the 29 February 1900 that Excel counts and the calendar never had.
  CHECK(Reported(all, "лист «Ответы», ячейка E4", "в ячейке с форматом даты число 60, а не дата"));
  CHECK(r.diags.error_count() == 2);
}

TEST_CASE("xlsx: only the chosen sheets are read", "[xlsx]") {
  Read r = ReadFixture("typed.xlsx", [](const XlsxSheetInfo& s, size_t) { return s.hidden; });
  REQUIRE(r.book.ok());
  REQUIRE(r.book->read.size() == 1);
  CHECK(r.book->read[0].info.name == "Скрытый");
  CHECK(r.diags.all().empty());  // the formula of the other sheet was never read
}

TEST_CASE("xlsx: a zip bomb stops at the cap and a foreign file is refused, in Russian", "[xlsx]") {
  Read bomb = ReadFixture("bomb.xlsx");
  REQUIRE_FALSE(bomb.book.ok());
  CHECK(ToString(bomb.book.status().where()) == "content/data/bomb.xlsx");
  CHECK(bomb.book.status().message() == "книга распаковывается больше чем в 400 МБ: проверьте, та ли это таблица");
  Diagnostics diags;
  Result<XlsxBook> csv = ReadXlsx("id,name\nP1,x\n", "content/data/participants.xlsx",
                                  [](const XlsxSheetInfo&, size_t) { return true; }, diags);
  REQUIRE_FALSE(csv.ok());
  CHECK(csv.status().message().starts_with("файл повреждён или это не книга Excel (.xlsx)"));
}

TEST_CASE("xlsx: cell names", "[xlsx]") {
  CHECK(CellName(13, 4) == "D13");
  CHECK(CellName(1, 26) == "Z1");
  CHECK(CellName(2, 27) == "AA2");
  CHECK(CellName(1, 16384) == "XFD1");
}

}  // namespace
}  // namespace nastavnik::load
