// Stage 4 (render): every file of output/matching/ as bytes: proposal.csv, candidates.csv and
// the explanation as HTML, PDF and XLSX. Paths are relative to output/matching/.
#pragma once

#include <functional>
#include <future>
#include <memory>
#include <string_view>

#include "base/document.h"
#include "base/pdf_resources.h"
#include "base/status.h"
#include "compute/matching/match.h"
#include "model/program.h"
#include "render/artifact.h"

namespace nastavnik::render::matching {

Result<Artifacts> RenderMatching(const model::Program& program, const compute::matching::Matching& matching,
                                 long long epoch_seconds, std::shared_ptr<const PdfResources> pdf_resources);

/// The same files in three parts: `ready` (proposal.csv and the HTML) at once, candidates.csv
/// piece by piece from Candidates(), and the PDF and the workbook from Rest(), laid out meanwhile
/// on their own threads, so that a caller can write a region's large candidates.csv while they
/// are made. program and matching must outlive the object.
class MatchingFiles {
 public:
  MatchingFiles(const model::Program& program, const compute::matching::Matching& matching, long long epoch_seconds,
                std::shared_ptr<const PdfResources> pdf_resources);
  MatchingFiles(const MatchingFiles&) = delete;
  MatchingFiles& operator=(const MatchingFiles&) = delete;
  ~MatchingFiles();  // waits for the threads if Rest() was never called

  Artifacts ready;
  /// candidates.csv, passed to put in pieces of about a megabyte.
  void Candidates(const std::function<void(std::string_view)>& put) const;
  /// explanation.pdf and explanation.xlsx; call once.
  Result<Artifacts> Rest();

 private:
  const model::Program& program_;
  const compute::matching::Matching& matching_;
  std::unique_ptr<doc::Document> explanation_;  // read by the PDF thread
  std::future<Result<std::string>> pdf_;
  std::future<Result<std::string>> book_;
};

}  // namespace nastavnik::render::matching
