#include "compute/matching/explain.h"

#include <algorithm>
#include <bit>

#include "base/grammar/grammar.h"
#include "base/text.h"

namespace nastavnik::compute::matching {
namespace {

std::string Q(const std::string& s) { return "«" + s + "»"; }

// Hundredths of a point as the documents print points: "2", "2,5", "0,25".
std::string Points(long long units) {
  std::string out = std::to_string(units / 100);
  long long rest = units % 100;
  if (rest) {
    out += ',' + std::to_string(rest / 10);
    if (rest % 10) out += std::to_string(rest % 10);
  }
  return out;
}

std::string Places(int n) { return grammar::CountNoun(n, "место", "места", "мест"); }

std::string DayList(const std::vector<std::string>& days) {
  std::string out;
  for (const std::string& d : days) out += (out.empty() ? "" : ", ") + d;
  return out.empty() ? "не указаны" : out;
}

// What the curator could change so that this mentor becomes possible (the first blocking rule).
std::string Change(const model::Program& program, const model::Person& mentor, const model::Person& mentee,
                   RuleSet blocked, model::Form form, int free) {
  const model::MatchingSettings& m = program.matching;
  std::vector<std::string> steps;
  if (blocked & Bit(Rule::kCapacity)) {
    steps.push_back("увеличить «Макс. наставляемых» у " + mentor.id + " с " + std::to_string(mentor.capacity) +
                    " до " + std::to_string(mentor.capacity + 1) + (free > 0 ? "" : " (все места заняты активными парами)"));
  }
  if (blocked & Bit(Rule::kFormNotInUse)) steps.push_back("добавить форму " + Q(model::FormName(form)) + " в program.forms");
  if (blocked & Bit(Rule::kFormMentor)) steps.push_back("наставнику " + mentor.id + " выбрать форму " + Q(model::FormName(form)) + " (столбец «Формы»)");
  if (blocked & Bit(Rule::kFormMentee)) steps.push_back("наставляемому выбрать форму " + Q(model::FormName(form)) + " (столбец «Формы»)");
  if (blocked & Bit(Rule::kOrganization)) steps.push_back("сделать программу сетевой (matching.network = true)");
  if (blocked & Bit(Rule::kGrade)) {
    int gap = mentor.grade_number - mentee.grade_number;
    steps.push_back(gap >= 0 ? "снизить matching.min_grade_gap с " + std::to_string(m.min_grade_gap) + " до " + std::to_string(gap)
                             : "наставник младше наставляемого (" + mentor.grade + " и " + mentee.grade + ")");
  }
  if (blocked & Bit(Rule::kExperience)) {
    steps.push_back("снизить требования к стажу (matching.min_mentor_experience = " + std::to_string(m.min_mentor_experience) +
                    ", matching.min_experience_gap = " + std::to_string(m.min_experience_gap) + ")");
  }
  if (blocked & Bit(Rule::kSubject)) steps.push_back("убрать форму из matching.subject_forms (предметы: " + Q(mentor.subject) + " и " + Q(mentee.subject) + ")");
  if (blocked & Bit(Rule::kAvailability)) steps.push_back("найти общий день (наставник: " + DayList(mentor.availability) + "; наставляемый: " + DayList(mentee.availability) + ")");
  if (blocked & Bit(Rule::kForbidden)) steps.push_back("снять запрет пары в forbidden.csv");
  if (blocked & Bit(Rule::kMinScore)) steps.push_back("снизить matching.min_score с " + std::to_string(m.min_score));
  std::string out;
  for (const std::string& s : steps) out += (out.empty() ? "" : "; ") + s;
  return out;
}

// Advice for an eligible mentor whose places went elsewhere, each checked by re-solving: only
// advice that pairs the mentee is given as advice.
std::string ChangeForEligible(const model::Program& program, const SolverView& solver, size_t mentor, size_t mentee,
                              bool verify) {
  const model::Person& a = program.people[mentor];
  int e = (*solver.mentee_slot)[mentee], m = (*solver.mentor_slot)[mentor];
  int lb = program.matching.load_balance;
  if (solver.parts->FreePlaces(m) > 0) {
    std::string out = "у " + a.id + " остаётся свободным " + Places(solver.parts->FreePlaces(m)) +
                      ", но штраф за нагрузку (matching.load_balance = " + std::to_string(lb) + ") больше балла пары";
    if (verify && solver.parts->PairedWithoutPlaceCosts(e)) out += "; при matching.load_balance = 0 наставляемый получает пару";
    return out;
  }
  // Each check is a solve of the mentee's component: done for the nearest mentor only.
  if (!verify) return "места " + a.id + " отданы другим наставляемым";
  std::string out = "места " + a.id + " отданы другим наставляемым; ";
  if (solver.parts->PairedWithExtraPlace(e, m, 100LL * lb * a.capacity)) {
    return out + "если увеличить «Макс. наставляемых» у " + a.id + " до " + std::to_string(a.capacity + 1) +
           ", наставляемый получает пару";
  }
  return out + "даже ещё одно место у " + a.id + " пары ему не даёт: другие варианты выгоднее";
}

// The reason of a mentee that has candidates: what forcing it in would cost the proposal.
void DecideByResolving(const model::Program& program, const SolverView& solver, const std::vector<Alternative>& near,
                       int eligible, Unmatched* u) {
  const model::MatchingSettings& m = program.matching;
  int e = (*solver.mentee_slot)[u->mentee];
  FlowValue now = solver.parts->Current(e), forced = solver.parts->Forced(e);
  u->lost_pairs = now.matched - forced.matched;
  u->lost_units = now.units - forced.units;
  std::string head = "подходящих наставников: " + std::to_string(eligible) + ", ";
  std::string sum = m.load_balance > 0 ? "сумма баллов за вычетом штрафов за нагрузку" : "сумма баллов";
  if (m.coverage_first && u->lost_pairs > 0) {
    u->why = Why::kCoverage;
    u->reason = head + "но их места нужнее другим: с парой для этого наставляемого пар в предложении стало бы на " +
                std::to_string(u->lost_pairs) + " меньше";
    return;
  }
  if (u->lost_units <= 0) {
    u->why = Why::kTie;
    u->reason = head + "и пара для этого наставляемого дала бы столько же пар с той же суммой баллов: " +
                "из равноценных вариантов выбран первый по порядку идентификаторов";
    return;
  }
  std::string lower = sum + " стала бы ниже на " + Points(u->lost_units);
  for (const Alternative& a : near) {
    if (a.blocked == 0 && solver.parts->FreePlaces((*solver.mentor_slot)[a.mentor]) > 0) {
      u->why = Why::kLoad;
      u->reason = head + "у " + program.people[a.mentor].id + " есть свободное место, но штраф за нагрузку " +
                  "(matching.load_balance = " + std::to_string(m.load_balance) + ") больше балла пары: " + lower;
      return;
    }
  }
  u->why = Why::kScore;
  u->reason = head + "но их места отданы парам с более высоким баллом: " +
              (m.coverage_first ? "пар было бы столько же, но " : "") + lower;
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
  std::vector<model::Form> forms;  // per entry of near
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
    near.push_back(Alternative{i, blocked, score, ""});
    forms.push_back(form);
  }
  mentors += elsewhere;
  per_rule[static_cast<int>(Rule::kOrganization)] += elsewhere;
  for (int r = 0; r < static_cast<int>(Rule::kCount); ++r) {
    if (per_rule[r] > 0) u.excluded.emplace_back(static_cast<Rule>(r), per_rule[r]);
  }
  std::sort(u.excluded.begin(), u.excluded.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (mentors == 0) {
    u.why = Why::kNoMentors;
    u.reason = "в программе нет наставников, с которыми категория наставляемого образует форму наставничества";
  } else if (eligible_taken > 0) {
    DecideByResolving(program, solver, near, eligible_taken, &u);
  } else if (full > 0) {
    u.why = Why::kFull;
    u.reason = "все подходящие наставники (" + std::to_string(full) + ") заняты: свободных мест нет";
  } else if (low > 0) {
    u.why = Why::kMinScore;
    u.reason = "у подходящих наставников (" + std::to_string(low) + ") балл ниже минимального (matching.min_score = " +
               std::to_string(m.min_score) + ")";
  } else {
    std::string all;
    for (const auto& [rule, count] : u.excluded) {
      if (count == mentors) all += (all.empty() ? "" : "; ") + RuleName(rule);
    }
    u.reason = all.empty() ? "каждого из " + std::to_string(mentors) + " " +
                                 std::string(grammar::NounForm(mentors, "наставника", "наставников", "наставников")) +
                                 " исключает хотя бы одно правило"
                           : "всех наставников исключает правило: " + all;
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
    a.change = a.blocked == 0 ? ChangeForEligible(program, solver, a.mentor, mentee, k == 0 && check_advice)
                              : Change(program, program.people[a.mentor], program.people[mentee], a.blocked,
                                       forms[order[k]], free[a.mentor]);
    u.alternatives.push_back(std::move(a));
  }
  return u;
}

}  // namespace nastavnik::compute::matching
