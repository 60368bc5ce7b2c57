// Stage 3 (compute): school subjects compared as subjects, not as word stems. A cell names one
// or more subjects («математика, информатика»); each name is normalised (case, ё, dots and
// spaces), abbreviations and synonyms are resolved through a built-in table and the school's
// [matching.subjects], and two people share a subject when their sets of subject ids meet.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "model/program.h"

namespace nastavnik::compute::matching {

class Subjects {
 public:
  explicit Subjects(const model::MatchingSettings& settings);
  /// Sorted ids of the subjects a cell names (empty for an empty cell).
  std::vector<int> Of(const std::string& cell);
  /// The normalised name a subject resolves to («англ. яз.» → «английский язык»).
  std::string Canonical(const std::string& name) const;
  /// Whether the name resolves through a table (built-in or the school's) rather than as written.
  bool Known(const std::string& name) const;

 private:
  std::unordered_map<std::string, std::string> synonyms_;  // normalised name → canonical name
  std::unordered_map<std::string, int> ids_;
};

/// Lower case, ё → е, a space after each dot, single spaces, no dots or spaces at the ends.
std::string NormalizeSubject(const std::string& name);

}  // namespace nastavnik::compute::matching
