#include "compute/matching/match.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <iterator>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "compute/matching/explain.h"
#include "compute/matching/flow_solver.h"
#include "compute/matching/subjects.h"
#include "base/text.h"

namespace nastavnik::compute::matching {
namespace {

using model::Category;

// Mentor categories that can make a form with a mentee of this category.
std::vector<Category> MentorCategoriesFor(Category mentee) {
  if (mentee == Category::kTeacher) return {Category::kTeacher};
  if (mentee == Category::kPupil) {
    return {Category::kPupil, Category::kTeacher, Category::kEmployer, Category::kStudent, Category::kParent,
            Category::kGraduate};
  }
  return {};
}

// Runs work(from, to) over [0, n) in two halves on two threads when n is large enough to pay for
// a thread, and joins the results in order.
template <typename T, typename Work>
std::vector<T> InHalves(size_t n, const Work& work) {
  if (n < 2000) return work(0, n);
  auto second = std::async(std::launch::async, [&] { return work(n / 2, n); });
  std::vector<T> out = work(0, n / 2);
  std::vector<T> rest = second.get();
  out.reserve(out.size() + rest.size());
  std::move(rest.begin(), rest.end(), std::back_inserter(out));
  return out;
}

// Returns the reverse pairs whose declared role model lifted the experience rule, for the
// explanation to name.
std::vector<std::string> CheckActivePairs(const model::Program& program, const Eligibility& rules,
                                          std::vector<RuleBreach>& breaches) {
  std::vector<std::string> reverse;
  for (size_t index = 0; index < program.pairs.size(); ++index) {
    const model::Pair& pair = program.pairs[index];
    if (pair.status != model::PairStatus::kActive) continue;
    auto mentor = program.person_index.find(pair.mentor);
    if (mentor == program.person_index.end()) continue;
    for (const std::string& id : pair.mentees) {
      auto mentee = program.person_index.find(id);
      if (mentee == program.person_index.end()) continue;
      RuleSet broken = rules.Check(mentor->second, mentee->second, nullptr);
      if (broken & WaivedBy(pair)) {
        if (reverse.empty() || reverse.back() != pair.id) reverse.push_back(pair.id);
        broken &= ~WaivedBy(pair);
      }
      if (broken) breaches.push_back({index, id, broken});
    }
  }
  return reverse;
}

// A subject that no table knows and nobody else teaches is most likely a typo: under the subject
// rule it would leave its teacher without a pair.
void FindLoneSubjects(const model::Program& program, std::vector<LoneSubject>& out) {
  if (program.matching.subject_forms.empty()) return;
  Subjects subjects(program.matching);
  std::map<std::string, std::vector<size_t>> who;
  for (size_t i = 0; i < program.people.size(); ++i) {
    for (const std::string& part : text::SplitList(program.people[i].subject)) {
      who[subjects.Canonical(part)].push_back(i);
    }
  }
  std::vector<std::string> names;
  for (const auto& [name, people] : who) names.push_back(name);
  for (const auto& [name, people] : who) {
    if (people.size() != 1 || subjects.Known(name)) continue;
    std::vector<std::string> others;
    for (const std::string& n : names) {
      if (n != name) others.push_back(n);
    }
    std::string nearest = text::NearestWord(name, others);
    if (nearest.empty()) continue;  // a subject only one teacher teaches is common; a near miss is a typo
    out.push_back({people[0], name, nearest});
  }
}

// Why the mentors of one category got no candidate at all, as the first fact that explains it.
void WhyNoCandidates(const Eligibility& rules, const std::vector<size_t>& mentors, const std::vector<size_t>& mentees,
                     const std::vector<int>& free, SilentCategory& out) {
  std::vector<int> per_rule(static_cast<int>(Rule::kCount), 0);
  int pairs = 0, with_places = 0;
  std::optional<model::Form> form;
  for (size_t a : mentors) {
    if (free[a] <= 0) continue;
    ++with_places;
    for (size_t b : mentees) {
      model::Form f;
      RuleSet broken = rules.Check(a, b, &f);
      if (broken & Bit(Rule::kNoForm)) continue;
      form = f;
      ++pairs;
      for (int r = 0; r < static_cast<int>(Rule::kCount); ++r) per_rule[r] += (broken >> r) & 1;
    }
  }
  out.pairs = pairs;
  if (with_places == 0) return void(out.why = NoCandidates::kNoPlaces);
  if (pairs == 0) return void(out.why = NoCandidates::kNoForm);
  RuleSet all = 0;
  for (int r = 0; r < static_cast<int>(Rule::kCount); ++r) {
    if (per_rule[r] == pairs) all |= Bit(static_cast<Rule>(r));
  }
  if (all == Bit(Rule::kFormNotInUse) && form) {
    out.form = *form;
    return void(out.why = NoCandidates::kFormNotInUse);
  }
  out.rules = all;
  if (all) return void(out.why = NoCandidates::kEveryPairExcluded);
  int top = static_cast<int>(std::max_element(per_rule.begin(), per_rule.end()) - per_rule.begin());
  if (per_rule[top] == 0) return void(out.why = NoCandidates::kAllBelowMinScore);
  out.why = NoCandidates::kEachPairExcluded;
  out.top = static_cast<Rule>(top);
  out.top_count = per_rule[top];
}

// A category of mentors with no candidate is said aloud: otherwise parents or graduates listed as
// mentors would vanish from the proposal without a word.
void FindSilentCategories(const model::Program& program, const Eligibility& rules, const std::vector<Candidate>& candidates,
                          const std::vector<size_t>& mentees, const std::vector<int>& free,
                          std::vector<SilentCategory>& out) {
  std::map<Category, std::vector<size_t>> mentors;
  for (size_t i = 0; i < program.people.size(); ++i) {
    if (program.people[i].is_mentor) mentors[program.people[i].category].push_back(i);
  }
  std::set<Category> heard;
  for (const Candidate& c : candidates) heard.insert(program.people[c.mentor].category);
  for (const auto& [category, people] : mentors) {
    if (heard.count(category) || mentees.empty()) continue;
    SilentCategory silent;
    silent.category = category;
    silent.first = people.front();
    silent.mentors = people.size();
    WhyNoCandidates(rules, people, mentees, free, silent);
    out.push_back(silent);
  }
}

// The best few of one mentee's candidates under matching.min_score, back in mentor id order.
void KeepBestBelowMin(size_t keep, const std::vector<int>& rank, std::vector<Candidate>* low) {
  if (low->size() > keep) {
    std::stable_sort(low->begin(), low->end(),
                     [](const Candidate& a, const Candidate& b) { return a.score.total > b.score.total; });
    low->resize(keep);
    std::sort(low->begin(), low->end(), [&](const Candidate& a, const Candidate& b) { return rank[a.mentor] < rank[b.mentor]; });
  }
}

// Candidates under the minimum score leave the flow's arcs; they keep their order beside them.
void SplitBelowMin(std::vector<Candidate>* candidates, std::vector<Candidate>* below) {
  auto low = [](const Candidate& c) { return c.below_min; };
  if (std::none_of(candidates->begin(), candidates->end(), low)) return;
  std::copy_if(candidates->begin(), candidates->end(), std::back_inserter(*below), low);
  candidates->erase(std::remove_if(candidates->begin(), candidates->end(), low), candidates->end());
}

}  // namespace

std::map<std::string, int> ActiveLoad(const model::Program& program) {
  std::map<std::string, int> load;
  for (const model::Pair& p : program.pairs) {
    if (p.status == model::PairStatus::kActive) load[p.mentor] += static_cast<int>(p.mentees.size());
  }
  return load;
}

std::vector<std::string> NextPairIds(const std::vector<model::Pair>& pairs, size_t count) {
  std::string prefix = "PR";
  size_t width = 2;
  long long last = 0;
  auto split = [](const std::string& id, std::string* head, std::string* digits) {
    size_t i = id.size();
    while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9') --i;
    *head = id.substr(0, i);
    *digits = id.substr(i);
  };
  if (!pairs.empty()) {
    std::string head, digits;
    split(pairs.back().id, &head, &digits);
    if (!digits.empty()) {
      prefix = head;
      width = digits.size();
    }
  }
  std::set<std::string> taken;
  for (const model::Pair& p : pairs) {
    taken.insert(p.id);
    std::string head, digits;
    split(p.id, &head, &digits);
    if (head == prefix && !digits.empty() && digits.size() < 18) last = std::max(last, std::stoll(digits));
  }
  std::vector<std::string> out;
  while (out.size() < count) {
    std::string n = std::to_string(++last);
    if (n.size() < width) n.insert(0, width - n.size(), '0');
    if (!taken.count(prefix + n)) out.push_back(prefix + n);
  }
  return out;
}

Matching Match(const model::Program& program, Date today, bool keep_flow) {
  Matching result;
  result.today = today;
  Eligibility rules(program);
  result.reverse_pairs = CheckActivePairs(program, rules, result.breaches);
  FindLoneSubjects(program, result.lone_subjects);
  const model::MatchingSettings& m = program.matching;

  std::map<std::string, int> load = ActiveLoad(program);
  std::set<std::string> in_pairs, completed;
  for (const model::Pair& p : program.pairs) {
    if (p.status == model::PairStatus::kActive) in_pairs.insert(p.mentees.begin(), p.mentees.end());
    if (p.status == model::PairStatus::kCompleted) completed.insert(p.mentees.begin(), p.mentees.end());
  }
  // Both sides in id order: the flow's arc order, and with it the choice among equal optima.
  std::vector<size_t> mentees, mentors;
  std::vector<int> free(program.people.size(), 0);
  for (size_t i = 0; i < program.people.size(); ++i) {
    const model::Person& p = program.people[i];
    if (p.is_mentee && !in_pairs.count(p.id)) {
      mentees.push_back(i);
      result.waiting_completed += static_cast<int>(completed.count(p.id));
    }
    if (p.is_mentor) {
      auto it = load.find(p.id);
      free[i] = std::max(0, p.capacity - (it == load.end() ? 0 : it->second));
      if (free[i] > 0) {
        mentors.push_back(i);
        ++result.mentors_with_places;
        result.free_places += free[i];
      }
    }
  }
  auto by_id = [&](size_t a, size_t b) { return program.people[a].id < program.people[b].id; };
  std::sort(mentees.begin(), mentees.end(), by_id);
  std::sort(mentors.begin(), mentors.end(), by_id);
  // Mentor pools are merged per mentee; their id order is kept as a rank, cheaper than strings.
  std::vector<int> rank(program.people.size(), 0);
  for (size_t i = 0; i < mentors.size(); ++i) rank[mentors[i]] = static_cast<int>(i);
  result.waiting = static_cast<int>(mentees.size());

  // Blocking: only mentors of the same organisation (unless a network) and of a category that
  // makes a form are checked rule by rule; the others fail a rule by construction.
  std::map<std::pair<int, Category>, std::vector<size_t>> blocks;
  for (size_t mentor : mentors) {
    const Features& f = rules.features(mentor);
    blocks[{m.network ? 0 : f.organization, f.category}].push_back(mentor);
  }
  // Candidates of each half of the mentees on its own thread (the rules and scores only read),
  // joined in mentee order, so the result is the same as one pass.
  auto candidates_of = [&](size_t from, size_t to) {
    std::vector<Candidate> out;
    size_t bound = 0;
    for (size_t k = from; k < to; ++k) {
      for (Category c : MentorCategoriesFor(rules.features(mentees[k]).category)) {
        auto it = blocks.find({m.network ? 0 : rules.features(mentees[k]).organization, c});
        if (it != blocks.end()) bound += it->second.size();
      }
    }
    out.reserve(bound);
    std::vector<size_t> pool;
    std::vector<Candidate> low;
    for (size_t k = from; k < to; ++k) {
      size_t mentee = mentees[k];
      low.clear();
      const Features& f = rules.features(mentee);
      pool.clear();
      for (Category c : MentorCategoriesFor(f.category)) {
        auto it = blocks.find({m.network ? 0 : f.organization, c});
        if (it != blocks.end()) pool.insert(pool.end(), it->second.begin(), it->second.end());
      }
      std::sort(pool.begin(), pool.end(), [&](size_t a, size_t b) { return rank[a] < rank[b]; });
      for (size_t mentor : pool) {
        model::Form form;
        if (rules.Check(mentor, mentee, &form)) continue;
        Components c = Score(program, rules, mentor, mentee, form);
        Candidate candidate{static_cast<uint32_t>(mentor), static_cast<uint32_t>(mentee), form, c, false, c.total < m.min_score};
        (candidate.below_min ? low : out).push_back(candidate);
      }
      KeepBestBelowMin(static_cast<size_t>(m.candidates_per_mentee), rank, &low);
      out.insert(out.end(), low.begin(), low.end());
    }
    return out;
  };
  result.candidates = InHalves<Candidate>(mentees.size(), candidates_of);
  SplitBelowMin(&result.candidates, &result.below_min);
  FindSilentCategories(program, rules, result.candidates, mentees, free, result.silent_categories);

  FlowProblem flow;
  flow.mentees = static_cast<int>(mentees.size());
  std::vector<int> mentor_slot(program.people.size(), -1);
  for (size_t mentor : mentors) {
    mentor_slot[mentor] = static_cast<int>(flow.capacity.size());
    flow.capacity.push_back(free[mentor]);
    flow.place_cost.emplace_back();
    if (m.load_balance > 0) {
      int taken = program.people[mentor].capacity - free[mentor];
      for (int k = 0; k < free[mentor]; ++k) flow.place_cost.back().push_back(100LL * m.load_balance * (taken + k));
    }
  }
  flow.coverage_first = m.coverage_first;
  std::vector<int> mentee_slot(program.people.size(), -1);
  for (size_t i = 0; i < mentees.size(); ++i) mentee_slot[mentees[i]] = static_cast<int>(i);
  flow.arcs.reserve(result.candidates.size());
  for (const Candidate& c : result.candidates) {
    flow.arcs.push_back({mentee_slot[c.mentee], mentor_slot[c.mentor], ScoreUnits(c.score.total)});
  }
  auto started = std::chrono::steady_clock::now();
  std::vector<char> taken = SolveFlow(flow);
  result.solver_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  // Rows: one per pair, or one per (mentor, form) group in a group form, in the order of the
  // mentor's id, the form and the mentee's id (a group first). Both sides' id order is already
  // known as a rank, so the keys are integers rather than strings.
  struct RowKey {
    int mentor, form, mentee;  // mentee -1 for a group
    size_t candidate;
    bool operator<(const RowKey& o) const {
      return std::tie(mentor, form, mentee, candidate) < std::tie(o.mentor, o.form, o.mentee, o.candidate);
    }
  };
  std::vector<RowKey> keys;
  std::vector<char> matched(program.people.size(), 0);
  for (size_t i = 0; i < taken.size(); ++i) {
    if (!taken[i]) continue;
    Candidate& c = result.candidates[i];
    c.proposed = true;
    matched[c.mentee] = 1;
    ++result.matched;
    result.total_score += c.score.total;
    bool group = std::find(m.group_forms.begin(), m.group_forms.end(), c.form) != m.group_forms.end();
    keys.push_back({rank[c.mentor], static_cast<int>(c.form), group ? -1 : mentee_slot[c.mentee], i});
  }
  std::sort(keys.begin(), keys.end());
  std::vector<std::vector<size_t>> rows;
  for (size_t k = 0; k < keys.size(); ++k) {
    bool same = k > 0 && keys[k].mentor == keys[k - 1].mentor && keys[k].form == keys[k - 1].form &&
                keys[k].mentee == keys[k - 1].mentee;
    if (!same) rows.emplace_back();
    rows.back().push_back(keys[k].candidate);
  }
  std::vector<std::string> ids = NextPairIds(program.pairs, rows.size());
  size_t next = 0;
  for (auto& members : rows) {
    ProposedRow row;
    row.id = ids[next++];
    const Candidate& first = result.candidates[members.front()];
    row.mentor = first.mentor;
    row.form = first.form;
    row.candidates = members;  // already in mentee id order
    for (size_t i : members) {
      const Candidate& c = result.candidates[i];
      row.evidence.push_back(Evidence(program, rules, c.mentor, c.mentee, c.form));
    }
    result.proposal.push_back(std::move(row));
  }
  // Explanations look at every mentor, full ones too, but only within the blocking key: other
  // organisations' mentors are counted, not checked one by one.
  std::map<std::pair<int, Category>, std::vector<size_t>> everyone;
  std::map<Category, int> by_category;
  for (size_t i = 0; i < program.people.size(); ++i) {
    if (!program.people[i].is_mentor) continue;
    const Features& f = rules.features(i);
    everyone[{m.network ? 0 : f.organization, f.category}].push_back(i);
    ++by_category[f.category];
  }
  std::vector<size_t> left;
  for (size_t mentee : mentees) {
    if (!matched[mentee]) left.push_back(mentee);
  }
  FlowParts parts(flow, taken);
  SolverView solver{&parts, &mentee_slot, &mentor_slot};
  // About a second of re-solving in all: a component's solve grows with its arcs.
  constexpr size_t kArcBudget = 1'000'000;
  solver.checked_advice = std::max<size_t>(1, kArcBudget / std::max<size_t>(1, flow.arcs.size()));
  auto explain = [&](size_t from, size_t to) {
    std::vector<Unmatched> out;
    std::vector<size_t> pool;
    for (size_t k = from; k < to; ++k) {
      const Features& f = rules.features(left[k]);
      pool.clear();
      int elsewhere = 0;
      for (Category c : MentorCategoriesFor(f.category)) {
        auto it = everyone.find({m.network ? 0 : f.organization, c});
        size_t here = it == everyone.end() ? 0 : it->second.size();
        if (here) pool.insert(pool.end(), it->second.begin(), it->second.end());
        elsewhere += by_category[c] - static_cast<int>(here);
      }
      out.push_back(ExplainUnmatched(program, rules, free, left[k], pool, elsewhere, solver, k < solver.checked_advice));
    }
    return out;
  };
  result.unmatched = InHalves<Unmatched>(left.size(), explain);
  if (keep_flow) result.flow = std::move(flow);
  return result;
}

}  // namespace nastavnik::compute::matching
