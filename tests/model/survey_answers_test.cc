// surveys.csv holds every kind of question of the questionnaires, keyed by question id or wording,
// at any number of waves, named or found from the date; bad answers are Russian errors at their
// cell, and a column worded like a known indicator but not mapped to it is a warning.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <string>

#include "load/csv.h"
#include "load/toml.h"
#include "model/build_program.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace {

namespace stdfs = std::filesystem;

struct Built {
  model::Program program;
  std::string messages;
};

// P001 mentors P002; the questionnaires are the shipped ones.
Built BuildWith(const std::string& surveys, const std::string& monitoring_toml = "") {
  Built b;
  Diagnostics diags;
  const std::string people =
      "id,full_name,roles,category,grade\n"
      "P001,Иванов Иван Иванович,наставник,педагог,\n"
      "P002,Петров Пётр Петрович,наставляемый,обучающийся,7А\n"
      "P003,Сидорова Анна Павловна,наставляемый,обучающийся,7Б\n";
  model::BuildPeople(*load::ParseCsv(people, "content/data/participants.csv", {}, diags), b.program, diags);
  if (!monitoring_toml.empty()) {
    Result<load::Value> root = load::ParseToml(monitoring_toml, "content/program.toml");
    REQUIRE(root.ok());
    model::BuildMonitoringSettings(root->Find("monitoring"), b.program, diags);
  }
  std::map<std::string, std::string> templates;
  for (const auto& e : stdfs::directory_iterator(RepoDir() / "templates/questionnaires")) {
    templates["questionnaires/" + e.path().filename().string()] = ReadFile(e.path());
  }
  b.program.questionnaires = model::BuildQuestionnaires(templates, diags);
  Result<load::Table> table = load::ParseCsv(surveys, "content/data/surveys.csv", {}, diags);
  REQUIRE(table.ok());
  model::BuildSurveys(*table, b.program, diags);
  b.messages = diags.Format();
  return b;
}

}  // namespace

TEST_CASE("surveys.csv reads every kind of question by its id", "[surveys]") {
  Built b = BuildWith(
      "participant,wave,date,interest,grade,met_regularly,meeting_format,gains,suggestions\n"
      "P002,промежуточная,15.12.2025,7,\"4,5\",да,по видеосвязи,\"новые знания, понимание, кем я хочу стать\","
      "\"Встречаться чаще, хотя бы раз в неделю\"\n");
  INFO(b.messages);
  CHECK(b.messages.empty());
  REQUIRE(b.program.surveys.size() == 1);
  const model::Survey& s = b.program.surveys[0];
  CHECK(s.questionnaire == "nastavlyaemyj");
  CHECK(s.wave == "промежуточная");
  CHECK(s.wave_order == 1);
  CHECK(s.questions.at("interest").number == 7);
  CHECK(s.answers.at("involvement") == 7);  // the question feeds its indicator
  CHECK(s.answers.at("grades") == 4.5);
  CHECK(s.questions.at("met_regularly").number == 1);
  CHECK(s.questions.at("meeting_format").choices == std::vector<std::string>{"по видеосвязи"});
  CHECK(s.questions.at("gains").choices == std::vector<std::string>{"новые знания", "понимание, кем я хочу стать"});
  CHECK(s.questions.at("suggestions").text == "Встречаться чаще, хотя бы раз в неделю");
}

TEST_CASE("today's surveys.csv with indicator columns and two waves reads as before", "[surveys]") {
  Built b = BuildWith(
      "participant,wave,date,satisfaction,involvement,Тревожность\n"
      "P002,вход,15.09.2025,8,6,7\n"
      "P002,выход,15.05.2026,9,8,3\n");
  INFO(b.messages);
  CHECK(b.messages.empty());
  REQUIRE(b.program.surveys.size() == 2);
  CHECK(!b.program.surveys[0].exit_wave);
  CHECK(b.program.surveys[1].exit_wave);
  CHECK(b.program.surveys[1].answers.at("Тревожность") == 3);
  CHECK(b.program.surveys[1].answers.at("involvement") == 8);
}

