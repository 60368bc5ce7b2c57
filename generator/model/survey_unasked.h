// Stage 2 (model): answers given at a wave where their questionnaire does not ask the question
// (templates/questionnaires/*.toml, `waves` of the question or of the questionnaire). They are
// kept: the school did ask, most likely on a form of its own, and dropping what people answered
// would be worse than a mismatch of bookkeeping. A warning says so, once per question and wave.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "model/questionnaire.h"

namespace nastavnik::model {

/// Whether form asks q at wave («промежуточная 2» asks the «промежуточная» questions).
bool AskedAt(const Questionnaire& form, const Question& q, const std::string& wave);

class UnaskedAnswers {
 public:
  /// An answer to q of form at wave, written at `at`; ignored when the question is asked then.
  void Note(const Questionnaire& form, const Question& q, const std::string& wave, const Location& at);
  /// One warning per questionnaire, question and wave, at the first such cell, with how many more.
  void Report(Diagnostics& diags) const;

 private:
  struct Seen {
    const Questionnaire* form;
    const Question* question;  // null: the questionnaire itself is not held at the wave
    std::string wave;
    Location first;
    int more = 0;
    int last_line = 0;
  };
  std::vector<Seen> seen_;  // in the order first met
};

}  // namespace nastavnik::model
