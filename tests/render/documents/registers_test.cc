// What the reviewer of the example school found in the registers, the programme and the workbooks,
// checked as the curator meets it: cells of bazy.xlsx and monitoring.xlsx read back with openpyxl,
// and the text of bazy.pdf and programma.pdf.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <vector>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// One line per row: the sheet's name, then every cell up to the last column, tab-separated.
constexpr char kRows[] = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        cells = ["" if v is None else str(v).replace("\n", "\\n") for v in row]
        print("\t".join([ws.title] + cells))
)PY";

using Row = std::vector<std::string>;

std::vector<Row> Rows(const stdfs::path& xlsx) {
  TempDir dir;
  WriteFile(dir.path() / "rows.py", kRows);
  CommandResult r = Run("/usr/bin/python3 " + Quote(dir.path() / "rows.py") + " " + Quote(xlsx) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  std::vector<Row> rows;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);) {
    Row row;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) row.push_back(cell);
    rows.push_back(std::move(row));
  }
  return rows;
}

// The row of a sheet whose second column (the name after «№») is name.
Row Find(const std::vector<Row>& rows, const std::string& sheet, const std::string& name) {
  for (const Row& r : rows) {
    if (r.size() > 2 && r[0] == sheet && r[2] == name) return r;
  }
  FAIL("no row «" << name << "» on the sheet «" << sheet << "»");
  return {};
}

// Column letter to the index in a Row (the sheet's name comes first).
size_t Col(char letter) { return static_cast<size_t>(letter - 'A') + 1; }

std::string Cell(const Row& row, char letter) { return Col(letter) < row.size() ? row[Col(letter)] : ""; }

std::string Flat(const std::string& text) { return std::regex_replace(text, std::regex("[\\s\\f]+"), " "); }

}  // namespace

TEST_CASE("bazy: a mentor with an active pair has no end date and each result names its pair", "[documents][registers]") {
  const std::vector<Row> rows = Rows(BuiltExample() / "xlsx/bazy.xlsx");
  // Воронцова's PR09 was completed on 26.12.2025, PR10 runs until 29.05.2026.
  const Row vorontsova = Find(rows, "База наставников", "Воронцова Милана Андреевна");
  CHECK(Cell(vorontsova, 'H') == "");
  CHECK(Cell(vorontsova, 'G') == "ученик – ученик");
  CHECK(Cell(vorontsova, 'I').starts_with("Голубева М. А., до 26.12.2025: повышение успеваемости по алгебре"));
  // Абрамова's only pair was dissolved: her end date stays, and the result names no pair code.
  const Row abramova = Find(rows, "База наставников", "Абрамова Софья Денисовна");
  CHECK(Cell(abramova, 'H') == "2025-11-07 00:00:00");
  CHECK(Cell(abramova, 'I').starts_with("расторгнута по обоюдному согласию"));
  CHECK(Cell(abramova, 'I').ends_with("наставляемая передана другому наставнику"));
  for (const Row& r : rows) {
    for (const std::string& cell : r) CHECK_FALSE(std::regex_search(cell, std::regex("\\(PR\\d+\\)")));
  }
}

TEST_CASE("bazy: a mentee moved to another mentor is one consistent row", "[documents][registers]") {
  const std::vector<Row> rows = Rows(BuiltExample() / "xlsx/bazy.xlsx");
  // Соколова: PR15 with Абрамова dissolved on 07.11.2025, PR16 with Белова active.
  const Row sokolova = Find(rows, "База наставляемых", "Соколова Дарина Игоревна");
  CHECK(Cell(sokolova, 'G') == "Абрамова Софья Денисовна; Белова Ульяна Сергеевна");
  CHECK(Cell(sokolova, 'I') == "ученик – ученик");
  CHECK(Cell(sokolova, 'J') == "");
  CHECK(Cell(sokolova, 'K').starts_with("Абрамова С. Д., до 07.11.2025: расторгнута по обоюдному согласию"));
  CHECK(Cell(sokolova, 'L') == "проходит");
  const std::string pdf = Flat(PdfText(BuiltExample() / "pdf/bazy.pdf"));
  CHECK(pdf.find("ученик – ученик; ученик – ученик") == std::string::npos);
  CHECK(pdf.find("PR16") == std::string::npos);
}

