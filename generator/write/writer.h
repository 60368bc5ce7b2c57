// Stage 5 (write): the only code that changes output/. It builds the new output in a staging
// folder beside it and swaps it in at once, so a failed or interrupted build leaves the previous
// output exactly as it was.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include "base/status.h"
#include "render/artifact.h"

namespace nastavnik::write {

/// A new output tree being written: each file goes to disk as soon as it is put, so a build holds
/// one rendered file in memory at a time, not the whole output. Commit swaps the tree in; a
/// staging folder never committed is removed with this object.
class StagedOutput {
 public:
  StagedOutput() = default;
  StagedOutput(const StagedOutput&) = delete;
  StagedOutput& operator=(const StagedOutput&) = delete;
  ~StagedOutput();

  /// Starts the staging folder beside output_dir. A non-empty output_dir that nastavnik did not
  /// make is refused. File modification times are set to epoch_seconds (reproducible archives).
  Status Open(const std::filesystem::path& output_dir, long long epoch_seconds);
  /// Writes one file of the new tree; a path outside it or written twice is refused.
  Status Put(const render::Artifact& artifact);
  /// Opens one file of the new tree to be written as it is made (render/artifact.h), with the
  /// checks of Put; it is finished, with the build's timestamp, when the renderer closes it.
  Result<std::unique_ptr<render::OutputFile>> OpenFile(const std::string& path);
  /// Puts the new tree where the output was, replacing the previous one atomically.
  Status Commit();

 private:
  std::filesystem::path out_, staging_;
  long long epoch_seconds_ = 0;
  std::set<std::string> seen_;
  bool open_ = false;
};

/// Writes every artifact under output_dir, replacing its previous contents atomically.
Status WriteArtifacts(const std::filesystem::path& output_dir, const render::Artifacts& artifacts,
                      long long epoch_seconds);

}  // namespace nastavnik::write
