// Tests of the XLSX renderer as a user meets its output: the file is read back with openpyxl
// (and its XML with unzip) to check values, types, layout, print setup and dropdowns.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <regex>
#include <string>

#include "render/xlsx/temp_file.h"
#include "render/xlsx/xlsx.h"
#include "test_util.h"

namespace nastavnik::render::xlsx {
namespace {

using nastavnik::testing::Run;
using nastavnik::testing::TempDir;
using nastavnik::testing::WriteFile;
using nastavnik::testing::XlsxPart;

constexpr long long kEpoch = 1756684800;  // 2025-09-01T00:00:00Z

Column Col(std::string header, std::vector<std::string> choices = {}, bool wrap = false) {
  Column column;
  column.header = std::move(header);
  column.choices = std::move(choices);
  column.wrap = wrap;
  return column;
}

std::string LongCell() {
  std::string s;
  for (int i = 0; i < 40000; ++i) s += "ж";
  return s;
}

std::vector<std::string> FortyClasses() {
  std::vector<std::string> out;
  for (int i = 1; i <= 40; ++i) out.push_back("Класс " + std::to_string(i) + " «параллель»");
  return out;
}

Workbook Sample() {
  Workbook book;
  book.title = "Реестр наставничества";
  book.subject = "Пары";
  book.author = "Школа № 1";
  book.company = "МБОУ СОШ № 1";

  Sheet pairs;
  pairs.name = "Пары";
  pairs.title = "Реестр пар наставничества на 2025/2026 учебный год";
  pairs.columns = {Col("ФИО наставника"),
                   Col("Форма наставничества", {"Ученик – ученик", "Учитель – учитель", "Студент – ученик"}),
                   Col("Количество встреч"), Col("Дата начала"), Col("Примечание", {}, true)};
  pairs.rows = {
      {TextValue("Иванова Мария Петровна"), TextValue("Ученик – ученик"), NumberValue(12),
       DateValue(Date{2025, 9, 1}), TextValue("=HYPERLINK(\"x\")")},
      {TextValue("Петров Олег"), TextValue("Студент – ученик"), NumberValue(3.5), DateValue(Date{2026, 2, 28}),
       TextValue("+7 900 000-00-00")},
      {TextValue("Сидоров"), Value{}, NumberValue(-4), Value{}, TextValue("@упоминание")},
      {TextValue("-минус")},  // a short row: the rest are empty cells
  };

  Sheet people;
  people.name = "Участники";
  people.landscape = false;
  people.columns = {Col("Имя"), Col("Класс", FortyClasses()), Col("Длинный текст")};
  people.rows = {{TextValue("Аня"), TextValue("Класс 7 «параллель»"), TextValue(LongCell())},
                 {TextValue("Боря"), TextValue("Класс 40 «параллель»"), TextValue("Строка 1\nСтрока 2")}};

  book.sheets = {pairs, people};
  return book;
}

// openpyxl prints one fact a line; the test then looks for the facts it expects.
constexpr char kReport[] = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets=" + "|".join(wb.sheetnames))
print("title=" + str(wb.properties.title), "creator=" + str(wb.properties.creator))
print("created=" + wb.properties.created.isoformat())
for ws in wb.worksheets:
    n = ws.title
    print(n, "state=" + ws.sheet_state)
    print(n, "freeze=" + str(ws.freeze_panes))
    print(n, "filter=" + str(ws.auto_filter.ref))
    print(n, "orientation=" + str(ws.page_setup.orientation))
    print(n, "paper=" + str(ws.page_setup.paperSize))
    print(n, "fitToPage=" + str(ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None))
    print(n, "fitToWidth=" + str(ws.page_setup.fitToWidth), "fitToHeight=" + str(ws.page_setup.fitToHeight))
    print(n, "printRows=" + str(ws.print_title_rows))
    print(n, "merged=" + ",".join(sorted(str(r) for r in ws.merged_cells.ranges)))
    for dv in ws.data_validations.dataValidation:
        print(n, "validation=" + dv.type + " " + str(dv.formula1) + " " + str(dv.sqref))
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None: continue
            if isinstance(v, str) and len(v) > 100:
                v = "len%d:%s" % (len(v), v[-1])
            print(n, "%s=%s:%s:%s" % (c.coordinate, c.data_type, type(v).__name__, v))
    for letter, dim in sorted(ws.column_dimensions.items()):
        print(n, "width%s=%.1f" % (letter, dim.width))
    print(n, "header_bold=%s fill=%s wrap=%s border=%s" % (ws.cell(row=2 if n == "Пары" else 1, column=1).font.b,
          ws.cell(row=2 if n == "Пары" else 1, column=1).fill.fgColor.rgb,
          ws.cell(row=2 if n == "Пары" else 1, column=1).alignment.wrap_text,
          ws.cell(row=2 if n == "Пары" else 1, column=1).border.left.style))
    if n == "Пары":
        print(n, "date_format=" + ws["D3"].number_format, "title_bold=%s" % ws["A1"].font.b)
        print(n, "note_wrap=%s" % ws["E3"].alignment.wrap_text)
)PY";

std::string Report(const std::string& bytes, const TempDir& dir) {
  WriteFile(dir.path() / "report.py", kReport);
  WriteFile(dir.path() / "book.xlsx", bytes);
  auto result = Run("/usr/bin/python3 '" + (dir.path() / "report.py").string() + "' '" +
                    (dir.path() / "book.xlsx").string() + "'");
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  return result.output;
}

TEST_CASE("RenderXlsx writes values with their real types", "[xlsx]") {
  Result<std::string> bytes = RenderXlsx(Sample(), kEpoch);
  REQUIRE(bytes.ok());
  TempDir dir;
  std::string report = Report(*bytes, dir);
  INFO(report);
  CHECK_THAT(report, Catch::Contains("sheets=Пары|Участники|Списки\n"));
  CHECK_THAT(report, Catch::Contains("title=Реестр наставничества creator=Школа № 1\n"));
  CHECK_THAT(report, Catch::Contains("created=2025-09-01T00:00:00"));
  // Title row, then the header, then data from row 3.
  CHECK_THAT(report, Catch::Contains("Пары A1=s:str:Реестр пар наставничества на 2025/2026 учебный год\n"));
  CHECK_THAT(report, Catch::Contains("Пары A2=s:str:ФИО наставника\n"));
  CHECK_THAT(report, Catch::Contains("Пары A3=s:str:Иванова Мария Петровна\n"));
  CHECK_THAT(report, Catch::Contains("Пары C3=n:int:12\n"));
  CHECK_THAT(report, Catch::Contains("Пары C4=n:float:3.5\n"));
  CHECK_THAT(report, Catch::Contains("Пары C5=n:int:-4\n"));
  CHECK_THAT(report, Catch::Contains("Пары D3=d:datetime:2025-09-01 00:00:00\n"));
  CHECK_THAT(report, Catch::Contains("Пары D4=d:datetime:2026-02-28 00:00:00\n"));
  // Text that looks like a formula stays text.
  CHECK_THAT(report, Catch::Contains("Пары E3=s:str:=HYPERLINK(\"x\")\n"));
  CHECK_THAT(report, Catch::Contains("Пары E4=s:str:+7 900 000-00-00\n"));
  CHECK_THAT(report, Catch::Contains("Пары E5=s:str:@упоминание\n"));
  CHECK_THAT(report, Catch::Contains("Пары A6=s:str:-минус\n"));
  CHECK_THAT(report, Catch::Contains("Пары date_format=dd.mm.yyyy title_bold=True\n"));
  CHECK_THAT(report, Catch::Contains("Участники C2=s:str:len32767:…\n"));
  CHECK_THAT(report, Catch::Contains("Участники C3=s:str:Строка 1\nСтрока 2\n"));
  CHECK_THAT(XlsxPart(dir.path() / "book.xlsx", "xl/worksheets/sheet1.xml"), !Catch::Contains("<f>"));
}

TEST_CASE("RenderXlsx lays sheets out for work and print", "[xlsx]") {
  Result<std::string> bytes = RenderXlsx(Sample(), kEpoch);
  REQUIRE(bytes.ok());
  TempDir dir;
  std::string report = Report(*bytes, dir);
  INFO(report);
  CHECK_THAT(report, Catch::Contains("Пары freeze=A3\n"));
  CHECK_THAT(report, Catch::Contains("Пары filter=A2:E6\n"));
  CHECK_THAT(report, Catch::Contains("Пары merged=A1:E1\n"));
  CHECK_THAT(report, Catch::Contains("Пары orientation=landscape\n"));
  CHECK_THAT(report, Catch::Contains("Пары paper=9\n"));
  CHECK_THAT(report, Catch::Contains("Пары fitToPage=True\n"));
  // One page wide: fitToWidth is left out because 1 is its default.
  CHECK_THAT(report, Catch::Contains("Пары fitToWidth=None fitToHeight=0\n"));
  CHECK_THAT(XlsxPart(dir.path() / "book.xlsx", "xl/worksheets/sheet1.xml"),
             Catch::Contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>"));
  CHECK_THAT(report, Catch::Contains("Пары printRows=$2:$2\n"));
  CHECK_THAT(report, Catch::Contains("Пары header_bold=True fill=FFDDEBF7 wrap=True border=thin\n"));
  CHECK_THAT(report, Catch::Contains("Пары note_wrap=True\n"));
  CHECK_THAT(report, Catch::Contains("Участники freeze=A2\n"));
  CHECK_THAT(report, Catch::Contains("Участники filter=A1:C3\n"));
  CHECK_THAT(report, Catch::Contains("Участники orientation=portrait\n"));
  CHECK_THAT(report, Catch::Contains("Участники printRows=$1:$1\n"));
  CHECK_THAT(report, Catch::Contains("Участники widthC=60.7\n"));  // capped at 60 (+0.71 padding Excel adds); the long text wraps
  CHECK_THAT(report, Catch::Contains("Списки state=hidden\n"));

  // Widths follow the content: the names column is wider than the count column.
  auto width = [&](const std::string& key) {
    size_t at = report.find(key);
    REQUIRE(at != std::string::npos);
    return std::stod(report.substr(at + key.size()));
  };
  CHECK(width("Пары widthA=") > 22);
  CHECK(width("Пары widthA=") > width("Пары widthC="));
  CHECK(width("Пары widthD=") >= 12);
}

TEST_CASE("RenderXlsx puts dropdown lists on a hidden sheet", "[xlsx]") {
  Result<std::string> bytes = RenderXlsx(Sample(), kEpoch);  // 40 Cyrillic choices would abort a literal list
  REQUIRE(bytes.ok());
  TempDir dir;
  std::string report = Report(*bytes, dir);
  INFO(report);
  CHECK_THAT(report, Catch::Contains("Пары validation=list 'Списки'!$A$1:$A$3 B3:B1048576\n"));
  CHECK_THAT(report, Catch::Contains("Участники validation=list 'Списки'!$B$1:$B$40 B2:B1048576\n"));
  CHECK_THAT(report, Catch::Contains("Списки A3=s:str:Студент – ученик\n"));
  CHECK_THAT(report, Catch::Contains("Списки B40=s:str:Класс 40 «параллель»\n"));
}

TEST_CASE("RenderXlsx output is byte-identical across runs and time zones", "[xlsx]") {
  Result<std::string> first = RenderXlsx(Sample(), kEpoch);
  REQUIRE(first.ok());
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "Asia/Vladivostok", 1);
  tzset();
  Result<std::string> second = RenderXlsx(Sample(), kEpoch);
  if (old) setenv("TZ", saved.c_str(), 1); else unsetenv("TZ");
  tzset();
  REQUIRE(second.ok());

  TempDir dir;
  WriteFile(dir.path() / "a.xlsx", *first);
  WriteFile(dir.path() / "b.xlsx", *second);
  auto cmp = Run("cmp '" + (dir.path() / "a.xlsx").string() + "' '" + (dir.path() / "b.xlsx").string() + "'");
  INFO(cmp.output);
  CHECK(cmp.exit_code == 0);
  CHECK_THAT(XlsxPart(dir.path() / "a.xlsx", "docProps/core.xml"), Catch::Contains("2025-09-01T00:00:00Z"));

  Result<std::string> later = RenderXlsx(Sample(), kEpoch + 86400);
  REQUIRE(later.ok());
  CHECK(*later != *first);
}

TEST_CASE("RenderXlsx leaves no files behind", "[xlsx]") {
  TempDir dir;
  const char* old = std::getenv("TMPDIR");
  std::string saved = old ? old : "";
  setenv("TMPDIR", dir.path().c_str(), 1);
  Result<std::string> bytes = RenderXlsx(Sample(), kEpoch);
  Workbook wide = Sample();
  wide.sheets[0].rows[0].push_back(Value{});
  Result<std::string> failed = RenderXlsx(wide, kEpoch);
  if (old) setenv("TMPDIR", saved.c_str(), 1); else unsetenv("TMPDIR");
  CHECK(bytes.ok());
  CHECK_FALSE(failed.ok());
  CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("RenderXlsx makes sheet names safe and unique", "[xlsx]") {
  Workbook book;
  for (const char* name : {"Пары", "пары", "7А/7Б", "Списки"}) {
    Sheet sheet;
    sheet.name = name;
    sheet.columns = {Col("Выбор", {"да", "нет"})};
    book.sheets.push_back(sheet);
  }
  Result<std::string> bytes = RenderXlsx(book, kEpoch);
  REQUIRE(bytes.ok());
  TempDir dir;
  std::string report = Report(*bytes, dir);
  CHECK_THAT(report, Catch::Contains("sheets=Пары|пары (2)|7А-7Б|Списки|Списки (2)\n"));
  CHECK_THAT(report, Catch::Contains("Пары validation=list 'Списки (2)'!$A$1:$A$2 A2:A1048576\n"));
}

TEST_CASE("RenderXlsx handles bare sheets and odd values", "[xlsx]") {
  Workbook book;
  Sheet empty;  // no name, no columns: still a valid sheet
  Sheet dates;
  dates.name = "Даты";
  dates.columns = {Col(""), Col("Дата")};
  dates.rows = {{Value{}, DateValue(Date{1899, 12, 31})}, {Value{}, DateValue(Date{2025, 2, 30})},
                {Value{}, DateValue(Date{})}, {TextValue("bad \xff"), DateValue(Date{1900, 3, 1})}};
  book.sheets = {empty, dates};
  Result<std::string> bytes = RenderXlsx(book, 0);
  REQUIRE(bytes.ok());
  TempDir dir;
  std::string report = Report(*bytes, dir);
  INFO(report);
  CHECK_THAT(report, Catch::Contains("sheets=Лист 1|Даты\n"));
  CHECK_THAT(report, Catch::Contains("Даты B2=s:str:31.12.1899\n"));  // Excel cannot hold it as a date
  CHECK_THAT(report, !Catch::Contains("Даты B3="));                   // 30 February is no date
  CHECK_THAT(report, Catch::Contains("Даты A5=s:str:bad \uFFFD\n"));
  CHECK_THAT(report, Catch::Contains("Даты B5=d:datetime:1900-03-01 00:00:00\n"));
  CHECK_THAT(report, Catch::Contains("created=1970-01-01T00:00:01"));
}

TEST_CASE("RenderXlsx reports descriptions it cannot write", "[xlsx]") {
  Workbook none;
  Result<std::string> no_sheets = RenderXlsx(none, kEpoch);
  REQUIRE_FALSE(no_sheets.ok());
  CHECK(no_sheets.status().code() == Status::Code::kInternal);

  Workbook wide = Sample();
  wide.sheets[1].rows[0].push_back(TextValue("лишняя"));
  Result<std::string> too_wide = RenderXlsx(wide, kEpoch);
  REQUIRE_FALSE(too_wide.ok());
  CHECK_THAT(too_wide.status().message(), Catch::Contains("лист «Участники», строка 1, столбец 4"));

  Workbook nan = Sample();
  nan.sheets[0].rows[0][2] = NumberValue(std::nan(""));
  Result<std::string> not_finite = RenderXlsx(nan, kEpoch);
  REQUIRE_FALSE(not_finite.ok());
  CHECK_THAT(not_finite.status().message(), Catch::Contains("число бесконечно или не определено"));

  // Every message is Russian: no Latin word but the format's name.
  for (const Result<std::string>* failed : {&no_sheets, &too_wide, &not_finite}) {
    std::string latin = std::regex_replace(failed->status().message(), std::regex("XLSX"), "");
    INFO(failed->status().message());
    CHECK_FALSE(std::regex_search(latin, std::regex("[A-Za-z]")));
  }
}

// Run by name: prints how long 100,000 cells take (no assertion on speed: machines differ).
TEST_CASE("RenderXlsx speed for 100,000 cells", "[.][xlsx-perf]") {
  Sheet sheet;
  sheet.name = "Много";
  for (int c = 0; c < 10; ++c) sheet.columns.push_back(Col("Столбец " + std::to_string(c)));
  for (int r = 0; r < 10000; ++r) {
    std::vector<Value> row;
    for (int c = 0; c < 10; ++c) {
      if (c % 3 == 0) row.push_back(TextValue("Иванов " + std::to_string(r * 10 + c)));
      else if (c % 3 == 1) row.push_back(NumberValue(r * 0.5 + c));
      else row.push_back(DateValue(Date::FromDaysSinceEpoch(19000 + r % 700)));
    }
    sheet.rows.push_back(std::move(row));
  }
  Workbook book;
  book.sheets = {sheet};
  auto start = std::chrono::steady_clock::now();
  Result<std::string> bytes = RenderXlsx(book, kEpoch);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(bytes.ok());
  WARN("100,000 cells: " << ms << " ms, " << bytes->size() << " bytes");
}

}  // namespace
TEST_CASE("RenderXlsx streams a sheet of tens of thousands of rows with the same cells", "[xlsx]") {
  Workbook book = Sample();
  Sheet& sheet = book.sheets.front();
  const std::vector<Value> row = sheet.rows.front();
  while (sheet.rows.size() < 10000) sheet.rows.push_back(row);
  sheet.rows.back()[0] = TextValue("Последняя строка");
  Result<std::string> bytes = RenderXlsx(book, kEpoch);
  INFO(bytes.status().ToString());
  REQUIRE(bytes.ok());
  TempDir dir;
  const std::string report = Report(*bytes, dir);
  // Strings are inline in a streamed sheet, yet every cell reads back with its type.
  CHECK_THAT(XlsxPart(dir.path() / "book.xlsx", "xl/worksheets/sheet1.xml"), Catch::Contains("inlineStr"));
  CHECK_THAT(report, Catch::Contains("Пары A10002=s:str:Последняя строка"));
  CHECK_THAT(report, Catch::Contains("Пары D10002=d:datetime:2025-09-01 00:00:00"));
  CHECK_THAT(report, Catch::Contains("Пары C10002=n:int:12"));
  CHECK_THAT(report, Catch::Contains("Пары date_format=dd.mm.yyyy title_bold=True\n"));
}

}  // namespace nastavnik::render::xlsx

