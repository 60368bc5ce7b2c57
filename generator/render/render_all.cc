#include "render/render_all.h"

#include "render/documents/polozhenie.h"
#include "render/documents/registries.h"
#include "render/pdf/pdf.h"
#include "render/site/site.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render {

Result<Artifacts> RenderAll(const model::Program& program, const compute::Results& results,
                            const load::Sources& sources, const RenderOptions& options) {
  Artifacts out;
  pdf::PdfOptions pdf_options;
  pdf_options.epoch_seconds = options.epoch_seconds;

  Result<doc::Document> polozhenie = documents::BuildPolozhenie(program, sources.templates);
  if (!polozhenie.ok()) return polozhenie.status();
  Result<std::string> polozhenie_pdf = pdf::RenderPdf(*polozhenie, pdf_options);
  if (!polozhenie_pdf.ok()) return polozhenie_pdf.status();
  out.push_back({"pdf/polozhenie.pdf", *polozhenie_pdf});

  Result<std::string> registries =
      xlsx::RenderXlsx(documents::BuildRegistries(program), options.epoch_seconds);
  if (!registries.ok()) return registries.status();
  out.push_back({"xlsx/bazy.xlsx", std::move(*registries)});

  // The Положение is a public document: the site shows it and offers its PDF.
  site::SiteInput input;
  input.program = &program;
  input.templates = &sources.templates;
  input.assets = &sources.assets;
  input.photos = &sources.photos;
  input.coverage = &results.coverage;
  input.live_reload = options.live_reload;
  input.documents.push_back(site::PublicDocument{"Положение о наставничестве", "pdf/polozhenie.pdf",
                                                 polozhenie_pdf->size(), *polozhenie,
                                                 "documents/polozhenie"});
  Result<Artifacts> site = site::RenderSite(input);
  if (!site.ok()) return site.status();
  for (Artifact& a : *site) out.push_back(std::move(a));
  out.push_back({"site/files/polozhenie.pdf", *polozhenie_pdf});
  return out;
}

}  // namespace nastavnik::render
