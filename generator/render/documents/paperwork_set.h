// Stage 4 (render): every document of the paperwork as PDF bytes, and which of them the site may
// publish (nothing that names a pupil).
#pragma once

#include <string>
#include <vector>

#include "base/document.h"
#include "model/program.h"
#include "render/artifact.h"
#include "render/documents/documents.h"
#include "render/pdf/pdf.h"

namespace nastavnik::render::documents {

struct PublishedDocument {
  std::string title;
  std::string file;  // under output/, "pdf/programma.pdf"
  std::string slug;  // the site page, "documents/programma"
  size_t bytes = 0;
  doc::Document body;
};

struct Paperwork {
  Artifacts files;  // the published documents' files under pdf/
  std::vector<PublishedDocument> published;
};

/// Every other file goes to sink, or into a file from open, as soon as it is made (from two
/// threads on a small roster: both must be safe to call at once), so that a big school's PDFs
/// are never held together.
Result<Paperwork> RenderPaperwork(const model::Program& program, const Templates& templates,
                                  const pdf::PdfOptions& options, const ArtifactSink& sink, const FileOpener& open);

/// The individual plans alone: pdf/plans/<pair id>.pdf for each pair to sink as it is made and
/// the booklet pdf/plans.pdf, in which every plan starts on an odd page, into a file from open.
Status RenderPlans(const model::Program& program, const Templates& templates, const pdf::PdfOptions& options,
                   const ArtifactSink& sink, const FileOpener& open);
/// The same, all returned.
Result<Artifacts> RenderPlans(const model::Program& program, const Templates& templates,
                              const pdf::PdfOptions& options);

}  // namespace nastavnik::render::documents