TEST_CASE("programma counts the pairs as the pair list and the report do, without the dissolved one", "[documents][registers]") {
  const std::string text = Flat(PdfText(BuiltExample() / "pdf/programma.pdf"));
  // 19 rows in pairs.csv, PR15 dissolved: 18 in spisok-par.pdf; 8 of them «ученик – ученик».
  CHECK(text.find("Наставнических пар и групп 18") != std::string::npos);
  CHECK(text.find("Наставнических пар и групп 19") == std::string::npos);
  // The «ученик – ученик» section: 9 pairs with the dissolved PR15, 8 without it.
  CHECK(text.find("учебном году: 8 наставнических пар.") != std::string::npos);
  CHECK(text.find("9 наставнических пар") == std::string::npos);
  const std::string list = Flat(PdfText(BuiltExample() / "pdf/spisok-par.pdf"));
  CHECK(list.find("PR15") == std::string::npos);
}

TEST_CASE("monitoring.xlsx names the SWOT's indicators in Russian", "[monitoring][registers]") {
  const std::vector<Row> rows = Rows(BuiltExample() / "xlsx/monitoring.xlsx");
  std::vector<std::string> indicators;
  for (const Row& r : rows) {
    if (r[0] == "SWOT" && r.size() > Col('C') && !Cell(r, 'C').empty()) indicators.push_back(Cell(r, 'C'));
  }
  INFO(::Catch::Detail::stringify(indicators));
  CHECK(std::find(indicators.begin(), indicators.end(), "Вовлечённость наставляемых") != indicators.end());
  CHECK(std::find(indicators.begin(), indicators.end(), "Удовлетворённость наставников") != indicators.end());
  CHECK(std::find(indicators.begin(), indicators.end(), "Тревожность наставляемых (ниже — лучше)") != indicators.end());
  for (const char* key : {"involvement", "satisfaction", "anxiety"}) {
    for (const std::string& cell : indicators) CHECK(cell.find(key) == std::string::npos);
  }
}

TEST_CASE("every workbook the build writes says in row 1 of each sheet that it is overwritten", "[xlsx][registers]") {
  const std::pair<const char*, const char*> books[] = {
      {"bazy.xlsx", "content/data/participants.csv и pairs.csv"},
      {"calendar.xlsx", "content/data/calendar.csv"},
      {"roadmap.xlsx", "content/data/roadmap.csv"},
      {"monitoring.xlsx", "[monitoring] в content/program.toml"},
      {"pairs.xlsx", "content/data/pairs.csv"},
      {"plans.xlsx", "content/data/plans.csv"}};
  for (const auto& [book, where] : books) {
    INFO(book);
    std::vector<Row> rows = Rows(BuiltExample() / "xlsx" / book);
    std::string sheet;
    int sheets = 0;
    for (const Row& r : rows) {
      if (r[0] == sheet || r[0] == "Списки") continue;  // the hidden sheet that feeds the dropdowns
      sheet = r[0];  // the sheet's first row
      ++sheets;
      INFO(sheet << ": " << r[1]);
      CHECK(r[1].find("\\nТаблица создана nastavnik и перезаписывается при каждой сборке: исправления вносите в "
                      "данные школы (") != std::string::npos);
      CHECK(r[1].find(where) != std::string::npos);
      CHECK(r[1].ends_with(", а не в этот файл."));
    }
    CHECK(sheets >= (std::string(book) == "bazy.xlsx" ? 2 : 1));
  }
  // The calendar offers a dropdown of marks: the note says where the mark is kept.
  CHECK(Rows(BuiltExample() / "xlsx/calendar.xlsx")[0][1].find("отметку о выполнении — в столбец «Статус»") !=
        std::string::npos);
  // The signed paper registers carry no such note.
  CHECK(PdfText(BuiltExample() / "pdf/bazy.pdf").find("перезаписывается") == std::string::npos);
}

}  // namespace nastavnik::testing
