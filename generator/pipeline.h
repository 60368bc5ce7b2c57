// The pipeline: load → model → compute → render → write. The only file that calls more than one
// stage; main.cc parses the command line and prints what this returns.
#pragma once

#include <filesystem>
#include <string>

#include "base/diagnostics.h"
#include "base/status.h"
#include "render/artifact.h"

namespace nastavnik {

struct BuildOptions {
  std::filesystem::path project;  // the school's folder
  std::filesystem::path output;   // where site/, pdf/, xlsx/ go
  long long epoch_seconds = 0;    // the build's "now" (SOURCE_DATE_EPOCH)
  bool check_only = false;        // validate, render nothing, write nothing
  bool live_reload = false;       // `nastavnik serve`: pages load reload.js
  /// When set, the artifacts are handed over here and nothing is written (`nastavnik serve`
  /// keeps the site in memory).
  render::Artifacts* in_memory = nullptr;
};

/// Runs the whole build. Input problems go to diags (all of them); the Status is the first fatal
/// one. Nothing under options.output changes unless the build succeeds.
Status Build(const BuildOptions& options, Diagnostics& diags);

}  // namespace nastavnik
