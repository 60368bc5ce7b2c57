// Stage 2 (model): every character of the input that reaches a PDF must be one the PDF fonts
// have. The renderer stops at the first it lacks; this check finds all of them, in `check` too,
// each where the school can fix it.
#pragma once

#include "base/code_point_set.h"
#include "base/diagnostics.h"
#include "load/sources.h"

namespace nastavnik::model {

/// One error per character missing from printable, once per place that holds it: a CSV cell
/// (at the cell), a program.toml string (at the value; [site] is left out, the site shows it in
/// a browser's fonts), a line of a document template (at the character). Pages under content/ are
/// not checked: they become HTML only.
void CheckPrintable(const load::Sources& sources, const CodePointSet& printable, Diagnostics& diags);

}  // namespace nastavnik::model
