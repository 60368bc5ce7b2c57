// Stage 4 (render) output: a file's bytes in memory and where it goes under output/.
#pragma once

#include <string>
#include <vector>

namespace nastavnik::render {

struct Artifact {
  /// Relative to the output folder, with '/' separators: "site/index.html", "pdf/polozhenie.pdf".
  std::string path;
  std::string bytes;
};

using Artifacts = std::vector<Artifact>;

}  // namespace nastavnik::render
