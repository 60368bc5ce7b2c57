// Stage 4 (render): the monitoring report's charts, one doc::Chart each, shared by the PDF, the
// site and the monitoring workbook (whose native charts plot the same numbers).
#pragma once

#include <vector>

#include "base/document.h"
#include "compute/monitoring/monitoring.h"

namespace nastavnik::render::monitoring {

doc::Chart CoverageChart(const compute::monitoring::MonitoringReport& r);      // % with the target line
doc::Chart PairsByFormChart(const compute::monitoring::MonitoringReport& r);   // pairs and groups
doc::Chart SatisfactionChart(const compute::monitoring::MonitoringReport& r);  // answers 1..10
doc::Chart EntryExitChart(const std::vector<const compute::monitoring::IndicatorChange*>& shown);
doc::Chart PlansChart(const compute::monitoring::MonitoringReport& r);
/// The chart in words, for screen readers and for a renderer that cannot draw it.
std::string DescribeChart(const doc::Chart& chart);

}  // namespace nastavnik::render::monitoring
