// The questionnaires as data: the shipped ones load clean, and a broken file is reported in
// Russian at file:line:column, every problem in one run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "base/diagnostics.h"
#include "model/questionnaire.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;

namespace {

std::map<std::string, std::string> ShippedTemplates() {
  std::map<std::string, std::string> templates;
  for (const auto& e : stdfs::directory_iterator(RepoDir() / "templates/questionnaires")) {
    templates["questionnaires/" + e.path().filename().string()] = ReadFile(e.path());
  }
  return templates;
}

const char kBad[] = R"(title = "Анкета родителя"
respondent = "ученик"
waves = ["вход", "конец"]

[[questions]]
id = "q1"
text = "Как часто ребёнок рассказывает о встречах?"
kind = "шкала"

[[questions]]
id = "q1"
text = "Что изменилось?"
kind = "эссе"

[[questions]]
id = "q3"
text = "Какой кружок?"
kind = "один из"
)";

}  // namespace

TEST_CASE("the shipped questionnaires load without a problem", "[questionnaires]") {
  Diagnostics diags;
  std::vector<model::Questionnaire> forms = model::BuildQuestionnaires(ShippedTemplates(), diags);
  INFO(diags.Format());
  CHECK(diags.all().empty());
  REQUIRE(forms.size() == 3);
  std::map<std::string, const model::Questionnaire*> by_name;
  for (const model::Questionnaire& f : forms) by_name[f.name] = &f;
  REQUIRE(by_name.count("nastavlyaemyj"));
  REQUIRE(by_name.count("nastavnik"));
  REQUIRE(by_name.count("kurator"));
  CHECK(by_name["nastavlyaemyj"]->respondent == "наставляемый");
  CHECK(by_name["kurator"]->respondent == "куратор");
  CHECK(by_name["nastavlyaemyj"]->waves == std::vector<std::string>{"вход", "промежуточная", "выход"});
  // The mentee's questionnaire feeds every indicator of the methodology's second stage.
  std::set<std::string> indicators;
  bool has_scale = false, has_text = false;
  for (const model::Question& q : by_name["nastavlyaemyj"]->questions) {
    indicators.insert(q.indicator);
    has_scale |= q.kind == model::QuestionKind::kScale && !q.low_anchor.empty() && !q.high_anchor.empty();
    has_text |= q.kind == model::QuestionKind::kText;
  }
  for (const char* i : {"involvement", "activity", "self_esteem", "anxiety", "satisfaction", "grades"}) CHECK(indicators.count(i));
  CHECK(has_scale);
  CHECK(has_text);
}

TEST_CASE("a broken questionnaire is reported in Russian at file line and column", "[questionnaires]") {
  Diagnostics diags;
  std::vector<model::Questionnaire> forms =
      model::BuildQuestionnaires({{"questionnaires/roditel.toml", kBad}}, diags);
  std::string out = diags.Format();
  INFO(out);
  CHECK(forms.empty());
  const std::string file = "templates/questionnaires/roditel.toml:";
  CHECK(out.find(file + "2:1: ошибка: неизвестный респондент «ученик»: анкету заполняет наставляемый, наставник, "
                        "куратор или родитель") != std::string::npos);
  CHECK(out.find(file + "3:18: ошибка: неизвестный этап анкетирования «конец»: допустимы вход, промежуточная, выход") !=
        std::string::npos);
  CHECK(out.find(file + "5:1: ошибка: у шкалы «q1» нет подписей крайних значений: добавьте anchors") != std::string::npos);
  CHECK(out.find(file + "11:1: ошибка: код вопроса «q1» повторяется: он уже занят вопросом в строке 6") !=
        std::string::npos);
  CHECK(out.find(file + "13:1: ошибка: неизвестный вид вопроса «эссе»: допустимы шкала, да/нет, один из, "
                        "несколько из, число, текст") != std::string::npos);
  CHECK(out.find(file + "15:1: ошибка: у вопроса «q3» нет вариантов ответа") != std::string::npos);
}

TEST_CASE("a questionnaire with a TOML syntax error names its line", "[questionnaires]") {
  Diagnostics diags;
  model::BuildQuestionnaires({{"questionnaires/x.toml", "title = \"Анкета\nrespondent = 1\n"}}, diags);
  INFO(diags.Format());
  CHECK(diags.Format().find("templates/questionnaires/x.toml:1:") != std::string::npos);
}

}  // namespace nastavnik::testing
