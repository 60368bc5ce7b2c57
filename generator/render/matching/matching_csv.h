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

/// candidates.csv: every eligible mentor–mentee pair with each score component and the total.
std::string CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching);
/// The same bytes in pieces of about a megabyte, each passed to put as soon as it is made: a
/// region's file is hundreds of megabytes, better written as it is made than held whole.
void CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching,
                   const std::function<void(std::string_view)>& put);

/// Appends one CSV field and its separator (quoted when it holds a quote, semicolon or line break;
/// a field Excel would take for a formula is defused with a leading apostrophe, base/csv_formula.h).
void AppendField(std::string* out, const std::string& field, bool last = false);

}  // namespace nastavnik::render::matching
