// The monitoring report is as of its date, in every output: the example's own report (dated in
// program.toml) and its conclusions agree with its figures, and a report as of an earlier date
// counts nothing that happened after it, in the PDF, on the site, in monitoring.xlsx and summary.json.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

std::string Flat(const std::string& text) { return std::regex_replace(text, std::regex("[\\s\\f]+"), " "); }

std::string FlatPdf(const stdfs::path& pdf) { return Flat(Run("pdftotext -raw " + Quote(pdf) + " -").output); }

std::string FlatHtml(const stdfs::path& html) {
  return Flat(std::regex_replace(ReadFile(html), std::regex("<[^>]*>"), " "));
}

TEST_CASE("the example's report is as of program.toml's date, and its conclusions agree with its figures",
          "[monitoring][as_of]") {
  // Built under SOURCE_DATE_EPOCH = 01.12.2025: [monitoring] report_date decides, not the build's day.
  const std::string report = FlatPdf(BuiltExample() / "pdf/monitoring.pdf");
  for (const char* figure : {"По состоянию на 25.02.2026", "Действующих пар и групп: 15, завершённых: 3, расторгнутых: 1",
                             "Ожидают закрепления наставника: 7", "выполнено 46", "просрочено 6",
                             "Наставники 14 8,3", "Наставляемые 11 7,5", "Всего 35 416 8,4 %"}) {
    CHECK_THAT(report, Catch::Contains(figure));
  }
  // The conclusions state the same figures, and no longer the old «three waiting» or a meeting that
  // sorted out overdue tasks.
  for (const char* said : {"действуют 15 наставнических пар и групп", "У шести наставляемых",
                           "в среднем в 8,3 балла из 10, наставляемые — в 7,5 балла",
                           "участвуют 35 человек из 416, или 8,4 %", "Наставника ждут семь наставляемых",
                           "В шести парах просрочено по одной задаче"}) {
    CHECK_THAT(report, Catch::Contains(said));
  }
  CHECK_THAT(report, !Catch::Contains("тремя наставляемыми"));
  CHECK_THAT(report, !Catch::Contains("разобраны на заседании"));
  CHECK_THAT(report, !Catch::Contains("Задач с отметкой о выполнении и сроком позже"));  // none marked ahead
  // The date is signed on the page of the last conclusion, not alone on a page of its own.
  const std::string text = PdfText(BuiltExample() / "pdf/monitoring.pdf");
  const size_t signed_at = text.find("Дата составления отчёта: 25.02.2026.");
  REQUIRE(signed_at != std::string::npos);
  const size_t page = text.rfind('\f', signed_at);
  CHECK(text.find("новые сроки", page == std::string::npos ? 0 : page) < signed_at);
}

TEST_CASE("a report as of 01.12.2025 counts no later pair, answer or task in any output", "[monitoring][as_of]") {
  TempDir dir;
  const stdfs::path out = dir.path() / "out";
  CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(RepoDir()) + " -o " +
                        Quote(out) + " --today 01.12.2025 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  // PR07, PR09 and PR14 end in December: still working; PR19 starts on 12.01.2026: not yet, and its
  // mentee waits. PR15, dissolved on 07.11.2025, is dissolved.
  const std::string report = FlatPdf(out / "pdf/monitoring.pdf");
  CHECK_THAT(report, Catch::Contains("По состоянию на 01.12.2025"));
  CHECK_THAT(report, Catch::Contains("Действующих пар и групп: 17, завершённых: 0, расторгнутых: 1"));
  CHECK_THAT(report, Catch::Contains("Ожидают закрепления наставника: 8"));
  CHECK_THAT(report, Catch::Contains("Савельев Никита Вадимович"));
  CHECK_THAT(report, Catch::Contains("Всего 34 416 8,2 %"));
  // Only entry answers were given by then: no exit, no intermediate wave, no curator's questionnaire
  // (22.12.2025), and P037's entry of 12.01.2026 is not among the mentees' 19.
  CHECK_THAT(report, Catch::Contains("Анкет, заполненных одним наставляемым и на входе, и на выходе, пока нет"));
  CHECK_THAT(report, !Catch::Contains("Наставники (только показатели"));
  CHECK_THAT(report, !Catch::Contains("Промежуточная"));
  CHECK_THAT(report, !Catch::Contains("по анкете куратора"));
  CHECK_THAT(report, Catch::Contains("Заполнили анкету 19"));
  // PR19's tasks are not counted; tasks due after 01.12.2025 are in progress whatever their mark.
  CHECK_THAT(report, Catch::Contains("73 задачи: выполнено 30"));
  CHECK_THAT(report, Catch::Contains("Задач с отметкой о выполнении и сроком позже 01.12.2025: 15."));

  const std::string site = FlatHtml(out / "site/documents/monitoring.html");
  CHECK_THAT(site, Catch::Contains("По состоянию на 01.12.2025"));
  CHECK_THAT(site, Catch::Contains("Действующих пар и групп: 17"));
  CHECK_THAT(site, Catch::Contains("Ожидают закрепления наставника: 8"));

  const std::string json = ReadFile(out / "monitoring/summary.json");
  CHECK(std::regex_search(json, std::regex("\"report_date\":\\s*\"2025-12-01\"")));
  CHECK(std::regex_search(json, std::regex("\"active\":\\s*17,\\s*\"completed\":\\s*0,\\s*\"terminated\":\\s*1")));
  CHECK(std::regex_search(json, std::regex("\"waiting_mentees\":\\s*8")));
  CHECK(std::regex_search(json, std::regex("\"total\":\\s*73,\\s*\"done\":\\s*30")));
  CHECK(std::regex_search(json, std::regex("\"names\":\\s*\\[\\s*\"вход\"\\s*\\]")));

  const std::string sheet = XlsxPart(out / "xlsx/monitoring.xlsx", "xl/sharedStrings.xml");
  CHECK_THAT(sheet, Catch::Contains("Охват программой наставничества на 01.12.2025"));
  // Every sheet may be printed alone: each title says the date.
  CHECK_THAT(sheet, Catch::Contains("Пары и группы по формам наставничества (на 01.12.2025)"));
  CHECK_THAT(sheet, Catch::Contains("SWOT-анализ куратора (на 01.12.2025)"));
  CHECK_THAT(sheet, Catch::Contains("Савельев Никита Вадимович"));  // on «Ожидают пары»
}

}  // namespace
}  // namespace nastavnik::testing
