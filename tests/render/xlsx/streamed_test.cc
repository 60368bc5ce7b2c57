// The streamed ("constant memory") workbook at its threshold: a workbook with one sheet over the
// streaming limit streams every sheet, and each must read back exactly as in the ordinary mode —
// filters that leave totals out, frozen panes, dropdowns, charts. The limit is lowered for the
// test instead of writing ten thousand rows.
#include <catch2/catch.hpp>

#include "render/xlsx/xlsx.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace {

using namespace render::xlsx;

constexpr long long kEpoch = 1756684800;
constexpr size_t kLimit = 6;

Column Col(const char* header, std::vector<std::string> choices = {}) {
  Column c;
  c.header = header;
  c.choices = std::move(choices);
  return c;
}

// The big sheet: just over the limit, with a title row and one total row.
Sheet Register() {
  Sheet s;
  s.name = "Реестр";
  s.title = "Реестр участников";
  s.columns = {Col("Код"), Col("ФИО"), Col("Роль", {"наставник", "наставляемый"})};
  for (size_t i = 0; i < kLimit; ++i) {
    s.rows.push_back({TextValue("P" + std::to_string(i + 1)), TextValue("Участник " + std::to_string(i + 1)),
                      TextValue(i % 2 ? "наставник" : "наставляемый")});
  }
  s.rows.push_back({TextValue("Всего"), NumberValue(kLimit)});
  s.total_rows = 1;
  return s;
}

// A small sheet with totals under the table and a chart: the one the 50,000-person build lost.
Sheet Coverage() {
  Sheet s;
  s.name = "Охват";
  s.title = "Охват";
  s.columns = {Col("Группа"), Col("Участвуют"), Col("Всего")};
  s.rows = {{TextValue("Ученики"), NumberValue(3), NumberValue(4)},
            {TextValue("Учителя"), NumberValue(1), NumberValue(2)},
            {TextValue("Итого"), FormulaValue("=SUM(B3:B4)", 4), FormulaValue("=SUM(C3:C4)", 6)}};
  s.total_rows = 1;
  doc::Chart chart;
  chart.title = "Участвуют по группам";
  s.charts.push_back({chart, 0, {1}, 0, 1});
  return s;
}

// No title: the header is row 1 and the filter, the frozen pane and the dropdown start under it.
Sheet Plans() {
  Sheet s;
  s.name = "Планы";
  s.columns = {Col("Пара"), Col("Статус", {"черновик", "утверждён"})};
  s.rows = {{TextValue("Пара 1"), TextValue("черновик")}, {TextValue("Пара 2"), TextValue("утверждён")}};
  return s;
}

Workbook Book() {
  Workbook book;
  book.title = "Порог потоковой записи";
  book.sheets = {Coverage(), Register(), Plans()};  // the small sheet first, as in monitoring.xlsx
  return book;
}

// What a reader sees of each sheet, one fact a line; the storage of strings is not part of it.
constexpr char kReader[] = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets=" + "|".join(wb.sheetnames))
for ws in wb.worksheets:
    n = ws.title
    print(n, "state=" + ws.sheet_state, "freeze=" + str(ws.freeze_panes), "filter=" + str(ws.auto_filter.ref))
    print(n, "print=" + str(ws.print_title_rows), "merged=" + ",".join(sorted(str(r) for r in ws.merged_cells.ranges)))
    print(n, "charts=%d" % len(ws._charts))
    for dv in ws.data_validations.dataValidation:
        print(n, "validation=" + str(dv.formula1) + " " + str(dv.sqref))
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                print(n, "%s=%s:%s" % (c.coordinate, c.data_type, c.value))
)PY";

std::string Read(const TempDir& dir, const std::string& name, const std::string& bytes) {
  WriteFile(dir.path() / "read.py", kReader);
  WriteFile(dir.path() / name, bytes);
  CommandResult result = Run("/usr/bin/python3 " + Quote(dir.path() / "read.py") + " " + Quote(dir.path() / name));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  return result.output;
}

TEST_CASE("RenderXlsx streams a workbook over the limit with every sheet as in the ordinary mode", "[xlsx]") {
  Result<std::string> streamed = RenderXlsx(Book(), kEpoch, kLimit);
  INFO(streamed.status().ToString());
  REQUIRE(streamed.ok());
  Result<std::string> ordinary = RenderXlsx(Book(), kEpoch);
  REQUIRE(ordinary.ok());
  TempDir dir;
  std::string seen = Read(dir, "streamed.xlsx", *streamed);
  INFO(seen);
  CHECK(seen == Read(dir, "ordinary.xlsx", *ordinary));

  // It really streamed: strings inline, not in a shared table.
  CHECK_THAT(XlsxPart(dir.path() / "streamed.xlsx", "xl/worksheets/sheet2.xml"), Catch::Contains("inlineStr"));
  CHECK_THAT(XlsxPart(dir.path() / "ordinary.xlsx", "xl/worksheets/sheet2.xml"), !Catch::Contains("inlineStr"));

  // The totals stay out of each filter; panes, print titles, dropdowns and the chart are there.
  CHECK_THAT(seen, Catch::Contains("Охват state=visible freeze=A3 filter=A2:C4\n"));
  CHECK_THAT(seen, Catch::Contains("Охват print=$2:$2 merged=A1:C1\n"));
  CHECK_THAT(seen, Catch::Contains("Охват charts=1\n"));
  CHECK_THAT(seen, Catch::Contains("Охват B5=f:=SUM(B3:B4)\n"));
  CHECK_THAT(seen, Catch::Contains("Реестр state=visible freeze=A3 filter=A2:C8\n"));
  CHECK_THAT(seen, Catch::Contains("Реестр validation='Списки'!$A$1:$A$2 C3:C1048576\n"));
  CHECK_THAT(seen, Catch::Contains("Реестр A9=s:Всего\n"));
  CHECK_THAT(seen, Catch::Contains("Реестр B9=n:6\n"));
  CHECK_THAT(seen, Catch::Contains("Планы state=visible freeze=A2 filter=A1:B3\n"));
  CHECK_THAT(seen, Catch::Contains("Планы validation='Списки'!$B$1:$B$2 B2:B1048576\n"));
  CHECK_THAT(seen, Catch::Contains("Списки state=hidden"));
  std::string chart = XlsxPart(dir.path() / "streamed.xlsx", "xl/charts/chart1.xml");
  CHECK_THAT(chart, Catch::Contains("<c:f>'Охват'!$A$3:$A$4</c:f>"));
  CHECK_THAT(chart, Catch::Contains("<c:f>'Охват'!$B$3:$B$4</c:f>"));
}

TEST_CASE("RenderXlsx streams a workbook exactly at the limit and not one row under it", "[xlsx]") {
  Workbook book = Book();
  size_t rows = book.sheets[1].rows.size();
  Result<std::string> at = RenderXlsx(book, kEpoch, rows);
  REQUIRE(at.ok());
  Result<std::string> under = RenderXlsx(book, kEpoch, rows + 1);
  REQUIRE(under.ok());
  TempDir dir;
  WriteFile(dir.path() / "at.xlsx", *at);
  WriteFile(dir.path() / "under.xlsx", *under);
  CHECK_THAT(XlsxPart(dir.path() / "at.xlsx", "xl/worksheets/sheet1.xml"), Catch::Contains("inlineStr"));
  CHECK_THAT(XlsxPart(dir.path() / "under.xlsx", "xl/worksheets/sheet1.xml"), !Catch::Contains("inlineStr"));
}

}  // namespace
}  // namespace nastavnik::testing
