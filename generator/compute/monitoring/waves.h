// Stage 3 (compute), internal to monitoring: the questionnaires wave by wave (вход, промежуточные,
// выход): how many answered each closed or rated question and how, each indicator's mean at each
// wave, the open answers, and the curator's own questionnaire. Numbers and the input's words only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/program.h"

namespace nastavnik::compute::monitoring {

/// A closed or rated question; every vector runs over SurveyWaves::waves.
struct QuestionCounts {
  std::string id;
  std::string text;
  model::QuestionKind kind = model::QuestionKind::kScale;
  std::vector<std::string> options;  // да/нет for yes/no
  std::vector<int> answered;
  std::vector<double> mean;                   // scale, number: 0 where none answered
  std::vector<std::vector<int>> option_counts;  // [option][wave]
};

struct QuestionnaireCounts {
  std::string name;   // file name
  std::string title;
  std::string respondent;
  std::vector<int> respondents;  // answer sets per wave
  std::vector<QuestionCounts> questions;
};

/// An indicator's mean at each wave (all the answers of the wave, not only the paired ones).
struct IndicatorDynamics {
  std::string key;  // "involvement", or the school's own column as written
  std::vector<int> n;
  std::vector<double> mean;
  bool of_mentors = false;  // whose answers: the mentors' or the mentees'
};

struct OpenAnswer {
  std::string questionnaire;  // title
  std::string question;       // wording
  std::string wave;
  std::string text;
};

/// The curator's latest answers to a questionnaire answered by the curator (анкета куратора).
struct CuratorAnswers {
  const model::Questionnaire* form = nullptr;
  std::string wave;
  std::optional<Date> date;
  std::vector<std::pair<const model::Question*, const model::SurveyAnswer*>> answers;  // in question order
};

struct SurveyWaves {
  std::vector<std::string> waves;  // the waves met in surveys.csv, in order
  std::vector<QuestionnaireCounts> questionnaires;
  std::vector<IndicatorDynamics> dynamics;  // the mentees', then the mentors'; each in the methodology's order
  std::vector<OpenAnswer> open_answers;     // for the internal report only
  std::optional<CuratorAnswers> curator;
};

/// The answers given by date (compute/monitoring/as_of.h); the pointers in the result point into
/// program, which must outlive it.
/// is_mentor tells the mentors' answers from the mentees' (compute/monitoring/surveys.cc's rule);
/// without it every answer is a mentee's.
SurveyWaves MonitorWaves(const model::Program& program, Date date,
                         const std::function<bool(const std::string&)>& is_mentor = nullptr);

}  // namespace nastavnik::compute::monitoring
