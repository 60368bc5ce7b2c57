// The individual plan's table and goal, read back as a screen reader and a curator read them: the
// tagged table's cells under their headers (pdfinfo -struct-text), and the goal as pdftotext
// gives it. A plan signed in September shows what each task should achieve; what came of it goes
// with the mark; a school whose plans.csv has no expected results still gets its plans.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

using Row = std::vector<std::string>;

// The rows of the last table of a tagged PDF: each cell's text pieces joined, a hyphen the line
// breaking added («воспита» «-» «тельной») dropped.
std::vector<Row> LastTable(const stdfs::path& pdf) {
  CommandResult r = Run("pdfinfo -struct-text '" + pdf.string() + "'");
  REQUIRE(r.exit_code == 0);
  std::vector<Row> rows;
  std::istringstream in(r.output);
  std::string line;
  const std::regex piece("^\\s*\"(.*)\"$");
  bool in_table = false;
  while (std::getline(in, line)) {
    const std::string tag = std::regex_replace(line, std::regex("^\\s+|\\s+$"), "");
    std::smatch m;
    if (std::regex_match(line, m, piece)) {
      if (in_table && !rows.empty() && !rows.back().empty() && m[1] != "-") rows.back().back() += m[1];
    } else if (tag.rfind("Table", 0) == 0) {
      rows.clear();
      in_table = true;
    } else if (tag == "TR") {
      rows.emplace_back();
    } else if ((tag == "TD" || tag.rfind("TH", 0) == 0) && !rows.empty()) {
      rows.back().emplace_back();
    } else if (tag.rfind("/", 0) != 0) {  // an element after the table; "/Scope /Column" is a TH's attribute
      in_table = false;
    }
  }
  return rows;
}

// The row whose «Срок» cell is due.
Row RowDue(const std::vector<Row>& rows, const std::string& due) {
  for (const Row& r : rows) {
    if (r.size() == 6 && r[3] == due) return r;
  }
  FAIL("no task due " << due);
  return {};
}

std::string Flat(const stdfs::path& pdf) {
  return std::regex_replace(PdfText(pdf), std::regex("[\\s\\f]+"), " ");
}

stdfs::path BuildSchool(const stdfs::path& school) {
  CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(school) + " -o " +
                        Quote(school / "out") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return school / "out";
}

}  // namespace

TEST_CASE("a plan shows the expected result under its header and the actual one with the mark", "[documents][plans]") {
  const std::vector<Row> rows = LastTable(BuiltExample() / "pdf/plans/PR01.pdf");
  REQUIRE(!rows.empty());
  CHECK(rows[0] == Row{"№", "Раздел (направление)", "Задача / мероприятие", "Срок", "Ожидаемый результат",
                       "Отметка о выполнении"});
  // A task done: the expectation written at the start, the outcome beside the mark.
  const Row meeting = RowDue(rows, "17.10.2025");
  CHECK(meeting[4] == "Наставляемая проводит родительское собрание сама; наставник помогает подготовиться и "
                      "разобрать итоги");
  CHECK(meeting[5] == "выполнено Собрание проведено, пришли 22 родителя из 27");
  // A task still to do has its expected result too.
  const Row open_lesson = RowDue(rows, "13.03.2026");
  CHECK(open_lesson[4].find("Открытый классный час проведён для методического объединения") == 0);
  CHECK(open_lesson[5] == "в работе");
  for (const Row& r : rows) CHECK(r[4].find("пришли 22 родителя") == std::string::npos);
}

TEST_CASE("a plan's goal is a sentence: the school's own, or phrased from the requests", "[documents][plans]") {
  // pairs.csv «Цель» as written, closed with a full stop.
  CHECK(Flat(BuiltExample() / "pdf/plans/PR01.pdf")
            .find("Цель Помочь начинающему классному руководителю спланировать") != std::string::npos);
  CHECK(Flat(BuiltExample() / "pdf/plans/PR01.pdf").find("Цель первый год") == std::string::npos);
  // PR19 has none: the requests, one of them with a colon of its own, go in brackets.
  const std::string pr19 = Flat(BuiltExample() / "pdf/plans/PR19.pdf");
  CHECK(pr19.find("Цель Оказать наставляемому помощь по запросам, с которыми он пришёл в программу (математика: "
                  "подготовка к ОГЭ; мотивация к учёбе).") != std::string::npos);
}

