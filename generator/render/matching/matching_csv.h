// Stage 4 (render): the matching proposal and its candidates as CSV a curator opens in Excel:
// UTF-8 with a BOM, semicolon-separated with decimal commas (what Excel on a Russian system opens
// as columns), CRLF, quoted per RFC 4180.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "compute/matching/match.h"
#include "model/program.h"

namespace nastavnik::render::matching {

/// proposal.csv: the columns of pairs.csv (DATA.md), one row per proposed pair or group.
std::string ProposalCsv(const model::Program& program, const compute::matching::Matching& matching);

/// candidates.csv, what a curator opens in Excel: per mentee the proposed candidate and the best
/// by total score, at most [matching] candidates_per_mentee of them (fewer when the roster is so
/// large that they would pass Excel's 1,048,576 rows), with each score component and the total;
/// after a mentee's rows, the pairs the rules allow under matching.min_score (Matching::below_min),
/// flagged «нет: балл ниже минимального» in the last column.
std::string CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching);
/// The same bytes in pieces of about a megabyte, each passed to put as soon as it is made: a
/// region's file is hundreds of megabytes, better written as it is made than held whole.
void CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching,
                   const std::function<void(std::string_view)>& put);

/// Rows per file of the full list: within Excel's rows with room to spare.
constexpr size_t kCandidatesPerPart = 1000000;
/// How many files the full list of candidates takes (candidates-full-1.csv, -2…): 0 when
/// candidates.csv already holds every candidate.
size_t CandidatesFullParts(const model::Program& program, const compute::matching::Matching& matching,
                           size_t rows_per_part = kCandidatesPerPart);
/// Part number part (0-based) of the full list: every eligible pair, in the order of candidates.csv.
void CandidatesFullCsv(const model::Program& program, const compute::matching::Matching& matching, size_t part,
                       const std::function<void(std::string_view)>& put, size_t rows_per_part = kCandidatesPerPart);

/// Appends one CSV field and its separator (quoted when it holds a quote, semicolon or line break;
/// a field Excel would take for a formula is defused with a leading apostrophe, base/csv_formula.h).
void AppendField(std::string* out, const std::string& field, bool last = false);

}  // namespace nastavnik::render::matching
