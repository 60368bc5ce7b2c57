// Stage 2 (model): the questionnaires of monitoring (templates/questionnaires/*.toml), checked:
// who answers each, in which waves, and its questions with their kinds and indicators.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "load/tree.h"

namespace nastavnik::model {

enum class QuestionKind { kScale, kYesNo, kOneOf, kSeveralOf, kNumber, kText };

struct Question {
  std::string id;
  std::string text;
  QuestionKind kind = QuestionKind::kText;
  std::vector<std::string> options;  // one of / several of
  std::string low_anchor;            // scale: what 1 means
  std::string high_anchor;           // scale: what 10 means
  /// involvement, activity, self_esteem, anxiety, satisfaction, grades, or the school's own; "" none.
  std::string indicator;
  /// The waves the question is asked in; empty: every wave of its questionnaire.
  std::vector<std::string> waves;
  Location where;
};

/// [[exports]]: how a form service's download (content/data/ankety/<file>) maps onto the
/// questionnaire: the columns of the respondent, of the time of answering, and of each question.
struct FormExport {
  std::string file;        // "vhod-google.csv"
  std::string wave;        // "" : each answer's wave from its date ([[monitoring.waves]])
  std::string respondent;  // header of the column that names who answered: code, e-mail or full name
  std::string timestamp;   // header of the time column; "" when there is none
  std::vector<std::pair<std::string, std::string>> questions;  // question id → header, as written
  std::vector<Location> question_where;
  Location where;
};

struct Questionnaire {
  std::string name;  // the file's name without .toml, used for output file names
  std::string path;
  std::string title;
  std::string respondent;          // наставляемый, наставник, куратор, родитель
  std::vector<std::string> waves;  // вход, промежуточная, выход, in the order written
  std::string intro;
  std::vector<Question> questions;
  std::vector<FormExport> exports;
};

/// [[exports]] of one questionnaire file (questionnaire_exports.cc); false when one is wrong.
bool ReadFormExports(const load::Value* list, Questionnaire& form, Diagnostics& diags);

/// The questionnaires among the templates (name → text, load::Sources::templates), in file
/// name order. Every problem is reported to diags in Russian at its file:line:column; a
/// questionnaire with an error is left out.
std::vector<Questionnaire> BuildQuestionnaires(const std::map<std::string, std::string>& templates,
                                               Diagnostics& diags);

}  // namespace nastavnik::model
