#include "write/file_ops.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <vector>

#include "base/os_error.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;

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
