#include "render/artifact.h"

#include <sstream>

namespace nastavnik::render {
namespace {

// A streamed file kept in memory: its bytes go to the sink as one artifact when it is closed.
class MemoryFile final : public OutputFile {
 public:
  MemoryFile(std::string path, const ArtifactSink& sink) : path_(std::move(path)), sink_(sink) {}
  std::iostream& stream() override { return bytes_; }
  Status Close() override {
    if (!bytes_) return Status::Internal("не удалось собрать в памяти " + path_);
    std::string bytes = std::move(bytes_).str();
    bytes_ = std::stringstream();
    return sink_(Artifact{path_, std::move(bytes)});
  }

 private:
  std::string path_;
  const ArtifactSink& sink_;
  std::stringstream bytes_{std::ios::in | std::ios::out | std::ios::binary};
};

}  // namespace

FileOpener InMemoryFiles(const ArtifactSink& sink) {
  return [&sink](const std::string& path) -> Result<std::unique_ptr<OutputFile>> {
    return std::unique_ptr<OutputFile>(std::make_unique<MemoryFile>(path, sink));
  };
}

}  // namespace nastavnik::render
