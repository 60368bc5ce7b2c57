// Stage 4 (render): the words of matching's findings — the rules' names, the active pairs that break
// them, lone subjects, categories of mentors left without candidates, and the problems of a reviewed
// proposal. compute/matching finds them as codes and numbers; the messages are made here.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "compute/matching/match.h"
#include "compute/matching/validate.h"

namespace nastavnik::render::matching {

/// Short name of a rule, as the explanation and the errors print it.
std::string RuleName(compute::matching::Rule rule);
/// Every rule in a set, by name, joined with "; ".
std::string RuleNames(compute::matching::RuleSet rules);

/// Matching's notices at their places: a pinned pair breaking a rule is an error, the rest warnings.
void ReportNotices(const model::Program& program, const compute::matching::Matching& matching, Diagnostics& diags);

/// compute::matching::Match with its notices reported.
compute::matching::Matching MatchReported(const model::Program& program, Date today, Diagnostics& diags,
                                          bool keep_flow = false);

/// A reviewed proposal's problems, each at its row.
void ReportProposalProblems(const model::Program& program, const std::vector<model::Pair>& proposed,
                            const std::vector<compute::matching::ProposalProblem>& problems, Diagnostics& diags);

}  // namespace nastavnik::render::matching
