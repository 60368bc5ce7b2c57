// Stage 3 (compute): a reviewed proposal checked against today's data before --apply adds it to
// pairs.csv: the curator may have edited it, and the data may have changed since it was made.
#pragma once

#include <string>
#include <vector>

#include "compute/matching/eligibility.h"
#include "model/program.h"

namespace nastavnik::compute::matching {

/// One problem of a proposed row; render/matching/notices.h words it at the row.
struct ProposalProblem {
  enum class Kind {
    kApplied,       // the same pair is already in the school's pairs (at `line`)
    kIdTaken,       // the pair's id is already used by another pair
    kMenteeBusy,    // `mentee` is already in the active pair `other`
    kBreaksRules,   // the pair breaks `broken` for `mentee`
    kOverCapacity,  // the mentor would have `taken` mentees, more than `capacity`
  };
  Kind kind = Kind::kApplied;
  size_t row = 0;  // index into proposed
  std::string mentee, other;
  int line = 0;
  RuleSet broken = 0;
  int taken = 0, capacity = 0;
};

/// proposed: the proposal's rows as pairs (already checked one by one as pairs.csv rows are).
/// Finds, at each row: an id pairs.csv already uses, a mentee already in an active pair, a
/// mentor over capacity with the active pairs counted, and every hard rule the pair breaks.
std::vector<ProposalProblem> ValidateProposal(const model::Program& program, const std::vector<model::Pair>& proposed);

}  // namespace nastavnik::compute::matching
