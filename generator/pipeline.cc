// The pipeline: load → model → compute → render → write, stopping after the first stage that
// reports errors, so that a bad input never produces half an output.
#include "pipeline.h"

#include <chrono>
#include <future>
#include <set>

#include "base/csv_formula.h"
#include "base/file_system.h"
#include "base/stage_timer.h"
#include "compute/matching/match.h"
#include "compute/matching/validate.h"
#include "compute/results.h"
#include "compute/rollup.h"
#include "load/csv.h"
#include "load/encoding.h"
#include "load/photos.h"
#include "load/resources.h"
#include "load/sources.h"
#include "load/summaries.h"
#include "model/build_program.h"
#include "model/columns.h"
#include "model/organization_requisites.h"
#include "model/printable_text.h"
#include "model/questionnaire.h"
#include "model/published_names.h"
#include "model/school_summary.h"
#include "model/signature_settings.h"
#include "render/matching/dimacs.h"
#include "render/matching/matching_csv.h"
#include "render/matching/notices.h"
#include "render/matching/render_matching.h"
#include "render/pdf/pdf.h"
#include "render/render_all.h"
#include "render/rollup/rollup.h"
#include "render/site/template_check.h"
#include "render/xlsx/temp_file.h"
#include "write/apply_proposal.h"
#include "write/output_guard.h"
#include "write/subfolder_writer.h"
#include "write/writer.h"

namespace nastavnik {

Status Build(const BuildOptions& options, Diagnostics& diags) {
  std::optional<StageTimer> timer(std::in_place, "load + model");
  // A broken installation stops `check` as well as `build`, before any school file is read.
  Result<std::shared_ptr<const PdfResources>> resources = load::LoadPdfResources(load::InstalledDataDir());
  if (!resources.ok()) return resources.status();
  Result<CodePointSet> printable = render::pdf::PrintableCodePoints(*resources);
  if (!printable.ok()) return printable.status();
  std::optional<load::Sources> sources = load::LoadSources(options.project, diags);
  if (!sources) return Status::Input("сборка остановлена: исправьте ошибки выше");
  sources->photos = load::LoadPhotos(options.project, diags);
  // Every character the PDF fonts lack, found here rather than by the first document it stops.
  model::CheckPrintable(*sources, *printable, diags);
  std::optional<model::Program> program = model::BuildProgram(*sources, diags);
  if (!program || diags.has_errors()) return Status::Input("сборка остановлена: исправьте ошибки выше");
  // A site template asking for a field the law keeps private stops the build (152-ФЗ), and so
  // does a page naming a pupil without consent.
  render::site::CheckSiteTemplates(sources->templates, program->site.theme, diags);
  model::CheckPublishedNames(*program, *sources, diags);
  if (diags.has_errors()) return Status::Input("сборка остановлена: исправьте ошибки выше");
  Date today = options.today ? *options.today
                             : program->monitoring.report_date ? *program->monitoring.report_date
                                                               : DateFromEpochSeconds(options.epoch_seconds);
  model::CheckSignatureValidity(*program, today, diags);
  model::CheckConsentRequisites(*program, diags);  // the consents print the operator's requisites
  if (diags.has_errors()) return Status::Input("сборка остановлена: исправьте ошибки выше");
  if (options.check_only) return Status::Ok();
  // Only a build publishes, so only a build pays for the web copies of photos and pictures.
  timer.emplace("web images");
  load::MakeWebCopies(*sources, diags);
  if (diags.has_errors()) return Status::Input("сборка остановлена: исправьте ошибки выше");
  timer.emplace("compute");
  compute::Results results = compute::ComputeAll(*program, today);
  // Held until the new output is in place: the lock, and the private folder that the workbooks'
  // temporary files go to (the preview server writes no output, so it only needs the folder).
  write::OutputGuard guard;
  Status guarded = options.in_memory ? guard.Acquire(options.project / "output", false) : guard.Acquire(options.output);
  if (!guarded.ok()) return guarded;
  render::xlsx::ScratchFolder scratch(guard.scratch().string());
  timer.emplace("render all");
  render::RenderOptions render_options;
  render_options.epoch_seconds = options.epoch_seconds;
  render_options.live_reload = options.live_reload;
  render_options.pdf_resources = *resources;
  render_options.questionnaires = &program->questionnaires;
  if (options.in_memory) {
    options.in_memory->clear();
    return render::RenderAll(*program, results, *sources, render_options, [&](render::Artifact&& a) {
      options.in_memory->push_back(std::move(a));
      return Status::Ok();
    });
  }
  // Each file goes into the staging folder as soon as it is rendered; the swap comes at the end.
  write::StagedOutput staged;
  if (Status s = staged.Open(options.output, options.epoch_seconds); !s.ok()) return s;
  render_options.open_file = [&](const std::string& path) { return staged.OpenFile(path); };
  Status rendered = render::RenderAll(*program, results, *sources, render_options,
                                      [&](render::Artifact&& a) { return staged.Put(a); });
  if (!rendered.ok()) return rendered;
  timer.emplace("write");
  return staged.Commit();
}

Status Rollup(const RollupOptions& options, Diagnostics& diags) {
  Result<std::shared_ptr<const PdfResources>> resources = load::LoadPdfResources(load::InstalledDataDir());
  if (!resources.ok()) return resources.status();
  std::vector<load::SummaryFile> files = load::LoadSummaryFiles(options.inputs, diags);
  std::vector<std::pair<std::string, const load::Value*>> roots;
  for (const load::SummaryFile& f : files) roots.emplace_back(f.path, &f.root);
  std::vector<model::SchoolSummary> schools = model::BuildSchoolSummaries(roots, diags);
  if (diags.has_errors()) return Status::Input("сводный отчёт не собран: исправьте ошибки выше");
  if (schools.empty()) return Status::Input("не указано ни одной сводки школы");
  compute::NetworkRollup rollup = compute::RollUp(std::move(schools));
  write::OutputGuard guard;
  if (Status s = guard.Acquire(options.output); !s.ok()) return s;
  render::xlsx::ScratchFolder scratch(guard.scratch().string());
  Result<render::Artifacts> artifacts = render::rollup::RenderRollup(rollup, options.epoch_seconds, *resources);
  if (!artifacts.ok()) return artifacts.status();
  return write::WriteArtifacts(options.output, *artifacts, options.epoch_seconds);
}

}  // namespace nastavnik

