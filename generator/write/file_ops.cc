#include "write/file_ops.h"

#ifndef _WIN32
#include <sys/syscall.h>
#endif

#include "base/platform.h"

#include <cerrno>
#include <fstream>
#include <random>
#include <vector>

#include "base/os_error.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;

// Creates path anew (never through or over anything already there), writes bytes with the given
// permissions and syncs. Returns errno, 0 on success; EEXIST means the name is taken.
int CreateSynced(const stdfs::path& path, const std::string& bytes, mode_t mode) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return errno;
  int error = ::fchmod(fd, mode) == 0 ? 0 : errno;  // the umask does not narrow the kept mode
  for (size_t done = 0; error == 0 && done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) error = n < 0 ? errno : EIO;
    else done += static_cast<size_t>(n);
  }
  if (error == 0 && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) ::unlink(path.c_str());
  return error;
}

Status WriteBeside(const stdfs::path& target, const std::string& text, mode_t mode, stdfs::path* fresh) {
  std::random_device random;
  int error = EEXIST;
  for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
    *fresh = target.parent_path() /
             ("." + target.filename().string() + "." + std::to_string(random()) + std::to_string(random()) + ".tmp");
    error = CreateSynced(*fresh, text, mode);
  }
  if (error != 0) return Status::Internal(OsError("не удалось записать новый файл рядом с", target.string(), error));
  return Status::Ok();
}


Status WriteOneFileWith(const stdfs::path& path, const std::function<void(std::ostream&)>& fill,
                        long long epoch_seconds) {
  std::error_code ec;
  stdfs::create_directories(path.parent_path(), ec);
  if (ec) return Status::Internal(OsError("не удалось создать папку", path.parent_path().string(), ec));
  errno = 0;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::Internal(OsError("не удалось создать файл", path.string(), errno));
  fill(out);
  out.close();
  // The stream keeps no error code; errno still holds the failed write's (ENOSPC, EDQUOT…).
  if (!out) return Status::Internal(OsError("не удалось записать", path.string(), errno));
  if (epoch_seconds < 0) return Status::Ok();
  struct timespec times[2] = {{static_cast<time_t>(epoch_seconds), 0}, {static_cast<time_t>(epoch_seconds), 0}};
  utimensat(AT_FDCWD, path.c_str(), times, 0);
  return Status::Ok();
}

Status WriteOneFile(const stdfs::path& path, const std::string& bytes, long long epoch_seconds) {
  return WriteOneFileWith(
      path, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); },
      epoch_seconds);
}

Result<stdfs::path> OutputFolder(const stdfs::path& output_dir) {
  if (output_dir.empty()) return Status::Internal("не указана папка для результатов: путь после -o пуст");
  std::error_code ec;
  stdfs::path out = stdfs::absolute(output_dir, ec).lexically_normal();
  if (ec) return Status::Internal(OsError("не удалось найти папку", output_dir.string(), ec));
  if (!out.has_filename()) out = out.parent_path();  // "out/" names the folder "out"
  if (!out.has_filename() || out == out.root_path()) {
    return Status::Internal("корень файловой системы " + out.string() + " нельзя сделать папкой результатов");
  }
  return out;
}

std::error_code RemoveMarkedTree(const stdfs::path& dir) {
  std::error_code ec;
  std::vector<stdfs::path> entries;
  for (stdfs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().filename() != kOutputMarker) entries.push_back(it->path());
  }
  for (const stdfs::path& p : entries) {
    if (ec) break;
    stdfs::remove_all(p, ec);
  }
  if (!ec) stdfs::remove_all(dir, ec);
  return ec;
}

bool ExchangePaths(const stdfs::path& a, const stdfs::path& b) {
#ifdef SYS_renameat2
  constexpr unsigned kRenameExchange = 1u << 1;
  return syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange) == 0;
#else
  return false;
#endif
}

}  // namespace nastavnik::write
