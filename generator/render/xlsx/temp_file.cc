// The XLSX renderer's temporary file: created private, read back by descriptor, always deleted.
#include "render/xlsx/temp_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace nastavnik::render::xlsx {

std::string SystemTempDir() {
  std::error_code error;  // the non-throwing overload: nothing in our code throws
  std::filesystem::path dir = std::filesystem::temp_directory_path(error);
  return error || dir.empty() ? std::string("/tmp") : dir.string();
}

TempFile::~TempFile() {
  if (fd_ < 0) return;
  unlink(path_.c_str());
  close(fd_);
}

Status TempFile::Create(const std::string& dir) {
  std::string pattern = dir + "/nastavnik-XXXXXX.xlsx";
  fd_ = mkstemps(pattern.data(), 5);  // 5 = strlen(".xlsx")
  if (fd_ < 0) return Status::Internal("cannot create a temporary file in " + dir + ": " + std::strerror(errno));
  path_ = pattern;
  return Status::Ok();
}

Result<std::string> TempFile::ReadAll() const {
  struct stat info {};
  if (fd_ < 0 || fstat(fd_, &info) != 0 || lseek(fd_, 0, SEEK_SET) != 0) {
    return Status::Internal("cannot read back the temporary file " + path_ + ": " + std::strerror(errno));
  }
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = read(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::Internal("cannot read back the temporary file " + path_ + ": " + std::strerror(errno));
    done += static_cast<size_t>(n);
  }
  return bytes;
}

}  // namespace nastavnik::render::xlsx