TEST_CASE("a plan's opening agrees with its mentee or group", "[documents][plans]") {
  CHECK(Flat(BuiltExample() / "pdf/plans/PR01.pdf")
            .find("совместно с наставляемой на период работы пары.") != std::string::npos);  // Широкова
  CHECK(Flat(BuiltExample() / "pdf/plans/PR19.pdf")
            .find("совместно с наставляемым на период работы пары.") != std::string::npos);
  CHECK(Flat(BuiltExample() / "pdf/plans/PR05.pdf")
            .find("совместно с наставляемыми на период работы группы.") != std::string::npos);
}

TEST_CASE("an old plans.csv without expected results still builds, its outcomes with the marks", "[documents][plans]") {
  TempDir tmp;
  const stdfs::path school = CopyMinimal(tmp);
  // The minimal school's plans.csv and pairs.csv predate «Ожидаемый результат» and «Цель».
  REQUIRE(ReadFile(school / "content/data/plans.csv").rfind("pair,section,task,activity,due,status,result\n", 0) == 0);
  // A woman's requests and a group's: the words agree.
  const std::map<std::string, std::string> requests = {
      {"T3", "классное руководство; работа с родителями"}, {"S3", "алгебра"}, {"S4", "дроби и уравнения"}};
  std::istringstream in(ReadFile(school / "content/data/participants.csv"));
  std::string people, line;
  for (bool header = true; std::getline(in, line); header = false) {
    auto it = requests.find(line.substr(0, line.find(',')));
    people += line + "," + (header ? "requests" : it == requests.end() ? "" : it->second) + "\n";
  }
  WriteFile(school / "content/data/participants.csv", people);
  const stdfs::path out = BuildSchool(school);

  const std::vector<Row> rows = LastTable(out / "pdf/plans/PR1.pdf");
  const Row lesson = RowDue(rows, "15.12.2025");
  CHECK(lesson[4].empty());  // left for the pair to write in
  CHECK(lesson[5] == "выполнено Урок проведён");
  CHECK(Flat(out / "pdf/plans/PR1.pdf")
            .find("Цель Оказать наставляемой помощь по запросам, с которыми она пришла в программу: классное "
                  "руководство и работа с родителями.") != std::string::npos);
  CHECK(Flat(out / "pdf/plans/G1.pdf")
            .find("Цель Оказать наставляемым помощь по запросам, с которыми они пришли в программу: алгебра; "
                  "дроби и уравнения.") != std::string::npos);
}

TEST_CASE("plans.xlsx carries the expected result beside the actual one", "[documents][plans][xlsx]") {
  const std::string strings = XlsxPart(BuiltExample() / "xlsx/plans.xlsx", "xl/sharedStrings.xml");
  const size_t expected = strings.find("Ожидаемый результат");
  REQUIRE(expected != std::string::npos);
  CHECK(strings.find("Памятка по структуре и приёмам классного часа") != std::string::npos);
  CHECK(strings.find("Собрание проведено, пришли 22 родителя из 27") != std::string::npos);
}

