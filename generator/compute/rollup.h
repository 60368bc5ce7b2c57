// Stage 3 (compute): a municipal network's monitoring from its schools' summaries: totals,
// coverage per school against its target, pooled satisfaction and pooled entry/exit change.
#pragma once

#include <string>
#include <vector>

#include "model/school_summary.h"

namespace nastavnik::compute {

struct RollupIndicator {
  std::string name;
  bool lower_is_better = false;
  int n = 0;
  double entry_mean = 0, exit_mean = 0;  // weighted by each school's n
  int improved = 0;
  int schools = 0;
};

struct NetworkRollup {
  std::vector<model::SchoolSummary> schools;  // by name, then source
  int pupils_covered = 0, pupils_total = 0, teachers_covered = 0, teachers_total = 0;
  double target = 0.70;  // the most common target of the schools (ties: the higher)
  int schools_reaching_target = 0;
  int pairs_active = 0, pairs_completed = 0, pairs_terminated = 0;
  std::vector<model::SummaryForm> by_form;  // summed, by form name
  std::vector<model::SummaryForm> by_role_model;    // summed, most frequent first
  std::vector<model::SummaryGroup> pupils_by_grade;  // summed by grade, in grade order
  int mentors = 0, mentors_over_capacity = 0, waiting_mentees = 0;
  model::SummaryScale mentor_satisfaction, mentee_satisfaction;  // pooled answers
  std::vector<RollupIndicator> indicators;  // in the order first met
  int plans_total = 0, plans_done = 0, plans_in_progress = 0, plans_overdue = 0;
};

/// The share of a school's pupils and teachers covered: (pupils + teachers covered) / (totals).
double SchoolCoverage(const model::SchoolSummary& school);

NetworkRollup RollUp(std::vector<model::SchoolSummary> schools);

}  // namespace nastavnik::compute
