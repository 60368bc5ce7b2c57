// End-to-end: `nastavnik match` and `--apply` on the example school and on bad inputs, read as
// a curator reads the result: the CSV rows, the PDF text, the workbook, pairs.csv afterwards.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

std::map<std::string, std::string> Snapshot(const stdfs::path& dir) {
  std::map<std::string, std::string> files;
  for (auto it = stdfs::recursive_directory_iterator(dir); it != stdfs::end(it); ++it) {
    if (it->is_regular_file()) files[stdfs::relative(it->path(), dir).string()] = ReadFile(it->path());
  }
  return files;
}

CommandResult Match(const stdfs::path& project, const std::string& extra = "") {
  return Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " match " + Quote(project) + " " + extra + " 2>&1");
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("match proposes pairs and a group for the example school and explains them", "[matching][pipeline]") {
  TempDir tmp;
  stdfs::path project = CopyExample(tmp);
  REQUIRE(Run(Binary() + " build " + Quote(project)).exit_code == 0);
  auto site_before = Snapshot(project / "output/site");
  CommandResult r = Match(project);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  stdfs::path dir = project / "output/matching";
  std::string proposal = ReadFile(dir / "proposal.csv");
  CHECK(proposal.rfind("\xEF\xBB\xBF" "Код;Наставник;Наставляемые;Форма;Ролевая модель;Начало;Окончание;Статус;Закреплена", 0) == 0);
  CHECK(proposal.find("PR20;") != std::string::npos);                        // ids continue after PR19
  CHECK(proposal.find(";\"P038; P040\";ученик – ученик;") != std::string::npos);  // one group row
  CHECK(proposal.find("P007;P013;учитель – учитель") != std::string::npos);
  CHECK(proposal.find("P016;P034") == std::string::npos);  // forbidden.csv
  CHECK(proposal.find("P042") == std::string::npos);       // every robotics mentor is full
  std::string candidates = ReadFile(dir / "candidates.csv");
  CHECK(candidates.find("Наставляемый;Наставник;Форма;Запрос;Предмет;Время;Разница;Пожелание;Балл;В предложении\r\nP013;P007;учитель – учитель;0,33;1,00;1,00;1,00;0,00;") != std::string::npos);
  CHECK(Count(candidates, ";да\r\n") == 8);

  std::string pdf = PdfText(dir / "explanation.pdf");
  CHECK(pdf.find("Предложение пар и групп наставничества") != std::string::npos);
  CHECK(pdf.find("Наставляемые без пары") != std::string::npos);
  CHECK(pdf.find("(P042, 7В)") != std::string::npos);
  CHECK(pdf.find("PR26 (группа\nиз 2)") != std::string::npos);
  CHECK(Run("qpdf --check " + Quote(dir / "explanation.pdf")).exit_code == 0);
  std::string html = ReadFile(dir / "explanation.html");
  CHECK(html.find("<h2>Наставляемые без пары</h2>") != std::string::npos);
  CHECK(html.find("Егорова Таисия Павловна (P042, 7В)") != std::string::npos);
  CHECK(html.find("Все подходящие наставники (2) заняты: свободных мест нет.") != std::string::npos);
  CHECK(html.find("Увеличить «Макс. наставляемых» у P021 с 1 до 2") != std::string::npos);
  CHECK(html.find("Смолин Денис Андреевич (P043, физика)") != std::string::npos);
  CHECK(html.find("разные предметы — ") != std::string::npos);
  std::string strings = XlsxPart(dir / "explanation.xlsx", "xl/sharedStrings.xml");
  CHECK(XlsxPart(dir / "explanation.xlsx", "xl/workbook.xml").find("Без пары") != std::string::npos);
  CHECK(strings.find("Ковалёва Алёна Дмитриевна") != std::string::npos);
  std::string sheet = XlsxPart(dir / "explanation.xlsx", "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<v>0.33</v>") != std::string::npos);  // P013's requests, exactly two decimals
  CHECK(sheet.find("<v>8.67</v>") != std::string::npos);

  // The site of the last build is untouched, and the next build keeps the proposal.
  CHECK(Snapshot(project / "output/site") == site_before);
  auto matching_before = Snapshot(dir);
  REQUIRE(Run(Binary() + " build " + Quote(project)).exit_code == 0);
  CHECK(Snapshot(dir) == matching_before);
  // A proposal never reaches the paperwork before it is applied.
  CHECK(XlsxPart(project / "output/xlsx/bazy.xlsx", "xl/sharedStrings.xml").find("PR20") == std::string::npos);

  // Deterministic: the same input and date give the same bytes.
  REQUIRE(Match(project).exit_code == 0);
  CHECK(Snapshot(dir) == matching_before);

  // The graph for raw-solver benchmarks: 10 waiting mentees, 20 candidate arcs, one "unmatched"
  // arc each, and the mentors' places (load_balance = 1: one arc per place).
  REQUIRE(Match(project, "--dimacs " + Quote(tmp.path() / "graph.dimacs")).exit_code == 0);
  std::string graph = ReadFile(tmp.path() / "graph.dimacs");
  CHECK(Count(graph, "\nn ") == 11);
  CHECK(Count(graph, "\na ") == 20 + 10 + 10);
  CHECK(Snapshot(dir) == matching_before);
}

