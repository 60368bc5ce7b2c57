// Stage 2 (model): one school's monitoring summary as the network rollup reads it: the numbers of
// monitoring/summary.json (render/monitoring/summary_json.cc writes them), checked field by field.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/tree.h"

namespace nastavnik::model {

struct SummaryScale {
  int n = 0;
  double mean = 0;
  double median = 0;
  std::array<int, 10> distribution{};
};

struct SummaryIndicator {
  std::string key, name;
  bool lower_is_better = false;
  int n = 0;
  double entry_mean = 0, exit_mean = 0;
  int improved = 0, unchanged = 0, worsened = 0;
};

struct SummaryForm {
  std::string form;
  int pairs = 0, groups = 0, mentees = 0;
};

struct SummaryGroup {
  std::string label;  // a grade («7-е классы») or a role model
  int covered = 0, total = 0;  // for a role model: pairs + groups, and mentees
  int grade = 0;               // a grade's number read from the label's first digits, 0 for none
};

struct SchoolSummary {
  std::string source;  // the file, for messages
  std::string name, full_name, city, program, academic_year;
  Date report_date;
  double target = 0.70;
  int pupils_covered = 0, pupils_total = 0, teachers_covered = 0, teachers_total = 0;
  int pairs_active = 0, pairs_completed = 0, pairs_terminated = 0;
  std::vector<SummaryForm> by_form;
  std::vector<SummaryGroup> pupils_by_grade;  // optional in the file
  std::vector<SummaryForm> by_role_model;     // optional in the file; form holds the role model
  std::vector<std::string> strengths, weaknesses, opportunities, threats;  // optional
  int mentors = 0, mentors_over_capacity = 0, mentors_without_mentees = 0, waiting_mentees = 0;
  SummaryScale mentor_satisfaction, mentee_satisfaction;
  std::vector<SummaryIndicator> indicators;
  int plans_total = 0, plans_done = 0, plans_in_progress = 0, plans_overdue = 0;
};

/// The summary, or nullopt with every problem in diags (wrong format or version, missing fields,
/// wrong types, counts out of range such as more covered than total).
std::optional<SchoolSummary> BuildSchoolSummary(const std::string& source, const load::Value& root,
                                                Diagnostics& diags);

/// Every file's summary; the same school and year met twice is an error at the second file, since
/// counting a school twice would distort the network's figures.
std::vector<SchoolSummary> BuildSchoolSummaries(const std::vector<std::pair<std::string, const load::Value*>>& files,
                                                Diagnostics& diags);

}  // namespace nastavnik::model
