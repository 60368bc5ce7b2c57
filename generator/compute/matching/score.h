// Stage 3 (compute): the score of an eligible pair: a weighted sum of components, each 0..1,
// with the weights (points) of [matching.weights]. Evidence names only what actually matched.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compute/matching/eligibility.h"
#include "model/program.h"

namespace nastavnik::compute::matching {

// float: a region keeps millions of these, and two decimals is all anyone reads.
struct Components {
  float requests = 0;      // share of the mentee's requests met by the mentor's strengths/subject
  float subject = 0;       // same subject (teachers) or the mentor's subject among the requests
  float availability = 0;  // share of the mentee's days the mentor shares
  float gap = 0;           // fit of the grade gap (ученик – ученик) or experience gap (учитель – учитель)
  float wishes = 0;        // the mentee named this mentor
  float total = 0;         // points, rounded to hundredths
};

Components Score(const model::Program& program, const Eligibility& rules, size_t mentor, size_t mentee,
                 model::Form form);

/// Points as the solver sees them: hundredths, so ties and rounding are exact.
long long ScoreUnits(double points);

/// A mentee's request and what of the mentor's meets it: strengths as written, or (when none)
/// the mentor's subject.
struct MatchedRequest {
  std::string request;
  std::vector<std::string> strengths;
  bool by_subject = false;
};

/// What actually matched in a pair; render/matching/evidence.h words it.
struct PairEvidence {
  size_t mentor = 0, mentee = 0;  // indices into program.people
  model::Form form = model::Form::kTeacherPupil;
  std::vector<MatchedRequest> requests;
  bool same_subject = false;
  bool days_given = false;  // both gave their days
  uint8_t days = 0;         // then the shared weekdays, bit 0 = Monday
  bool wished = false;  // the mentee named this mentor
};

/// Evidence for a pair: which requests matched which strengths, the subject, shared days, wishes.
PairEvidence Evidence(const model::Program& program, Eligibility& rules, size_t mentor, size_t mentee, model::Form form);

}  // namespace nastavnik::compute::matching
