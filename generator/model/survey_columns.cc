#include "model/survey_columns.h"

#include "base/text.h"
#include "model/indicators.h"

namespace nastavnik::model {

const Question* FindQuestion(const Questionnaire& form, const std::string& header) {
  std::string trimmed = text::Trim(header);
  for (const Question& q : form.questions) {
    if (q.id == trimmed) return &q;
  }
  std::string folded = text::FoldKey(trimmed);
  for (const Question& q : form.questions) {
    if (text::FoldKey(q.text) == folded) return &q;
  }
  return nullptr;
}

SurveyColumns::SurveyColumns(const load::Table& table, const std::vector<int>& extra,
                             const std::vector<Questionnaire>& questionnaires)
    : table_(table), extra_(extra), questionnaires_(questionnaires) {}

const SurveyColumn& SurveyColumns::Meaning(int c, const Questionnaire* form) {
  auto [it, inserted] = cache_.try_emplace({c, form});
  if (!inserted) return it->second;
  SurveyColumn& m = it->second;
  const std::string header = text::Trim(table_.header[c].text);
  if (form) m.question = FindQuestion(*form, header);
  if (m.question) return m;
  m.indicator = header;
  if (FindIndicator(header)) return m;
  for (const Questionnaire& other : questionnaires_) {
    if (&other != form && FindQuestion(other, header)) {
      m.elsewhere = other.title;
      break;
    }
  }
  return m;
}

void SurveyColumns::WarnLookalikes(Diagnostics& diags) const {
  for (int c : extra_) {
    const std::string header = text::Trim(table_.header[c].text);
    if (FindIndicator(header)) continue;
    bool is_question = false;
    for (const Questionnaire& form : questionnaires_) is_question = is_question || FindQuestion(form, header);
    const KnownIndicator* like = is_question ? nullptr : LookalikeIndicator(header);
    if (!like) continue;
    diags.Warning(table_.At(table_.header[c]),
                  std::string("столбец «") + header + "» похож на показатель «" + like->name +
                      "», но не сопоставлен с ним: его ответы войдут в отчёт отдельным показателем школы, а у «" +
                      like->name + "» их не будет. Назовите столбец " + like->key +
                      " или кодом вопроса из анкеты (templates/questionnaires/*.toml)");
  }
}

}  // namespace nastavnik::model
