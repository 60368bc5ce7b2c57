#include "render/matching/reasons.h"

#include "base/grammar/grammar.h"
#include "model/table_place.h"
#include "render/matching/notices.h"

namespace nastavnik::render::matching {
namespace {

using compute::matching::Advice;
using compute::matching::Bit;
using compute::matching::Rule;
using compute::matching::Why;

std::string Q(const std::string& s) { return "«" + s + "»"; }

// Hundredths of a point as the documents print points: "2", "2,5", "0,25".
std::string PointsOfUnits(long long units) {
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

// The steps that lift each rule blocking this mentor, in the rules' order.
std::string LiftRules(const model::Program& program, const model::Person& mentor, const model::Person& mentee,
                      const compute::matching::Alternative& a) {
  const model::MatchingSettings& m = program.matching;
  std::vector<std::string> steps;
  auto blocks = [&](Rule r) { return (a.blocked & Bit(r)) != 0; };
  if (blocks(Rule::kCapacity)) {
    steps.push_back("увеличить «Макс. наставляемых» у " + mentor.id + " с " + std::to_string(mentor.capacity) +
                    " до " + std::to_string(mentor.capacity + 1) + (a.free > 0 ? "" : " (все места заняты активными парами)"));
  }
  if (blocks(Rule::kFormNotInUse)) steps.push_back("добавить форму " + Q(model::FormName(a.form)) + " в program.forms");
  if (blocks(Rule::kFormMentor)) steps.push_back("наставнику " + mentor.id + " выбрать форму " + Q(model::FormName(a.form)) + " (столбец «Формы»)");
  if (blocks(Rule::kFormMentee)) steps.push_back("наставляемому выбрать форму " + Q(model::FormName(a.form)) + " (столбец «Формы»)");
  if (blocks(Rule::kOrganization)) steps.push_back("сделать программу сетевой (matching.network = true)");
  if (blocks(Rule::kGrade)) {
    int gap = mentor.grade_number - mentee.grade_number;
    steps.push_back(gap >= 0 ? "снизить matching.min_grade_gap с " + std::to_string(m.min_grade_gap) + " до " + std::to_string(gap)
                             : "наставник младше наставляемого (" + mentor.grade + " и " + mentee.grade + ")");
  }
  if (blocks(Rule::kExperience)) {
    steps.push_back("снизить требования к стажу (matching.min_mentor_experience = " + std::to_string(m.min_mentor_experience) +
                    ", matching.min_experience_gap = " + std::to_string(m.min_experience_gap) + ")");
  }
  if (blocks(Rule::kSubject)) steps.push_back("убрать форму из matching.subject_forms (предметы: " + Q(mentor.subject) + " и " + Q(mentee.subject) + ")");
  if (blocks(Rule::kAvailability)) steps.push_back("найти общий день (наставник: " + DayList(mentor.availability) + "; наставляемый: " + DayList(mentee.availability) + ")");
  if (blocks(Rule::kForbidden)) steps.push_back("снять запрет пары " + model::InTable(program.TablePath("forbidden")));
  if (blocks(Rule::kMinScore)) steps.push_back("снизить matching.min_score с " + std::to_string(m.min_score));
  std::string out;
  for (const std::string& s : steps) out += (out.empty() ? "" : "; ") + s;
  return out;
}

// A mentee that had eligible mentors: what forcing it in would have cost the proposal.
std::string ResolvedReason(const model::Program& program, const compute::matching::Unmatched& u) {
  const model::MatchingSettings& m = program.matching;
  std::string head = "подходящих наставников: " + std::to_string(u.eligible) + ", ";
  std::string sum = m.load_balance > 0 ? "сумма баллов за вычетом штрафов за нагрузку" : "сумма баллов";
  std::string lower = sum + " стала бы ниже на " + PointsOfUnits(u.lost_units);
  switch (u.why) {
    case Why::kCoverage:
      return head + "но их места нужнее другим: с парой для этого наставляемого пар в предложении стало бы на " +
             std::to_string(u.lost_pairs) + " меньше";
    case Why::kTie:
      return head + "и пара для этого наставляемого дала бы столько же пар с той же суммой баллов: " +
             "из равноценных вариантов выбран первый по порядку идентификаторов";
    case Why::kLoad:
      return head + "у " + program.people[u.load_mentor].id + " есть свободное место, но штраф за нагрузку " +
             "(matching.load_balance = " + std::to_string(m.load_balance) + ") больше балла пары: " + lower;
    default:
      return head + "но их места отданы парам с более высоким баллом: " +
             (m.coverage_first ? "пар было бы столько же, но " : "") + lower;
  }
}

// Rules that exclude every mentor, or that each mentor is excluded by some rule.
std::string RulesReason(const compute::matching::Unmatched& u) {
  std::string all;
  for (const auto& [rule, count] : u.excluded) {
    if (count == u.mentors) all += (all.empty() ? "" : "; ") + RuleName(rule);
  }
  if (!all.empty()) return "всех наставников исключает правило: " + all;
  return "каждого из " + std::to_string(u.mentors) + " " +
         std::string(grammar::NounForm(u.mentors, "наставника", "наставников", "наставников")) +
         " исключает хотя бы одно правило";
}

}  // namespace

std::string ReasonText(const model::Program& program, const compute::matching::Unmatched& u) {
  switch (u.why) {
    case Why::kNoMentors:
      return "в программе нет наставников, с которыми категория наставляемого образует форму наставничества";
    case Why::kFull:
      return "все подходящие наставники (" + std::to_string(u.full) + ") заняты: свободных мест нет";
    case Why::kMinScore:
      return "у подходящих наставников (" + std::to_string(u.low) + ") балл ниже минимального (matching.min_score = " +
             std::to_string(program.matching.min_score) + ")";
    case Why::kRules:
      return RulesReason(u);
    default:
      return ResolvedReason(program, u);
  }
}

std::string AdviceText(const model::Program& program, const compute::matching::Unmatched& u,
                       const compute::matching::Alternative& a) {
  const model::Person& mentor = program.people[a.mentor];
  std::string taken = "места " + mentor.id + " отданы другим наставляемым";
  switch (a.advice) {
    case Advice::kRules:
      return LiftRules(program, mentor, program.people[u.mentee], a);
    case Advice::kLoadPenalty:
      return "у " + mentor.id + " остаётся свободным " + Places(a.free_after) +
             ", но штраф за нагрузку (matching.load_balance = " + std::to_string(program.matching.load_balance) +
             ") больше балла пары" + (a.paired_without_load ? "; при matching.load_balance = 0 наставляемый получает пару" : "");
    case Advice::kTaken:
      return taken;
    case Advice::kExtraPlace:
      return taken + "; если увеличить «Макс. наставляемых» у " + mentor.id + " до " + std::to_string(mentor.capacity + 1) +
             ", наставляемый получает пару";
    case Advice::kNoExtraPlace:
      return taken + "; даже ещё одно место у " + mentor.id + " пары ему не даёт: другие варианты выгоднее";
  }
  return "";
}

}  // namespace nastavnik::render::matching
