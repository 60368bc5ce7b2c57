// Stage 5 (write): replacing one folder inside output/ (output/matching/) atomically, leaving
// the site, PDF and XLSX of the last build as they are.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "render/artifact.h"

namespace nastavnik::write {

/// Writes artifacts (paths relative to the sub-folder) into output_dir/name, replacing its
/// previous contents in one step. output_dir is created (and marked as nastavnik's) when absent;
/// an existing non-empty folder not made by nastavnik is refused.
Status WriteSubfolder(const std::filesystem::path& output_dir, const std::string& name,
                      const render::Artifacts& artifacts, long long epoch_seconds);

/// A file whose bytes are made while it is written: produce(put) passes each piece to put.
struct PiecewiseFile {
  std::string path;
  std::function<void(const std::function<void(std::string_view)>& put)> produce;
};

/// The same, with files still being made: the pieces files are written after the artifacts,
/// then late() is called and its files join them in the one replacement; when it fails, the
/// previous contents stay.
Status WriteSubfolder(const std::filesystem::path& output_dir, const std::string& name,
                      const render::Artifacts& artifacts, long long epoch_seconds,
                      const std::function<Result<render::Artifacts>()>& late,
                      const std::vector<PiecewiseFile>& pieces = {});

/// One file, written beside its final name and renamed into place.
Status WriteFileAtomically(const std::filesystem::path& path, const std::string& bytes);

}  // namespace nastavnik::write
