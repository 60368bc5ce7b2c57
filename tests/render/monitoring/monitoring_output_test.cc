// The monitoring outputs of the example school as a user meets them: workbooks read back with
// openpyxl (cells, types, formulas, charts, print setup), the PDF's text, the public HTML page
// (aggregates only), and summary.json (no one named).
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// Built once for all cases: the example school as of 25.02.2026.
const stdfs::path& ExampleOutput() {
  static TempDir dir;
  static bool built = false;
  if (!built) {
    CommandResult r = Run("SOURCE_DATE_EPOCH=1772000000 " + Binary() + " build " + Quote(RepoDir()) + " -o " +
                          Quote(dir.path() / "out") + " --today 25.02.2026 2>&1");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    built = true;
  }
  static stdfs::path out = dir.path() / "out";
  return out;
}

constexpr char kDump[] = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets=" + "|".join(wb.sheetnames))
for ws in wb.worksheets:
    n = ws.title
    fit = ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None
    print(n, "freeze=%s filter=%s orientation=%s fitToPage=%s fitToHeight=%s printRows=%s" % (ws.freeze_panes,
          ws.auto_filter.ref, ws.page_setup.orientation, fit, ws.page_setup.fitToHeight, ws.print_title_rows))
    for ch in ws._charts:
        refs = ";".join(s.val.numRef.f for s in ch.series)
        print(n, "chart=%s %s series=%d refs=%s" % (type(ch).__name__, ch.type if hasattr(ch, "type") else "", len(ch.series), refs))
    for dv in ws.data_validations.dataValidation:
        print(n, "validation=%s %s" % (dv.type, dv.sqref))
    for row in ws.iter_rows():
        for c in row:
            if c.value is None: continue
            v = c.value.isoformat()[:10] if hasattr(c.value, "isoformat") else c.value
            print(n, "%s=%s:%s:%s" % (c.coordinate, c.data_type, c.number_format, v))
)PY";

