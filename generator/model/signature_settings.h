// Stage 2 (model): [signature] of program.toml, the mark of the electronic signature that the
// documents show (ГОСТ Р 7.0.97-2025). Kept apart from build_settings.cc: it is its own contract.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/tree.h"
#include "model/program.h"

namespace nastavnik::model {

/// The documents the mark may go on (their file names under pdf/), in the order of the set.
const std::vector<std::string>& SignableDocuments();

/// Reads [signature]; table may be null (no mark anywhere). Needs program.organization read.
void ReadSignatureSettings(const load::Value* table, Program& program, Diagnostics& diags);

/// Warns when the certificate was not valid on the approval date of the documents it signs (an
/// inspector asks how it signed them), else when it is not valid on date (the report's or the
/// build's): a curator publishing a document signed with an expired certificate must hear of it.
void CheckSignatureValidity(const Program& program, Date date, Diagnostics& diags);

}  // namespace nastavnik::model
