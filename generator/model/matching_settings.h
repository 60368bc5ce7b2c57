// Stage 2 (model): the [matching] table of program.toml and content/data/forbidden.csv, the two
// inputs only `nastavnik match` uses (a build still checks them, so errors show early).
#pragma once

#include "base/diagnostics.h"
#include "load/table.h"
#include "load/tree.h"
#include "model/ids.h"
#include "model/program.h"

namespace nastavnik::model {

/// table may be null (no [matching]): the defaults stay.
void ReadMatchingSettings(const load::Value* table, MatchingSettings& out, Diagnostics& diags);

/// forbidden.csv: mentor / Наставник, mentee / Наставляемый, reason / Причина. Unknown ids and
/// a pair forbidding someone with themselves are errors.
void BuildForbidden(const load::Table& table, Program& program, Diagnostics& diags,
                    const IdSource& people = {});

}  // namespace nastavnik::model
