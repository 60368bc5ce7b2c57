// Stage 4 (render): the blank questionnaires to print, output/pdf/ankety/<name>.pdf. They hold no
// personal data (only the school's name and the questions), so the site publishes them too.
#pragma once

#include <string>
#include <vector>

#include "base/document.h"
#include "model/program.h"
#include "model/questionnaire.h"
#include "render/pdf/pdf.h"

namespace nastavnik::render::documents {

/// The form as a document tree: the school, the title, lines for the name or code and the
/// date, then every question with boxes to tick, a scale 1…10 or lines to write on.
doc::Document BuildBlankForm(const model::Program& program, const model::Questionnaire& form);

struct BlankForm {
  std::string title;
  std::string file;  // under output/: "pdf/ankety/nastavnik.pdf"
  std::string slug;  // the site page: "ankety/nastavnik"
  std::string pdf;   // the PDF's bytes
  doc::Document body;
};

Result<std::vector<BlankForm>> RenderBlankForms(const model::Program& program,
                                                const std::vector<model::Questionnaire>& forms,
                                                const pdf::PdfOptions& options);

}  // namespace nastavnik::render::documents
