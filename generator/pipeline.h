// The pipeline: load → model → compute → render → write. The only file that calls more than one
// stage; main.cc parses the command line and prints what this returns.
#pragma once

#include <filesystem>
#include <functional>
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
struct MatchOptions {
  std::filesystem::path project;
  std::filesystem::path output;  // the proposal goes to output/matching/
  long long epoch_seconds = 0;   // "today" of the proposal (SOURCE_DATE_EPOCH)
  bool apply = false;            // add the reviewed output/matching/proposal.csv to pairs.csv
  std::filesystem::path dimacs;  // non-empty: also write the flow problem there (benchmarks)
  std::function<void()> on_wait;  // --apply: called when another apply holds pairs.csv
};

struct MatchSummary {
  int waiting = 0;  // mentees without an active pair
  int waiting_completed = 0;  // of them, with a completed pair (monitoring does not count them)
  int matched = 0;
  int unmatched = 0;
  int rows = 0;  // pairs and groups proposed (or applied)
  size_t candidates = 0;
  double solver_seconds = 0;
  // Seconds per stage, for the benchmark: reading and checking the data, matching (solver
  // included), rendering the five files, writing them.
  double load_seconds = 0, compute_seconds = 0, render_seconds = 0, write_seconds = 0;
  std::filesystem::path backup;  // --apply: the copy of the previous pairs.csv
};

/// `nastavnik match`: proposes pairs and groups into output/matching/, or with apply adds the
/// reviewed proposal to content/data/pairs.csv after checking it against today's data.
Status Match(const MatchOptions& options, Diagnostics& diags, MatchSummary* summary);

}  // namespace nastavnik
