// Stage 3 (compute): the monitoring of a program (мониторинг): coverage by group, pairs by form
// and role model, mentors' load, questionnaires (satisfaction, entry/exit change of each indicator
// with a signed-rank test), individual plans as of the report date, and the curator's SWOT.
// A pure function of the model and the report date, which the caller passes in. Every figure is as
// of that date (compute/monitoring/as_of.h): pairs by where they stood then, answers given by then,
// tasks by their marks and due dates.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "compute/coverage.h"
#include "compute/monitoring/statistics.h"
#include "compute/monitoring/waves.h"
#include "model/program.h"

namespace nastavnik::compute::monitoring {

/// Covered out of total for one group. total 0: the size of the group is unknown.
struct CoverageRow {
  std::string label;  // empty for a grade: render names it by grade
  int covered = 0;
  int total = 0;
  int grade = 0;  // pupils_by_grade: the grade number (параллель), 0 when not stated
  model::Category category = model::Category::kPupil;  // by_category: whose row it is
};

/// Pairs and groups of one form or role model, and the people in them (active and completed).
struct PairCount {
  std::string label;
  int pairs = 0;   // one mentee
  int groups = 0;  // several mentees
  int mentees = 0;
};

/// A mentor's load: mentees in active pairs against the capacity the mentor agreed to.
struct MentorLoad {
  std::string mentor;  // id
  std::string name;
  int mentees = 0;
  int capacity = 0;
};

/// A 1–10 scale answered by a group.
struct ScaleStats {
  int n = 0;
  double mean = 0;
  double median = 0;
  std::array<int, 10> distribution{};  // answers 1..10, rounded to the nearest whole point
};

/// One indicator answered at entry and at exit by the same people.
struct IndicatorChange {
  std::string key;   // the questionnaire column
  std::string name;  // «Вовлечённость», …
  bool lower_is_better = false;  // anxiety: a fall is the improvement
  bool of_mentors = false;       // whose answers: the mentors' or the mentees' (never both)
  int n = 0;                     // people with both answers
  double entry_mean = 0, exit_mean = 0;
  double mean_change = 0;    // exit − entry, as answered
  double median_change = 0;  // exit − entry, as answered
  int improved = 0, unchanged = 0, worsened = 0;
  SignedRankTest test;  // on the improvement (sign flipped when lower is better)
};

/// Each task is in exactly one state: total = done + in_progress + overdue + cancelled.
struct PlanProgress {
  std::string pair;  // pair id ("" in the overall row)
  int total = 0, done = 0, in_progress = 0, overdue = 0;
  int cancelled = 0;  // not done when its pair was terminated: nobody will do it, so it is not late
  int marked_ahead = 0;  // of in_progress: marked done, but due after the report date
};

struct SwotItem {
  std::string text;
  std::string indicator;
  /// The figures behind the point, when it names an indicator the questionnaires hold.
  std::optional<IndicatorChange> change;
  std::optional<ScaleStats> scale;  // when the indicator is satisfaction
  bool scale_of_mentors = false;    // "satisfaction.mentors"; plain "satisfaction" is the mentees'.
};

struct MonitoringReport {
  Date report_date;
  int min_group = 5;
  Coverage coverage;
  std::vector<CoverageRow> pupils_by_grade;  // pupils of the roster, by grade number
  std::vector<CoverageRow> by_category;      // pupils and teachers against the school totals
  std::vector<CoverageRow> by_form;          // people covered in each form, out of all covered
  std::vector<PairCount> pairs_by_form;
  std::vector<PairCount> pairs_by_role_model;
  int pairs_active = 0, pairs_completed = 0, pairs_terminated = 0;
  std::vector<MentorLoad> mentor_load;  // by id
  int mentors_over_capacity = 0;
  int mentors_without_mentees = 0;
  std::vector<std::string> waiting_mentees;  // ids of mentees with no active or completed pair
  ScaleStats mentor_satisfaction, mentee_satisfaction;
  std::vector<IndicatorChange> indicators;  // the mentees' first, then the mentors'
  SurveyWaves waves;  // every wave, every question (compute/monitoring/waves.h)
  std::vector<PlanProgress> plans;  // by pair id
  PlanProgress plans_total;
  std::vector<SwotItem> strengths, weaknesses, opportunities, threats;
  std::vector<std::string> conclusions;
};

/// Reads the date from nowhere: today is the report date the caller chose. A pair that starts after
/// it, its plan's tasks and answers dated after it are not counted.
MonitoringReport Monitor(const model::Program& program, Date today);

/// The Russian name of a questionnaire column, and whether lower values are better.
std::string IndicatorName(const std::string& key);
bool LowerIsBetter(const std::string& key);
bool IsSatisfaction(const std::string& key);
/// The key one indicator has whatever the header's language: «Вовлечённость» and «involvement»
/// are both "involvement"; an indicator the methodology does not name keeps its folded header.
std::string CanonicalIndicatorKey(const std::string& key);
/// A plan task's mark means done: «выполнено», «Выполнена», not «не выполнено».
bool IsTaskDone(const std::string& status);

enum class TaskState { kDone, kInProgress, kOverdue, kCancelled };
/// A task as of the report date: done by its mark when due by then (or undated: the mark does not
/// say when the work was done); else cancelled when its pair (null: unknown) was terminated by
/// then; else overdue when its due date has passed; else in progress.
TaskState StateOfTask(const model::PlanTask& task, const model::Pair* pair, Date today);

/// The marks of a plan task or a calendar event (отметка о выполнении) nastavnik knows: the
/// workbooks' dropdowns offer them. The marks are free text; IsTaskDone reads them.
const std::vector<std::string>& TaskMarks();

}  // namespace nastavnik::compute::monitoring
