// Stage 4 (render): every artifact of a build — the site, the PDF paperwork, the workbooks —
// handed to a sink one by one as each is made, ready for write/.
#pragma once

#include <memory>

#include "base/pdf_resources.h"
#include "compute/results.h"
#include "load/sources.h"
#include "model/program.h"
#include "model/questionnaire.h"
#include "render/artifact.h"

namespace nastavnik::render {

struct RenderOptions {
  long long epoch_seconds = 0;  // the build's time (SOURCE_DATE_EPOCH)
  bool live_reload = false;     // `nastavnik serve`: the site's pages reload after a rebuild
  std::shared_ptr<const PdfResources> pdf_resources;  // fonts and hyphenation (load/resources.h)
  const std::vector<model::Questionnaire>* questionnaires = nullptr;  // blank forms; may be null
  /// Where a build writes the files too long to hold (the paperwork's bound PDFs) as they are
  /// made; empty: they go to the sink whole.
  FileOpener open_file;
};

/// Renders every file and passes it to sink as soon as it is made; stops at the first failure.
Status RenderAll(const model::Program& program, const compute::Results& results, const load::Sources& sources,
                 const RenderOptions& options, const ArtifactSink& sink);

}  // namespace nastavnik::render
