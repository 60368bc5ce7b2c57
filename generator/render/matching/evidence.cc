#include "render/matching/evidence.h"

#include <algorithm>
#include <cstdio>

#include "base/grammar/grammar.h"

namespace nastavnik::render::matching {
namespace {

// Years of experience with the agreeing noun: «1 год», «18 лет»; a fraction takes «года» («2,5 года»).
std::string Years(double years) {
  if (years == static_cast<double>(static_cast<long long>(years))) {
    return grammar::CountNoun(static_cast<long long>(years), "год", "года", "лет");
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", years);
  std::string n = buf;
  std::replace(n.begin(), n.end(), '.', ',');
  return n + "\u00a0года";
}

std::string Days(uint8_t mask) {
  static const char* kNames[] = {"пн", "вт", "ср", "чт", "пт", "сб", "вс"};
  std::string out;
  for (int d = 0; d < 7; ++d) {
    if (!(mask & (1u << d))) continue;
    if (!out.empty()) out += ", ";
    out += kNames[d];
  }
  return out;
}

}  // namespace

std::vector<std::string> EvidenceText(const model::Program& program, const compute::matching::PairEvidence& e) {
  const model::Person& a = program.people[e.mentor];
  const model::Person& b = program.people[e.mentee];
  std::vector<std::string> out;
  for (const compute::matching::MatchedRequest& r : e.requests) {
    std::string joined;
    for (const std::string& s : r.strengths) joined += (joined.empty() ? "«" : ", «") + s + "»";
    if (r.by_subject) joined = "предмет «" + a.subject + "»";
    out.push_back("запрос «" + r.request + "» — " + joined);
  }
  if (e.same_subject) out.push_back("предмет: " + a.subject);
  if (e.days_given) out.push_back("общие дни: " + Days(e.days));
  if (e.form == model::Form::kPupilPupil) {
    out.push_back("классы: " + a.grade + " и " + b.grade);
  } else if (e.form == model::Form::kTeacherTeacher && a.experience_years) {
    out.push_back("стаж: " + Years(*a.experience_years) + " и " + Years(b.experience_years.value_or(0)));
  }
  if (e.wished) out.push_back("наставляемый сам назвал этого наставника");
  return out;
}

}  // namespace nastavnik::render::matching