namespace nastavnik {
namespace {

// The reviewed proposal, checked as pairs.csv rows are and then against today's data; its rows
// are returned in the column order of the school's own pairs.csv.
Status ApplyProposal(const MatchOptions& options, const load::Sources& sources, const model::Program& program,
                     Diagnostics& diags, MatchSummary* summary) {
  std::filesystem::path proposal_path = options.output / "matching/proposal.csv";
  std::string shown = fs::Relative(proposal_path, options.project);
  Result<std::string> bytes = fs::ReadFile(proposal_path, shown);
  if (!bytes.ok()) {
    return Status::Input("нет предложения " + proposal_path.string() + ": сначала запустите «nastavnik match»");
  }
  Result<load::Table> table = load::ParseCsv(*bytes, shown, load::CsvOptions{}, diags);
  if (!table.ok()) return table.status();
  for (load::Row& row : table->rows) {  // cells the proposal defused against formulas read as written
    for (load::Cell& cell : row.cells) cell.text = std::string(UndoDefuseFormula(cell.text));
  }
  model::Program staged = program;
  std::set<std::string> ids;
  if (!model::BuildPairs(*table, staged, diags, &ids)) return Status::Input("предложение не применено");
  std::vector<model::Pair> proposed(staged.pairs.begin() + static_cast<long>(program.pairs.size()), staged.pairs.end());
  render::matching::ReportProposalProblems(program, proposed, compute::matching::ValidateProposal(program, proposed), diags);
  if (diags.has_errors()) return Status::Input("предложение не применено: исправьте его или запустите «nastavnik match» заново");
  if (proposed.empty()) return Status::Ok();

  auto pairs_table = sources.tables.find("pairs");
  // Rows are appended to a CSV as Excel saved it; a workbook is the school's own file with its
  // formats and dropdowns, which nastavnik does not rewrite.
  if (pairs_table != sources.tables.end() && pairs_table->second.path != "content/data/pairs.csv") {
    return Status::Input("пары школы ведутся в книге Excel (" + pairs_table->second.path +
                         "), а её nastavnik не переписывает: скопируйте проверенные строки из "
                         "output/matching/proposal.csv на лист «Пары» сами и запустите «nastavnik check»");
  }
  std::filesystem::path pairs_path = options.project / "content/data/pairs.csv";
  std::string original;
  write::AppendedRows rows;
  std::vector<std::string> keys;  // per column of pairs.csv: its key
  if (pairs_table == sources.tables.end()) {
    for (const model::ColumnSpec& spec : model::PairColumnSpecs()) keys.push_back(spec.key);
    for (const model::ColumnSpec& spec : model::PairColumnSpecs()) original += std::string(original.empty() ? "" : ",") + spec.russian;
    original += "\n";
  } else {
    Result<std::string> current = fs::ReadFile(pairs_path, "content/data/pairs.csv");
    if (!current.ok()) return current.status();
    original = *current;
    rows.separator = pairs_table->second.separator;
  }
  Diagnostics reported_already;  // BuildPairs has warned about these headers once
  if (pairs_table != sources.tables.end()) {
    model::Columns school(pairs_table->second, model::PairColumnSpecs(), reported_already, true);
    for (size_t c = 0; c < pairs_table->second.header.size(); ++c) keys.push_back(school.KeyAt(c));
  }
  model::Columns cols(*table, model::PairColumnSpecs(), reported_already);
  // A pairs.csv that Excel keeps in Windows-1251 gets its new rows in Windows-1251 too, so the
  // file stays in one encoding and opens in Excel as before.
  const bool cp1251 = pairs_table != sources.tables.end() && pairs_table->second.encoding == "cp1251";
  for (const load::Row& row : table->rows) {
    std::vector<std::string> cells;
    for (const std::string& key : keys) {
      std::string cell = key.empty() ? "" : cols.Text(row, key.c_str());
      if (cp1251) {
        Result<std::string> encoded = load::Utf8ToCp1251(cell);
        if (!encoded.ok()) {
          diags.Error(cols.Where(row, key.c_str()), encoded.status().message() +
                                                        ", а content/data/pairs.csv сохранён в Windows-1251; "
                                                        "сохраните его в UTF-8 или исправьте ячейку");
          continue;
        }
        cell = std::move(*encoded);
      }
      cells.push_back(std::move(cell));
    }
    rows.rows.push_back(std::move(cells));
  }
  if (diags.has_errors()) return Status::Input("предложение не применено");
  Status written = write::AppendPairs(pairs_path, original, rows, options.epoch_seconds, &summary->backup);
  if (!written.ok()) return written;
  summary->rows = static_cast<int>(proposed.size());
  for (const model::Pair& p : proposed) summary->matched += static_cast<int>(p.mentees.size());
  return Status::Ok();
}

}  // namespace

Status Match(const MatchOptions& options, Diagnostics& diags, MatchSummary* summary) {
  auto clock = std::chrono::steady_clock::now();
  auto lap = [&] {
    auto now = std::chrono::steady_clock::now();
    double seconds = std::chrono::duration<double>(now - clock).count();
    clock = now;
    return seconds;
  };
  // --apply holds the lock on pairs.csv from before it is read until the new one is in place.
  write::FileLock pairs_lock;
  std::error_code no_folder;
  if (options.apply && std::filesystem::is_directory(options.project / "content/data", no_folder)) {
    if (Status s = write::LockPairs(options.project / "content/data/pairs.csv", &pairs_lock, options.on_wait); !s.ok()) return s;
  }
  Result<std::shared_ptr<const PdfResources>> resources = load::LoadPdfResources(load::InstalledDataDir());
  if (!resources.ok()) return resources.status();
  std::optional<load::Sources> sources = load::LoadSources(options.project, diags);
  if (!sources) return Status::Input("подбор остановлен: исправьте ошибки выше");
  std::optional<model::Program> program = model::BuildProgram(*sources, diags);
  if (!program || diags.has_errors()) return Status::Input("подбор остановлен: исправьте ошибки выше");
  if (options.apply) return ApplyProposal(options, *sources, *program, diags, summary);
  // A region's raw tables take tens of milliseconds to free: that happens on another thread
  // while the matching runs.
  std::future<void> freed = std::async(std::launch::async, [raw = std::move(*sources)]() mutable {
    load::Sources gone = std::move(raw);
  });
  sources.reset();
  summary->load_seconds = lap();

  compute::matching::Matching matching =
      render::matching::MatchReported(*program, DateFromEpochSeconds(options.epoch_seconds), diags, !options.dimacs.empty());
  if (diags.has_errors()) return Status::Input("подбор остановлен: исправьте ошибки выше");
  summary->compute_seconds = lap();
  if (!options.dimacs.empty()) {
    Status dumped = write::WriteFileAtomically(options.dimacs, render::matching::FlowDimacs(matching.flow));
    if (!dumped.ok()) return dumped;
    matching.flow = {};
    lap();  // not part of the proposal's timings
  }
  summary->waiting = matching.waiting;
  summary->waiting_completed = matching.waiting_completed;
  summary->matched = matching.matched;
  summary->unmatched = static_cast<int>(matching.unmatched.size());
  summary->rows = static_cast<int>(matching.proposal.size());
  summary->candidates = matching.candidates.size();
  summary->solver_seconds = matching.solver_seconds;
  write::OutputGuard guard;
  if (Status s = guard.Acquire(options.output); !s.ok()) return s;
  render::xlsx::ScratchFolder scratch(guard.scratch().string());
  // The CSV files go to disk while the PDF and the workbook are still being laid out, and
  // candidates.csv (hundreds of MB in a region) is written piece by piece as it is made, never
  // held whole. "files" counts making the other files or waiting for them, "write" the rest.
  render::matching::MatchingFiles files(*program, matching, options.epoch_seconds, *resources);
  double rendering = lap(), writing = 0;
  // candidates.csv keeps the best per mentee within Excel's rows; when that leaves some out, the
  // full list follows in parts Excel can open too.
  std::vector<write::PiecewiseFile> pieces = {{"candidates.csv", [&](const auto& put) { files.Candidates(put); }}};
  size_t parts = render::matching::CandidatesFullParts(*program, matching);
  for (size_t part = 0; part < parts; ++part) {
    pieces.push_back({"candidates-full-" + std::to_string(part + 1) + ".csv", [&, part](const auto& put) {
                        render::matching::CandidatesFullCsv(*program, matching, part, put);
                      }});
  }
  Status written = write::WriteSubfolder(options.output, "matching", files.ready, options.epoch_seconds, [&] {
    writing += lap();
    Result<render::Artifacts> rest = files.Rest();
    rendering += lap();
    return rest;
  }, pieces);
  summary->render_seconds = rendering;
  summary->write_seconds = writing + lap();
  return written;
}

}  // namespace nastavnik
