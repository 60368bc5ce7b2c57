// The monitoring outputs of the example school as a user meets them: workbooks read back with
// openpyxl (cells, types, formulas, charts, print setup), the PDF's text, the public HTML page
// (aggregates only), and summary.json (no one named).
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "base/diagnostics.h"
#include "load/xlsx_reader.h"
#include "render/monitoring/format.h"
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
                                "Ожидают пары|Удовлетворённость|Вход и выход|По этапам|Ответы по этапам|Планы|SWOT\n"));
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
  // Entry and exit: the mentees' five rows and the mentors' one, each role with its own chart.
  CHECK_THAT(d, Catch::Contains("Вход и выход chart=BarChart col series=2 refs='Вход и выход'!$D$3:$D$7;"
                                "'Вход и выход'!$E$3:$E$7\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход chart=BarChart col series=2 refs='Вход и выход'!$D$8;"
                                "'Вход и выход'!$E$8\n"));
  CHECK_THAT(d, Catch::Contains("Удовлетворённость chart=BarChart col series=2"));
  // Entry/exit of the mentees only: involvement 6 people, all 6 improved, exact test p = 0.03125
  // (= 2/64); the mentors' row is their self-esteem, the one indicator their form asks at both waves.
  CHECK_THAT(d, Catch::Contains("Вход и выход B2=s:General:Чьи ответы\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход A3=s:General:Вовлечённость\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход B3=s:General:наставляемые\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход C3=n:General:6\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход F3=f:0.00:=E3-D3\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход G3=n:General:6\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход I3=n:0.000:0.03125\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход J7=s:General:выборка мала\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход A8=s:General:Самооценка\n"));
  CHECK_THAT(d, Catch::Contains("Вход и выход B8=s:General:наставники\n"));
  CHECK_THAT(d, !Catch::Contains("Вход и выход A9="));
  // The questionnaires wave by wave, as the report's «Показатели по этапам» and «Ответы по этапам
  // анкетирования»: the mentees' involvement 5,15 → 6,29 → 7 (20, 7 and 6 answers), the mentors' apart
  // and only from the intermediate wave, where their form first asks it; «да» chosen by 5 of 7 at the
  // intermediate wave (71,4 %), a formula over the counts.
  CHECK_THAT(d, Catch::Contains("По этапам B2=s:General:Чьи ответы\n"));
  CHECK_THAT(d, Catch::Contains("По этапам E2=s:General:Промежуточная, среднее\n"));
  CHECK_THAT(d, Catch::Contains("По этапам A4=s:General:Вовлечённость\n"));
  CHECK_THAT(d, Catch::Contains("По этапам B4=s:General:наставляемые\n"));
  CHECK_THAT(d, Catch::Contains("По этапам C4=n:0.00:5.15\n"));
  CHECK_THAT(d, Catch::Contains("По этапам D4=n:General:20\n"));
  CHECK_THAT(d, Catch::Contains("По этапам F4=n:General:7\n"));
  CHECK_THAT(d, Catch::Contains("По этапам A10=s:General:Вовлечённость\n"));
  CHECK_THAT(d, Catch::Contains("По этапам B10=s:General:наставники\n"));
  CHECK_THAT(d, Catch::Contains("По этапам D10=n:General:0\n"));
  CHECK_THAT(d, Catch::Contains("По этапам chart=BarChart col series=3 refs='По этапам'!$C$3:$C$8;"));
  CHECK_THAT(d, Catch::Contains("По этапам chart=BarChart col series=3 refs='По этапам'!$C$9:$C$11;"));
  CHECK_THAT(d, Catch::Contains("Ответы по этапам B3=s:General:Заполнили анкету\n"));
  CHECK_THAT(d, Catch::Contains("Ответы по этапам G3=n:General:7\n"));
  CHECK_THAT(d, Catch::Contains("Ответы по этапам C5=s:General:да\n"));
  CHECK_THAT(d, Catch::Contains("Ответы по этапам H5=n:General:5\n"));
  CHECK_THAT(d, Catch::Contains("Ответы по этапам I5=f:0.0%:=IF(G5>0,H5/G5,0)\n"));
  CHECK_THAT(d, !Catch::Contains("Ответы по этапам E5="));  // not asked at entry: blank
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
  CHECK_THAT(plans, Catch::Contains("Индивидуальные планы L3=s:General:нет\n"));

  std::string roadmap = Dump(ExampleOutput() / "xlsx/roadmap.xlsx");
  CHECK_THAT(roadmap, Catch::Contains("Дорожная карта E3=d:dd.mm.yyyy:2025-08-29\n"));
  CHECK_THAT(roadmap, Catch::Contains("Дорожная карта validation=list B3:B1048576\n"));
  std::string calendar = Dump(ExampleOutput() / "xlsx/calendar.xlsx");
  // «Сроки» is text as the plan words it, single dates and ranges alike; «Начало» and «Окончание»
  // are date cells to sort and filter by («до …» has no start, «в течение года» neither).
  CHECK_THAT(calendar, Catch::Contains("Календарный план C3=s:General:28.08.2025\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план C4=s:General:01.09.2025 – 12.09.2025\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план G2=s:General:Начало\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план H2=s:General:Окончание\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план G3=d:dd.mm.yyyy:2025-08-28\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план H3=d:dd.mm.yyyy:2025-08-28\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план G4=d:dd.mm.yyyy:2025-09-01\n"));
  CHECK_THAT(calendar, Catch::Contains("Календарный план H4=d:dd.mm.yyyy:2025-09-12\n"));
  CHECK_THAT(calendar, !Catch::Contains("Календарный план C3=d:"));
  CHECK_THAT(calendar, Catch::Contains("freeze=A3 filter=A2:H17 "));
  CHECK_THAT(calendar, Catch::Contains("Календарный план validation=list F3:F1048576\n"));
}

