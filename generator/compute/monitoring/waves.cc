#include "compute/monitoring/waves.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"
#include "compute/monitoring/as_of.h"
#include "model/indicators.h"

namespace nastavnik::compute::monitoring {
namespace {

// Rows built by hand (tests, older callers) may set only exit_wave.
int Order(const model::Survey& s) { return s.exit_wave ? model::kExitWaveOrder : s.wave_order; }
std::string Name(const model::Survey& s) {
  if (!s.wave.empty()) return s.wave;
  return s.exit_wave ? "выход" : "вход";
}

bool IsClosed(model::QuestionKind k) { return k != model::QuestionKind::kText; }

QuestionCounts CountQuestion(const model::Question& q, const std::vector<const model::Survey*>& rows,
                             const std::map<int, size_t>& index, size_t waves) {
  QuestionCounts c{q.id, q.text, q.kind, q.options, std::vector<int>(waves), std::vector<double>(waves), {}};
  if (q.kind == model::QuestionKind::kYesNo) c.options = {"да", "нет"};
  c.option_counts.assign(c.options.size(), std::vector<int>(waves));
  for (const model::Survey* s : rows) {
    auto a = s->questions.find(q.id);
    if (a == s->questions.end()) continue;
    size_t w = index.at(Order(*s));
    ++c.answered[w];
    if (a->second.number) c.mean[w] += *a->second.number;
    for (const std::string& choice : a->second.choices) {
      auto it = std::find(c.options.begin(), c.options.end(), choice);
      if (it != c.options.end()) ++c.option_counts[it - c.options.begin()][w];
    }
  }
  for (size_t w = 0; w < waves; ++w) {
    if (c.answered[w] > 0) c.mean[w] /= c.answered[w];
  }
  return c;
}

void CountForm(const model::Questionnaire& form, const std::vector<const model::Survey*>& all,
               const std::map<int, size_t>& index, SurveyWaves& out) {
  std::vector<const model::Survey*> rows;
  for (const model::Survey* s : all) {
    if (s->questionnaire == form.name) rows.push_back(s);
  }
  if (rows.empty()) return;
  QuestionnaireCounts counts{form.name, form.title, form.respondent, std::vector<int>(out.waves.size()), {}};
  for (const model::Survey* s : rows) ++counts.respondents[index.at(Order(*s))];
  for (const model::Question& q : form.questions) {
    if (IsClosed(q.kind)) {
      counts.questions.push_back(CountQuestion(q, rows, index, out.waves.size()));
      continue;
    }
    for (const model::Survey* s : rows) {
      auto a = s->questions.find(q.id);
      if (a != s->questions.end()) out.open_answers.push_back({form.title, q.text, Name(*s), a->second.text});
    }
  }
  out.questionnaires.push_back(std::move(counts));
}

std::string Canonical(const std::string& key) {
  const model::KnownIndicator* k = model::FindIndicator(key);
  return k ? k->key : key;
}

// The indicators a mentor's questionnaire asks at each wave (folded wave name → canonical keys);
// null when the program has no mentor's questionnaire: then every answer of a mentor counts.
std::optional<std::map<std::string, std::set<std::string>>> MentorAsks(const model::Program& program) {
  std::optional<std::map<std::string, std::set<std::string>>> asks;
  for (const model::Questionnaire& form : program.questionnaires) {
    if (form.respondent != "наставник") continue;
    if (!asks) asks.emplace();
    for (const model::Question& q : form.questions) {
      if (q.indicator.empty()) continue;
      for (const std::string& wave : q.waves.empty() ? form.waves : q.waves) {
        (*asks)[text::FoldKey(wave)].insert(Canonical(q.indicator));
      }
    }
  }
  return asks;
}

// Each indicator's mean at each wave, over one role's answers.
void Dynamics(const std::vector<const model::Survey*>& rows, const std::map<int, size_t>& index, bool of_mentors,
              const std::optional<std::map<std::string, std::set<std::string>>>& asks, SurveyWaves& out) {
  std::map<std::string, IndicatorDynamics> by_key;
  std::vector<std::string> order;  // as first met
  for (const model::Survey* s : rows) {
    const std::set<std::string>* asked = nullptr;
    if (asks) {
      static const std::set<std::string> kNone;
      auto it = asks->find(text::FoldKey(Name(*s)));
      asked = it == asks->end() ? &kNone : &it->second;
    }
    for (const auto& [column, value] : s->answers) {
      std::string key = Canonical(column);
      // A mentor's answer to what the mentor's form does not ask at that wave is no mentor's figure.
      if (asked && !asked->count(key) && model::FindIndicator(key)) continue;
      auto [it, inserted] = by_key.try_emplace(key);
      if (inserted) {
        order.push_back(key);
        it->second = {key, std::vector<int>(out.waves.size()), std::vector<double>(out.waves.size()), of_mentors};
      }
      size_t w = index.at(Order(*s));
      ++it->second.n[w];
      it->second.mean[w] += value;
    }
  }
  size_t count = 0;
  const model::KnownIndicator* known = model::KnownIndicators(&count);
  auto rank = [&](const std::string& key) {
    for (size_t i = 0; i < count; ++i) {
      if (key == known[i].key) return static_cast<int>(i);
    }
    return static_cast<int>(count);
  };
  std::stable_sort(order.begin(), order.end(), [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  for (const std::string& key : order) {
    IndicatorDynamics d = by_key[key];
    for (size_t w = 0; w < d.n.size(); ++w) {
      if (d.n[w] > 0) d.mean[w] /= d.n[w];
    }
    out.dynamics.push_back(std::move(d));
  }
}

// Later waves win, then later dates, then later rows.
bool Later(const model::Survey& a, const model::Survey& b) {
  if (Order(a) != Order(b)) return Order(a) > Order(b);
  Date da = a.date.value_or(Date{}), db = b.date.value_or(Date{});
  if (da != db) return da > db;
  return a.where.line > b.where.line;
}

void Curator(const model::Program& program, Date date, SurveyWaves& out) {
  const model::Survey* latest = nullptr;
  const model::Questionnaire* form = nullptr;
  for (const model::Survey& s : program.surveys) {
    if (!AnsweredBy(s, program.monitoring.waves, date)) continue;
    for (const model::Questionnaire& f : program.questionnaires) {
      if (f.name != s.questionnaire || f.respondent != "куратор") continue;
      if (!latest || Later(s, *latest)) {
        latest = &s;
        form = &f;
      }
    }
  }
  if (!latest) return;
  CuratorAnswers c{form, Name(*latest), latest->date, {}};
  for (const model::Question& q : form->questions) {
    auto a = latest->questions.find(q.id);
    if (a != latest->questions.end()) c.answers.push_back({&q, &a->second});
  }
  out.curator = std::move(c);
}

}  // namespace

SurveyWaves MonitorWaves(const model::Program& program, Date date,
                         const std::function<bool(const std::string&)>& is_mentor) {
  SurveyWaves out;
  std::map<int, std::string> names;
  std::vector<const model::Survey*> rows;
  std::set<std::string> curator_forms;
  for (const model::Questionnaire& f : program.questionnaires) {
    if (f.respondent == "куратор") curator_forms.insert(f.name);
  }
  for (const model::Survey& s : program.surveys) {
    if (!AnsweredBy(s, program.monitoring.waves, date)) continue;  // a wave after the date has no column
    names.try_emplace(Order(s), Name(s));
    if (!curator_forms.count(s.questionnaire)) rows.push_back(&s);
  }
  std::map<int, size_t> index;
  for (const auto& [order, name] : names) {
    index[order] = out.waves.size();
    out.waves.push_back(name);
  }
  // The curator's questionnaire is one person's view of the program: it goes beside the SWOT.
  for (const model::Questionnaire& form : program.questionnaires) {
    if (form.respondent != "куратор") CountForm(form, rows, index, out);
  }
  // The mentees' figures, then the mentors' (only what their form asks at each wave).
  std::vector<const model::Survey*> of_mentees, of_mentors;
  for (const model::Survey* s : rows) (is_mentor && is_mentor(s->participant) ? of_mentors : of_mentees).push_back(s);
  Dynamics(of_mentees, index, false, std::nullopt, out);
  Dynamics(of_mentors, index, true, MentorAsks(program), out);
  Curator(program, date, out);
  return out;
}

}  // namespace nastavnik::compute::monitoring
