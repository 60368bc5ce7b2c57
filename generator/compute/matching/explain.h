// Stage 3 (compute): why a mentee got no pair: the rule that excluded every mentor, or that all
// eligible mentors are full, with the nearest alternatives and what would change the result.
#pragma once

#include <vector>

#include "compute/matching/match.h"

namespace nastavnik::compute::matching {

/// free: per person, the mentor's free places before this proposal.
Unmatched ExplainUnmatched(const model::Program& program, Eligibility& rules, const Matching& matching,
                           const std::vector<int>& free, size_t mentee);

}  // namespace nastavnik::compute::matching
