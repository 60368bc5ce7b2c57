// Stage 4 (render): «База наставников» and «База наставляемых» (the registries of the target
// model) as an XLSX workbook, with the methodology's columns.
#pragma once

#include "base/document.h"
#include "model/program.h"
#include "render/documents/documents.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::documents {

/// The workbook (xlsx/bazy.xlsx): each sheet's first row says the build overwrites it.
xlsx::Workbook BuildRegistries(const model::Program& program);
/// The same bases on paper (pdf/bazy.pdf), each signed and dated by the curator: a part per base
/// (landscape, each on new pages), made when it is laid out. Each part may be asked for once, in
/// order: it moves out of the workbook, so that one base at a time is held as a document.
PagedDocument RegistriesPages(const model::Program& program);

}  // namespace nastavnik::render::documents
