#include "compute/matching/validate.h"

#include <map>
#include <set>

#include "compute/matching/eligibility.h"
#include "compute/matching/match.h"
#include "model/table_place.h"

namespace nastavnik::compute::matching {

void ValidateProposal(const model::Program& program, const std::vector<model::Pair>& proposed, Diagnostics& diags) {
  Eligibility rules(program);
  std::map<std::string, const model::Pair*> ids;
  std::map<std::string, std::string> active;  // mentee → pair id
  for (const model::Pair& p : program.pairs) {
    ids[p.id] = &p;
    if (p.status != model::PairStatus::kActive) continue;
    for (const std::string& m : p.mentees) active[m] = p.id;
  }
  std::map<std::string, int> load = ActiveLoad(program);
  const std::string in_pairs = model::InTable(program.TablePath("pairs"), true);
  for (const model::Pair& p : proposed) {
    if (auto same = ids.find(p.id); same != ids.end() && same->second->mentor == p.mentor &&
                                    same->second->mentees == p.mentees) {
      diags.Error(p.where, "пара " + p.id + " уже внесена " + in_pairs + " (строка " +
                               std::to_string(same->second->where.line) + "): предложение уже применено");
      continue;
    }
    if (ids.count(p.id)) {
      diags.Error(p.where, "код " + p.id + " уже есть " + in_pairs + "; предложение устарело — запустите nastavnik match заново");
    }
    const model::Person* mentor = program.FindPerson(p.mentor);
    if (!mentor) continue;
    for (const std::string& id : p.mentees) {
      if (auto it = active.find(id); it != active.end() && p.status == model::PairStatus::kActive) {
        diags.Error(p.where, "наставляемый " + id + " уже состоит в активной паре " + it->second + " " + model::InTable(program.TablePath("pairs")));
      }
      auto mentee = program.person_index.find(id);
      if (mentee == program.person_index.end()) continue;
      model::Form form = p.form;
      RuleSet broken = rules.Check(program.person_index.at(p.mentor), mentee->second, &form) & ~WaivedBy(p);
      if (broken) {
        diags.Error(p.where, "пара " + p.id + " (наставник " + p.mentor + ", наставляемый " + id +
                                 ") нарушает правила подбора: " + RuleNames(broken));
      }
    }
    if (p.status != model::PairStatus::kActive) continue;
    int& taken = load[p.mentor];
    taken += static_cast<int>(p.mentees.size());
    if (taken > mentor->capacity) {
      diags.Error(p.where, "у наставника " + mentor->full_name + " (" + p.mentor + ") будет " + std::to_string(taken) +
                               " наставляемых в активных парах, а может быть не больше " + std::to_string(mentor->capacity));
    }
  }
}

}  // namespace nastavnik::compute::matching
