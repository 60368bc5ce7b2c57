#include "compute/matching/validate.h"

#include <map>
#include <set>

#include "compute/matching/match.h"

namespace nastavnik::compute::matching {

std::vector<ProposalProblem> ValidateProposal(const model::Program& program, const std::vector<model::Pair>& proposed) {
  using Kind = ProposalProblem::Kind;
  std::vector<ProposalProblem> out;
  Eligibility rules(program);
  std::map<std::string, const model::Pair*> ids;
  std::map<std::string, std::string> active;  // mentee → pair id
  for (const model::Pair& p : program.pairs) {
    ids[p.id] = &p;
    if (p.status != model::PairStatus::kActive) continue;
    for (const std::string& m : p.mentees) active[m] = p.id;
  }
  std::map<std::string, int> load = ActiveLoad(program);
  for (size_t row = 0; row < proposed.size(); ++row) {
    const model::Pair& p = proposed[row];
    if (auto same = ids.find(p.id); same != ids.end() && same->second->mentor == p.mentor &&
                                    same->second->mentees == p.mentees) {
      ProposalProblem applied{Kind::kApplied, row};
      applied.line = same->second->where.line;
      out.push_back(applied);
      continue;
    }
    if (ids.count(p.id)) out.push_back({Kind::kIdTaken, row});
    const model::Person* mentor = program.FindPerson(p.mentor);
    if (!mentor) continue;
    for (const std::string& id : p.mentees) {
      if (auto it = active.find(id); it != active.end() && p.status == model::PairStatus::kActive) {
        out.push_back({Kind::kMenteeBusy, row, id, it->second});
      }
      auto mentee = program.person_index.find(id);
      if (mentee == program.person_index.end()) continue;
      model::Form form = p.form;
      RuleSet broken = rules.Check(program.person_index.at(p.mentor), mentee->second, &form) & ~WaivedBy(p);
      if (broken) {
        ProposalProblem breach{Kind::kBreaksRules, row, id};
        breach.broken = broken;
        out.push_back(breach);
      }
    }
    if (p.status != model::PairStatus::kActive) continue;
    int& taken = load[p.mentor];
    taken += static_cast<int>(p.mentees.size());
    if (taken > mentor->capacity) {
      ProposalProblem over{Kind::kOverCapacity, row};
      over.taken = taken;
      over.capacity = mentor->capacity;
      out.push_back(over);
    }
  }
  return out;
}

}  // namespace nastavnik::compute::matching
