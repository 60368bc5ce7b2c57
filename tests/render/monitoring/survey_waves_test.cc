// The questionnaires in the monitoring report: every wave of the year (вход, промежуточная, выход)
// counted per closed question, each indicator per wave, the open answers in the school's own report
// and nowhere on the site, and the curator's questionnaire beside the SWOT.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// Six mentees at three waves; the curator (P001) answers the curator's questionnaire at exit.
std::string Surveys() {
  std::string csv =
      "participant,wave,date,questionnaire,interest,worry,satisfaction,met_regularly,meeting_format,gains,"
      "expectations,suggestions,conditions,strengths,threats\n";
  const char* ids[] = {"P026", "P028", "P030", "P031", "P033", "P034"};
  int i = 0;
  for (const char* id : ids) {
    ++i;
    csv += std::string(id) + ",вход,22.09.2025,," + std::to_string(3 + i % 3) + ",7,,,,,Хочу меньше волноваться у доски на химии,,,,\n";
    csv += std::string(id) + ",промежуточная,15.12.2025,," + std::to_string(5 + i % 3) + ",5,7," +
           (i % 2 ? "да" : "нет") + ",лично в школе,\"новые знания, понимание, кем я хочу стать\",," +
           (i == 1 ? "Хотелось бы встречаться в библиотеке по четвергам" : "") + ",,,\n";
    csv += std::string(id) + ",выход,20.05.2026,," + std::to_string(7 + i % 3) + ",3,9,да,по видеосвязи,новые знания,,,,,\n";
  }
  csv += "P001,выход,25.05.2026,kurator,,,8,,,,,,6,Сплочённая команда наставников-педагогов,Уход наставников-выпускников\n";
  return csv;
}

struct Output {
  TempDir tmp;
  stdfs::path out;
  std::string report;  // the internal PDF's text, whitespace folded
};

const Output& Built() {
  static Output* o = [] {
    auto* built = new Output;
    stdfs::path school = CopyExample(built->tmp);
    WriteFile(school / "content/data/surveys.csv", Surveys());
    built->out = built->tmp.path() / "out";
    CommandResult r = Run("SOURCE_DATE_EPOCH=1780000000 " + Binary() + " build " + Quote(school) + " -o " +
                          Quote(built->out) + " --today 31.05.2026 2>&1");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    built->report = std::regex_replace(PdfText(built->out / "pdf/monitoring.pdf"), std::regex("\\s+"), " ");
    return built;
  }();
  return *o;
}

}  // namespace

TEST_CASE("the report counts the closed questions at each of three waves", "[surveys][monitoring]") {
  const std::string& text = Built().report;
  INFO(text);
  CHECK_THAT(text, Catch::Contains("Ответы по этапам анкетирования"));
  CHECK_THAT(text, Catch::Contains("Анкета наставляемого (заполняет наставляемый)"));
  CHECK_THAT(text, Catch::Contains("Вход Промежуточная Выход"));
  // Yes/no at the intermediate wave: 3 of 6 said yes; at exit all six.
  CHECK_THAT(text, Catch::Contains("· да — 3 (50 %) 6 (100 %)"));
  CHECK_THAT(text, Catch::Contains("· по видеосвязи — 0 (0 %) 6 (100 %)"));
  // Several of: «понимание, кем я хочу стать» is one option although it holds a comma.
  CHECK_THAT(text, Catch::Contains("· понимание, кем я хочу стать — 6 (100 %) 0 (0 %)"));
}

TEST_CASE("each indicator's mean at entry, the intermediate wave and exit", "[surveys][monitoring]") {
  const std::string& text = Built().report;
  CHECK_THAT(text, Catch::Contains("Показатели по этапам"));
  // worry feeds anxiety: 7 at entry, 5 in December, 3 at exit, six answers each.
  CHECK_THAT(text, Catch::Contains("Тревожность (чем ниже, тем лучше) 7 (6) 5 (6) 3 (6)"));
}

TEST_CASE("open answers are in the internal report and nowhere on the site", "[surveys][monitoring][privacy]") {
  const Output& o = Built();
  CHECK_THAT(o.report, Catch::Contains("Ответы на открытые вопросы"));
  CHECK_THAT(o.report, Catch::Contains("Хотелось бы встречаться в библиотеке по четвергам"));
  CHECK_THAT(o.report, Catch::Contains("Хочу меньше волноваться у доски на химии"));
  int files = 0;
  for (const auto& e : stdfs::recursive_directory_iterator(o.out / "site")) {
    if (!e.is_regular_file()) continue;
    ++files;
    std::string body = e.path().extension() == ".pdf" ? PdfText(e.path()) : ReadFile(e.path());
    INFO(e.path().string());
    CHECK(body.find("библиотеке по четвергам") == std::string::npos);
    CHECK(body.find("волноваться у доски на химии") == std::string::npos);
    CHECK(body.find("Сплочённая команда") == std::string::npos);
  }
  CHECK(files > 20);
  // The published report still shows the per-wave counts.
  CHECK_THAT(ReadFile(o.out / "site/documents/monitoring.html"), Catch::Contains("Ответы по этапам анкетирования"));
}

TEST_CASE("the curator's questionnaire stands beside the SWOT", "[surveys][monitoring]") {
  const std::string& text = Built().report;
  CHECK_THAT(text, Catch::Contains("Оценка условий программы по анкете куратора («Анкета куратора», этап «выход», 25.05.2026)"));
  CHECK_THAT(text, Catch::Contains("6 из 10"));
  CHECK_THAT(text, Catch::Contains("Из анкеты куратора: Сплочённая команда наставников-педагогов"));
  CHECK_THAT(text, Catch::Contains("Из анкеты куратора: Уход наставников-выпускников"));
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("summary.json carries the waves' closed answers and indicators, never an open answer", "[surveys][monitoring][privacy]") {
  std::string json = std::regex_replace(ReadFile(Built().out / "monitoring/summary.json"), std::regex("\\s+"), " ");
  INFO(json);
  CHECK_THAT(json, Catch::Contains("\"waves\": { \"names\": [ \"вход\", \"промежуточная\", \"выход\" ]"));
  // The mentees' worry (anxiety) 7 → 5 → 3 over six answers at each wave.
  CHECK_THAT(json, Catch::Contains("{ \"key\": \"anxiety\", \"name\": \"Тревожность\", \"group\": \"mentees\", \"n\": [ 6, 6, 6 ], "
                                   "\"mean\": [ 7, 5, 3 ] }"));
  CHECK_THAT(json, Catch::Contains("\"id\": \"met_regularly\", \"text\": \"Встречались ли вы с наставником так часто, как "
                                   "договаривались?\", \"kind\": \"yes_no\", \"answered\": [ 0, 6, 6 ], \"options\": [ { "
                                   "\"option\": \"да\", \"counts\": [ 0, 3, 6 ] }"));
  CHECK_THAT(json, Catch::Contains("\"mean\": [ null, 7, 9 ]"));  // satisfaction: not asked at entry
  CHECK_THAT(json, !Catch::Contains("Хочу меньше волноваться"));
  CHECK_THAT(json, !Catch::Contains("библиотеке"));
  CHECK_THAT(json, !Catch::Contains("Анкета куратора"));
  CHECK_THAT(json, !Catch::Contains("Сплочённая команда"));
}

}  // namespace nastavnik::testing
