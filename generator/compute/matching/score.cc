#include "compute/matching/score.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include "base/text.h"

namespace nastavnik::compute::matching {
namespace {

bool Wished(const Eligibility& rules, size_t mentee, size_t mentor) {
  const std::vector<uint32_t>& wished = rules.features(mentee).wished;
  return std::binary_search(wished.begin(), wished.end(), static_cast<uint32_t>(mentor));
}

double GapFit(const model::Program& program, const Features& a, const Features& b, model::Form form) {
  const model::MatchingSettings& m = program.matching;
  if (form == model::Form::kPupilPupil) {
    double ideal = m.ideal_grade_gap;
    double gap = a.grade - b.grade;
    return std::max(0.0, 1.0 - std::abs(gap - ideal) / (ideal + 1));
  }
  if (form == model::Form::kTeacherTeacher && a.experience >= 0) {
    return std::min(1.0, (a.experience - std::max(b.experience, 0.0)) / 10.0);
  }
  return 0;
}

}  // namespace

long long ScoreUnits(double points) { return std::llround(points * 100); }

Components Score(const model::Program& program, const Eligibility& rules, size_t mentor, size_t mentee,
                 model::Form form) {
  const Features& a = rules.features(mentor);
  const Features& b = rules.features(mentee);
  const model::MatchingSettings& m = program.matching;
  Components c;
  if (!b.requests.empty()) {
    int met = 0;
    for (const std::vector<int>& r : b.requests) {
      if (Intersects(r, a.strengths) || Intersects(r, a.subject_stems)) ++met;
    }
    c.requests = static_cast<float>(met) / static_cast<float>(b.requests.size());
  }
  if (!a.subject.empty()) {
    c.subject = (b.subject.empty() ? Intersects(a.subject_stems, b.request_stems) : Intersects(a.subject, b.subject)) ? 1 : 0;
  }
  if (a.days && b.days) {
    c.availability = static_cast<float>(std::popcount(static_cast<unsigned>(a.days & b.days))) /
                     static_cast<float>(std::popcount(static_cast<unsigned>(b.days)));
  }
  c.gap = static_cast<float>(GapFit(program, a, b, form));
  c.wishes = Wished(rules, mentee, mentor) ? 1 : 0;
  // Rounded to hundredths of a point so the CSV, the explanation and the solver agree.
  double points = m.weight_requests * static_cast<double>(c.requests) + m.weight_subject * static_cast<double>(c.subject) +
                  m.weight_availability * static_cast<double>(c.availability) + m.weight_gap * static_cast<double>(c.gap) +
                  m.weight_wishes * static_cast<double>(c.wishes);
  c.total = static_cast<float>(ScoreUnits(points) / 100.0);
  return c;
}

PairEvidence Evidence(const model::Program& program, Eligibility& rules, size_t mentor, size_t mentee, model::Form form) {
  const model::Person& a = program.people[mentor];
  const model::Person& b = program.people[mentee];
  const Features& fa = rules.features(mentor);
  const Features& fb = rules.features(mentee);
  PairEvidence out{mentor, mentee, form, {}, false, false, 0, false};
  for (const std::string& request : b.requests) {
    const std::vector<int>& r = rules.stems().Of(request);
    MatchedRequest matched{request, {}, false};
    for (const std::string& s : a.strengths) {
      if (Intersects(r, rules.stems().Of(s))) matched.strengths.push_back(s);
    }
    matched.by_subject = matched.strengths.empty() && Intersects(r, fa.subject_stems);
    if (!matched.strengths.empty() || matched.by_subject) out.requests.push_back(std::move(matched));
  }
  out.same_subject = !fb.subject.empty() && Intersects(fa.subject, fb.subject);
  out.days_given = fa.days && fb.days;
  out.days = fa.days & fb.days;
  out.wished = Wished(rules, mentee, mentor);
  return out;
}

}  // namespace nastavnik::compute::matching