TEST_CASE("a wrong answer of each kind is an error at its cell", "[surveys]") {
  Built b = BuildWith(
      "participant,wave,interest,grade,met_regularly,meeting_format,gains\n"
      "P002,выход,11,пять,возможно,по телефону,\"новые знания; кружки\"\n"
      "P002,промежуточная 7х,,,,,\n");
  INFO(b.messages);
  CHECK(b.messages.find("surveys.csv:2:12: ошибка: ответ на вопрос «interest» должен быть числом от 1 до 10, а записано «11»") != std::string::npos);
  CHECK(b.messages.find("surveys.csv:2:15: ошибка: ответ на вопрос «grade» должен быть числом от 1 до 10, а записано «пять»") != std::string::npos);
  CHECK(b.messages.find("surveys.csv:2:20: ошибка: ответ на вопрос «met_regularly» должен быть «да» или «нет», а записано «возможно»") != std::string::npos);
  CHECK(b.messages.find("surveys.csv:2:29: ошибка: ответа «по телефону» нет среди вариантов вопроса «meeting_format»") != std::string::npos);
  CHECK(b.messages.find("surveys.csv:2:41: ошибка: ответа «новые знания; кружки» нет среди вариантов вопроса «gains»") != std::string::npos);
  CHECK(b.messages.find("surveys.csv:3:6: ошибка: этап анкетирования должен быть «вход», «промежуточная» (или «промежуточная 2», 3…) или «выход», а записано «промежуточная 7х»") != std::string::npos);
}

TEST_CASE("any number of intermediate waves, named or found from the dates of program.toml", "[surveys]") {
  Built named = BuildWith(
      "participant,wave,satisfaction\nP002,Промежуточная 2,7\nP002,промежуточная-3,8\n");
  INFO(named.messages);
  REQUIRE(named.program.surveys.size() == 2);
  CHECK(named.program.surveys[0].wave == "промежуточная 2");
  CHECK(named.program.surveys[1].wave_order == 3);

  const std::string waves =
      "[monitoring]\n"
      "[[monitoring.waves]]\nname = \"вход\"\nfrom = 2025-09-01\nto = 2025-10-31\n"
      "[[monitoring.waves]]\nname = \"промежуточная\"\nfrom = 2025-12-01\nto = 2025-12-31\n"
      "[[monitoring.waves]]\nname = \"выход\"\nfrom = 2026-05-01\nto = 2026-05-31\n";
  Built dated = BuildWith(
      "participant,date,satisfaction\nP002,15.09.2025,6\nP002,20.12.2025,7\nP002,20.05.2026,9\nP003,15.11.2025,5\n", waves);
  INFO(dated.messages);
  REQUIRE(dated.program.surveys.size() == 3);
  CHECK(dated.program.surveys[0].wave == "вход");
  CHECK(dated.program.surveys[1].wave == "промежуточная");
  CHECK(dated.program.surveys[2].exit_wave);
  CHECK(dated.messages == "content/data/surveys.csv:5:6: ошибка: дата 15.11.2025 не попадает в сроки ни одного этапа "
                          "анкетирования из program.toml ([[monitoring.waves]])\n");

  Built no_wave = BuildWith("participant,date,satisfaction\nP002,15.09.2025,6\n");
  CHECK(no_wave.messages.find("content/data/surveys.csv:1:1: ошибка: в файле нет столбца «Этап» (wave)") != std::string::npos);
}

TEST_CASE("overlapping or unnamed waves in program.toml are errors at their table", "[surveys]") {
  Built b = BuildWith("participant,wave,satisfaction\n",
                      "[monitoring]\n"
                      "[[monitoring.waves]]\nname = \"вход\"\nfrom = 2025-09-01\nto = 2025-10-31\n"
                      "[[monitoring.waves]]\nname = \"середина\"\nfrom = 2025-12-01\nto = 2025-12-31\n"
                      "[[monitoring.waves]]\nname = \"выход\"\nfrom = 2025-10-01\nto = 2026-05-31\n");
  CHECK(b.messages.find("content/program.toml:6:1: ошибка: этап анкетирования «середина» не распознан") != std::string::npos);
  CHECK(b.messages.find("content/program.toml:10:1: ошибка: сроки этапа «выход» пересекаются со сроками этапа «вход» (строка 2)") != std::string::npos);
}

