// The XLSX renderer's only use of the file system: libxlsxwriter 1.1.4 cannot write to memory
// (that came in 1.1.5), so it writes a private temporary file that is read back and deleted.
#pragma once

#include <string>

#include "base/status.h"

namespace nastavnik::render::xlsx {

/// The system temp dir (TMPDIR when set), or /tmp.
std::string SystemTempDir();

/// A file made by mkstemp (private, unique name), deleted when the object dies. The descriptor
/// stays open, so the bytes are read back from the same file even though another writer
/// (libxlsxwriter, by path) truncated and rewrote it.
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
