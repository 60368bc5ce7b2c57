// Stage 3 (compute): stage 5 of the target model, forming pairs and groups. Every mentee without
// an active pair gets the best mentor the hard rules allow; active pairs stay and use their
// mentors' places. The optimum is exact (min-cost flow) and the result explains itself.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "compute/matching/eligibility.h"
#include "compute/matching/flow_solver.h"
#include "compute/matching/score.h"
#include "model/program.h"

namespace nastavnik::compute::matching {

/// An eligible mentor–mentee pair (hard rules hold, the mentor has a free place, the score is
/// not below the minimum): an arc of the flow problem.
struct Candidate {
  uint32_t mentor = 0;  // index into Program::people
  uint32_t mentee = 0;
  model::Form form = model::Form::kTeacherPupil;
  Components score;
  bool proposed = false;
  bool below_min = false;  // the score is under matching.min_score: listed, never proposed
};

/// One row of the proposal: a pair, or a group in a group form.
struct ProposedRow {
  std::string id;
  size_t mentor = 0;
  model::Form form = model::Form::kTeacherPupil;
  std::vector<size_t> candidates;  // index into Matching::candidates, one per mentee
  std::vector<PairEvidence> evidence;  // per mentee: what matched
};

/// What the curator could do about an alternative mentor, as decided here; render/matching
/// phrases it.
enum class Advice : uint8_t {
  kRules,         // lift the rules in Alternative::blocked
  kLoadPenalty,   // eligible, keeps free_after places: the load penalty outweighs the pair's score
  kTaken,         // eligible, its places went to others (not checked: outside the re-solve budget)
  kExtraPlace,    // eligible and full: one more place pairs the mentee (checked by re-solving)
  kNoExtraPlace,  // eligible and full: one more place does not pair it (checked by re-solving)
};

/// A mentor who could have taken an unmatched mentee, and what stands in the way.
struct Alternative {
  size_t mentor = 0;
  RuleSet blocked = 0;  // 0: eligible, its places went to others
  double score = 0;     // points, when the categories make a form
  model::Form form = model::Form::kTeacherPupil;  // the form the categories make
  int free = 0;         // the mentor's free places before the proposal
  Advice advice = Advice::kRules;
  int free_after = 0;                // kLoadPenalty: places the proposal leaves free
  bool paired_without_load = false;  // kLoadPenalty: checked: with load_balance = 0 the mentee gets a pair
};

/// Why a mentee has no pair, as decided: the rules and places for a mentee without a candidate,
/// and a re-solve with the mentee forced in for one that has candidates.
enum class Why : uint8_t {
  kNoMentors,  // no mentor of a category that makes a form
  kRules,      // every mentor is excluded by a rule
  kFull,       // the suitable mentors' places are all taken by active pairs
  kMinScore,   // the suitable mentors' scores are below matching.min_score
  kCoverage,   // a pair for this mentee leaves more other mentees without one (coverage first)
  kScore,      // a pair for this mentee lowers the sum of scores, places are all given
  kLoad,       // a mentor keeps a free place, but the load penalty outweighs the pair's score
  kTie,        // a pair for this mentee is worth exactly as much: the id order decided
};

/// The decision and the numbers it rests on; render/matching/reasons.h words it.
struct Unmatched {
  size_t mentee = 0;
  Why why = Why::kRules;
  int mentors = 0;          // mentors whose category makes a form (other organisations' too)
  int eligible = 0;         // of them, allowed by every rule with a free place and enough score
  int full = 0;             // allowed by every rule but without a free place
  int low = 0;              // allowed, with a place, but under matching.min_score
  size_t load_mentor = 0;   // kLoad: the eligible mentor that keeps a free place
  int lost_pairs = 0;       // when forced in: pairs fewer in the proposal
  long long lost_units = 0; // when forced in: score hundredths (minus place costs) fewer
  std::vector<std::pair<Rule, int>> excluded;  // rule → mentors it rules out
  std::vector<Alternative> alternatives;
};

/// An active pair breaking a rule for one of its mentees: an error when the pair is pinned, a
/// warning otherwise. render/matching/notices.h words these notices.
struct RuleBreach {
  size_t pair = 0;  // index into program.pairs
  std::string mentee;
  RuleSet broken = 0;
};

/// A subject only one person has and close to another one: most likely a typo, which under
/// matching.subject_forms would leave its teacher without a pair.
struct LoneSubject {
  size_t person = 0;  // index into program.people
  std::string subject, nearest;
};

/// Why a category of mentors got no candidate at all: the first fact that explains it.
enum class NoCandidates {
  kNoPlaces,           // no mentor of the category has a free place
  kNoForm,             // no waiting mentee makes a form with the category
  kFormNotInUse,       // every possible pair is of `form`, which the program does not use
  kEveryPairExcluded,  // `rules` exclude all `pairs` possible pairs
  kAllBelowMinScore,   // all `pairs` pass the rules but score under matching.min_score
  kEachPairExcluded,   // each pair fails some rule; `top` fails `top_count` of them
};
struct SilentCategory {
  model::Category category = model::Category::kTeacher;
  size_t first = 0;  // index into program.people: the category's first mentor
  size_t mentors = 0;
  NoCandidates why = NoCandidates::kNoPlaces;
  int pairs = 0;
  RuleSet rules = 0;
  Rule top = Rule::kSelf;
  int top_count = 0;
  model::Form form = model::Form::kTeacherTeacher;
};

struct Matching {
  std::vector<Candidate> candidates;  // sorted by mentee id, then mentor id
  // Pairs the rules allow but whose score is under matching.min_score: per mentee the best
  // matching.candidates_per_mentee, in the same order. candidates.csv lists them, flagged.
  std::vector<Candidate> below_min;
  std::vector<ProposedRow> proposal;
  std::vector<Unmatched> unmatched;
  // Active reverse pairs (role model «реверсивное…») that the experience rule would refuse.
  std::vector<std::string> reverse_pairs;
  int waiting = 0;  // mentees without an active pair
  // Of them, mentees whose pair is completed: monitoring counts them as paired, not as waiting
  // («ожидают закрепления наставника» = waiting − waiting_completed).
  int waiting_completed = 0;
  int matched = 0;
  int mentors_with_places = 0;
  int free_places = 0;
  double total_score = 0;
  Date today;
  double solver_seconds = 0;  // the min-cost flow alone (not written to any file)
  FlowProblem flow;            // kept only when asked for (benchmarks compare raw solvers on it)
  std::vector<RuleBreach> breaches;  // in the order of program.pairs
  std::vector<LoneSubject> lone_subjects;
  std::vector<SilentCategory> silent_categories;
};

/// Checks active pairs against the rules (breaches), then forms the proposal. The notices are
/// reported by render::matching::ReportNotices (a pinned pair breaking a rule is an error).
Matching Match(const model::Program& program, Date today, bool keep_flow = false);

/// The next free pair ids after the program's own, continuing their pattern (PR19 → PR20).
std::vector<std::string> NextPairIds(const std::vector<model::Pair>& pairs, size_t count);

/// Mentor id → mentees in active pairs.
std::map<std::string, int> ActiveLoad(const model::Program& program);

}  // namespace nastavnik::compute::matching