// pdftotext -raw (text in the order painted, a table cell's lines together) with the lines run
// together, as a reader searching the document sees it.
std::string ReadText(const stdfs::path& pdf) {
  return std::regex_replace(Run("pdftotext -raw -enc UTF-8 " + Quote(pdf) + " -").output, std::regex("\\s+"), " ");
}

TEST_CASE("calendar.xlsx gives every term a start and an end to sort by, whatever its wording", "[monitoring][xlsx]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  WriteFile(school / "content/data/calendar.csv",
            "event,period,responsible,stage,status\n"
            "Сбор согласий,до 26.09.2025,Куратор,Формирование базы наставляемых,выполнено\n"
            "«Школа наставника»,23.09.2025 и 30.09.2025,Психолог,Отбор и обучение наставников,выполнено\n"
            "Регулярные встречи пар,в течение года,Наставники,Организация работы наставнических пар и групп,\n"
            "Приказы о закреплении,15.09.2025; 1.10.2025,Директор,Формирование наставнических пар и групп,\n");
  CommandResult r = Run("SOURCE_DATE_EPOCH=1772000000 " + Binary() + " build " + Quote(school) + " -o " +
                        Quote(school / "out") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string d = Dump(school / "out/xlsx/calendar.xlsx");
  INFO(d);
  CHECK_THAT(d, Catch::Contains("Календарный план C3=s:General:до 26.09.2025\n"));
  CHECK_THAT(d, !Catch::Contains("Календарный план G3="));  // «до»: no start
  CHECK_THAT(d, Catch::Contains("Календарный план H3=d:dd.mm.yyyy:2025-09-26\n"));
  CHECK_THAT(d, Catch::Contains("Календарный план G4=d:dd.mm.yyyy:2025-09-23\n"));
  CHECK_THAT(d, Catch::Contains("Календарный план H4=d:dd.mm.yyyy:2025-09-30\n"));
  CHECK_THAT(d, Catch::Contains("Календарный план C5=s:General:в течение года\n"));
  CHECK_THAT(d, !Catch::Contains("Календарный план G5="));
  CHECK_THAT(d, !Catch::Contains("Календарный план H5="));
  CHECK_THAT(d, Catch::Contains("Календарный план G6=d:dd.mm.yyyy:2025-09-15\n"));
  CHECK_THAT(d, Catch::Contains("Календарный план H6=d:dd.mm.yyyy:2025-10-01\n"));
}

