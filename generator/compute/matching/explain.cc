#include "compute/matching/explain.h"

#include <algorithm>
#include <bit>

namespace nastavnik::compute::matching {
namespace {

// Advice for an eligible mentor whose places went elsewhere, each checked by re-solving: only
// advice that pairs the mentee is given as advice.
void AdviseEligible(const model::Program& program, const SolverView& solver, size_t mentee, bool verify,
                    Alternative* a) {
  int e = (*solver.mentee_slot)[mentee], m = (*solver.mentor_slot)[a->mentor];
  if (solver.parts->FreePlaces(m) > 0) {
    a->advice = Advice::kLoadPenalty;
    a->free_after = solver.parts->FreePlaces(m);
    a->paired_without_load = verify && solver.parts->PairedWithoutPlaceCosts(e);
    return;
  }
  // Each check is a solve of the mentee's component: done for the nearest mentor only.
  if (!verify) {
    a->advice = Advice::kTaken;
    return;
  }
  long long extra_cost = 100LL * program.matching.load_balance * program.people[a->mentor].capacity;
  a->advice = solver.parts->PairedWithExtraPlace(e, m, extra_cost) ? Advice::kExtraPlace : Advice::kNoExtraPlace;
}

// The reason of a mentee that has candidates: what forcing it in would cost the proposal.
void DecideByResolving(const model::Program& program, const SolverView& solver, const std::vector<Alternative>& near,
                       Unmatched* u) {
  const model::MatchingSettings& m = program.matching;
  int e = (*solver.mentee_slot)[u->mentee];
  FlowValue now = solver.parts->Current(e), forced = solver.parts->Forced(e);
  u->lost_pairs = now.matched - forced.matched;
  u->lost_units = now.units - forced.units;
  if (m.coverage_first && u->lost_pairs > 0) {
    u->why = Why::kCoverage;
  } else if (u->lost_units <= 0) {
    u->why = Why::kTie;
  } else {
    u->why = Why::kScore;
    for (const Alternative& a : near) {
      if (a.blocked == 0 && solver.parts->FreePlaces((*solver.mentor_slot)[a.mentor]) > 0) {
        u->why = Why::kLoad;
        u->load_mentor = a.mentor;
        break;
      }
    }
  }
}

}  // namespace

Unmatched ExplainUnmatched(const model::Program& program, const Eligibility& rules, const std::vector<int>& free,
                           size_t mentee, const std::vector<size_t>& pool, int elsewhere, const SolverView& solver,
                           bool check_advice) {
  Unmatched u;
  u.mentee = mentee;
  const model::MatchingSettings& m = program.matching;
  std::vector<int> per_rule(static_cast<int>(Rule::kCount), 0);
  int mentors = 0, eligible_taken = 0, full = 0, low = 0;
  std::vector<Alternative> near;
  for (size_t i : pool) {
    if (i == mentee) continue;
    model::Form form = model::Form::kTeacherPupil;
    RuleSet blocked = rules.Check(i, mentee, &form);
    // Mentors whose category makes no form with this mentee are not candidates at all.
    if (blocked & Bit(Rule::kNoForm)) continue;
    ++mentors;
    if (free[i] <= 0) blocked |= Bit(Rule::kCapacity);
    double score = Score(program, rules, i, mentee, form).total;
    if (!(blocked & ~Bit(Rule::kCapacity)) && score < m.min_score) blocked |= Bit(Rule::kMinScore);
    for (int r = 0; r < static_cast<int>(Rule::kCount); ++r) {
      if (blocked & (RuleSet{1} << r)) ++per_rule[r];
    }
    if (blocked == 0) ++eligible_taken;
    if (blocked == Bit(Rule::kCapacity)) ++full;
    if (blocked == Bit(Rule::kMinScore)) ++low;
    near.push_back(Alternative{i, blocked, score, form, free[i]});
  }
  mentors += elsewhere;
  per_rule[static_cast<int>(Rule::kOrganization)] += elsewhere;
  for (int r = 0; r < static_cast<int>(Rule::kCount); ++r) {
    if (per_rule[r] > 0) u.excluded.emplace_back(static_cast<Rule>(r), per_rule[r]);
  }
  std::sort(u.excluded.begin(), u.excluded.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  u.mentors = mentors;
  u.eligible = eligible_taken;
  u.full = full;
  u.low = low;
  if (mentors == 0) {
    u.why = Why::kNoMentors;
  } else if (eligible_taken > 0) {
    DecideByResolving(program, solver, near, &u);
  } else if (full > 0) {
    u.why = Why::kFull;
  } else if (low > 0) {
    u.why = Why::kMinScore;
  } else {
    u.why = Why::kRules;
  }
  // Nearest first: fewest blocking rules, then the higher score, then the id. Only the ones
  // shown get their advice written.
  std::vector<size_t> order(near.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto nearer = [&](size_t x, size_t y) {
    const Alternative& a = near[x];
    const Alternative& b = near[y];
    int ra = std::popcount(a.blocked), rb = std::popcount(b.blocked);
    if (ra != rb) return ra < rb;
    if (a.score != b.score) return a.score > b.score;
    return program.people[a.mentor].id < program.people[b.mentor].id;
  };
  size_t shown = std::min(order.size(), static_cast<size_t>(m.alternatives));
  std::partial_sort(order.begin(), order.begin() + static_cast<long>(shown), order.end(), nearer);
  for (size_t k = 0; k < shown; ++k) {
    Alternative a = near[order[k]];
    if (a.blocked == 0) AdviseEligible(program, solver, mentee, k == 0 && check_advice, &a);
    u.alternatives.push_back(std::move(a));
  }
  return u;
}

}  // namespace nastavnik::compute::matching
