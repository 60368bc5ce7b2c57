// `nastavnik rollup` on two schools built apart: the summaries meet, the municipal report adds
// them up; a bad summary stops it with its place and leaves the previous report intact.
#include <catch2/catch.hpp>

#include <filesystem>

#include "compute/monitoring/monitoring.h"
#include "compute/monitoring_fixture.h"
#include "compute/rollup.h"
#include "load/json.h"
#include "model/school_summary.h"
#include "render/monitoring/summary_json.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

model::SchoolSummary RoundTrip(const model::Program& program, Date today) {
  std::string json = render::monitoring::RenderSummaryJson(program, compute::monitoring::Monitor(program, today));
  Result<load::Value> root = load::ParseJson(json, "summary.json");
  REQUIRE(root.ok());
  Diagnostics diags;
  std::optional<model::SchoolSummary> s = model::BuildSchoolSummary("summary.json", *root, diags);
  INFO(diags.Format());
  REQUIRE(s);
  return *s;
}

TEST_CASE("a summary reads back as it was written", "[rollup]") {
  model::SchoolSummary s = RoundTrip(MonitoringFixture(), Date{2026, 1, 15});
  CHECK(s.name == "Школа № 1");
  CHECK(s.report_date == Date{2026, 1, 15});
  CHECK(s.pupils_covered == 2);
  CHECK(s.pupils_total == 10);
  CHECK(s.teachers_covered == 2);
  CHECK(s.waiting_mentees == 2);
  CHECK(s.mentee_satisfaction.n == 3);
  CHECK(s.mentee_satisfaction.mean == Catch::Detail::Approx(17.0 / 3).epsilon(1e-4));
  REQUIRE(s.indicators.size() == 1);
  CHECK(s.indicators[0].lower_is_better);
  CHECK(s.indicators[0].improved == 1);
  CHECK(s.plans_overdue == 2);
  REQUIRE(s.pupils_by_grade.size() == 3);
  CHECK(s.pupils_by_grade[0].label == "7-е классы");
  CHECK(s.pupils_by_grade[0].grade == 7);
  CHECK(s.pupils_by_grade[0].covered == 2);
  CHECK(s.by_role_model.size() == 2);
  CHECK(s.strengths == std::vector<std::string>{"Тревожность снизилась", "Наставники довольны", "Без цифр"});
  CHECK(s.threats == std::vector<std::string>{"Выгорание"});
}

TEST_CASE("a summary without the optional lists still reads", "[rollup]") {
  std::string json = render::monitoring::RenderSummaryJson(
      MonitoringFixture(), compute::monitoring::Monitor(MonitoringFixture(), Date{2026, 1, 15}));
  // Drop "swot" (the last member) as an older file would not have it.
  json = json.substr(0, json.rfind(",\n  \"swot\"")) + "\n}\n";
  Result<load::Value> root = load::ParseJson(json, "old.json");
  REQUIRE(root.ok());
  Diagnostics diags;
  std::optional<model::SchoolSummary> s = model::BuildSchoolSummary("old.json", *root, diags);
  INFO(diags.Format());
  REQUIRE(s);
  CHECK(s->strengths.empty());
}

TEST_CASE("a summary's waves are read as an optional object", "[rollup]") {
  std::string json = render::monitoring::RenderSummaryJson(
      MonitoringFixture(), compute::monitoring::Monitor(MonitoringFixture(), Date{2026, 1, 15}));
  REQUIRE(json.find(",\n  \"waves\": {") != std::string::npos);
  json = json.substr(0, json.rfind(",\n  \"waves\"")) + ",\n  \"waves\": 3\n}\n";
  Result<load::Value> root = load::ParseJson(json, "waves.json");
  REQUIRE(root.ok());
  Diagnostics diags;
  CHECK_FALSE(model::BuildSchoolSummary("waves.json", *root, diags));
  CHECK_THAT(diags.Format(), Catch::Contains("ошибка: поле «waves» должно быть: объект { … }"));
}

TEST_CASE("the rollup adds schools up and pools their answers", "[rollup]") {
  model::Program second = MonitoringFixture();
  second.organization.short_name = "Школа № 2";
  second.organization.full_name = "Школа номер два";
  second.settings.pupils_total = 20;
  compute::NetworkRollup r = compute::RollUp({RoundTrip(second, Date{2026, 1, 15}),
                                              RoundTrip(MonitoringFixture(), Date{2026, 1, 15})});
  REQUIRE(r.schools.size() == 2);
  CHECK(r.schools[0].name == "Школа № 1");  // sorted by name
  CHECK(r.pupils_covered == 4);
  CHECK(r.pupils_total == 30);
  CHECK(r.teachers_total == 10);
  CHECK(r.schools_reaching_target == 0);
  CHECK(r.pairs_active == 4);
  CHECK(r.pairs_terminated == 2);
  CHECK(r.mentee_satisfaction.n == 6);
  CHECK(r.mentee_satisfaction.mean == Catch::Detail::Approx(17.0 / 3).epsilon(1e-4));
  CHECK(r.mentee_satisfaction.median == 6);  // from the pooled answers 4, 4, 6, 6, 7, 7
  // Anxiety, the mentees' only (S1 and S2 in each school): the mentor T1's own answers stay out.
  REQUIRE(r.indicators.size() == 1);
  CHECK(r.indicators[0].n == 4);
  CHECK(r.indicators[0].improved == 2);
  CHECK(r.indicators[0].schools == 2);
  CHECK(r.plans_total == 12);
  REQUIRE(r.pupils_by_grade.size() == 3);
  CHECK(r.pupils_by_grade[0].grade == 7);
  CHECK(r.pupils_by_grade[0].covered == 4);
  CHECK(r.pupils_by_grade[2].grade == 10);  // natural order: 7, 8, 10
  CHECK(r.by_role_model.size() == 2);
}

