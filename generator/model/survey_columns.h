// Stage 2 (model): what a column of surveys.csv beyond participant, wave, date and questionnaire
// holds: a question of the row's questionnaire (by its id or its wording), an indicator written
// as such (satisfaction, «Тревожность»: a 1–10 answer, as before questionnaires existed), or a
// column of the school's own.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/table.h"
#include "model/program.h"

namespace nastavnik::model {

struct SurveyColumn {
  const Question* question = nullptr;  // a question of the row's questionnaire
  std::string indicator;               // otherwise: the column read as a 1–10 indicator
  /// When the header is a question of other questionnaires only: the first one's title, for hints.
  std::string elsewhere;
};

class SurveyColumns {
 public:
  SurveyColumns(const load::Table& table, const std::vector<int>& extra,
                const std::vector<Questionnaire>& questionnaires);

  /// What header column c means in a row answering form (null: none).
  const SurveyColumn& Meaning(int c, const Questionnaire* form);

  /// A warning at each header that reads like a known indicator («Насколько вы удовлетворены…»)
  /// but is neither the indicator's key nor a question: its answers would otherwise count as the
  /// school's own indicator and the known one would stay without answers.
  void WarnLookalikes(Diagnostics& diags) const;

 private:
  const load::Table& table_;
  std::vector<int> extra_;
  const std::vector<Questionnaire>& questionnaires_;
  std::map<std::pair<int, const Questionnaire*>, SurveyColumn> cache_;
};

/// The question of form that header names by id or wording, or null.
const Question* FindQuestion(const Questionnaire& form, const std::string& header);

}  // namespace nastavnik::model
