// Stage 4 (render): every file of output/matching/ as bytes: proposal.csv, candidates.csv and
// the explanation as HTML, PDF and XLSX. Paths are relative to output/matching/.
#pragma once

#include <future>
#include <memory>

#include "base/document.h"
#include "base/status.h"
#include "compute/matching/match.h"
#include "model/program.h"
#include "render/artifact.h"

namespace nastavnik::render::matching {

Result<Artifacts> RenderMatching(const model::Program& program, const compute::matching::Matching& matching,
                                 long long epoch_seconds);

/// The same files in two parts: `ready` (the CSV files and the HTML) at once, and the PDF and
/// the workbook from Rest(), laid out meanwhile on their own threads, so that a caller can write
/// a region's large candidates.csv while they are made. program and matching must outlive Rest().
class MatchingFiles {
 public:
  MatchingFiles(const model::Program& program, const compute::matching::Matching& matching, long long epoch_seconds);
  MatchingFiles(const MatchingFiles&) = delete;
  MatchingFiles& operator=(const MatchingFiles&) = delete;
  ~MatchingFiles();  // waits for the threads if Rest() was never called

  Artifacts ready;
  /// explanation.pdf and explanation.xlsx; call once.
  Result<Artifacts> Rest();

 private:
  std::unique_ptr<doc::Document> explanation_;  // read by the PDF thread
  std::future<Result<std::string>> pdf_;
  std::future<Result<std::string>> book_;
};

}  // namespace nastavnik::render::matching
