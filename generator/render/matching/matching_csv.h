// Stage 4 (render): the matching proposal and its candidates as CSV a curator opens in Excel:
// UTF-8 with a BOM, semicolon-separated with decimal commas (what Excel on a Russian system opens
// as columns), CRLF, quoted per RFC 4180.
#pragma once

#include <string>

#include "compute/matching/match.h"
#include "model/program.h"

namespace nastavnik::render::matching {

/// proposal.csv: the columns of pairs.csv (DATA.md), one row per proposed pair or group.
std::string ProposalCsv(const model::Program& program, const compute::matching::Matching& matching);

/// candidates.csv: every eligible mentor–mentee pair with each score component and the total.
std::string CandidatesCsv(const model::Program& program, const compute::matching::Matching& matching);

/// Appends one CSV field and its separator (quoted when it holds a quote, semicolon or line break).
void AppendField(std::string* out, const std::string& field, bool last = false);

}  // namespace nastavnik::render::matching
