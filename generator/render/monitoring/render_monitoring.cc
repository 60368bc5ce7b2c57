#include "render/monitoring/render_monitoring.h"

#include "render/documents/registries.h"
#include "render/documents/tables.h"
#include "render/monitoring/report.h"
#include "render/monitoring/summary_json.h"
#include "render/monitoring/workbook.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::monitoring {

Result<MonitoringOutputs> RenderMonitoring(const model::Program& program,
                                           const compute::monitoring::MonitoringReport& report,
                                           const pdf::PdfOptions& pdf_options, const FileOpener& open) {
  MonitoringOutputs out;
  Result<std::string> report_pdf = pdf::RenderPdf(BuildMonitoringReport(program, report, false), pdf_options);
  if (!report_pdf.ok()) return report_pdf.status();
  out.files.push_back({"pdf/monitoring.pdf", std::move(*report_pdf)});

  Result<std::unique_ptr<OutputFile>> bazy_pdf = open("pdf/bazy.pdf");
  if (!bazy_pdf.ok()) return bazy_pdf.status();
  if (Status s = pdf::RenderPdf(documents::RegistriesDocument(program), pdf_options, **bazy_pdf); !s.ok()) return s;

  const std::pair<const char*, xlsx::Workbook> books[] = {
      {"xlsx/monitoring.xlsx", BuildMonitoringWorkbook(program, report)},
      {"xlsx/pairs.xlsx", documents::BuildPairsWorkbook(program)},
      {"xlsx/plans.xlsx", documents::BuildPlansWorkbook(program, report.report_date)},
      {"xlsx/roadmap.xlsx", documents::BuildRoadmapWorkbook(program)},
      {"xlsx/calendar.xlsx", documents::BuildCalendarWorkbook(program)},
  };
  for (const auto& [path, book] : books) {
    Result<std::string> bytes = xlsx::RenderXlsx(book, pdf_options.epoch_seconds);
    if (!bytes.ok()) return bytes.status();
    out.files.push_back({path, std::move(*bytes)});
  }
  out.files.push_back({"monitoring/summary.json", RenderSummaryJson(program, report)});

  out.public_report.title = "Отчёт о мониторинге программы наставничества";
  out.public_report.body = BuildMonitoringReport(program, report, true);
  out.public_report.slug = "documents/monitoring";
  return out;
}

}  // namespace nastavnik::render::monitoring
