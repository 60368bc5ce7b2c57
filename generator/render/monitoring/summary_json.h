// Stage 4 (render): monitoring/summary.json, the school's monitoring in numbers for the network
// rollup (`nastavnik rollup`). Aggregates only: no names, no ids, no one's answers. The format is
// versioned ("format": "nastavnik-monitoring", "version": 1); model/school_summary.h reads it back.
#pragma once

#include <string>

#include "compute/monitoring/monitoring.h"
#include "model/program.h"

namespace nastavnik::render::monitoring {

inline constexpr int kSummaryVersion = 1;

std::string RenderSummaryJson(const model::Program& program, const compute::monitoring::MonitoringReport& report);

/// A JSON string literal: quotes, backslashes and control characters escaped.
std::string JsonString(const std::string& s);
/// A JSON number: integers without a fraction, others to 4 decimals; never NaN or infinity.
std::string JsonNumber(double x);

}  // namespace nastavnik::render::monitoring
