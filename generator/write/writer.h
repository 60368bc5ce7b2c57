// Stage 5 (write): the only code that changes output/. It builds the new output in a staging
// folder beside it and swaps it in at once, so a failed or interrupted build leaves the previous
// output exactly as it was.
#pragma once

#include <filesystem>

#include "base/status.h"
#include "render/artifact.h"

namespace nastavnik::write {

/// Writes every artifact under output_dir, replacing its previous contents atomically.
/// File modification times are set to epoch_seconds so archives of the output are reproducible.
Status WriteArtifacts(const std::filesystem::path& output_dir, const render::Artifacts& artifacts,
                      long long epoch_seconds);

}  // namespace nastavnik::write
