#include "render/matching/notices.h"

#include "model/table_place.h"

namespace nastavnik::render::matching {
namespace {

using compute::matching::NoCandidates;
using compute::matching::Rule;
using compute::matching::RuleSet;

std::string WhyNoCandidates(const model::Program& program, const compute::matching::SilentCategory& s) {
  const std::string pairs = std::to_string(s.pairs);
  switch (s.why) {
    case NoCandidates::kNoPlaces: return "у всех нет свободных мест";
    case NoCandidates::kNoForm:
      return "среди ожидающих пары нет наставляемых, с которыми эта категория образует форму наставничества";
    case NoCandidates::kFormNotInUse:
      return "форма «" + model::FormName(s.form) + "» не применяется в программе (program.forms)";
    case NoCandidates::kEveryPairExcluded: return "все " + pairs + " возможных пар исключает правило: " + RuleNames(s.rules);
    case NoCandidates::kAllBelowMinScore:
      return "балл всех " + pairs + " возможных пар ниже matching.min_score = " + std::to_string(program.matching.min_score);
    case NoCandidates::kEachPairExcluded:
      return "каждую из " + pairs + " возможных пар исключает хотя бы одно правило, чаще всего — " + RuleName(s.top) +
             " (" + std::to_string(s.top_count) + ")";
  }
  return "";
}

std::string Breaking(const std::string& pair, const std::string& mentor, const std::string& mentee, RuleSet broken) {
  return "пара " + pair + " (наставник " + mentor + ", наставляемый " + mentee + ") нарушает правила подбора: " +
         RuleNames(broken);
}

}  // namespace

std::string RuleName(Rule rule) {
  switch (rule) {
    case Rule::kSelf: return "наставник самому себе";
    case Rule::kNoForm: return "категории не образуют форму наставничества";
    case Rule::kFormNotInUse: return "форма не применяется в программе";
    case Rule::kFormMentor: return "наставник не выбрал эту форму";
    case Rule::kFormMentee: return "наставляемый не выбрал эту форму";
    case Rule::kOrganization: return "разные организации";
    case Rule::kGrade: return "наставник не старше по классу";
    case Rule::kExperience: return "у наставника недостаточно стажа";
    case Rule::kSubject: return "разные предметы";
    case Rule::kAvailability: return "нет общего дня";
    case Rule::kForbidden: return "пара запрещена куратором";
    case Rule::kCapacity: return "у наставника нет свободных мест";
    case Rule::kMinScore: return "балл ниже минимального";
    case Rule::kCount: break;
  }
  return "";
}

std::string RuleNames(RuleSet rules) {
  std::string out;
  for (int r = 0; r < static_cast<int>(Rule::kCount); ++r) {
    if (!(rules & (RuleSet{1} << r))) continue;
    if (!out.empty()) out += "; ";
    out += RuleName(static_cast<Rule>(r));
  }
  return out;
}

void ReportNotices(const model::Program& program, const compute::matching::Matching& matching, Diagnostics& diags) {
  for (const compute::matching::RuleBreach& b : matching.breaches) {
    const model::Pair& pair = program.pairs[b.pair];
    std::string what = Breaking(pair.id, pair.mentor, b.mentee, b.broken);
    if (pair.pinned) {
      diags.Error(pair.where, "закреплённая " + what + "; исправьте данные или снимите отметку «Закреплена»");
    } else {
      diags.Warning(pair.where, what);
    }
  }
  for (const compute::matching::LoneSubject& l : matching.lone_subjects) {
    const model::Person& p = program.people[l.person];
    diags.Warning(p.where, "предмет «" + l.subject + "» у участника " + p.id +
                               " больше ни у кого не указан: в формах из matching.subject_forms пары с общим предметом у него не будет" +
                               "; возможно, имелся в виду «" + l.nearest + "»");
  }
  for (const compute::matching::SilentCategory& s : matching.silent_categories) {
    diags.Warning(program.people[s.first].where, "наставники категории «" + model::CategoryName(s.category) + "» (" +
                                                     std::to_string(s.mentors) + ") не получили ни одного кандидата: " +
                                                     WhyNoCandidates(program, s));
  }
}

compute::matching::Matching MatchReported(const model::Program& program, Date today, Diagnostics& diags, bool keep_flow) {
  compute::matching::Matching m = compute::matching::Match(program, today, keep_flow);
  ReportNotices(program, m, diags);
  return m;
}

void ReportProposalProblems(const model::Program& program, const std::vector<model::Pair>& proposed,
                            const std::vector<compute::matching::ProposalProblem>& problems, Diagnostics& diags) {
  using Kind = compute::matching::ProposalProblem::Kind;
  const std::string in_pairs = model::InTable(program.TablePath("pairs"), true);
  for (const compute::matching::ProposalProblem& problem : problems) {
    const model::Pair& p = proposed[problem.row];
    switch (problem.kind) {
      case Kind::kApplied:
        diags.Error(p.where, "пара " + p.id + " уже внесена " + in_pairs + " (строка " + std::to_string(problem.line) +
                                 "): предложение уже применено");
        break;
      case Kind::kIdTaken:
        diags.Error(p.where, "код " + p.id + " уже есть " + in_pairs + "; предложение устарело — запустите nastavnik match заново");
        break;
      case Kind::kMenteeBusy:
        diags.Error(p.where, "наставляемый " + problem.mentee + " уже состоит в активной паре " + problem.other + " " +
                                 model::InTable(program.TablePath("pairs")));
        break;
      case Kind::kBreaksRules: diags.Error(p.where, Breaking(p.id, p.mentor, problem.mentee, problem.broken)); break;
      case Kind::kOverCapacity: {
        const model::Person* mentor = program.FindPerson(p.mentor);
        diags.Error(p.where, "у наставника " + (mentor ? mentor->full_name : p.mentor) + " (" + p.mentor + ") будет " +
                                 std::to_string(problem.taken) + " наставляемых в активных парах, а может быть не больше " +
                                 std::to_string(problem.capacity));
        break;
      }
    }
  }
}

}  // namespace nastavnik::render::matching