TEST_CASE("match --apply adds the reviewed proposal to pairs.csv with a backup, once", "[matching][pipeline]") {
  TempDir tmp;
  stdfs::path project = CopyExample(tmp);
  REQUIRE(Match(project).exit_code == 0);
  stdfs::path proposal = project / "output/matching/proposal.csv";
  std::string reviewed = ReadFile(proposal);
  // The curator drops the first row and writes a role model into the group's row.
  size_t first = reviewed.find("\r\n") + 2;
  reviewed.erase(first, reviewed.find("\r\n", first) + 2 - first);
  size_t group = reviewed.find("ученик – ученик;;", reviewed.find("\"P038; P040\""));
  reviewed.replace(group, std::string("ученик – ученик;;").size(), "ученик – ученик;успевающий – неуспевающий;");
  WriteFile(proposal, reviewed);
  std::string before = ReadFile(project / "content/data/pairs.csv");

  CommandResult r = Match(project, "--apply");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("добавлено строк: 6") != std::string::npos);
  std::string after = ReadFile(project / "content/data/pairs.csv");
  CHECK(after.rfind(before, 0) == 0);  // the old rows are kept byte for byte
  CHECK(after.find("PR20,P004,P039") == std::string::npos);
  CHECK(after.find("P044,\"P038; P040\",ученик – ученик,успевающий – неуспевающий,01.12.2025,31.05.2026,активна,нет") != std::string::npos);
  int backups = 0;
  for (const auto& e : stdfs::directory_iterator(project / "content/data")) {
    if (e.path().filename().string().rfind("pairs.csv.bak-", 0) == 0) {
      ++backups;
      CHECK(ReadFile(e.path()) == before);
    }
  }
  CHECK(backups == 1);
  CHECK(!stdfs::exists(project / "content/data/pairs.csv.new"));
  CHECK(Run(Binary() + " check " + Quote(project)).exit_code == 0);

  CommandResult again = Match(project, "--apply");
  CHECK(again.exit_code == 1);
  CHECK(again.output.find("output/matching/proposal.csv:2:1: ошибка: пара PR21 уже внесена в content/data/pairs.csv") != std::string::npos);
  CHECK(ReadFile(project / "content/data/pairs.csv") == after);
}

TEST_CASE("match --apply refuses a proposal the data no longer allows", "[matching][pipeline]") {
  TempDir tmp;
  stdfs::path project = CopyExample(tmp);
  REQUIRE(Match(project).exit_code == 0);
  // Since the proposal was made, P013 can only meet on Mondays and P007 is forbidden for P026.
  stdfs::path people = project / "content/data/participants.csv";
  std::string text = ReadFile(people);
  size_t row = text.find("P013,");
  size_t days = text.find("ср; пт", row);
  REQUIRE(days != std::string::npos);
  text.replace(days, std::string("ср; пт").size(), "пн");
  WriteFile(people, text);
  WriteFile(project / "content/data/forbidden.csv",
            ReadFile(project / "content/data/forbidden.csv") + "P007,P026,просьба родителей\n");
  std::string before = ReadFile(project / "content/data/pairs.csv");
  CommandResult r = Match(project, "--apply");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("пара PR21 (наставник P007, наставляемый P013) нарушает правила подбора: нет общего дня") != std::string::npos);
  CHECK(r.output.find("пара PR22 (наставник P007, наставляемый P026) нарушает правила подбора: пара запрещена куратором") != std::string::npos);
  CHECK(r.output.find("pairs.csv не изменён") != std::string::npos);
  CHECK(ReadFile(project / "content/data/pairs.csv") == before);
  // Without a proposal there is nothing to apply.
  stdfs::remove_all(project / "output/matching");
  CommandResult none = Match(project, "--apply");
  CHECK(none.exit_code == 1);
  CHECK(none.output.find("сначала запустите «nastavnik match»") != std::string::npos);
}

