// Stage 3 (compute), internal to monitoring: the questionnaires' figures.
#pragma once

#include <set>
#include <string>

#include "compute/monitoring/monitoring.h"

namespace nastavnik::compute::monitoring {

/// Satisfaction of mentors and of mentees (each person's latest answer) and the entry/exit change
/// of every other column, for mentees and for mentors apart (one rule of who is a mentor).
void MonitorSurveys(const model::Program& program, MonitoringReport& report);

/// The indicators (canonical keys) a mentor's questionnaire asks both at entry and at exit; with
/// the element "" whenever the program has a mentor's questionnaire. Empty when it has none: then
/// every indicator a mentor answered is the mentor's figure.
std::set<std::string> MentorEntryExitIndicators(const model::Program& program);

}  // namespace nastavnik::compute::monitoring
