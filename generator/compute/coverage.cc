#include "compute/coverage.h"

#include <algorithm>
#include <set>

namespace nastavnik::compute {

double Coverage::share() const {
  int all = pupils_total + teachers_total;
  return all > 0 ? static_cast<double>(pupils_covered + teachers_covered) / all : 0;
}

Coverage ComputeCoverage(const model::Program& program) {
  Coverage c;
  c.target = program.settings.target_coverage;
  std::set<std::string> covered;
  for (const model::Pair& pair : program.pairs) {
    if (pair.status == model::PairStatus::kTerminated) continue;
    if (pair.status == model::PairStatus::kActive) {
      ++c.active_pairs;
      if (pair.is_group()) ++c.groups;
    }
    covered.insert(pair.mentor);
    covered.insert(pair.mentees.begin(), pair.mentees.end());
  }
  for (const std::string& id : covered) {
    if (const model::Person* person = program.FindPerson(id)) {
      c.pupils_covered += person->category == model::Category::kPupil;
      c.teachers_covered += person->category == model::Category::kTeacher;
    }
  }
  int listed_pupils = 0, listed_teachers = 0;
  for (const model::Person& person : program.people) {
    listed_pupils += person.category == model::Category::kPupil;
    listed_teachers += person.category == model::Category::kTeacher;
  }
  c.pupils_total = std::max(program.settings.pupils_total, listed_pupils);
  c.teachers_total = std::max(program.settings.teachers_total, listed_teachers);
  return c;
}

}  // namespace nastavnik::compute
