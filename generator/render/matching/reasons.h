// Stage 4 (render): the reasons and advice of compute/matching/explain phrased for a curator. The
// compute stage decides (a reason code and its numbers); this file only words the decision, so
// the HTML, the PDF and the workbook say the same thing.
#pragma once

#include <string>

#include "compute/matching/match.h"
#include "model/program.h"

namespace nastavnik::render::matching {

/// Why the mentee has no pair: one clause, lower case, no final full stop.
std::string ReasonText(const model::Program& program, const compute::matching::Unmatched& u);
/// What would change the result with this alternative mentor: lower case, no final full stop.
std::string AdviceText(const model::Program& program, const compute::matching::Unmatched& u,
                       const compute::matching::Alternative& a);

}  // namespace nastavnik::render::matching
