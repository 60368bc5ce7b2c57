#include "compute/rollup.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "compute/monitoring/monitoring.h"

namespace nastavnik::compute {
namespace {

// Pooled answers: the distributions add up; the mean is weighted by n; the median is read from
// the pooled distribution (the answers are whole points).
void Pool(model::SummaryScale& into, const model::SummaryScale& s) {
  double sum = into.mean * into.n + s.mean * s.n;
  into.n += s.n;
  into.mean = into.n ? sum / into.n : 0;
  for (size_t i = 0; i < 10; ++i) into.distribution[i] += s.distribution[i];
}

double MedianOf(const std::array<int, 10>& d) {
  int n = 0;
  for (int c : d) n += c;
  if (n == 0) return 0;
  auto at = [&](int k) {  // the k-th answer (0-based) in ascending order
    for (int i = 0; i < 10; ++i) {
      if (k < d[i]) return i + 1;
      k -= d[i];
    }
    return 10;
  };
  return n % 2 ? at(n / 2) : (at(n / 2 - 1) + at(n / 2)) / 2.0;
}

// "Школа № 2" before "Школа № 10": runs of digits compare as numbers.
bool NaturalLess(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) && std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t i2 = i, j2 = j;
      while (i2 < a.size() && std::isdigit(static_cast<unsigned char>(a[i2]))) ++i2;
      while (j2 < b.size() && std::isdigit(static_cast<unsigned char>(b[j2]))) ++j2;
      std::string x = a.substr(i, i2 - i), y = b.substr(j, j2 - j);
      x.erase(0, std::min(x.find_first_not_of('0'), x.size()));
      y.erase(0, std::min(y.find_first_not_of('0'), y.size()));
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = i2;
      j = j2;
    } else {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

// Pairs, groups and mentees of one school added into the network's rows, keyed by form or role model.
void AddCounts(const std::vector<model::SummaryForm>& school, std::map<std::string, model::SummaryForm>& into) {
  for (const model::SummaryForm& f : school) {
    model::SummaryForm& row = into[f.form];
    row.form = f.form;
    row.pairs += f.pairs;
    row.groups += f.groups;
    row.mentees += f.mentees;
  }
}

}  // namespace

double SchoolCoverage(const model::SchoolSummary& s) {
  int total = s.pupils_total + s.teachers_total;
  return total ? static_cast<double>(s.pupils_covered + s.teachers_covered) / total : 0;
}

NetworkRollup RollUp(std::vector<model::SchoolSummary> schools) {
  NetworkRollup r;
  std::sort(schools.begin(), schools.end(), [](const auto& a, const auto& b) {
    return a.name != b.name ? NaturalLess(a.name, b.name) : a.source < b.source;
  });
  std::map<double, int> targets;
  std::map<std::string, model::SummaryForm> forms, roles;
  std::map<std::string, model::SummaryGroup, bool (*)(const std::string&, const std::string&)> grades(NaturalLess);
  std::map<std::string, size_t> indicator_at;
  for (const model::SchoolSummary& s : schools) {
    r.pupils_covered += s.pupils_covered;
    r.pupils_total += s.pupils_total;
    r.teachers_covered += s.teachers_covered;
    r.teachers_total += s.teachers_total;
    ++targets[s.target];
    r.schools_reaching_target += SchoolCoverage(s) >= s.target - 1e-12;
    r.pairs_active += s.pairs_active;
    r.pairs_completed += s.pairs_completed;
    r.pairs_terminated += s.pairs_terminated;
    AddCounts(s.by_form, forms);
    AddCounts(s.by_role_model, roles);
    for (const model::SummaryGroup& g : s.pupils_by_grade) {
      model::SummaryGroup& into = grades[g.grade > 0 ? std::to_string(g.grade) : g.label];
      into.grade = g.grade;
      into.label = g.label;
      into.covered += g.covered;
      into.total += g.total;
    }
    r.mentors += s.mentors;
    r.mentors_over_capacity += s.mentors_over_capacity;
    r.waiting_mentees += s.waiting_mentees;
    Pool(r.mentor_satisfaction, s.mentor_satisfaction);
    Pool(r.mentee_satisfaction, s.mentee_satisfaction);
    for (const model::SummaryIndicator& i : s.indicators) {
      // Keyed by the canonical key: schools with English and Russian headers meet in one row, and
      // summaries written before the key was canonical still do.
      auto [it, added] = indicator_at.emplace(monitoring::CanonicalIndicatorKey(i.key), r.indicators.size());
      if (added) r.indicators.push_back({i.name, i.lower_is_better, 0, 0, 0, 0, 0});
      RollupIndicator& into = r.indicators[it->second];
      double entry = into.entry_mean * into.n + i.entry_mean * i.n, exit = into.exit_mean * into.n + i.exit_mean * i.n;
      into.n += i.n;
      into.entry_mean = into.n ? entry / into.n : 0;
      into.exit_mean = into.n ? exit / into.n : 0;
      into.improved += i.improved;
      ++into.schools;
    }
    r.plans_total += s.plans_total;
    r.plans_done += s.plans_done;
    r.plans_in_progress += s.plans_in_progress;
    r.plans_overdue += s.plans_overdue;
  }
  int best = 0;
  for (const auto& [target, count] : targets) {
    if (count >= best) {
      best = count;
      r.target = target;
    }
  }
  r.mentor_satisfaction.median = MedianOf(r.mentor_satisfaction.distribution);
  r.mentee_satisfaction.median = MedianOf(r.mentee_satisfaction.distribution);
  for (auto& [name, f] : forms) r.by_form.push_back(f);
  for (auto& [name, f] : roles) r.by_role_model.push_back(f);
  std::stable_sort(r.by_role_model.begin(), r.by_role_model.end(), [](const auto& a, const auto& b) {
    return a.pairs + a.groups > b.pairs + b.groups;
  });
  for (auto& [label, g] : grades) r.pupils_by_grade.push_back(g);
  r.schools = std::move(schools);
  return r;
}

}  // namespace nastavnik::compute
