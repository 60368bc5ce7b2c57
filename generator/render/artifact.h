// Stage 4 (render) output: a file's bytes in memory and where it goes under output/.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik::render {

struct Artifact {
  /// Relative to the output folder, with '/' separators: "site/index.html", "pdf/polozhenie.pdf".
  std::string path;
  std::string bytes;
};

using Artifacts = std::vector<Artifact>;

/// Takes each file as soon as it is rendered (a build writes it into its staging folder), so a
/// big school's output is never held in memory whole. A failure stops the rendering.
using ArtifactSink = std::function<Status(Artifact&&)>;

}  // namespace nastavnik::render
