// Stage 4 (render): the program's tables as workbooks a curator keeps in Excel: pairs and groups,
// individual plans, the roadmap and the calendar plan; and any workbook as a landscape PDF of tables
// (the registries' paper form).
#pragma once

#include "base/date.h"
#include "base/document.h"
#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::documents {

xlsx::Workbook BuildPairsWorkbook(const model::Program& program);
/// today marks the tasks whose due date has passed without «выполнено» (a terminated pair's are
/// cancelled, not late).
xlsx::Workbook BuildPlansWorkbook(const model::Program& program, Date today);
xlsx::Workbook BuildRoadmapWorkbook(const model::Program& program);
xlsx::Workbook BuildCalendarWorkbook(const model::Program& program);

/// Each sheet as a heading and a table, on landscape pages: what the workbook holds, to print.
doc::Document WorkbookAsDocument(const xlsx::Workbook& workbook);

}  // namespace nastavnik::render::documents
