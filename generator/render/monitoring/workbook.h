// Stage 4 (render): monitoring.xlsx, the monitoring figures as tables with live formulas and
// native charts (coverage against the target, pairs by form, entry and exit per indicator).
#pragma once

#include "compute/monitoring/monitoring.h"
#include "model/program.h"
#include "render/xlsx/xlsx.h"

namespace nastavnik::render::monitoring {

xlsx::Workbook BuildMonitoringWorkbook(const model::Program& program,
                                       const compute::monitoring::MonitoringReport& report);

}  // namespace nastavnik::render::monitoring