TEST_CASE("the rollup lists schools in natural order", "[rollup]") {
  std::vector<model::SchoolSummary> schools(3);
  schools[0].name = "Школа № 10";
  schools[1].name = "Школа № 2";
  schools[2].name = "Гимназия № 1";
  compute::NetworkRollup r = compute::RollUp(schools);
  CHECK(r.schools[0].name == "Гимназия № 1");
  CHECK(r.schools[1].name == "Школа № 2");
  CHECK(r.schools[2].name == "Школа № 10");
}

TEST_CASE("rollup: two schools built apart meet as summaries", "[rollup][pipeline]") {
  TempDir dir;
  CommandResult a = Run(Binary() + " build " + Quote(RepoDir()) + " -o " + Quote(dir.path() / "school3") +
                        " --today 25.02.2026 2>&1");
  CommandResult b = Run(Binary() + " build " + Quote(TestsDir() / "fixtures/minimal") + " -o " +
                        Quote(dir.path() / "test3") + " --today 01.03.2026 2>&1");
  INFO(a.output << b.output);
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  // Only the summaries travel: one copied alone, one read from its output folder.
  stdfs::create_directories(dir.path() / "inbox");
  stdfs::copy_file(dir.path() / "test3/monitoring/summary.json", dir.path() / "inbox/test3.json");
  CommandResult r = Run(Binary() + " rollup " + Quote(dir.path() / "school3") + " " +
                        Quote(dir.path() / "inbox/test3.json") + " -o " + Quote(dir.path() / "city") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.output, Catch::Contains("сводный отчёт по 2 школам собран"));
  std::string text = PdfText(dir.path() / "city/svodka.pdf");
  CHECK_THAT(text, Catch::Contains("Сводный отчёт о мониторинге"));
  CHECK_THAT(text, Catch::Contains("МБОУ «СОШ № 3»"));
  CHECK_THAT(text, Catch::Contains("МБОУ «ТШ № 3»"));
  CHECK_THAT(text, Catch::Contains("27 из 392"));  // pupils: 23 of 382 and 4 of 10
  CHECK_THAT(text, Catch::Contains("с 25.02.2026 по 01.03.2026"));
  CHECK_THAT(text, Catch::Contains("Приложение. SWOT-анализ кураторов организаций"));
  CHECK_THAT(text, Catch::Contains("Перегрузка наставников-педагогов"));  // the example school's threat
  std::string html = ReadFile(dir.path() / "city/index.html");
  CHECK_THAT(html, Catch::Contains(">27 из 392</td>"));
  std::string sheet = XlsxPart(dir.path() / "city/svodka.xlsx", "xl/worksheets/sheet1.xml");
  CHECK_THAT(sheet, Catch::Contains("<f>SUM(D3:D4)</f><v>27</v>"));
  CHECK_THAT(XlsxPart(dir.path() / "city/svodka.xlsx", "xl/charts/chart1.xml"), Catch::Contains("<c:barChart>"));

  // A broken summary: every problem with its place, and the previous report stays.
  std::string before = ReadFile(dir.path() / "city/svodka.pdf");
  WriteFile(dir.path() / "inbox/bad.json",
            "{\n  \"format\": \"nastavnik-monitoring\",\n  \"version\": 1,\n  \"coverage\": {\"pupils\": "
            "{\"covered\": 5, \"total\": 4}}\n}\n");
  CommandResult bad = Run(Binary() + " rollup " + Quote(dir.path() / "school3") + " " +
                          Quote(dir.path() / "inbox/bad.json") + " " + Quote(dir.path() / "nowhere") + " -o " +
                          Quote(dir.path() / "city") + " 2>&1");
  INFO(bad.output);
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.output, Catch::Contains("bad.json:1:1: ошибка: в сводке нет поля «school»"));
  CHECK_THAT(bad.output, Catch::Contains("bad.json:4:15: ошибка: в сводке нет поля «coverage.teachers»"));
  CHECK_THAT(bad.output, Catch::Contains("bad.json:4:26: ошибка: в «coverage.pupils» участвуют больше, чем всего"));
  CHECK_THAT(bad.output, Catch::Contains("nowhere: ошибка: нет такого файла или папки"));
  CHECK(ReadFile(dir.path() / "city/svodka.pdf") == before);

  CommandResult twice = Run(Binary() + " rollup " + Quote(dir.path() / "school3") + " " +
                            Quote(dir.path() / "school3/monitoring/summary.json") + " -o " +
                            Quote(dir.path() / "city2") + " 2>&1");
  CHECK(twice.exit_code == 1);
  CHECK_THAT(twice.output, Catch::Contains("уже прочитана из"));
}

}  // namespace
}  // namespace nastavnik::testing

namespace nastavnik {

TEST_CASE("a grade is one row whether its summary says «7 классы» or «7-е классы»", "[rollup]") {
  std::vector<model::SchoolSummary> schools(2);
  schools[0].name = "Школа № 1";
  schools[0].pupils_by_grade = {{"7 классы", 3, 5, 7}};  // written before the ordinal ending
  schools[1].name = "Школа № 2";
  schools[1].pupils_by_grade = {{"7-е классы", 1, 4, 7}, {"10-е классы", 2, 2, 10}};
  compute::NetworkRollup r = compute::RollUp(schools);
  REQUIRE(r.pupils_by_grade.size() == 2);
  CHECK(r.pupils_by_grade[0].covered == 4);
  CHECK(r.pupils_by_grade[0].total == 9);
  CHECK(r.pupils_by_grade[1].grade == 10);
}

}  // namespace nastavnik
