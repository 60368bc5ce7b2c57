// Stage 3 (compute): a reviewed proposal checked against today's data before --apply adds it to
// pairs.csv: the curator may have edited it, and the data may have changed since it was made.
#pragma once

#include <vector>

#include "base/diagnostics.h"
#include "model/program.h"

namespace nastavnik::compute::matching {

/// proposed: the proposal's rows as pairs (already checked one by one as pairs.csv rows are).
/// Reports, at each row: an id pairs.csv already uses, a mentee already in an active pair, a
/// mentor over capacity with the active pairs counted, and every hard rule the pair breaks.
void ValidateProposal(const model::Program& program, const std::vector<model::Pair>& proposed, Diagnostics& diags);

}  // namespace nastavnik::compute::matching
