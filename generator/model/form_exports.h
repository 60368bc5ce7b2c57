// Stage 2 (model): the answers of a form service's export (content/data/ankety/), read through
// the [[exports]] mapping of their questionnaire into the same survey rows as surveys.csv.
// Respondents are matched by code, e-mail or full name, folded as the duplicate check folds them.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/table.h"
#include "model/program.h"

namespace nastavnik::model {

/// Appends to program.surveys the rows of every export a questionnaire maps; every problem at
/// its file:line:column (a respondent no one or two people match names the nearest participants).
void BuildFormAnswers(const std::map<std::string, load::Table>& exports, Program& program, Diagnostics& diags);

/// The day of a form service's time stamp: «15.09.2025 14:03:22», «2025-09-15 14:03:22»,
/// «2025/09/15 2:03:22 PM GMT+3», «9/15/2025 14:03:22» (Google's US form); nullopt otherwise.
std::optional<Date> ParseTimestamp(const std::string& text);

}  // namespace nastavnik::model
