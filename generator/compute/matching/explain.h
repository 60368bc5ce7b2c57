// Stage 3 (compute): why a mentee got no pair: the rule that excluded every mentor, or that all
// eligible mentors are full, with the nearest alternatives and what would change the result.
#pragma once

#include <vector>

#include "compute/matching/match.h"

namespace nastavnik::compute::matching {

/// free: per person, the mentor's free places before this proposal. pool: every mentor of the
/// mentee's organisation (all of them in a network) whose category makes a form with the mentee;
/// elsewhere: how many such mentors other organisations have (excluded by that rule alone).
/// solver: the proposal's flow, cut into parts, with person → flow index maps (-1 when absent).
struct SolverView {
  const FlowParts* parts = nullptr;
  const std::vector<int>* mentee_slot = nullptr;
  const std::vector<int>* mentor_slot = nullptr;
  // Advice is checked by solving the mentee's component again; in a region that would be one
  // solve per unmatched mentee, so only the first ones in id order get checked advice (the rest
  // get the reason alone, which is still exact). Fixed by position, so output stays deterministic.
  size_t checked_advice = 0;
};

Unmatched ExplainUnmatched(const model::Program& program, const Eligibility& rules, const std::vector<int>& free,
                           size_t mentee, const std::vector<size_t>& pool, int elsewhere, const SolverView& solver,
                           bool check_advice);

}  // namespace nastavnik::compute::matching
