// Stage 1 (load): the monitoring summaries a network rollup reads, one per school, wherever each
// school built: a summary.json file, or a folder holding monitoring/summary.json (an output
// folder), output/monitoring/summary.json (a school's project) or summary.json.
#pragma once

#include <filesystem>
#include <vector>

#include "base/diagnostics.h"
#include "load/tree.h"

namespace nastavnik::load {

struct SummaryFile {
  std::string path;  // as messages show it
  Value root;
};

/// Every readable, well-formed file; each problem (missing, unreadable, bad JSON) goes to diags.
std::vector<SummaryFile> LoadSummaryFiles(const std::vector<std::filesystem::path>& inputs, Diagnostics& diags);

}  // namespace nastavnik::load
