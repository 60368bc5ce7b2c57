#include "compute/monitoring/monitoring.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/text.h"
#include "compute/monitoring/as_of.h"
#include "compute/monitoring/surveys.h"

namespace nastavnik::compute::monitoring {
namespace {

// A pair as it stood on the report date; pairs not started by then are not in the list.
struct PairOn {
  const model::Pair* pair;
  model::PairStatus status;
  bool counts() const { return status != model::PairStatus::kTerminated; }
};

std::vector<PairOn> PairsOn(const model::Program& program, Date date) {
  std::vector<PairOn> out;
  for (const model::Pair& pair : program.pairs) {
    if (std::optional<model::PairStatus> status = PairStatusOn(pair, date)) out.push_back({&pair, *status});
  }
  return out;
}

// ComputeCoverage's rule (people in active and completed pairs) applied to the pairs of the date;
// the school's totals and the target are the program's.
void MonitorCoverage(const model::Program& program, const std::vector<PairOn>& pairs, MonitoringReport& r) {
  r.coverage = ComputeCoverage(program);
  Coverage& c = r.coverage;
  c.pupils_covered = c.teachers_covered = c.active_pairs = c.groups = 0;
  std::set<std::string> covered;
  std::map<model::Form, std::set<std::string>> by_form;
  for (const PairOn& p : pairs) {
    if (!p.counts()) continue;
    const model::Pair& pair = *p.pair;
    if (p.status == model::PairStatus::kActive) {
      ++c.active_pairs;
      c.groups += pair.is_group();
    }
    covered.insert(pair.mentor);
    covered.insert(pair.mentees.begin(), pair.mentees.end());
    by_form[pair.form].insert(pair.mentor);
    by_form[pair.form].insert(pair.mentees.begin(), pair.mentees.end());
  }
  for (const std::string& id : covered) {
    if (const model::Person* person = program.FindPerson(id)) {
      c.pupils_covered += person->category == model::Category::kPupil;
      c.teachers_covered += person->category == model::Category::kTeacher;
    }
  }
  r.by_category = {{"", r.coverage.pupils_covered, r.coverage.pupils_total, 0, model::Category::kPupil},
                   {"", r.coverage.teachers_covered, r.coverage.teachers_total, 0, model::Category::kTeacher}};
  // Grades by number (параллель): the roster lists pupils of a grade, the school's totals do not.
  std::map<int, CoverageRow> grades;
  for (const model::Person& p : program.people) {
    if (p.category != model::Category::kPupil) continue;
    CoverageRow& row = grades[p.grade_number];
    row.grade = p.grade_number;
    ++row.total;
    row.covered += covered.count(p.id) > 0;
  }
  for (auto& [number, row] : grades) r.pupils_by_grade.push_back(row);
  for (const auto& [form, ids] : by_form) {
    r.by_form.push_back({model::FormName(form), static_cast<int>(ids.size()), static_cast<int>(covered.size())});
  }
}

void Add(std::map<std::string, PairCount>& map, const std::string& label, const model::Pair& pair) {
  PairCount& c = map[label];
  c.label = label;
  (pair.is_group() ? c.groups : c.pairs) += 1;
  c.mentees += static_cast<int>(pair.mentees.size());
}

void MonitorPairs(const model::Program& program, const std::vector<PairOn>& pairs, MonitoringReport& r) {
  std::map<std::string, PairCount> forms, roles;
  std::map<std::string, int> active_mentees;  // mentor id → mentees in active pairs
  std::set<std::string> paired;               // mentees in an active or completed pair
  for (const PairOn& p : pairs) {
    const model::Pair& pair = *p.pair;
    switch (p.status) {
      case model::PairStatus::kActive: ++r.pairs_active; break;
      case model::PairStatus::kCompleted: ++r.pairs_completed; break;
      case model::PairStatus::kTerminated: ++r.pairs_terminated; break;
    }
    if (!p.counts()) continue;
    Add(forms, model::FormName(pair.form), pair);
    Add(roles, pair.role_model.empty() ? "не указана" : pair.role_model, pair);
    paired.insert(pair.mentees.begin(), pair.mentees.end());
    if (p.status == model::PairStatus::kActive) active_mentees[pair.mentor] += static_cast<int>(pair.mentees.size());
  }
  for (auto& [label, c] : forms) r.pairs_by_form.push_back(c);
  for (auto& [label, c] : roles) r.pairs_by_role_model.push_back(c);
  // Most frequent role models first, ties by name.
  std::stable_sort(r.pairs_by_role_model.begin(), r.pairs_by_role_model.end(),
                   [](const PairCount& a, const PairCount& b) { return a.pairs + a.groups > b.pairs + b.groups; });

  std::vector<const model::Person*> people;
  for (const model::Person& p : program.people) people.push_back(&p);
  std::sort(people.begin(), people.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (const model::Person* p : people) {
    if (p->is_mentor) {
      MentorLoad load{p->id, p->full_name, 0, p->capacity};
      if (auto it = active_mentees.find(p->id); it != active_mentees.end()) load.mentees = it->second;
      r.mentors_over_capacity += load.mentees > load.capacity;
      r.mentors_without_mentees += load.mentees == 0;
      r.mentor_load.push_back(std::move(load));
    }
    if (p->is_mentee && !paired.count(p->id)) r.waiting_mentees.push_back(p->id);
  }
}

void MonitorPlans(const model::Program& program, MonitoringReport& r) {
  std::map<std::string, const model::Pair*> pairs;
  for (const model::Pair& pair : program.pairs) pairs[pair.id] = &pair;
  std::map<std::string, PlanProgress> by_pair;
  for (const model::PlanTask& t : program.plan_tasks) {
    auto it = pairs.find(t.pair);
    // A pair that starts after the report date had no plan yet.
    if (it != pairs.end() && !PairStatusOn(*it->second, r.report_date)) continue;
    PlanProgress& p = by_pair[t.pair];
    p.pair = t.pair;
    ++p.total;
    switch (StateOfTask(t, it == pairs.end() ? nullptr : it->second, r.report_date)) {
      case TaskState::kDone: ++p.done; break;
      case TaskState::kInProgress:
        ++p.in_progress;
        p.marked_ahead += IsTaskDone(t.status);
        break;
      case TaskState::kOverdue: ++p.overdue; break;
      case TaskState::kCancelled: ++p.cancelled; break;
    }
  }
  for (auto& [id, p] : by_pair) {
    r.plans.push_back(p);
    r.plans_total.total += p.total;
    r.plans_total.done += p.done;
    r.plans_total.in_progress += p.in_progress;
    r.plans_total.overdue += p.overdue;
    r.plans_total.cancelled += p.cancelled;
    r.plans_total.marked_ahead += p.marked_ahead;
  }
}

std::vector<SwotItem> Swot(const std::vector<model::SwotPoint>& points, const MonitoringReport& r) {
  std::vector<SwotItem> out;
  for (const model::SwotPoint& point : points) {
    SwotItem item{point.text, point.indicator, std::nullopt, std::nullopt};
    if (!point.indicator.empty()) {
      std::string key = point.indicator.substr(0, point.indicator.find('.'));
      std::string group = point.indicator.find('.') == std::string::npos ? "" : point.indicator.substr(key.size() + 1);
      // "involvement" is the mentees', "involvement.mentors" the mentors', as with satisfaction.
      const bool of_mentors = text::FoldKey(group) == "mentors" || text::FoldKey(group) == "наставники";
      if (IsSatisfaction(key)) {
        item.scale_of_mentors = of_mentors;
        item.scale = item.scale_of_mentors ? r.mentor_satisfaction : r.mentee_satisfaction;
      }
      for (const IndicatorChange& c : r.indicators) {
        if (c.of_mentors == of_mentors &&
            (text::FoldKey(c.key) == text::FoldKey(key) || text::FoldKey(c.name) == text::FoldKey(key))) {
          item.change = c;
        }
      }
    }
    out.push_back(std::move(item));
  }
  return out;
}

}  // namespace

bool IsTaskDone(const std::string& status) {
  std::string s = text::FoldKey(status);
  return s.find("выполн") != std::string::npos && s.find("не ") == std::string::npos;
}

TaskState StateOfTask(const model::PlanTask& task, const model::Pair* pair, Date today) {
  // The mark says the task is done, not when: one due after the date may have been done later.
  if (IsTaskDone(task.status) && (!task.due || *task.due <= today)) return TaskState::kDone;
  if (pair && PairStatusOn(*pair, today) == model::PairStatus::kTerminated) return TaskState::kCancelled;
  if (task.due && *task.due < today) return TaskState::kOverdue;
  return TaskState::kInProgress;
}

const std::vector<std::string>& TaskMarks() {
  // «выполнена» (a task) beside «выполнено»; «запланировано» is the calendar's mark for what is ahead.
  static const std::vector<std::string> kMarks = {"выполнено", "выполнена",    "в работе",  "не начато",
                                                  "запланировано", "не выполнено", "перенесено"};
  return kMarks;
}

MonitoringReport Monitor(const model::Program& program, Date today) {
  MonitoringReport r;
  r.report_date = today;
  r.min_group = program.monitoring.min_group;
  const std::vector<PairOn> pairs = PairsOn(program, today);
  MonitorCoverage(program, pairs, r);
  MonitorPairs(program, pairs, r);
  MonitorSurveys(program, r);
  MonitorPlans(program, r);
  const model::MonitoringSettings& m = program.monitoring;
  r.strengths = Swot(m.strengths, r);
  r.weaknesses = Swot(m.weaknesses, r);
  r.opportunities = Swot(m.opportunities, r);
  r.threats = Swot(m.threats, r);
  r.conclusions = m.conclusions;
  return r;
}

std::string CanonicalIndicatorKey(const std::string& key) {
  static const char* const kKeys[] = {"satisfaction", "involvement", "activity", "self_esteem", "anxiety", "grades"};
  std::string name = IndicatorName(key);
  for (const char* k : kKeys) {
    if (IndicatorName(k) == name) return k;
  }
  return text::FoldKey(key);
}

}  // namespace nastavnik::compute::monitoring
