// The XLSX renderer's only use of the file system: libxlsxwriter 1.1.4 cannot write to memory
// (that came in 1.1.5), so it writes a private temporary file that is read back and deleted.
// The file holds a registry's names and phones: it lives in the folder the pipeline hands over
// (a private scratch folder beside the output, which the next build cleans if this one is
// killed), never in the shared system temp folder.
#pragma once

#include <string>

#include "base/status.h"

namespace nastavnik::render::xlsx {

/// While one is alive, RenderXlsx keeps its temporary files in dir. The pipeline sets it before
/// rendering and lets it go after the last workbook is made (render threads included); it is
/// process-wide because four renderers call RenderXlsx and none of them should know about paths.
class ScratchFolder {
 public:
  explicit ScratchFolder(const std::string& dir);
  ~ScratchFolder();
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

 private:
  std::string previous_;
};

/// The folder a ScratchFolder set; without one (unit tests that call a renderer directly) the
/// system temp folder (TMPDIR when set), or /tmp.
std::string ScratchDir();

/// A file made with a unique name (O_EXCL, private 0600), deleted when the object dies. The
/// descriptor stays open, so the bytes are read back from the same file even though another
/// writer (libxlsxwriter, by path) truncated and rewrote it.
class TempFile {
 public:
  TempFile() = default;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile();

  /// Creates dir/nastavnik-XXXXXX.xlsx.
  Status Create(const std::string& dir);
  /// The file's whole content as it is now.
  Result<std::string> ReadAll() const;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
};

}  // namespace nastavnik::render::xlsx
