#include "render/monitoring/render_monitoring.h"

#include <malloc.h>

#include <functional>
#include <iostream>
#include <optional>

#include "base/stage_timer.h"
#include "render/documents/registries.h"
#include "render/documents/tables.h"
#include "render/monitoring/report.h"
#include "render/monitoring/summary_json.h"
#include "render/monitoring/workbook.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::monitoring {

namespace {

// What the outputs before freed, scattered over the heap, goes back to the system before the
// next is made, so that the build does not grow past it (glibc only).
void ReleaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

Status WriteWhole(const FileOpener& open, const std::string& path, const std::string& bytes) {
  Result<std::unique_ptr<OutputFile>> file = open(path);
  if (!file.ok()) return file.status();
  (*file)->stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return (*file)->Close();
}

}  // namespace

Result<MonitoringOutputs> RenderMonitoring(const model::Program& program,
                                           const compute::monitoring::MonitoringReport& report,
                                           const pdf::PdfOptions& pdf_options, const FileOpener& open) {
  ReleaseFreedMemory();
  MonitoringOutputs out;
  std::optional<StageTimer> timer(std::in_place, "pdf/monitoring.pdf");
  Result<std::string> report_pdf = pdf::RenderPdf(BuildMonitoringReport(program, report, false), pdf_options);
  if (!report_pdf.ok()) return report_pdf.status();
  out.files.push_back({"pdf/monitoring.pdf", std::move(*report_pdf)});

  timer.emplace("pdf/bazy.pdf");
  Result<std::unique_ptr<OutputFile>> bazy_pdf = open("pdf/bazy.pdf");
  if (!bazy_pdf.ok()) return bazy_pdf.status();
  const documents::PagedDocument bazy = documents::RegistriesPages(program);
  if (Status s = pdf::RenderPdfPages(bazy.about, bazy.count, bazy.page, pdf_options, **bazy_pdf); !s.ok()) return s;
  ReleaseFreedMemory();

  // One workbook at a time, each into its file as soon as it is made: at 50,000 people the five
  // held together (their cells, then their bytes) set the build's peak.
  using Book = std::function<xlsx::Workbook()>;
  const std::pair<const char*, Book> books[] = {
      {"xlsx/monitoring.xlsx", [&] { return BuildMonitoringWorkbook(program, report); }},
      {"xlsx/pairs.xlsx", [&] { return documents::BuildPairsWorkbook(program); }},
      {"xlsx/plans.xlsx", [&] { return documents::BuildPlansWorkbook(program, report.report_date); }},
      {"xlsx/roadmap.xlsx", [&] { return documents::BuildRoadmapWorkbook(program); }},
      {"xlsx/calendar.xlsx", [&] { return documents::BuildCalendarWorkbook(program); }},
  };
  for (const auto& [path, book] : books) {
    timer.emplace(path);
    Result<std::string> bytes = xlsx::RenderXlsx(book(), pdf_options.epoch_seconds);
    if (!bytes.ok()) return bytes.status();
    if (Status s = WriteWhole(open, path, *bytes); !s.ok()) return s;
    ReleaseFreedMemory();
  }
  timer.emplace("monitoring/summary.json");
  out.files.push_back({"monitoring/summary.json", RenderSummaryJson(program, report)});

  out.public_report.title = "Отчёт о мониторинге программы наставничества";
  out.public_report.body = BuildMonitoringReport(program, report, true);
  out.public_report.slug = "documents/monitoring";
  return out;
}

}  // namespace nastavnik::render::monitoring
