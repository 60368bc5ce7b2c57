// Stage 3 (compute), internal to monitoring: the questionnaires' figures.
#pragma once

#include "compute/monitoring/monitoring.h"

namespace nastavnik::compute::monitoring {

/// Satisfaction of mentors and of mentees (each person's latest answer) and the entry/exit change
/// of every other column.
void MonitorSurveys(const model::Program& program, MonitoringReport& report);

}  // namespace nastavnik::compute::monitoring
