// Matching: the solver's optimum against exhaustive search on small random programs, and every
// hard rule, pin, forbid and capacity checked on every proposal by an independent re-statement
// of the rules.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "compute/matching/match.h"
#include "render/matching/notices.h"
#include "render/matching/reasons.h"

namespace nastavnik::testing {
namespace {

using compute::matching::Matching;
using model::Category;
using model::Form;
using model::Person;

struct Objective {
  int matched = 0;
  long long units = 0;  // score hundredths minus place costs
  bool operator==(const Objective&) const = default;
};

const std::vector<std::string> kDays = {"пн", "вт", "ср", "чт", "пт", "сб"};
const std::vector<std::string> kTopics = {"математика", "физика", "химия", "английский", "робототехника",
                                          "литература"};

Person MakePerson(const std::string& id, bool mentor, Category c) {
  Person p;
  p.id = id;
  p.full_name = "Участник " + id;
  p.is_mentor = mentor;
  p.is_mentee = !mentor;
  p.category = c;
  return p;
}

void Index(model::Program& program) {
  program.person_index.clear();
  for (size_t i = 0; i < program.people.size(); ++i) program.person_index[program.people[i].id] = i;
}

model::Program RandomProgram(std::mt19937& rng, int mentees, int mentors) {
  auto pick = [&](int n) { return static_cast<int>(rng() % n); };
  model::Program program;
  program.settings.forms = {Form::kPupilPupil, Form::kTeacherTeacher, Form::kTeacherPupil};
  if (pick(3) == 0) program.settings.forms.pop_back();
  model::MatchingSettings& m = program.matching;
  m.coverage_first = pick(2) == 0;
  m.min_score = pick(3) == 0 ? pick(6) : 0;
  m.load_balance = pick(2) ? pick(4) : 0;
  m.min_grade_gap = 1 + pick(2);
  m.network = pick(2) == 0;
  m.subject_forms = pick(2) ? std::vector<Form>{Form::kTeacherTeacher} : std::vector<Form>{};
  m.weight_requests = pick(6);
  m.weight_wishes = pick(5);
  for (int i = 0; i < mentors + mentees; ++i) {
    bool mentor = i < mentors;
    Category c = pick(2) ? Category::kPupil : Category::kTeacher;
    Person p = MakePerson((mentor ? "M" : "E") + std::to_string(i), mentor, c);
    if (c == Category::kPupil) {
      p.grade_number = 5 + pick(7);
      p.grade = std::to_string(p.grade_number) + "А";
    } else {
      p.experience_years = pick(25);
      p.subject = kTopics[pick(3)];
    }
    p.organization = pick(6) == 0 ? "Школа № 2" : "";
    for (int d = 0; d < 6; ++d) {
      if (pick(2) == 0) p.availability.push_back(kDays[d]);
    }
    if (pick(4) == 0) p.forms = {c == Category::kTeacher ? Form::kTeacherTeacher : Form::kPupilPupil};
    for (int t = 0; t < 2; ++t) {
      (mentor ? p.strengths : p.requests).push_back(kTopics[pick(static_cast<int>(kTopics.size()))]);
    }
    p.capacity = 1 + pick(3);
    program.people.push_back(p);
  }
  Index(program);
  for (int i = mentors; i < mentors + mentees; ++i) {
    if (pick(3) == 0) program.people[i].wishes.push_back("M" + std::to_string(pick(mentors)));
  }
  // Some active pairs (not pinned) use places; some forbidden pairs.
  for (int i = 0; i < 2; ++i) {
    if (pick(2)) continue;
    Person extra = MakePerson("X" + std::to_string(i), false, Category::kPupil);
    program.people.push_back(extra);
    Index(program);
    model::Pair pair;
    pair.id = "PR0" + std::to_string(i + 1);
    pair.mentor = "M" + std::to_string(pick(mentors));
    pair.mentees = {extra.id};
    program.pairs.push_back(pair);
  }
  for (int i = 0; i < 2; ++i) {
    if (pick(2)) program.forbidden.push_back({"M" + std::to_string(pick(mentors)), "E" + std::to_string(mentors + pick(mentees)), "", {}});
  }
  return program;
}

// The rules, written again from the issue text, independent of compute/matching.
bool Allowed(const model::Program& program, const Person& a, const Person& b, Form* form) {
  if (a.id == b.id) return false;
  if (b.category == Category::kTeacher && a.category == Category::kTeacher) {
    *form = Form::kTeacherTeacher;
  } else if (b.category == Category::kPupil && a.category == Category::kPupil) {
    *form = Form::kPupilPupil;
  } else if (b.category == Category::kPupil && a.category == Category::kTeacher) {
    *form = Form::kTeacherPupil;
  } else {
    return false;
  }
  auto has = [&](const std::vector<Form>& forms, bool empty_means_all) {
    return (empty_means_all && forms.empty()) || std::find(forms.begin(), forms.end(), *form) != forms.end();
  };
  const model::MatchingSettings& m = program.matching;
  if (!has(program.settings.forms, false) || !has(a.forms, true) || !has(b.forms, true)) return false;
  if (*form == Form::kPupilPupil && a.grade_number - b.grade_number < m.min_grade_gap) return false;
  if (*form == Form::kTeacherTeacher && (*a.experience_years < m.min_mentor_experience ||
                                         *a.experience_years - *b.experience_years < m.min_experience_gap)) {
    return false;
  }
  if (has(m.subject_forms, false) && a.subject != b.subject) return false;
  if (!a.availability.empty() && !b.availability.empty()) {
    bool shared = false;
    for (const std::string& d : a.availability) shared |= std::count(b.availability.begin(), b.availability.end(), d) > 0;
    if (!shared) return false;
  }
  if (!m.network && a.organization != b.organization) return false;
  for (const model::ForbiddenPair& f : program.forbidden) {
    if (f.mentor == a.id && f.mentee == b.id) return false;
  }
  return true;
}

struct Option {
  size_t mentor;
  long long units;
};

Objective Evaluate(const model::Program& program, const std::map<size_t, int>& taken_before,
                   const std::vector<std::pair<size_t, long long>>& chosen) {
  Objective o;
  std::map<size_t, int> added;
  for (const auto& [mentor, units] : chosen) {
    ++o.matched;
    o.units += units;
    int already = taken_before.count(mentor) ? taken_before.at(mentor) : 0;
    o.units -= 100LL * program.matching.load_balance * (already + added[mentor]++);
  }
  return o;
}

bool Better(const model::Program& program, const Objective& a, const Objective& b) {
  if (program.matching.coverage_first && a.matched != b.matched) return a.matched > b.matched;
  return a.units > b.units;
}

Objective BruteForce(const model::Program& program, const std::vector<size_t>& mentees,
                     const std::vector<std::vector<Option>>& options, const std::map<size_t, int>& taken_before,
                     int forced = -1) {
  Objective best;
  bool found = false;
  std::vector<std::pair<size_t, long long>> chosen;
  std::map<size_t, int> load = taken_before;
  std::function<void(size_t)> go = [&](size_t k) {
    if (k == mentees.size()) {
      Objective o = Evaluate(program, taken_before, chosen);
      if (!found || Better(program, o, best)) best = o;
      found = true;
      return;
    }
    if (static_cast<int>(k) != forced) go(k + 1);  // unmatched
    for (const Option& opt : options[k]) {
      if (load[opt.mentor] >= program.people[opt.mentor].capacity) continue;
      ++load[opt.mentor];
      chosen.emplace_back(opt.mentor, opt.units);
      go(k + 1);
      chosen.pop_back();
      --load[opt.mentor];
    }
  };
  go(0);
  return best;
}

}  // namespace

TEST_CASE("the proposal is optimal, and keeps every rule, pin, forbid and capacity", "[matching]") {
  std::mt19937 rng(20251201);
  int instances = 0, with_pairs = 0;
  for (int round = 0; round < 250; ++round) {
    model::Program program = RandomProgram(rng, 2 + static_cast<int>(rng() % 5), 1 + static_cast<int>(rng() % 4));
    Diagnostics diags;
    Matching result = render::matching::MatchReported(program, Date{2025, 12, 1}, diags);
    ++instances;
    std::map<size_t, int> taken_before;
    for (const model::Pair& p : program.pairs) taken_before[program.person_index.at(p.mentor)] += 1;
    std::vector<size_t> mentees;
    std::vector<std::vector<Option>> options;
    for (size_t i = 0; i < program.people.size(); ++i) {
      const Person& b = program.people[i];
      if (!b.is_mentee || b.id[0] == 'X') continue;
      mentees.push_back(i);
      options.emplace_back();
      for (size_t j = 0; j < program.people.size(); ++j) {
        Form form;
        if (!program.people[j].is_mentor || !Allowed(program, program.people[j], b, &form)) continue;
        long long units = compute::matching::ScoreUnits(compute::matching::Score(
            program, compute::matching::Eligibility(program), j, i, form).total);
        if (units < program.matching.min_score * 100LL) continue;
        options.back().push_back(Option{j, units});
      }
    }
    // Every proposed pair: allowed by the independent rules, within capacity, never a forbidden
    // pair, never a mentee already in an active pair.
    std::map<size_t, int> load = taken_before;
    std::vector<std::pair<size_t, long long>> chosen;
    std::set<size_t> seen;
    for (const auto& row : result.proposal) {
      for (size_t ci : row.candidates) {
        const auto& c = result.candidates[ci];
        Form form;
        INFO("round " << round << ": " << program.people[c.mentor].id << " → " << program.people[c.mentee].id);
        REQUIRE(Allowed(program, program.people[c.mentor], program.people[c.mentee], &form));
        CHECK(form == c.form);
        CHECK(c.mentor == row.mentor);
        CHECK(program.people[c.mentee].id[0] == 'E');
        CHECK(seen.insert(c.mentee).second);
        CHECK(++load[c.mentor] <= program.people[c.mentor].capacity);
        chosen.emplace_back(c.mentor, compute::matching::ScoreUnits(c.score.total));
      }
    }
    with_pairs += !chosen.empty();
    Objective got = Evaluate(program, taken_before, chosen);
    Objective best = BruteForce(program, mentees, options, taken_before);
    INFO("round " << round << ", coverage first " << program.matching.coverage_first);
    CHECK(got.matched == best.matched);
    CHECK(got.units == best.units);
    CHECK(result.matched + static_cast<int>(result.unmatched.size()) == result.waiting);
  }
  CHECK(instances == 250);
  CHECK(with_pairs > 100);
}

TEST_CASE("the same program gives the same proposal", "[matching]") {
  std::mt19937 rng(7);
  model::Program program = RandomProgram(rng, 7, 4);
  Diagnostics d1, d2;
  Matching a = render::matching::MatchReported(program, Date{2025, 12, 1}, d1);
  Matching b = render::matching::MatchReported(program, Date{2025, 12, 1}, d2);
  REQUIRE(a.proposal.size() == b.proposal.size());
  for (size_t i = 0; i < a.proposal.size(); ++i) {
    CHECK(a.proposal[i].id == b.proposal[i].id);
    CHECK(a.proposal[i].mentor == b.proposal[i].mentor);
    CHECK(a.proposal[i].candidates == b.proposal[i].candidates);
  }
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("a large program (two threads) lists exactly the eligible pairs, in id order", "[matching]") {
  std::mt19937 rng(99);
  model::Program program = RandomProgram(rng, 2600, 40);
  program.matching.min_score = 0;
  Diagnostics diags;
  Matching result = render::matching::MatchReported(program, Date{2025, 12, 1}, diags);
  size_t expected = 0;
  for (const Person& b : program.people) {
    if (!b.is_mentee || b.id[0] == 'X') continue;
    for (const Person& a : program.people) {
      Form form;
      expected += a.is_mentor && Allowed(program, a, b, &form);
    }
  }
  CHECK(result.candidates.size() == expected);
  for (size_t i = 1; i < result.candidates.size(); ++i) {
    const auto& p = result.candidates[i - 1];
    const auto& c = result.candidates[i];
    INFO(i);
    REQUIRE(std::make_pair(program.people[p.mentee].id, program.people[p.mentor].id) <
            std::make_pair(program.people[c.mentee].id, program.people[c.mentor].id));
  }
  CHECK(result.matched + static_cast<int>(result.unmatched.size()) == result.waiting);
  for (size_t i = 1; i < result.unmatched.size(); ++i) {
    CHECK(program.people[result.unmatched[i - 1].mentee].id < program.people[result.unmatched[i].mentee].id);
  }
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {
namespace {

struct Oracle {
  std::vector<size_t> mentees;
  std::vector<std::vector<Option>> options;
  std::map<size_t, int> taken_before;
};

Oracle OracleOf(const model::Program& program) {
  Oracle o;
  for (const model::Pair& p : program.pairs) o.taken_before[program.person_index.at(p.mentor)] += 1;
  compute::matching::Eligibility rules(program);
  for (size_t i = 0; i < program.people.size(); ++i) {
    const Person& b = program.people[i];
    if (!b.is_mentee || b.id[0] == 'X') continue;
    o.mentees.push_back(i);
    o.options.emplace_back();
    for (size_t j = 0; j < program.people.size(); ++j) {
      Form form;
      if (!program.people[j].is_mentor || !Allowed(program, program.people[j], b, &form)) continue;
      long long units = compute::matching::ScoreUnits(compute::matching::Score(program, rules, j, i, form).total);
      if (units < program.matching.min_score * 100LL) continue;
      o.options.back().push_back(Option{j, units});
    }
  }
  return o;
}

// Whether some optimum of the program pairs mentee k: forcing it in costs nothing.
bool SomeOptimumPairs(const model::Program& program, size_t k) {
  Oracle o = OracleOf(program);
  if (o.options[k].empty()) return false;
  return BruteForce(program, o.mentees, o.options, o.taken_before) ==
         BruteForce(program, o.mentees, o.options, o.taken_before, static_cast<int>(k));
}

}  // namespace

TEST_CASE("each unmatched mentee's reason and advice hold when the mentee is forced in", "[matching]") {
  using compute::matching::Why;
  std::mt19937 rng(20261203);
  std::map<Why, int> seen;
  int advice_checked = 0;
  for (int round = 0; round < 300; ++round) {
    model::Program program = RandomProgram(rng, 2 + static_cast<int>(rng() % 5), 1 + static_cast<int>(rng() % 3));
    Diagnostics diags;
    Matching result = render::matching::MatchReported(program, Date{2025, 12, 1}, diags);
    Oracle o = OracleOf(program);
    Objective best = BruteForce(program, o.mentees, o.options, o.taken_before);
    for (const auto& u : result.unmatched) {
      size_t k = std::find(o.mentees.begin(), o.mentees.end(), u.mentee) - o.mentees.begin();
      REQUIRE(k < o.mentees.size());
      INFO("round " << round << ", " << program.people[u.mentee].id << ": " << render::matching::ReasonText(program, u));
      bool usable = false;  // a mentor whose places active pairs leave free
      for (const Option& opt : o.options[k]) {
        int before = o.taken_before.count(opt.mentor) ? o.taken_before.at(opt.mentor) : 0;
        usable |= program.people[opt.mentor].capacity > before;
      }
      if (!usable) {
        CHECK((u.why != Why::kCoverage && u.why != Why::kScore && u.why != Why::kLoad && u.why != Why::kTie));
        continue;
      }
      Objective forced = BruteForce(program, o.mentees, o.options, o.taken_before, static_cast<int>(k));
      ++seen[u.why];
      CHECK(best.units - forced.units == u.lost_units);
      if (program.matching.coverage_first) CHECK(best.matched - forced.matched == u.lost_pairs);
      bool fewer = program.matching.coverage_first && forced.matched < best.matched;
      if (fewer) {
        CHECK(u.why == Why::kCoverage);
        CHECK(render::matching::ReasonText(program, u).find("стало бы на " + std::to_string(u.lost_pairs) + " меньше") != std::string::npos);
      } else if (forced == best || (!program.matching.coverage_first && forced.units == best.units)) {
        CHECK(u.why == Why::kTie);
      } else {
        CHECK((u.why == Why::kScore || u.why == Why::kLoad));
        CHECK(render::matching::ReasonText(program, u).find("так пару получает больше") == std::string::npos);
      }
      // Advice that claims a pair is checked on the changed program by brute force.
      for (const auto& a : u.alternatives) {
        const std::string& id = program.people[a.mentor].id;
        const std::string change = render::matching::AdviceText(program, u, a);
        if (change.find("если увеличить «Макс. наставляемых» у " + id) != std::string::npos &&
            change.find("наставляемый получает пару") != std::string::npos) {
          model::Program more = program;
          ++more.people[a.mentor].capacity;
          CHECK(SomeOptimumPairs(more, k));
          ++advice_checked;
        } else if (change.find("даже ещё одно место у " + id) != std::string::npos) {
          model::Program more = program;
          ++more.people[a.mentor].capacity;
          CHECK(!SomeOptimumPairs(more, k));
          ++advice_checked;
        } else if (change.find("при matching.load_balance = 0 наставляемый получает пару") != std::string::npos) {
          model::Program flat = program;
          flat.matching.load_balance = 0;
          CHECK(SomeOptimumPairs(flat, k));
          ++advice_checked;
        }
      }
    }
  }
  // Forcing one mentee in never costs a pair: it can always take a displaced mentee's place. So
  // «места нужнее другим» is never the true reason, which is the 851 of 851.
  CHECK(seen[Why::kCoverage] == 0);
  CHECK(seen[Why::kScore] > 0);
  // Ties are rare on random scores; the generated schools have them (see the closing note).
  CHECK(advice_checked > 20);
}

}  // namespace nastavnik::testing
