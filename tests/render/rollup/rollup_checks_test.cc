// The rollup refuses impossible summaries (each problem at its file:line:column) and meets one
// indicator under one key whatever the language of the school's survey headers.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

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

std::string Written(const model::Program& program) {
  return render::monitoring::RenderSummaryJson(program, compute::monitoring::Monitor(program, Date{2026, 1, 15}));
}

// The diagnostics of reading json, and whether a summary came out.
std::string Problems(const std::string& json, bool* read = nullptr) {
  Result<load::Value> root = load::ParseJson(json, "s.json");
  REQUIRE(root.ok());
  Diagnostics diags;
  std::optional<model::SchoolSummary> s = model::BuildSchoolSummary("s.json", *root, diags);
  if (read) *read = s.has_value();
  return diags.Format();
}

// Replaces the first match of pattern (a regex) and says where in the file it was.
std::string Tamper(std::string json, const std::string& pattern, const std::string& with, int* line = nullptr) {
  std::smatch m;
  REQUIRE(std::regex_search(json, m, std::regex(pattern)));
  if (line) *line = 1 + static_cast<int>(std::count(json.begin(), json.begin() + m.position(0), '\n'));
  return json.substr(0, m.position(0)) + with + json.substr(m.position(0) + m.length(0));
}

}  // namespace

TEST_CASE("a written summary reads back without a word", "[rollup]") {
  bool read = false;
  CHECK(Problems(Written(MonitoringFixture()), &read).empty());
  CHECK(read);
}

TEST_CASE("the rollup refuses impossible summaries, each at its place", "[rollup]") {
  std::string good = Written(MonitoringFixture());
  struct Case {
    const char* what;
    std::string pattern, with, message;
  };
  const std::vector<Case> cases = {
      {"a grade with more covered than total", "\"covered\": 2,\n        \"total\": [0-9]+",
       "\"covered\": 2,\n        \"total\": 1", "для «7-е классы» участвуют больше, чем всего"},
      {"plans done above the total", "\"done\": [0-9]+", "\"done\": 999", "в «plans» «done» (999) больше, чем «total»"},
      {"n apart from the histogram", "\"mentees\": \\{\n      \"n\": 3", "\"mentees\": {\n      \"n\": 4",
       "в «satisfaction.mentees.distribution» 3 ответа, а «satisfaction.mentees.n» = 4"},
      {"a mean outside the histogram", "(\"mentees\": \\{\n      \"n\": 3,\n      \"mean\": )[0-9.]+",
       "\"mentees\": {\n      \"n\": 3,\n      \"mean\": 9.5", "«satisfaction.mentees.mean» не может быть 9,5"},
      {"p above one", "\"p_value\": [0-9.a-z]+", "\"p_value\": 1.5", "поле «indicators[].p_value» вне допустимых пределов"},
      {"an unknown field", "\"waiting_mentees\"", "\"waiting_mentes\": 0,\n  \"waiting_mentees\"",
       "неизвестное поле «waiting_mentes» в сводке"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    int line = 0;
    std::string bad = Tamper(good, c.pattern, c.with, &line);
    bool read = true;
    std::string problems = Problems(bad, &read);
    INFO(problems);
    CHECK(!read);
    CHECK_THAT(problems, Catch::Contains(c.message));
    CHECK_THAT(problems, Catch::Contains("s.json:"));
    CHECK(std::regex_search(problems, std::regex("s\\.json:[0-9]+:[0-9]+: ошибка: ")));
  }
}

TEST_CASE("one indicator under English and Russian headers is one row of the rollup", "[rollup]") {
  model::Program russian = MonitoringFixture();
  russian.organization.short_name = "Школа № 2";
  russian.organization.full_name = "Школа номер два";
  for (model::Survey& s : russian.surveys) {
    if (auto it = s.answers.find("anxiety"); it != s.answers.end()) {
      s.answers["Тревожность"] = it->second;
      s.answers.erase(it);
    }
  }
  std::string json = Written(russian);
  CHECK_THAT(json, Catch::Contains("\"key\": \"anxiety\""));
  // An older summary carrying the header as written meets the others too.
  std::string old = Tamper(json, "\"key\": \"anxiety\"", "\"key\": \"Тревожность\"");
  std::vector<model::SchoolSummary> schools;
  for (const std::string& text : {Written(MonitoringFixture()), old}) {
    Result<load::Value> root = load::ParseJson(text, "s.json");
    REQUIRE(root.ok());
    Diagnostics diags;
    std::optional<model::SchoolSummary> s = model::BuildSchoolSummary("s.json", *root, diags);
    REQUIRE(s);
    schools.push_back(*s);
  }
  compute::NetworkRollup r = compute::RollUp(schools);
  REQUIRE(r.indicators.size() == 1);
  CHECK(r.indicators[0].schools == 2);
  CHECK(r.indicators[0].n == 4);  // the mentees' two in each school; the mentor's own answers stay out
}

TEST_CASE("an impossible summary stops the rollup and nothing is written", "[rollup][pipeline]") {
  TempDir dir;
  std::string bad = Tamper(Written(MonitoringFixture()), "\"done\": [0-9]+", "\"done\": 999");
  WriteFile(dir.path() / "bad.json", bad);
  CommandResult r = Run(Binary() + " rollup " + Quote(dir.path() / "bad.json") + " -o " + Quote(dir.path() / "city") +
                        " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.output, Catch::Contains("bad.json:"));
  CHECK_THAT(r.output, Catch::Contains("«done» (999) больше, чем «total»"));
  CHECK(!stdfs::exists(dir.path() / "city"));
}

}  // namespace nastavnik::testing