TEST_CASE("the monitoring PDF holds every section, the registries have a PDF too", "[monitoring][pdf]") {
  std::string text = ReadText(ExampleOutput() / "pdf/monitoring.pdf");
  for (const char* s : {"Отчёт о мониторинге программы наставничества", "По состоянию на 25.02.2026", "35,3 %",
                        "Наставляемые без пары", "Лукина Екатерина Сергеевна", "Вовлечённость", "выборка мала",
                        "Выполнение индивидуальных планов", "SWOT-анализ куратора", "Угрозы", "Выводы",
                        "5-е классы 1 3 33,3 %"}) {
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

// Every dropdown of a workbook with the values of its list (lists live on a hidden sheet), then
// the marks of a column of a school's CSV that the list lacks.
constexpr char kLists[] = R"PY(
import sys, re, csv, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
lists = {}
for ws in wb.worksheets:
    for dv in ws.data_validations.dataValidation:
        f = dv.formula1.lstrip("=")
        if f.startswith('"'):
            values = f.strip('"').split(",")
        else:
            m = re.fullmatch(r"'?(.+?)'?!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)", f)
            cells = wb[m.group(1)][m.group(2) + m.group(3) + ":" + m.group(4) + m.group(5)]
            values = [c.value for row in cells for c in row if c.value is not None]
        lists[str(dv.sqref).split(":")[0][:1]] = values
        print("%s %s=%s" % (ws.title, str(dv.sqref).split(":")[0], "|".join(values)))
column, path, key = sys.argv[2], sys.argv[3], sys.argv[4]
used = {row[key] for row in csv.DictReader(open(path, encoding="utf-8")) if row[key]}
print("missing=" + "|".join(sorted(used - set(lists[column]))))
)PY";

std::string Lists(const stdfs::path& xlsx, const char* column, const stdfs::path& csv, const char* key) {
  TempDir dir;
  WriteFile(dir.path() / "lists.py", kLists);
  CommandResult r = Run("/usr/bin/python3 " + Quote(dir.path() / "lists.py") + " " + Quote(xlsx) + " " + column + " " +
                        Quote(csv) + " " + key + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return r.output;
}

TEST_CASE("the marks dropdowns of plans.xlsx and calendar.xlsx hold every mark the data uses", "[monitoring][xlsx]") {
  std::string plans = Lists(ExampleOutput() / "xlsx/plans.xlsx", "I", RepoDir() / "content/data/plans.csv", "status");
  INFO(plans);
  CHECK_THAT(plans, Catch::Contains("|выполнена|"));
  CHECK_THAT(plans, Catch::Contains("missing=\n"));
  std::string calendar =
      Lists(ExampleOutput() / "xlsx/calendar.xlsx", "F", RepoDir() / "content/data/calendar.csv", "status");
  INFO(calendar);
  CHECK_THAT(calendar, Catch::Contains("|запланировано|"));
  CHECK_THAT(calendar, Catch::Contains("missing=\n"));
  // The two lists are one: the same marks in the same order, from one place in the code.
  std::regex list("=(выполнено\\|[^\n]*)\n");
  std::smatch a, b;
  REQUIRE(std::regex_search(plans, a, list));
  REQUIRE(std::regex_search(calendar, b, list));
  CHECK(a[1] == b[1]);
}

TEST_CASE("a terminated pair's unfinished tasks are cancelled, not overdue", "[monitoring]") {
  // PR15 was terminated on 07.11.2025 with two tasks not done, due 28.11 and 19.12.2025.
  std::string plans = Dump(ExampleOutput() / "xlsx/plans.xlsx");
  INFO(plans);
  std::regex pr15("Индивидуальные планы B([0-9]+)=s:General:PR15\n");
  int rows = 0, cancelled = 0;
  for (auto it = std::sregex_iterator(plans.begin(), plans.end(), pr15); it != std::sregex_iterator(); ++it) {
    std::string row = (*it)[1];
    ++rows;
    CHECK_THAT(plans, !Catch::Contains("Индивидуальные планы L" + row + "=s:General:да\n"));
    cancelled += plans.find("Индивидуальные планы L" + row + "=s:General:нет: отменена, пара расторгнута\n") !=
                 std::string::npos;
  }
  CHECK(rows == 3);
  CHECK(cancelled == 2);
  std::string book = Dump(ExampleOutput() / "xlsx/monitoring.xlsx");
  INFO(book);
  CHECK_THAT(book, Catch::Contains("Планы H2=s:General:Отменено (пара расторгнута)\n"));
  CHECK_THAT(book, Catch::Contains("Планы H22=f:General:=SUM(H3:H21)\n"));
  std::string text = ReadText(ExampleOutput() / "pdf/monitoring.pdf");
  CHECK_THAT(text, Catch::Contains("просрочено 6 (срок прошёл, отметки о выполнении нет), отменено 2 (задачи расторгнутых пар не считаются просроченными)."));
}

TEST_CASE("pairs.xlsx and plans.xlsx say in their first row that the build overwrites them", "[monitoring][xlsx]") {
  for (const char* book : {"pairs.xlsx", "plans.xlsx"}) {
    std::string d = Dump(ExampleOutput() / "xlsx" / book);
    INFO(d);
    CHECK(std::regex_search(d, std::regex("A1=s:General:[^\n]*\nТаблица создана nastavnik и перезаписывается при "
                                          "каждой сборке: исправления вносите в данные школы \\(content/data/")));
    // Read back as a school's table (a curator who copies it into content/data), the note is a
    // note: the header is still the second row, and nothing is reported about the first.
    Diagnostics diags;
    Result<load::XlsxBook> read = load::ReadXlsx(ReadFile(ExampleOutput() / "xlsx" / book), book,
                                                 [](const load::XlsxSheetInfo&, size_t i) { return i == 0; }, diags);
    REQUIRE(read.ok());
    REQUIRE(read->read.size() == 1);
    load::Table table = load::SheetToTable(read->read[0], diags);
    CHECK_FALSE(diags.has_errors());
    REQUIRE(table.header.size() > 1);
    CHECK(table.header[0].text == "№");
    CHECK(table.header[0].line == 2);
    CHECK(table.rows.size() > 10);
  }
}

TEST_CASE("a mean load of 1,1 mentees takes the genitive singular", "[monitoring]") {
  std::string html = ReadFile(ExampleOutput() / "site/documents/monitoring.html");
  CHECK_THAT(html, Catch::Contains("в среднем на наставника приходится 1,1 наставляемого в действующих парах"));
}

TEST_CASE("the published figures hide small groups in prose and in shares as the tables do", "[monitoring][privacy]") {
  std::string html = ReadFile(ExampleOutput() / "site/documents/monitoring.html");
  // One pair was terminated: fewer than 5, as a table would say.
  CHECK_THAT(html, Catch::Contains("расторгнутых: менее 5."));
  CHECK_THAT(html, !Catch::Contains("расторгнутых: 1"));
  // The mentees' grades: 5 people, 4 improved; the share 80 % would give the 4 away.
  CHECK_THAT(html, Catch::Contains("Успеваемость</td><td class=\"center\">5</td><td class=\"center\">5,60</td>"
                                   "<td class=\"center\">6,80</td><td class=\"center\">+1,20</td>"
                                   "<td class=\"center\">—</td>"));
  std::string home = std::regex_replace(ReadFile(ExampleOutput() / "site/index.html"), std::regex("\u00A0"), " ");
  CHECK_THAT(home, Catch::Contains("Работают 14 пар и не больше 4 групп."));
  CHECK_THAT(home, !Catch::Contains("1 группа"));
  // The school's own PDF keeps every figure.
  std::string text = ReadText(ExampleOutput() / "pdf/monitoring.pdf");
  CHECK_THAT(text, Catch::Contains("расторгнутых: 1."));
  CHECK_THAT(text, Catch::Contains("Успеваемость 5 5,60 6,80 +1,20 80 % выборка мала"));
}

TEST_CASE("every percentage on the site and in the report is rounded by one rule", "[monitoring][site]") {
  // 35 of 416 is 8,41 %; 23 of 382 is 6,02 %; 12 of 34 is 35,29 %.
  std::string home = std::regex_replace(ReadFile(ExampleOutput() / "site/index.html"), std::regex("&nbsp;|\u00A0"), " ");
  CHECK_THAT(home, Catch::Contains("<strong>8,4 %</strong>"));
  CHECK_THAT(home, Catch::Contains("(6 %) и 12 из 34 педагогов (35,3 %); вместе 8,4 % при цели 70 %."));
  CHECK_THAT(home, !Catch::Contains(">8 %"));
  CHECK_THAT(home, !Catch::Contains("(35 %)"));
  std::string report = std::regex_replace(ReadFile(ExampleOutput() / "site/documents/monitoring.html"),
                                          std::regex("&nbsp;|\u00A0"), " ");
  CHECK_THAT(report, Catch::Contains("Обучающиеся — 6 %; Педагоги — 35,3 %; Всего — 8,4 %."));
  CHECK_THAT(report, !Catch::Contains("6,0 %"));
  CHECK_THAT(report, Catch::Contains("округлённых до десятых"));
  // The mentees' self-esteem at exit is 37/6: the chart's description and its table say 6,2.
  CHECK_THAT(report, Catch::Contains("Самооценка — 6,2;"));
  CHECK_THAT(report, Catch::Contains("Самооценка</th><td>4,5</td><td>6,2</td>"));
  // A half is rounded away from zero (printf alone rounds it to even: 6,2).
  CHECK(render::monitoring::Tenths(6.25) == "6,3");
  CHECK_THAT(ReadText(ExampleOutput() / "pdf/monitoring.pdf"), !Catch::Contains("6,0 %"));
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
