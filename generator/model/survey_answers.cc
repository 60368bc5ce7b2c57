// Form services join the ticked options of a «несколько из» question with «, » or «; » while an
// option may hold a comma itself («понимание, кем я хочу стать»): the cell is read by matching
// the longest option at each place, not by splitting.
#include "model/survey_answers.h"

#include <cmath>
#include <cstdlib>

#include "base/text.h"

namespace nastavnik::model {
namespace {

std::string Quoted(const std::string& s) { return "«" + s + "»"; }

std::string OptionList(const Question& q) {
  std::string list;
  for (const std::string& o : q.options) list += (list.empty() ? "" : ", ") + Quoted(o);
  return list;
}

Status Refuse(const Question& q, const std::string& cell, const std::string& expected, const Location& where) {
  return Status::Input("ответ на вопрос «" + q.id + "» должен быть " + expected + ", а записано «" + cell + "»", where);
}

// The option written at the start of folded[at…], the longest one; -1 when none.
int OptionAt(const std::vector<std::string>& folded_options, const std::string& folded, size_t at) {
  int best = -1;
  for (size_t i = 0; i < folded_options.size(); ++i) {
    const std::string& o = folded_options[i];
    if (folded.compare(at, o.size(), o) != 0) continue;
    size_t end = at + o.size();
    bool boundary = end == folded.size() || folded[end] == ',' || folded[end] == ';' || folded[end] == ' ';
    if (boundary && (best < 0 || o.size() > folded_options[best].size())) best = static_cast<int>(i);
  }
  return best;
}

Result<SurveyAnswer> Choices(const Question& q, const std::string& cell, const Location& where) {
  std::vector<std::string> folded_options;
  for (const std::string& o : q.options) folded_options.push_back(text::FoldKey(o));
  std::string folded = text::FoldKey(cell);
  SurveyAnswer a{q.kind, std::nullopt, {}, "", where};
  size_t at = 0;
  while (at < folded.size()) {
    int i = OptionAt(folded_options, folded, at);
    if (i < 0) {
      std::string rest = text::Trim(folded.substr(at));
      std::string nearest = text::NearestWord(rest, folded_options);
      for (size_t k = 0; k < folded_options.size(); ++k) {
        if (!nearest.empty() && folded_options[k] == nearest) nearest = q.options[k];
      }
      return Status::Input("ответа «" + cell + "» нет среди вариантов вопроса «" + q.id + "» (" + OptionList(q) + ")" +
                               (nearest.empty() ? "" : "; возможно, имелось в виду «" + nearest + "»"),
                           where);
    }
    a.choices.push_back(q.options[i]);
    at += folded_options[i].size();
    while (at < folded.size() && (folded[at] == ',' || folded[at] == ';' || folded[at] == ' ')) ++at;
  }
  if (q.kind == QuestionKind::kOneOf && a.choices.size() != 1) {
    return Status::Input("на вопрос «" + q.id + "» выбирают один вариант, а записано «" + cell + "»", where);
  }
  return a;
}

}  // namespace

std::optional<double> ParseAnswerNumber(const std::string& cell) {
  std::string s = text::Trim(cell);
  for (char& c : s) {
    if (c == ',') c = '.';
  }
  if (s.empty()) return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (end == s.c_str() || *end != '\0' || !std::isfinite(v)) return std::nullopt;
  if (s.find_first_of("xXpPnN") != std::string::npos) return std::nullopt;  // hex, "nan", "inf"
  return v;
}

void AddAnswer(const Question& q, SurveyAnswer answer, Survey& s) {
  bool measured = q.kind == QuestionKind::kScale || q.kind == QuestionKind::kNumber;
  if (measured && !q.indicator.empty() && answer.number) s.answers[q.indicator] = *answer.number;
  s.questions[q.id] = std::move(answer);
}

Result<SurveyAnswer> ParseAnswer(const Question& q, const std::string& cell, const Location& where) {
  SurveyAnswer a{q.kind, std::nullopt, {}, "", where};
  switch (q.kind) {
    case QuestionKind::kScale:
      a.number = ParseAnswerNumber(cell);
      if (!a.number || *a.number < 1 || *a.number > 10) return Refuse(q, cell, "числом от 1 до 10", where);
      return a;
    case QuestionKind::kNumber:
      a.number = ParseAnswerNumber(cell);
      if (!a.number) return Refuse(q, cell, "числом", where);
      return a;
    case QuestionKind::kYesNo: {
      std::string v = text::FoldKey(cell);
      if (v == "да" || v == "yes" || v == "1") a.number = 1;
      if (v == "нет" || v == "no" || v == "0") a.number = 0;
      if (!a.number) return Refuse(q, cell, "«да» или «нет»", where);
      a.choices = {*a.number > 0 ? "да" : "нет"};
      return a;
    }
    case QuestionKind::kOneOf:
    case QuestionKind::kSeveralOf:
      return Choices(q, cell, where);
    case QuestionKind::kText:
      a.text = cell;
      return a;
  }
  return a;
}

}  // namespace nastavnik::model
