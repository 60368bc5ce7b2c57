// Stage 3 (compute): everything computed from the model, handed to render/ in one value.
#pragma once

#include "base/date.h"
#include "compute/coverage.h"
#include "compute/monitoring/monitoring.h"
#include "model/program.h"

namespace nastavnik::compute {

struct Results {
  Coverage coverage;
  monitoring::MonitoringReport monitoring;
};

/// Pure: the same Program and report date give the same Results.
inline Results ComputeAll(const model::Program& program, Date today) {
  return Results{ComputeCoverage(program), monitoring::Monitor(program, today)};
}

}  // namespace nastavnik::compute
