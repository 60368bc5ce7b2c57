// Native charts and formulas in the generic XLSX writer, read back from the XML Excel opens.
#include <catch2/catch.hpp>

#include "render/xlsx/xlsx.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace {

using namespace render::xlsx;

Column Col(const char* header, const char* number_format = "") {
  Column c;
  c.header = header;
  c.number_format = number_format;
  return c;
}

Workbook ChartBook() {
  Workbook book;
  Sheet s;
  s.name = "Охват";
  s.title = "Охват";
  s.columns = {Col("Группа"), Col("Участвуют"), Col("Всего"), Col("Доля", "0.0%")};
  s.rows = {{TextValue("Ученики"), NumberValue(3), NumberValue(4), FormulaValue("=B3/C3", 0.75)},
            {TextValue("Учителя"), NumberValue(1), NumberValue(2), FormulaValue("=B4/C4", 0.5)},
            {TextValue("Всего"), FormulaValue("=SUM(B3:B4)", 4), FormulaValue("=SUM(C3:C4)", 6), FormulaValue("=B5/C5", 4.0 / 6)}};
  s.total_rows = 1;
  doc::Chart chart;
  chart.kind = doc::Chart::Kind::kBars;
  chart.title = "Доля по группам";
  chart.max = 1;
  s.charts.push_back({chart, 0, {3}, 0, 1});
  book.sheets.push_back(s);
  return book;
}

TEST_CASE("RenderXlsx writes formulas with their values and native charts over the table", "[xlsx]") {
  Result<std::string> bytes = RenderXlsx(ChartBook(), 1756684800);
  REQUIRE(bytes.ok());
  TempDir dir;
  WriteFile(dir.path() / "b.xlsx", *bytes);
  std::string sheet = XlsxPart(dir.path() / "b.xlsx", "xl/worksheets/sheet1.xml");
  CHECK_THAT(sheet, Catch::Contains("<f>B3/C3</f><v>0.75</v>"));
  CHECK_THAT(sheet, Catch::Contains("<f>SUM(B3:B4)</f><v>4</v>"));
  CHECK_THAT(sheet, Catch::Contains("<autoFilter ref=\"A2:D4\"/>"));  // the total row stays out
  CHECK_THAT(sheet, Catch::Contains("<drawing r:id="));
  std::string chart = XlsxPart(dir.path() / "b.xlsx", "xl/charts/chart1.xml");
  CHECK_THAT(chart, Catch::Contains("<c:barDir val=\"bar\"/>"));
  CHECK_THAT(chart, Catch::Contains("<c:f>'Охват'!$A$3:$A$4</c:f>"));  // categories
  CHECK_THAT(chart, Catch::Contains("<c:f>'Охват'!$D$3:$D$4</c:f>"));  // values
  CHECK_THAT(chart, Catch::Contains("<c:f>'Охват'!$D$2</c:f>"));       // the series is named by its header
  CHECK_THAT(chart, Catch::Contains("<c:max val=\"1\"/>"));
  CHECK_THAT(chart, Catch::Contains("Доля по группам"));
}

TEST_CASE("RenderXlsx refuses a chart outside its table", "[xlsx]") {
  Workbook book = ChartBook();
  book.sheets[0].charts[0].last_row = 3;
  Result<std::string> bytes = RenderXlsx(book, 0);
  REQUIRE_FALSE(bytes.ok());
  CHECK_THAT(bytes.status().message(), Catch::Contains("выходит за пределы таблицы"));
  book = ChartBook();
  book.sheets[0].charts[0].value_columns = {7};
  CHECK_FALSE(RenderXlsx(book, 0).ok());
}

}  // namespace
}  // namespace nastavnik::testing
