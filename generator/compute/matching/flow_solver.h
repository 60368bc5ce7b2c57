// Stage 3 (compute): the exact optimum of a capacitated bipartite assignment (each mentee at most
// one mentor, each mentor at most its free places) as a min-cost flow. The only file that knows
// LEMON. Pure: the same problem gives the same answer.
#pragma once

#include <vector>

namespace nastavnik::compute::matching {

struct FlowProblem {
  struct Arc {
    int mentee = 0;
    int mentor = 0;
    long long gain = 0;  // what taking this arc adds to the objective (≥ 0 when coverage comes first)
  };
  int mentees = 0;
  /// Per mentor: the free places, and what the k-th new mentee costs (one entry per place,
  /// non-decreasing, so that cheaper places fill first; empty = all free).
  std::vector<int> capacity;
  std::vector<std::vector<long long>> place_cost;
  /// Sorted by mentee, then mentor.
  std::vector<Arc> arcs;
};

/// For each arc, whether the optimum takes it. Maximises the sum of gains minus place costs;
/// a mentee may stay unmatched (gain 0).
std::vector<char> SolveFlow(const FlowProblem& problem);

}  // namespace nastavnik::compute::matching
