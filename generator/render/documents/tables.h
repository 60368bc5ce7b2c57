// Stage 4 (render): the program's tables as workbooks a curator keeps in Excel: pairs and groups,
// individual plans, the roadmap and the calendar plan; and any workbook as a landscape PDF of tables
// (the registries' paper form).
#pragma once

#include <string>

#include "base/date.h"
#include "base/document.h"
#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::documents {

/// The first line of a workbook the build writes says so: a curator who edits it loses the edits
/// at the next build. where says what to edit instead («данные школы (content/data/…)»). The
/// reader of the school's tables skips such a line above the header.
std::string OutputNote(const std::string& where);
/// OutputNote for a workbook made from one table of content/data; mark, when not empty, says
/// where the marks the workbook offers are kept («отметку о выполнении — в столбец «Статус»»).
std::string TableNote(const char* table, const char* mark = "");

xlsx::Workbook BuildPairsWorkbook(const model::Program& program);
/// today marks the tasks whose due date has passed without «выполнено» (a terminated pair's are
/// cancelled, not late).
xlsx::Workbook BuildPlansWorkbook(const model::Program& program, Date today);
xlsx::Workbook BuildRoadmapWorkbook(const model::Program& program);
xlsx::Workbook BuildCalendarWorkbook(const model::Program& program);

/// Each sheet as a heading and a table, on landscape pages: what the workbook holds, to print.
doc::Document WorkbookAsDocument(const xlsx::Workbook& workbook);

}  // namespace nastavnik::render::documents
