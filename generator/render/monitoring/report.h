// Stage 4 (render): «Отчёт о мониторинге» as a document tree, in two versions: the school's own
// (PDF: may name pairs, mentors and the mentees waiting for a pair) and the published one (the
// site: aggregates only, groups under [monitoring] min_group shown as «менее N»).
#pragma once

#include "base/document.h"
#include "compute/monitoring/monitoring.h"
#include "model/program.h"

namespace nastavnik::render::monitoring {

doc::Document BuildMonitoringReport(const model::Program& program,
                                    const compute::monitoring::MonitoringReport& report, bool is_public);

/// «p = 0,031, точный критерий» or «выборка мала»: how the report words a signed-rank test.
std::string DescribeTest(const compute::monitoring::SignedRankTest& test);

}  // namespace nastavnik::render::monitoring
