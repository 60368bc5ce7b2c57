// The XLSX renderer's temporary file: created private, read back by descriptor, always deleted.
#include "render/xlsx/temp_file.h"

#include "base/platform.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#include "base/os_error.h"

namespace nastavnik::render::xlsx {
namespace {

std::mutex scratch_mutex;
std::string scratch_dir;  // guarded by scratch_mutex

}  // namespace

ScratchFolder::ScratchFolder(const std::string& dir) {
  std::lock_guard<std::mutex> lock(scratch_mutex);
  previous_ = scratch_dir;
  scratch_dir = dir;
}

ScratchFolder::~ScratchFolder() {
  std::lock_guard<std::mutex> lock(scratch_mutex);
  scratch_dir = previous_;
}

std::string ScratchDir() {
  {
    std::lock_guard<std::mutex> lock(scratch_mutex);
    if (!scratch_dir.empty()) return scratch_dir;
  }
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
  fd_ = mkostemps(pattern.data(), 5, O_CLOEXEC);  // 5 = strlen(".xlsx"); O_EXCL, mode 0600
  if (fd_ < 0) return Status::Internal(OsError("не удалось создать временный файл таблицы в папке", dir, errno));
  path_ = pattern;
  return Status::Ok();
}

Result<std::string> TempFile::ReadAll() const {
  struct stat info {};
  if (fd_ < 0 || fstat(fd_, &info) != 0 || lseek(fd_, 0, SEEK_SET) != 0) {
    return Status::Internal(OsError("не удалось прочитать временный файл таблицы", path_, errno));
  }
  std::string bytes(static_cast<size_t>(info.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = read(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Status::Internal(OsError("не удалось прочитать временный файл таблицы", path_, n == 0 ? EIO : errno));
    done += static_cast<size_t>(n);
  }
  return bytes;
}

}  // namespace nastavnik::render::xlsx
