// Stage 4 (render): every output of the monitoring issue in one call for render_all: the report
// (PDF for the school, an aggregates-only page for the site), the workbooks a curator keeps, the
// registries' PDF, and the summary for the network rollup.
#pragma once

#include "compute/monitoring/monitoring.h"
#include "model/program.h"
#include "render/artifact.h"
#include "render/pdf/pdf.h"
#include "render/site/site.h"

namespace nastavnik::render::monitoring {

struct MonitoringOutputs {
  Artifacts files;  // pdf/monitoring.pdf, monitoring/summary.json
  site::PublicDocument public_report;  // no file: the PDF names pairs, so it stays internal
};

/// pdf/bazy.pdf (the registries: a page for every few people) goes into its file through open as
/// it is made, and each workbook (xlsx/*.xlsx) as soon as it is made.
Result<MonitoringOutputs> RenderMonitoring(const model::Program& program,
                                           const compute::monitoring::MonitoringReport& report,
                                           const pdf::PdfOptions& pdf_options, const FileOpener& open);

}  // namespace nastavnik::render::monitoring
