#include "compute/monitoring/surveys.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "base/text.h"
#include "compute/monitoring/as_of.h"
#include "model/indicators.h"

namespace nastavnik::compute::monitoring {
namespace {

ScaleStats Scale(const std::vector<double>& values) {
  ScaleStats s;
  s.n = static_cast<int>(values.size());
  s.mean = Mean(values);
  s.median = Median(values);
  for (double v : values) {
    int bucket = std::clamp(static_cast<int>(std::lround(v)), 1, 10);
    ++s.distribution[bucket - 1];
  }
  return s;
}

// Of each person's answer sets per wave, the first entry and the last exit (by date, then row).
struct PersonRows {
  const model::Survey* entry = nullptr;
  const model::Survey* exit = nullptr;
  const model::Survey* latest = nullptr;
};

bool Earlier(const model::Survey* a, const model::Survey* b) {
  Date da = a->date.value_or(Date{}), db = b->date.value_or(Date{});
  if (da != db) return da < db;
  return a->where.line < b->where.line;
}


// Entry against exit of one indicator over one group (people with both answer sets).
IndicatorChange Change(const std::string& key, const std::vector<const PersonRows*>& group) {
  IndicatorChange c;
  c.key = key;
  c.name = IndicatorName(key);
  c.lower_is_better = LowerIsBetter(key);
  std::vector<double> entry, exit, change, improvement;
  for (const PersonRows* w : group) {
    auto a = w->entry->answers.find(key), b = w->exit->answers.find(key);
    if (a == w->entry->answers.end() || b == w->exit->answers.end()) continue;
    entry.push_back(a->second);
    exit.push_back(b->second);
    double d = b->second - a->second;
    change.push_back(d);
    double better = c.lower_is_better ? -d : d;
    improvement.push_back(better);
    if (better > 0) ++c.improved;
    else if (better < 0) ++c.worsened;
    else ++c.unchanged;
  }
  c.n = static_cast<int>(entry.size());
  if (c.n == 0) return c;
  c.entry_mean = Mean(entry);
  c.exit_mean = Mean(exit);
  c.mean_change = Mean(change);
  c.median_change = Median(change);
  c.test = WilcoxonSignedRank(improvement);
  return c;
}

bool AskedIn(const model::Questionnaire& form, const model::Question& q, const char* wave) {
  const std::vector<std::string>& waves = q.waves.empty() ? form.waves : q.waves;
  for (const std::string& w : waves) {
    if (text::FoldKey(w) == wave) return true;
  }
  return false;
}

}  // namespace

// The indicators a mentor's questionnaire asks both at entry and at exit; empty when the program
// has no mentor's questionnaire (then every answered indicator counts).
std::set<std::string> MentorEntryExitIndicators(const model::Program& program) {
  std::set<std::string> keys;
  for (const model::Questionnaire& form : program.questionnaires) {
    if (form.respondent != "наставник") continue;
    keys.insert("");  // a mentor's form exists: only what it asks counts
    for (const model::Question& q : form.questions) {
      if (!q.indicator.empty() && AskedIn(form, q, "вход") && AskedIn(form, q, "выход")) {
        keys.insert(CanonicalIndicatorKey(q.indicator));
      }
    }
  }
  return keys;
}

std::string IndicatorName(const std::string& key) {
  const model::KnownIndicator* k = model::FindIndicator(key);
  return k ? k->name : key;
}
bool LowerIsBetter(const std::string& key) {
  const model::KnownIndicator* k = model::FindIndicator(key);
  return k && k->lower_is_better;
}
bool IsSatisfaction(const std::string& key) {
  const model::KnownIndicator* k = model::FindIndicator(key);
  return k && std::string(k->key) == "satisfaction";
}

void MonitorSurveys(const model::Program& program, MonitoringReport& report) {
  std::map<std::string, PersonRows> people;  // by id: deterministic order
  std::vector<std::string> columns;     // in the order first met
  std::set<std::string> seen_columns;
  std::map<std::string, bool> satisfaction_of;  // folding is Unicode work: once per column
  auto has_satisfaction = [&](const model::Survey& s) {
    for (const auto& [key, value] : s.answers) {
      auto [it, inserted] = satisfaction_of.try_emplace(key);
      if (inserted) it->second = IsSatisfaction(key);
      if (it->second) return true;
    }
    return false;
  };
  std::set<std::string> curator_forms;  // the curator rates the program, not the pairs
  for (const model::Questionnaire& f : program.questionnaires) {
    if (f.respondent == "куратор") curator_forms.insert(f.name);
  }
  for (const model::Survey& s : program.surveys) {
    if (curator_forms.count(s.questionnaire) || !AnsweredBy(s, program.monitoring.waves, report.report_date)) continue;
    PersonRows& w = people[s.participant];
    // Each person's latest satisfaction: an intermediate set without the question does not hide it.
    if (has_satisfaction(s) && (!w.latest || Earlier(w.latest, &s))) w.latest = &s;
    for (const auto& [key, value] : s.answers) {
      if (seen_columns.insert(key).second) columns.push_back(key);
    }
    // Intermediate waves are in the wave-by-wave table; the paired test compares entry and exit.
    if (!s.exit_wave && s.wave_order != 0) continue;
    const model::Survey*& slot = s.exit_wave ? w.exit : w.entry;
    if (!slot || (s.exit_wave ? Earlier(slot, &s) : Earlier(&s, slot))) slot = &s;
  }
  // Columns in the methodology's order first, then the school's own in the order of the file.
  std::map<std::string, int> rank;
  size_t count = 0;
  const model::KnownIndicator* known = model::KnownIndicators(&count);
  for (const std::string& k : columns) {
    const model::KnownIndicator* f = model::FindIndicator(k);
    rank[k] = f ? static_cast<int>(f - known) : 100;
  }
  std::stable_sort(columns.begin(), columns.end(),
                   [&rank](const std::string& a, const std::string& b) { return rank[a] < rank[b]; });

  // The mentors' satisfaction is the mentor's own (004.txt §5, the mentor's questionnaire): a
  // mentor is anyone who mentors a pair or group of any status (started by the report date), or who
  // is listed as a mentor and not as a mentee (one still waiting for a mentee); everyone else who
  // answered is a mentee. The entry and exit figures split by the same rule.
  std::set<std::string> mentors;
  for (const model::Pair& pair : program.pairs) {
    if (PairStatusOn(pair, report.report_date)) mentors.insert(pair.mentor);
  }
  auto is_mentor = [&](const std::string& id) {
    const model::Person* p = program.FindPerson(id);
    return mentors.count(id) || (p && p->is_mentor && !p->is_mentee);
  };
  report.waves = MonitorWaves(program, report.report_date, is_mentor);
  std::set<std::string> satisfaction_keys;  // folding is Unicode work: once per column, not per answer
  for (const std::string& key : columns) {
    if (IsSatisfaction(key)) satisfaction_keys.insert(key);
  }
  std::vector<double> mentor_values, mentee_values;
  for (const auto& [id, w] : people) {
    if (!w.latest) continue;
    for (const auto& [key, value] : w.latest->answers) {
      if (!satisfaction_keys.count(key)) continue;
      (is_mentor(id) ? mentor_values : mentee_values).push_back(value);
    }
  }
  report.mentor_satisfaction = Scale(mentor_values);
  report.mentee_satisfaction = Scale(mentee_values);

  const std::set<std::string> mentor_asks = MentorEntryExitIndicators(program);
  for (bool of_mentors : {false, true}) {
    for (const std::string& key : columns) {
      if (satisfaction_keys.count(key)) continue;
      // A mentor's answer to a question the mentor's form never asks is not the mentor's figure.
      if (of_mentors && !mentor_asks.empty() && !mentor_asks.count(CanonicalIndicatorKey(key))) continue;
      std::vector<const PersonRows*> group;
      for (const auto& [id, w] : people) {
        if (w.entry && w.exit && is_mentor(id) == of_mentors) group.push_back(&w);
      }
      IndicatorChange c = Change(key, group);
      c.of_mentors = of_mentors;
      if (c.n > 0) report.indicators.push_back(std::move(c));
    }
  }
}

}  // namespace nastavnik::compute::monitoring
