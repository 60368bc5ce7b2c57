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
    long long units = 0;  // the pair's score in hundredths of a point (≥ 0)
  };
  /// Coverage first: one more matched mentee outweighs any difference in scores and place costs.
  bool coverage_first = true;
  int mentees = 0;
  /// Per mentor: the free places, and what the k-th new mentee costs (one entry per place,
  /// non-decreasing, so that cheaper places fill first; empty = all free).
  std::vector<int> capacity;
  std::vector<std::vector<long long>> place_cost;
  /// Sorted by mentee, then mentor.
  std::vector<Arc> arcs;
};

/// For each arc, whether the optimum takes it: the most mentees (coverage first), then the
/// highest sum of scores minus place costs; a mentee may stay unmatched. Among equal optima the
/// mentee and then the mentor that come first (the id order of the arcs) are preferred; a single
/// component too large for that exact tie-break in 64-bit costs keeps the solver's own choice.
std::vector<char> SolveFlow(const FlowProblem& problem);

}  // namespace nastavnik::compute::matching