TEST_CASE("bad matching data fails match with its exact messages", "[matching][pipeline]") {
  int cases = 0;
  for (const auto& entry : stdfs::directory_iterator(TestsDir() / "fixtures/invalid_match")) {
    ++cases;
    SECTION(entry.path().filename().string()) {
      TempDir tmp;
      stdfs::path project = tmp.path() / "school";
      stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
      stdfs::copy(entry.path() / "content", project / "content",
                  stdfs::copy_options::recursive | stdfs::copy_options::overwrite_existing);
      CommandResult r = Run("cd " + Quote(project) + " && " + Binary() + " match 2>&1 >/dev/null");
      CHECK(r.exit_code == 1);
      CHECK(r.output == ReadFile(entry.path() / "expected.txt"));
      CHECK(!stdfs::exists(project / "output/matching"));
    }
  }
  CHECK(cases >= 1);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("match --apply starts pairs.csv for a school that has none yet", "[matching][pipeline]") {
  TempDir tmp;
  stdfs::path project = tmp.path() / "school";
  stdfs::copy(TestsDir() / "fixtures/minimal", project, stdfs::copy_options::recursive);
  stdfs::remove(project / "content/data/pairs.csv");
  stdfs::remove(project / "content/data/plans.csv");
  CommandResult made = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " match '" + project.string() + "' 2>&1");
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  CommandResult applied = Run(Binary() + " match '" + project.string() + "' --apply 2>&1");
  INFO(applied.output);
  REQUIRE(applied.exit_code == 0);
  CHECK(applied.output.find("файл создан") != std::string::npos);
  std::string pairs = ReadFile(project / "content/data/pairs.csv");
  CHECK(pairs.rfind("Код,Наставник,Наставляемые,Форма,Ролевая модель,Начало,Окончание,Статус,Закреплена,Результат,Кейс,Цель\n", 0) == 0);
  CHECK(pairs.find("PR02,T1,\"S2; S4\",учитель – ученик,,01.12.2025,31.05.2026,активна,нет,,,\n") != std::string::npos);
  CHECK(Run(Binary() + " check '" + project.string() + "'").exit_code == 0);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

// Excel saves «CSV (разделители — точка с запятой)» in Windows-1251; --apply keeps the file so.
TEST_CASE("match --apply adds rows to a Windows-1251 pairs.csv in Windows-1251", "[matching][pipeline]") {
  TempDir tmp;
  stdfs::path project = CopyExample(tmp);
  stdfs::path pairs = project / "content/data/pairs.csv";
  REQUIRE(Run("iconv -f UTF-8 -t CP1251 " + Quote(pairs) + " > " + Quote(tmp.path() / "p.csv") + " && mv " +
              Quote(tmp.path() / "p.csv") + " " + Quote(pairs))
              .exit_code == 0);
  const std::string before = ReadFile(pairs);
  REQUIRE(Match(project).exit_code == 0);

  SECTION("a character Windows-1251 lacks is refused at its cell") {
    stdfs::path proposal = project / "output/matching/proposal.csv";
    std::string reviewed = ReadFile(proposal);
    size_t group = reviewed.find("ученик – ученик;;", reviewed.find("\"P038; P040\""));
    REQUIRE(group != std::string::npos);
    reviewed.replace(group, std::string("ученик – ученик;;").size(), "ученик – ученик;сильный → слабый;");
    WriteFile(proposal, reviewed);
    CommandResult r = Match(project, "--apply");
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("ошибка: символа «→» нет в кодировке Windows-1251, а content/data/pairs.csv сохранён в "
                        "Windows-1251") != std::string::npos);
    CHECK(ReadFile(pairs) == before);
  }
  SECTION("the new rows are in Windows-1251 and the file reads back") {
    CommandResult r = Match(project, "--apply");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    std::string after = ReadFile(pairs);
    CHECK(after.rfind(before, 0) == 0);
    CommandResult back = Run("iconv -f CP1251 -t UTF-8 " + Quote(pairs));
    REQUIRE(back.exit_code == 0);
    CHECK(back.output.find("P044,\"P038; P040\",ученик – ученик,,01.12.2025,31.05.2026,активна,нет") != std::string::npos);
    CHECK(Run("iconv -f UTF-8 -t UTF-8 " + Quote(pairs) + " >/dev/null 2>&1").exit_code != 0);  // not UTF-8
    CHECK(Run(Binary() + " check " + Quote(project)).exit_code == 0);
  }
}

}  // namespace nastavnik::testing
