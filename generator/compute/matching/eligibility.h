// Stage 3 (compute): the hard rules of pair formation. Each rule has a name a curator reads in the
// explanation (render/matching/notices.h); a candidate pair is eligible when no rule fails. People are reduced to Features once
// so that checking millions of candidate pairs (a regional network) stays cheap.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/program.h"

namespace nastavnik::compute::matching {

enum class Rule : uint8_t {
  kSelf,           // никто не наставник самому себе
  kNoForm,         // the two categories make no form of mentoring
  kFormNotInUse,   // the form is not in program.forms
  kFormMentor,     // the mentor did not agree to the form
  kFormMentee,     // the mentee did not agree to the form
  kOrganization,   // different organisations in a program that is not a network
  kGrade,          // ученик – ученик: the mentor is not enough grades higher
  kExperience,     // учитель – учитель: not enough experience on the mentor's side
  kSubject,        // the form needs the same subject
  kAvailability,   // no shared day
  kForbidden,      // forbidden.csv
  kCapacity,       // the mentor has no free place
  kMinScore,       // below matching.min_score
  kCount,
};
using RuleSet = uint32_t;
inline RuleSet Bit(Rule r) { return RuleSet{1} << static_cast<int>(r); }

/// The form that follows from the two categories, if any.
std::optional<model::Form> FormFor(model::Category mentor, model::Category mentee);

/// What the rules and scores need of one person, precomputed.
struct Features {
  model::Category category = model::Category::kPupil;
  uint8_t forms = 0;  // bit per model::Form the person agreed to; all bits when the cell is empty
  uint8_t days = 0;   // bit per weekday; 0 = not given (no rule, no points)
  int grade = 0;
  double experience = -1;  // years; -1 = not given
  int organization = 0;    // index into a table of folded names; empty = the program's own
  std::vector<int> subject;        // subject ids (compute/matching/subjects.h)
  std::vector<int> subject_stems;  // stems of the subject cell, for free-text requests
  std::vector<int> strengths;  // stems of all strengths (sorted)
  std::vector<std::vector<int>> requests;  // stems per request item
  std::vector<int> request_stems;          // all request stems (sorted)
  std::vector<uint32_t> wished;            // people named in «Пожелания» by id or name (sorted indices)
};

/// Turns words into stem ids shared by all people of one program.
class Stems {
 public:
  /// Sorted, unique stem ids of the meaningful words of text (remembered per text: explanations
  /// ask again for the same strengths and requests).
  const std::vector<int>& Of(const std::string& text);
  int Day(const std::string& token) const;  // 0..6 or -1

 private:
  std::unordered_map<std::string, int> ids_;
  std::unordered_map<std::string, std::vector<int>> known_;
};

class Eligibility {
 public:
  Eligibility(const model::Program& program);

  const Features& features(size_t person) const { return features_[person]; }
  /// Every hard rule the pair (people indices) breaks, capacity and score aside; form receives
  /// the form that follows from the categories when there is one.
  RuleSet Check(size_t mentor, size_t mentee, model::Form* form) const;
  Stems& stems() { return stems_; }

 private:
  const model::Program& program_;
  Stems stems_;
  std::vector<Features> features_;
  uint8_t forms_in_use_ = 0;
  uint8_t subject_forms_ = 0;
  std::unordered_set<uint64_t> forbidden_;
};

/// Reverse mentoring (реверсивное наставничество, methodology 003): a younger teacher mentors an
/// experienced one in a skill of their own (digital tools, say). Declared per pair by a role model
/// («Ролевая модель» in pairs.csv) that names it: «реверсивное…» or «обратное…».
bool IsReverse(const model::Pair& pair);
/// The rules a pair's declared role model lifts: the experience rule for a reverse pair.
RuleSet WaivedBy(const model::Pair& pair);

/// True when two sorted id lists share an element.
bool Intersects(const std::vector<int>& a, const std::vector<int>& b);

}  // namespace nastavnik::compute::matching