std::string Dump(const stdfs::path& xlsx) {
  TempDir dir;
  WriteFile(dir.path() / "dump.py", kDump);
  CommandResult r = Run("/usr/bin/python3 " + Quote(dir.path() / "dump.py") + " " + Quote(xlsx) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return r.output;
}

TEST_CASE("monitoring.xlsx: figures as numbers, live formulas and native charts", "[monitoring][xlsx]") {
  std::string d = Dump(ExampleOutput() / "xlsx/monitoring.xlsx");
  INFO(d);
  CHECK_THAT(d, Catch::Contains("sheets=Охват|По параллелям|Пары по формам|Ролевые модели|Нагрузка наставников|"
                                "Ожидают пары|Удовлетворённость|Вход и выход|Планы|SWOT\n"));
  // Coverage: 23 of 382 pupils and 12 of 34 teachers; shares and the gap are formulas.
  CHECK_THAT(d, Catch::Contains("Охват A1=s:General:Охват программой наставничества на 25.02.2026\n"));
  CHECK_THAT(d, Catch::Contains("Охват B3=n:General:23\n"));
  CHECK_THAT(d, Catch::Contains("Охват C3=n:General:382\n"));
  CHECK_THAT(d, Catch::Contains("Охват D3=f:0.0%:=IF(C3>0,B3/C3,0)\n"));
  CHECK_THAT(d, Catch::Contains("Охват E3=n:0.0%:0.7\n"));
  CHECK_THAT(d, Catch::Contains("Охват B5=f:General:=SUM(B3:B4)\n"));
  CHECK_THAT(d, Catch::Contains("Охват freeze=A3 filter=A2:F4 orientation=landscape fitToPage=True fitToHeight=0 printRows=$2:$2\n"));
  // Charts: coverage against the target, pairs by form, entry and exit, the satisfaction histogram.
  CHECK_THAT(d, Catch::Contains("Охват chart=BarChart col series=2 refs='Охват'!$D$3:$D$5;'Охват'!$E$3:$E$5\n"));
  CHECK_THAT(d, Catch::Contains("Пары по формам chart=BarChart bar series=2"));
  CHECK_THAT(d, Catch::Contains("Вход и выход chart=BarChart col series=2 refs='Вход и выход'!$C$3:$C$7;"
                                "'Вход и выход'!$D$3:$D$7\n"));
  CHECK_THAT(d, Catch::Contains("Удовлетворённость chart=BarChart col series=2"));
  // Entry/exit: involvement 12 people, 10 improved, exact test p = 0.001953125 (= 2/1024).
  CHECK_THAT(d, Catch::Contains("Вход и выход A3=s:General:Вовлечённость\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход B3=n:General:12\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход E3=f:0.00:=D3-C3\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход F3=n:General:10\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход H3=n:0.000:0.001953125\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход I7=s:General:выборка мала\n"));
  // Plans as of the report date: 77 tasks, 46 done, 8 overdue.
  CHECK_THAT(d, Catch::Contains("Планы C22=f:General:=SUM(C3:C21)\n"));
  CHECK(std::regex_search(d, std::regex("Планы F[0-9]+=n:General:[0-9]")));
}

TEST_CASE("the curator's workbooks: pairs, plans, roadmap and calendar", "[monitoring][xlsx]") {
  std::string pairs = Dump(ExampleOutput() / "xlsx/pairs.xlsx");
  INFO(pairs);
  CHECK_THAT(pairs, Catch::Contains("Пары и группы B3=s:General:PR01\n"));
  CHECK_THAT(pairs, Catch::Contains("Пары и группы G3=d:dd.mm.yyyy:2025-09-15\n"));  // a real date
  CHECK_THAT(pairs, Catch::Contains("Пары и группы A3=n:General:1\n"));
  CHECK_THAT(pairs, Catch::Contains("Пары и группы validation=list I3:I1048576\n"));  // status dropdown
  CHECK_THAT(pairs, Catch::Contains("Пары и группы validation=list E3:E1048576\n"));  // form dropdown
  CHECK_THAT(pairs, Catch::Contains("freeze=A3 filter=A2:K21 orientation=landscape fitToPage=True fitToHeight=0 printRows=$2:$2"));

  std::string plans = Dump(ExampleOutput() / "xlsx/plans.xlsx");
  INFO(plans);
  CHECK_THAT(plans, Catch::Contains("Индивидуальные планы H3=d:dd.mm.yyyy:2025-09-30\n"));
  CHECK_THAT(plans, Catch::Contains("Индивидуальные планы I3=s:General:выполнено\n"));
  CHECK_THAT(plans, Catch::Contains("Индивидуальные планы validation=list I3:I1048576\n"));
  CHECK_THAT(plans, Catch::Contains("Индивидуальные планы K3=s:General:нет\n"));

  std::string roadmap = Dump(ExampleOutput() / "xlsx/roadmap.xlsx");
  CHECK_THAT(roadmap, Catch::Contains("Дорожная карта E3=d:dd.mm.yyyy:2025-08-29\n"));
  CHECK_THAT(roadmap, Catch::Contains("Дорожная карта validation=list B3:B1048576\n"));
  std::string calendar = Dump(ExampleOutput() / "xlsx/calendar.xlsx");
  CHECK_THAT(calendar, Catch::Contains("Календарный план C3=d:dd.mm.yyyy:2025-08-28\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план validation=list F3:F1048576\n"));
}

// pdftotext -raw (text in the order painted, a table cell's lines together) with the lines run
// together, as a reader searching the document sees it.
std::string ReadText(const stdfs::path& pdf) {
  return std::regex_replace(Run("pdftotext -raw -enc UTF-8 " + Quote(pdf) + " -").output, std::regex("\\s+"), " ");
}

TEST_CASE("the monitoring PDF holds every section, the registries have a PDF too", "[monitoring][pdf]") {
  std::string text = ReadText(ExampleOutput() / "pdf/monitoring.pdf");
  for (const char* s : {"Отчёт о мониторинге программы наставничества", "По состоянию на 25.02.2026", "35,3 %",
                        "Наставляемые без пары", "Лукина Екатерина Сергеевна", "Вовлечённость", "выборка мала",
                        "Выполнение индивидуальных планов", "SWOT-анализ куратора", "Угрозы", "Выводы"}) {
    CHECK_THAT(text, Catch::Contains(s));
  }
  std::string bazy = ReadText(ExampleOutput() / "pdf/bazy.pdf");
  CHECK_THAT(bazy, Catch::Contains("База наставников"));
  CHECK_THAT(bazy, Catch::Contains("База наставляемых"));
  CHECK_THAT(bazy, Catch::Contains("Гордеева Валентина Николаевна"));
}

TEST_CASE("the public report names no one and suppresses small groups", "[monitoring][privacy]") {
  std::string html = ReadFile(ExampleOutput() / "site/documents/monitoring.html");
  REQUIRE_THAT(html, Catch::Contains("Охват программой наставничества"));
  CHECK_THAT(html, Catch::Contains("менее 5"));
  CHECK_THAT(html, !Catch::Contains("download"));  // the PDF is internal: no link to it
  std::string json = ReadFile(ExampleOutput() / "monitoring/summary.json");
  // No participant's name or id, no pair id, in the published page or the summary.
  std::string csv = ReadFile(RepoDir() / "content/data/participants.csv");
  std::regex row("\n(P[0-9]+),([^,]+),");
  int names = 0;
  for (auto it = std::sregex_iterator(csv.begin(), csv.end(), row); it != std::sregex_iterator(); ++it) {
    std::string id = (*it)[1], name = (*it)[2];
    std::string surname = name.substr(0, name.find(' '));
    INFO(name);
    CHECK_THAT(html, !Catch::Contains(surname));
    CHECK_THAT(json, !Catch::Contains(surname));
    CHECK_THAT(html, !Catch::Contains(id + "<"));
    ++names;
  }
  CHECK(names == ExampleParticipantCount());
  CHECK_THAT(html, !Catch::Contains("PR01"));
  // The satisfaction histogram (individual answers) stays in the school's PDF.
  CHECK_THAT(html, !Catch::Contains("сколько участников поставили"));
  // The example has forms with fewer than 5 pairs: their exact counts must not leak through a chart.
  CHECK_THAT(html, Catch::Contains("менее 5"));
  CHECK_THAT(html, !Catch::Contains("Пары и группы по формам"));
  // Nor through a share: a row whose count is hidden shows no percentage either.
  std::regex row_re("<tr>(.*?)</tr>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row_re); it != std::sregex_iterator(); ++it) {
    std::string cells = (*it)[1];
    if (cells.find("менее 5") == std::string::npos) continue;
    INFO(cells);
    CHECK_THAT(cells, !Catch::Matches(".*[0-9] %.*"));
  }
  CHECK_THAT(ReadFile(ExampleOutput() / "site/documents.html"), Catch::Contains("documents/monitoring.html"));
}

TEST_CASE("the report date comes from --today, else [monitoring] report_date", "[monitoring]") {
  TempDir dir;
  stdfs::copy(TestsDir() / "fixtures/minimal", dir.path() / "school", stdfs::copy_options::recursive);
  WriteFile(dir.path() / "school/content/program.toml",
            ReadFile(dir.path() / "school/content/program.toml") + "\n[monitoring]\nreport_date = 2026-04-30\n");
  CommandResult a = Run(Binary() + " build " + Quote(dir.path() / "school") + " 2>&1");
  INFO(a.output);
  REQUIRE(a.exit_code == 0);
  CHECK_THAT(ReadFile(dir.path() / "school/output/monitoring/summary.json"),
             Catch::Contains("\"report_date\": \"2026-04-30\""));
  CommandResult b = Run(Binary() + " build " + Quote(dir.path() / "school") + " --today 01.05.2026 2>&1");
  REQUIRE(b.exit_code == 0);
  CHECK_THAT(ReadFile(dir.path() / "school/output/monitoring/summary.json"),
             Catch::Contains("\"report_date\": \"2026-05-01\""));
  CommandResult bad = Run(Binary() + " build " + Quote(dir.path() / "school") + " --today 31.02.2026 2>&1");
  CHECK(bad.exit_code == 64);  // a usage error (EX_USAGE)
  CHECK_THAT(bad.output, Catch::Contains("--today"));
}

}  // namespace

TEST_CASE("the registry of mentees gives a parent's contacts for a minor", "[monitoring][registries]") {
  const std::string strings = XlsxPart(ExampleOutput() / "xlsx/bazy.xlsx", "xl/sharedStrings.xml");
  // P006 is a pupil with parent_contact in the example's participants.csv.
  CHECK_THAT(strings, Catch::Contains("+7 (900) 100-00-06 (родитель)"));
}

}  // namespace nastavnik::testing
