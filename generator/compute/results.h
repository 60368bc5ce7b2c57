// Stage 3 (compute): everything computed from the model, handed to render/ in one value.
#pragma once

#include <utility>

#include "base/date.h"
#include "compute/coverage.h"
#include "compute/monitoring/monitoring.h"
#include "model/program.h"

namespace nastavnik::compute {

struct Results {
  Coverage coverage;
  monitoring::MonitoringReport monitoring;
};

/// Pure: the same Program and report date give the same Results. The site's home page shows the
/// coverage of the monitoring report, as of the same date.
inline Results ComputeAll(const model::Program& program, Date today) {
  monitoring::MonitoringReport report = monitoring::Monitor(program, today);
  Coverage coverage = report.coverage;
  return Results{coverage, std::move(report)};
}

}  // namespace nastavnik::compute
