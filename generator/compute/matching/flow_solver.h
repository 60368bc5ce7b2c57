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
  /// A mentee that must be matched (its "unmatched" arc is left out); -1 for none. Used to ask
  /// what the optimum would be if this mentee had a pair.
  int forced_mentee = -1;
};

/// What a solution achieves: mentees matched, and their scores minus the place costs paid.
struct FlowValue {
  int matched = 0;
  long long units = 0;
  bool operator==(const FlowValue&) const = default;
};

/// The value of a solution (taken: one flag per arc).
FlowValue ValueOf(const FlowProblem& problem, const std::vector<char>& taken);

/// For each arc, whether the optimum takes it: the most mentees (coverage first), then the
/// highest sum of scores minus place costs; a mentee may stay unmatched. Among equal optima the
/// mentee and then the mentor that come first (the id order of the arcs) are preferred; a single
/// component too large for that exact tie-break in 64-bit costs keeps the solver's own choice.
std::vector<char> SolveFlow(const FlowProblem& problem);

/// The problem cut into its connected components, with a solution, so that the question "what
/// if" about one mentee re-solves only the mentees and mentors that compete with it. Explanations
/// are decided this way: each claim about an unmatched mentee is an optimum the solver found.
class FlowParts {
 public:
  FlowParts(const FlowProblem& problem, const std::vector<char>& taken);
  /// The value of the solution within the mentee's component.
  FlowValue Current(int mentee) const;
  /// The optimum within the mentee's component when the mentee must have a pair (the mentee
  /// needs at least one arc).
  FlowValue Forced(int mentee) const;
  /// The same by solving the changed problem from scratch (slow; tests compare the two).
  FlowValue ForcedBySolving(int mentee) const;
  /// Whether the optimum pairs the mentee once the mentor has one more place (costing extra_cost).
  bool PairedWithExtraPlace(int mentee, int mentor, long long extra_cost) const;
  /// Whether the optimum pairs the mentee when places cost nothing (matching.load_balance = 0).
  bool PairedWithoutPlaceCosts(int mentee) const;
  /// Places of the mentor the solution leaves free.
  int FreePlaces(int mentor) const { return free_[mentor]; }

 private:
  bool Paired(const FlowProblem& part, int index) const;
  std::vector<FlowProblem> parts_;
  std::vector<std::vector<char>> taken_;  // per part, per part arc
  std::vector<int> mentee_part_, mentee_index_, mentor_index_;
  std::vector<int> free_;
};

}  // namespace nastavnik::compute::matching