TEST_CASE("the plan's columns are read by their Russian headers and a new school's workbook has them", "[documents][plans]") {
  TempDir tmp;
  const stdfs::path school = CopyMinimal(tmp);
  WriteFile(school / "content/data/plans.csv",
            "Пара,Раздел,Задача,Мероприятие,Срок,Ожидаемый результат,Отметка о выполнении,Результат\n"
            "PR1,Методическая работа,Подготовить открытый урок,,15.12.2025,Открытый урок для МО,,\n");
  const std::vector<Row> rows = LastTable(BuildSchool(school) / "pdf/plans/PR1.pdf");
  const Row lesson = RowDue(rows, "15.12.2025");
  CHECK(lesson[4] == "Открытый урок для МО");
  CHECK(lesson[5].empty());

  const stdfs::path fresh = tmp.path() / "fresh";
  REQUIRE(Run(Binary() + " new " + Quote(fresh)).exit_code == 0);
  const std::string strings = XlsxPart(fresh / "content/data/data.xlsx", "xl/sharedStrings.xml");
  CHECK(strings.find("<t>Ожидаемый результат</t>") != std::string::npos);
  CHECK(strings.find("<t>Цель</t>") != std::string::npos);
}

TEST_CASE("a dissolved pair's plan marks the tasks not done as cancelled and says when the pair ended",
          "[documents][plans]") {
  TempDir tmp;
  const stdfs::path school = CopyMinimal(tmp);
  // PR2 (S1–S2) ended early on 20.12.2025 by a change order; one task was done, two were not.
  std::string pairs = ReadFile(school / "content/data/pairs.csv");
  const std::string completed = "20.12.2025,завершена,нет,оценка по математике выросла с 3 до 4";
  REQUIRE(pairs.find(completed) != std::string::npos);
  pairs.replace(pairs.find(completed), completed.size(), "20.12.2025,расторгнута,нет,расторгнута по заявлению");
  WriteFile(school / "content/data/pairs.csv", pairs);
  WriteFile(school / "content/data/orders.csv",
            "number,date,kind,pairs,reason\n"
            "5-од,15.09.2025,закрепление,PR1,\n"
            "7-од,20.09.2025,закрепление,PR2,\n"
            "9-од,01.10.2025,закрепление,G1,\n"
            "30-од,22.12.2025,изменение,PR2,заявление наставляемого\n");
  WriteFile(school / "content/data/plans.csv",
            ReadFile(school / "content/data/plans.csv") +
                "PR2,Учебная деятельность,Разобрать дроби,Занятия по вторникам,10.11.2025,выполнено,Дроби разобраны\n"
                "PR2,Учебная деятельность,Подготовиться к контрольной,Пробная работа,15.12.2025,в работе,\n"
                "PR2,Учебная деятельность,Повторить уравнения,Занятия по четвергам,20.02.2026,не начато,\n");
  const stdfs::path out = BuildSchool(school);

  const std::vector<Row> rows = LastTable(out / "pdf/plans/PR2.pdf");
  CHECK(RowDue(rows, "10.11.2025")[5] == "выполнено Дроби разобраны");
  CHECK(RowDue(rows, "15.12.2025")[5] == "отменена: пара расторгнута 20.12.2025");
  CHECK(RowDue(rows, "20.02.2026")[5] == "отменена: пара расторгнута 20.12.2025");
  const std::string text = Flat(out / "pdf/plans/PR2.pdf");
  CHECK(text.find("не начато") == std::string::npos);
  CHECK(text.find("Досрочное прекращение пара расторгнута 20.12.2025 (приказ от 22.12.2025 № 30-од)") !=
        std::string::npos);
  // A pair still working keeps its marks as written.
  CHECK(RowDue(LastTable(out / "pdf/plans/G1.pdf"), "01.03.2026")[5] == "в работе");
  CHECK(Flat(out / "pdf/plans/G1.pdf").find("Досрочное прекращение") == std::string::npos);
}

TEST_CASE("the example's dissolved pair shows no task pending after its end", "[documents][plans]") {
  // Абрамова–Соколова (PR15), dissolved by order 142-од: the report counts its open tasks as cancelled.
  const std::string text = Flat(BuiltExample() / "pdf/plans/PR15.pdf");
  CHECK(text.find("не начато") == std::string::npos);
  CHECK(text.find("отменена: пара расторгнута") != std::string::npos);
  CHECK(text.find("№ 142-од)") != std::string::npos);
}

}  // namespace nastavnik::testing
