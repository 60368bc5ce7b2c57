// Stage 4 (render): the matching proposal explained for a curator: the document (shared by the
// HTML and PDF) and the workbook. Nothing here reaches the site or the paperwork.
#pragma once

#include <string>

#include "base/document.h"
#include "compute/matching/match.h"
#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::matching {

/// Large programs list their first rows here; the workbook and the CSV files hold all of them.
constexpr size_t kRowsInDocument = 400;

doc::Document BuildExplanation(const model::Program& program, const compute::matching::Matching& matching);
xlsx::Workbook BuildMatchingWorkbook(const model::Program& program, const compute::matching::Matching& matching);

/// "8,5": points with up to two decimals and a decimal comma.
std::string Points(double value);
/// "запрос 0,67 · предмет 1 · …": the components of a candidate, weighted as in program.toml.
std::string ComponentsText(const compute::matching::Components& c);

}  // namespace nastavnik::render::matching
