// Stage 4 (render): «База наставников» and «База наставляемых» (the registries of the target
// model) as an XLSX workbook, with the methodology's columns.
#pragma once

#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::documents {

xlsx::Workbook BuildRegistries(const model::Program& program);

}  // namespace nastavnik::render::documents
