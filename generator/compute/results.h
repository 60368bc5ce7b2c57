// Stage 3 (compute): everything computed from the model, handed to render/ in one value.
#pragma once

#include "compute/coverage.h"
#include "model/program.h"

namespace nastavnik::compute {

struct Results {
  Coverage coverage;
};

/// Pure: the same Program gives the same Results.
inline Results ComputeAll(const model::Program& program) { return Results{ComputeCoverage(program)}; }

}  // namespace nastavnik::compute
