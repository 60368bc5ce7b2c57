#include "model/survey_unasked.h"

#include <algorithm>

#include "model/survey_waves.h"

namespace nastavnik::model {
namespace {

bool Holds(const std::vector<std::string>& waves, const std::string& wave) {
  return std::find(waves.begin(), waves.end(), WaveKind(wave)) != waves.end();
}

std::string Listed(const std::vector<std::string>& waves) {
  std::string out;
  for (const std::string& w : waves) out += (out.empty() ? "«" : ", «") + w + "»";
  return out;
}

// "здесь и ещё в 3 строках": the other rows with the same mismatch.
std::string Elsewhere(int more) {
  if (more == 0) return "";
  bool one = more % 10 == 1 && more % 100 != 11;
  return " (здесь и ещё в " + std::to_string(more) + (one ? " строке)" : " строках)");
}

}  // namespace

bool AskedAt(const Questionnaire& form, const Question& q, const std::string& wave) {
  if (!Holds(form.waves, wave)) return false;
  return q.waves.empty() || Holds(q.waves, wave);
}

void UnaskedAnswers::Note(const Questionnaire& form, const Question& q, const std::string& wave, const Location& at) {
  if (AskedAt(form, q, wave)) return;
  const Question* question = Holds(form.waves, wave) ? &q : nullptr;
  for (Seen& s : seen_) {
    if (s.form == &form && s.question == question && s.wave == wave) {
      // A questionnaire not held at the wave is one problem per row, not per answer.
      if (question || s.last_line != at.line) ++s.more;
      s.last_line = at.line;
      return;
    }
  }
  seen_.push_back({&form, question, wave, at, 0, at.line});
}

void UnaskedAnswers::Report(Diagnostics& diags) const {
  for (const Seen& s : seen_) {
    if (!s.question) {
      diags.Warning(s.first, "анкету «" + s.form->title + "» на этапе «" + s.wave + "» не проводят (её этапы: " +
                                 Listed(s.form->waves) + "), а ответы на неё записаны" + Elsewhere(s.more) +
                                 "; ответы учтены. Если анкету проводили и на этом этапе, добавьте его в waves в " +
                                 s.form->path);
      continue;
    }
    diags.Warning(s.first, "вопрос «" + s.question->id + "» анкеты «" + s.form->title + "» на этапе «" + s.wave +
                               "» не задают (только на этапах " + Listed(s.question->waves) +
                               "), а ответ записан" + Elsewhere(s.more) +
                               "; ответы учтены. Если вопрос задавали и на этом этапе, добавьте этап в waves вопроса: " +
                               ToString(s.question->where));
  }
}

}  // namespace nastavnik::model
