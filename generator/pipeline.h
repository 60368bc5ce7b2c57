// The pipeline: load → model → compute → render → write. The only file that calls more than one
// stage; main.cc parses the command line and prints what this returns.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

#include "base/diagnostics.h"
#include "base/status.h"
#include "render/artifact.h"

namespace nastavnik {

struct BuildOptions {
  std::filesystem::path project;  // the school's folder
  std::filesystem::path output;   // where site/, pdf/, xlsx/ go
  long long epoch_seconds = 0;    // the build's "now" (SOURCE_DATE_EPOCH)
  bool check_only = false;        // validate, render nothing, write nothing
  /// The monitoring report's date (--today); else [monitoring] report_date; else the build's day.
  std::optional<Date> today;
  bool live_reload = false;       // `nastavnik serve`: pages load reload.js
  /// When set, the artifacts are handed over here and nothing is written (`nastavnik serve`
  /// keeps the site in memory).
  render::Artifacts* in_memory = nullptr;
};

/// Runs the whole build. Input problems go to diags (all of them); the Status is the first fatal
/// one. Nothing under options.output changes unless the build succeeds.
Status Build(const BuildOptions& options, Diagnostics& diags);

struct RollupOptions {
  std::vector<std::filesystem::path> inputs;  // schools' summary files or folders holding them
  std::filesystem::path output;               // svodka.pdf, svodka.xlsx, index.html
  long long epoch_seconds = 0;
};

/// The network's monitoring from its schools' summaries. Every bad summary is reported; nothing
/// is written unless all of them are sound.
Status Rollup(const RollupOptions& options, Diagnostics& diags);

}  // namespace nastavnik
