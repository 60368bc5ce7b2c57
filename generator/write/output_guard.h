// Stage 5 (write): what a build holds while it makes a new output folder. Beside output/ (in its
// parent) live, all named after it: the lock file `.output.lock`, the staging folder
// `.output.staging-PID` the new tree is written into, `.output.old-PID` (the previous tree on its
// way out) and `.output.scratch-PID` (a private 0700 folder for temporary files such as the
// workbooks libxlsxwriter must write to disk). The lock keeps two builds (or a build and a
// `match`) from writing the same output at once; holding it, a build removes what killed builds
// left behind, recognised by the marker file inside.
#pragma once

#include <filesystem>

#include "base/status.h"
#include "write/file_lock.h"

namespace nastavnik::write {

class OutputGuard {
 public:
  OutputGuard() = default;
  OutputGuard(const OutputGuard&) = delete;
  OutputGuard& operator=(const OutputGuard&) = delete;
  ~OutputGuard();  // removes the scratch folder, then releases the lock

  /// Locks output_dir (refused, not waited for, while another build holds it), removes stale
  /// staging, old and scratch folders, and makes a fresh scratch folder. lock = false (the preview
  /// server, which writes no output) only makes the scratch folder.
  Status Acquire(const std::filesystem::path& output_dir, bool lock = true);
  const std::filesystem::path& scratch() const { return scratch_; }

 private:
  FileLock lock_;
  std::filesystem::path scratch_;
};

/// The names beside output/ that belong to it: "<parent>/.<name>.<what>".
std::filesystem::path BesideOutput(const std::filesystem::path& out, const std::string& what);

}  // namespace nastavnik::write