namespace nastavnik::render::xlsx {

TEST_CASE("RenderXlsx keeps its temporary files in the folder it is given and removes them", "[xlsx]") {
  testing::TempDir dir;
  const char* old = std::getenv("TMPDIR");
  std::string saved = old ? old : "";
  setenv("TMPDIR", (dir.path() / "no-such-folder").c_str(), 1);  // never used while a folder is set
  Result<std::string> bytes = Status::Internal("не вызвано");
  Result<std::string> missing = Status::Internal("не вызвано");
  {
    ScratchFolder scratch(dir.path().string());
    bytes = RenderXlsx(Sample(), kEpoch);
  }
  {
    ScratchFolder scratch((dir.path() / "gone").string());
    missing = RenderXlsx(Sample(), kEpoch);
  }
  if (old) setenv("TMPDIR", saved.c_str(), 1); else unsetenv("TMPDIR");
  INFO(bytes.status().message());
  CHECK(bytes.ok());
  CHECK(std::filesystem::is_empty(dir.path()));
  REQUIRE_FALSE(missing.ok());
  // The reason in Russian and the folder named; no strerror() English.
  CHECK(missing.status().message() == "не удалось создать временный файл таблицы в папке " +
                                          (dir.path() / "gone").string() + ": нет такого файла или папки");
}

}  // namespace nastavnik::render::xlsx
