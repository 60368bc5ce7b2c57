#include "render/render_all.h"

#include <mutex>
#include <optional>

#include "base/stage_timer.h"
#include "render/documents/blank_forms.h"
#include "render/documents/paperwork_set.h"
#include "render/documents/registries.h"
#include "render/monitoring/render_monitoring.h"
#include "render/names_review.h"
#include "render/pdf/pdf.h"
#include "render/site/site.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render {
namespace {

// The blank questionnaires: PDFs under pdf/ankety/, the same files and a page each on the site
// (they hold no personal data), and a link to them from the monitoring report's public page.
Status AddBlankForms(const model::Program& program, const std::vector<model::Questionnaire>& questionnaires,
                     const pdf::PdfOptions& pdf_options, site::PublicDocument& monitoring_page,
                     site::SiteInput& input, const ArtifactSink& sink) {
  Result<std::vector<documents::BlankForm>> forms = documents::RenderBlankForms(program, questionnaires, pdf_options);
  if (!forms.ok()) return forms.status();
  if (forms->empty()) return Status::Ok();
  for (documents::BlankForm& f : *forms) {
    input.questionnaires.push_back(site::PublicDocument{f.title, f.file, f.pdf.size(), std::move(f.body), f.slug});
    if (Status s = sink({"site/files/" + f.file.substr(4), f.pdf}); !s.ok()) return s;
    if (Status s = sink({f.file, std::move(f.pdf)}); !s.ok()) return s;
  }
  doc::Inline link;
  link.kind = doc::InlineKind::kLink;
  link.url = "../ankety.html";
  link.children.push_back(doc::Text("Бланки анкет мониторинга"));
  doc::Block paragraph;
  paragraph.inlines = {std::move(link), doc::Text(" — для печати и для анкетирования участников.")};
  monitoring_page.body.blocks.push_back(std::move(paragraph));
  return Status::Ok();
}

}  // namespace

Status RenderAll(const model::Program& program, const compute::Results& results, const load::Sources& sources,
                 const RenderOptions& options, const ArtifactSink& sink) {
  pdf::PdfOptions pdf_options;
  pdf_options.epoch_seconds = options.epoch_seconds;
  pdf_options.resources = options.pdf_resources;
  for (const load::Asset& a : sources.assets) {
    if (a.source.starts_with("content/")) pdf_options.images[a.source.substr(8)] = a.bytes;
  }

  std::optional<StageTimer> t(std::in_place, "paperwork (all PDFs)");
  // The paperwork hands its files over from two threads on a small roster.
  std::mutex handing;
  const ArtifactSink locked = [&](Artifact&& a) {
    std::lock_guard<std::mutex> lock(handing);
    return sink(std::move(a));
  };
  const FileOpener in_memory = InMemoryFiles(locked);
  const FileOpener open = [&](const std::string& path) {
    std::lock_guard<std::mutex> lock(handing);
    return options.open_file ? options.open_file(path) : in_memory(path);
  };
  Result<documents::Paperwork> paperwork =
      documents::RenderPaperwork(program, sources.templates, pdf_options, locked, open);
  if (!paperwork.ok()) return paperwork.status();
  // Handed over at once: the site needs only the public documents' trees, not the PDFs' bytes.
  t.emplace("copy files");
  for (Artifact& a : paperwork->files) {
    for (const documents::PublishedDocument& d : paperwork->published) {
      if (d.file != a.path) continue;
      if (Status s = sink({"site/files/" + a.path.substr(4), a.bytes}); !s.ok()) return s;
    }
    if (Status s = sink(std::move(a)); !s.ok()) return s;
  }
  paperwork->files = {};

  t.emplace("xlsx/bazy.xlsx");
  Result<std::string> registries =
      xlsx::RenderXlsx(documents::BuildRegistries(program), options.epoch_seconds);
  if (!registries.ok()) return registries.status();
  if (Status s = sink({"xlsx/bazy.xlsx", std::move(*registries)}); !s.ok()) return s;
  // Every name in every case, for the curator to read once (internal: it names pupils).
  if (Status s = sink({"names.csv", RenderNamesReview(program)}); !s.ok()) return s;

  t.emplace("monitoring");
  Result<monitoring::MonitoringOutputs> monitoring =
      monitoring::RenderMonitoring(program, results.monitoring, pdf_options, open);
  if (!monitoring.ok()) return monitoring.status();
  for (Artifact& a : monitoring->files) {
    if (Status s = sink(std::move(a)); !s.ok()) return s;
  }
  monitoring->files = {};

  // Public documents (no pupil named in them) are shown on the site and offered as PDFs.
  site::SiteInput input;
  input.program = &program;
  input.templates = &sources.templates;
  input.assets = &sources.assets;
  input.photos = &sources.photos;
  input.coverage = &results.coverage;
  input.emblem = sources.emblem;
  if (options.pdf_resources) {
    auto font = options.pdf_resources->fonts.find(kChartFontFile);
    if (font != options.pdf_resources->fonts.end()) input.chart_font = &font->second;
  }
  for (documents::PublishedDocument& d : paperwork->published) {
    input.documents.push_back(site::PublicDocument{d.title, d.file, d.bytes, std::move(d.body), d.slug});
  }
  if (options.questionnaires) {
    t.emplace("pdf/ankety");
    Status forms = AddBlankForms(program, *options.questionnaires, pdf_options, monitoring->public_report, input, sink);
    if (!forms.ok()) return forms;
  }
  // The monitoring report's public page holds aggregates only; its PDF names pairs and stays internal.
  input.documents.push_back(std::move(monitoring->public_report));
  input.live_reload = options.live_reload;
  t.emplace("site");
  Result<Artifacts> site = site::RenderSite(input);
  if (!site.ok()) return site.status();
  for (Artifact& a : *site) {
    if (Status s = sink(std::move(a)); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace nastavnik::render
