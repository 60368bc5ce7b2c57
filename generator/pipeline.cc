// The pipeline: load → model → compute → render → write, stopping after the first stage that
// reports errors, so that a bad input never produces half an output.
#include "pipeline.h"

#include "compute/results.h"
#include "compute/rollup.h"
#include "load/photos.h"
#include "load/sources.h"
#include "load/summaries.h"
#include "model/build_program.h"
#include "model/school_summary.h"
#include "render/render_all.h"
#include "render/rollup/rollup.h"
#include "render/site/template_check.h"
#include "write/writer.h"

namespace nastavnik {

Status Build(const BuildOptions& options, Diagnostics& diags) {
  std::optional<load::Sources> sources = load::LoadSources(options.project, diags);
  if (!sources) return Status::Input("сборка остановлена: исправьте ошибки выше");
  sources->photos = load::LoadPhotos(options.project, diags);
  std::optional<model::Program> program = model::BuildProgram(*sources, diags);
  if (!program || diags.has_errors()) return Status::Input("сборка остановлена: исправьте ошибки выше");
  // A site template asking for a field the law keeps private stops the build (152-ФЗ).
  render::site::CheckSiteTemplates(sources->templates, program->site.theme, diags);
  if (diags.has_errors()) return Status::Input("сборка остановлена: исправьте ошибки выше");
  if (options.check_only) return Status::Ok();
  Date today = options.today ? *options.today
                             : program->monitoring.report_date ? *program->monitoring.report_date
                                                               : DateFromEpochSeconds(options.epoch_seconds);
  compute::Results results = compute::ComputeAll(*program, today);
  render::RenderOptions render_options;
  render_options.epoch_seconds = options.epoch_seconds;
  render_options.live_reload = options.live_reload;
  Result<render::Artifacts> artifacts = render::RenderAll(*program, results, *sources, render_options);
  if (!artifacts.ok()) return artifacts.status();
  if (options.in_memory) {
    *options.in_memory = std::move(*artifacts);
    return Status::Ok();
  }
  return write::WriteArtifacts(options.output, *artifacts, options.epoch_seconds);
}

Status Rollup(const RollupOptions& options, Diagnostics& diags) {
  std::vector<load::SummaryFile> files = load::LoadSummaryFiles(options.inputs, diags);
  std::vector<std::pair<std::string, const load::Value*>> roots;
  for (const load::SummaryFile& f : files) roots.emplace_back(f.path, &f.root);
  std::vector<model::SchoolSummary> schools = model::BuildSchoolSummaries(roots, diags);
  if (diags.has_errors()) return Status::Input("сводный отчёт не собран: исправьте ошибки выше");
  if (schools.empty()) return Status::Input("не указано ни одной сводки школы");
  compute::NetworkRollup rollup = compute::RollUp(std::move(schools));
  Result<render::Artifacts> artifacts = render::rollup::RenderRollup(rollup, options.epoch_seconds);
  if (!artifacts.ok()) return artifacts.status();
  return write::WriteArtifacts(options.output, *artifacts, options.epoch_seconds);
}

}  // namespace nastavnik
