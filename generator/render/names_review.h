// Stage 4 (render): output/names.csv, the curator's review of every name in every case: one row
// per person, with the gender the documents use and where the forms come from. Internal: it names
// pupils, so it never goes to the site.
#pragma once

#include <string>

#include "model/program.h"

namespace nastavnik::render {

/// UTF-8 with a BOM, «;»-separated, as Excel opens it:
/// id;ФИО;пол;родительный;дательный;винительный;творительный;предложный;источник.
std::string RenderNamesReview(const model::Program& program);

}  // namespace nastavnik::render