TEST_CASE("a column worded like a known indicator but not mapped is a warning at its header", "[surveys]") {
  Built b = BuildWith(
      "participant,wave,Насколько вы удовлетворены работой с наставником?,Насколько вы довольны встречами с наставником?\n"
      "P002,выход,9,8\n");
  INFO(b.messages);
  CHECK(b.messages ==
        "content/data/surveys.csv:1:18: предупреждение: столбец «Насколько вы удовлетворены работой с наставником?» похож на "
        "показатель «Удовлетворённость», но не сопоставлен с ним: его ответы войдут в отчёт отдельным показателем "
        "школы, а у «Удовлетворённость» их не будет. Назовите столбец satisfaction или кодом вопроса из анкеты "
        "(templates/questionnaires/*.toml)\n");
  // The second header is the mentee questionnaire's own wording: it is that question.
  REQUIRE(b.program.surveys.size() == 1);
  CHECK(b.program.surveys[0].answers.at("satisfaction") == 8);
}

TEST_CASE("a questionnaire column picks the questionnaire, and an unknown one is an error", "[surveys]") {
  Built b = BuildWith(
      "participant,wave,questionnaire,satisfaction,strengths\n"
      "P001,выход,kurator,7,Сильный педагогический коллектив\n"
      "P001,выход,Анкета наставника,8,\n"
      "P001,выход,kurat,8,\n");
  INFO(b.messages);
  REQUIRE(b.program.surveys.size() == 2);
  CHECK(b.program.surveys[0].questionnaire == "kurator");
  CHECK(b.program.surveys[0].questions.at("strengths").text == "Сильный педагогический коллектив");
  CHECK(b.program.surveys[1].questionnaire == "nastavnik");
  CHECK(b.messages == "content/data/surveys.csv:4:12: ошибка: анкеты «kurat» нет в templates/questionnaires/; "
                      "возможно, имелась в виду «kurator»\n");
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("an answer at a wave where the questionnaire does not ask the question is a warning once per question and wave",
          "[surveys]") {
  // met_regularly is asked at the intermediate wave and at exit only; the answers still count.
  Built b = BuildWith(
      "participant,wave,met_regularly,interest\n"
      "P002,вход,да,5\n"
      "P003,вход,нет,6\n"
      "P002,выход,да,8\n");
  INFO(b.messages);
  CHECK(b.messages ==
        "content/data/surveys.csv:2:11: предупреждение: вопрос «met_regularly» анкеты «Анкета наставляемого» на этапе "
        "«вход» не задают (только на этапах «промежуточная», «выход»), а ответ записан (здесь и ещё в 1 строке); "
        "ответы учтены. Если вопрос задавали и на этом этапе, добавьте этап в waves вопроса: "
        "templates/questionnaires/nastavlyaemyj.toml:53:1\n");
  REQUIRE(b.program.surveys.size() == 3);
  CHECK(b.program.surveys[1].questions.at("met_regularly").number == 0);

  // The same question by its wording, and an indicator's key where the question of that code is not
  // asked (satisfaction at entry) read as the indicator, as before questionnaires.
  Built worded = BuildWith(
      "participant,wave,\"Встречались ли вы с наставником так часто, как договаривались?\",satisfaction\n"
      "P002,вход,да,7\n");
  INFO(worded.messages);
  CHECK(worded.messages.find("surveys.csv:2:11: предупреждение: вопрос «met_regularly»") != std::string::npos);
  CHECK(worded.messages.find("satisfaction") == std::string::npos);
  REQUIRE(worded.program.surveys.size() == 1);
  CHECK(worded.program.surveys[0].answers.at("satisfaction") == 7);
  CHECK(worded.program.surveys[0].questions.count("satisfaction") == 0);
}

}  // namespace nastavnik::testing
