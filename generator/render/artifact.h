// Stage 4 (render) output: a file's bytes in memory and where it goes under output/.
#pragma once

#include <functional>
#include <iosfwd>
#include <memory>
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

/// A file too long to hold in memory (a PDF binding 50,000 consents), written while it is made:
/// write/ opens it in the staging folder (render/ never opens files itself), the renderer writes
/// through stream() (it may seek back and read what it wrote: a PDF patches its identifier) and
/// Close finishes it. A file never closed is not part of the output.
class OutputFile {
 public:
  virtual ~OutputFile() = default;
  virtual std::iostream& stream() = 0;
  virtual Status Close() = 0;
};

/// Opens a file of the output (path as Artifact::path) to be written as it is made.
using FileOpener = std::function<Result<std::unique_ptr<OutputFile>>(const std::string& path)>;

/// An opener whose files are kept in memory and handed to sink when closed: what a build that
/// writes no output (the preview server, tests) passes where a file is streamed.
FileOpener InMemoryFiles(const ArtifactSink& sink);

}  // namespace nastavnik::render
