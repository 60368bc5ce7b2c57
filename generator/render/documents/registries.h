// Stage 4 (render): «База наставников» and «База наставляемых» (the registries of the target
// model) as an XLSX workbook, with the methodology's columns.
#pragma once

#include "base/document.h"
#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::documents {

xlsx::Workbook BuildRegistries(const model::Program& program);
/// The same bases on paper (pdf/bazy.pdf), each signed and dated by the curator.
doc::Document RegistriesDocument(const model::Program& program);

}  // namespace nastavnik::render::documents
