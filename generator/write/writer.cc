#include "write/writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

constexpr const char* kMarker = ".nastavnik-output";

Status WriteOne(const stdfs::path& path, const std::string& bytes, long long epoch_seconds) {
  std::error_code ec;
  stdfs::create_directories(path.parent_path(), ec);
  if (ec) return Status::Internal("не удалось создать папку " + path.parent_path().string() + ": " + ec.message());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return Status::Internal("не удалось записать " + path.string());
  struct timespec times[2] = {{static_cast<time_t>(epoch_seconds), 0}, {static_cast<time_t>(epoch_seconds), 0}};
  utimensat(AT_FDCWD, path.c_str(), times, 0);
  return Status::Ok();
}

// Exchanges two paths in one step (Linux renameat2 with RENAME_EXCHANGE).
bool Exchange(const stdfs::path& a, const stdfs::path& b) {
#ifdef SYS_renameat2
  constexpr unsigned kRenameExchange = 1u << 1;
  return syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange) == 0;
#else
  return false;
#endif
}

}  // namespace

Status WriteArtifacts(const stdfs::path& output_dir, const render::Artifacts& artifacts,
                      long long epoch_seconds) {
  std::set<std::string> seen;
  for (const render::Artifact& a : artifacts) {
    if (a.path.empty() || a.path.find("..") != std::string::npos || a.path[0] == '/') {
      return Status::Internal("недопустимый путь результата: " + a.path);
    }
    if (!seen.insert(a.path).second) return Status::Internal("результат записан дважды: " + a.path);
  }
  std::error_code ec;
  stdfs::path out = stdfs::absolute(output_dir, ec);
  stdfs::path parent = out.parent_path();
  stdfs::create_directories(parent, ec);
  if (ec) return Status::Internal("не удалось создать папку " + parent.string() + ": " + ec.message());
  // Never replace a folder this tool did not make: "-o ~" must not wipe a home folder.
  if (stdfs::exists(out) && !stdfs::is_empty(out, ec) && !stdfs::exists(out / kMarker)) {
    return Status::Internal("папка " + out.string() +
                            " не пуста и создана не nastavnik; укажите для результатов другую папку");
  }
  stdfs::path staging = parent / ("." + out.filename().string() + ".staging-" + std::to_string(getpid()));
  stdfs::remove_all(staging, ec);
  Status marked = WriteOne(staging / kMarker,
                           "Эту папку создаёт nastavnik build; она перезаписывается целиком.\n", epoch_seconds);
  if (!marked.ok()) return marked;
  for (const render::Artifact& a : artifacts) {
    Status s = WriteOne(staging / a.path, a.bytes, epoch_seconds);
    if (!s.ok()) {
      stdfs::remove_all(staging, ec);
      return s;
    }
  }
  // `nastavnik match` keeps its proposal in output/matching/ between the curator's review and
  // --apply: a build carries that folder over instead of wiping it.
  stdfs::path kept = out / "matching";
  bool carried = false;
  if (stdfs::is_directory(kept) && !stdfs::exists(staging / "matching")) {
    stdfs::rename(kept, staging / "matching", ec);
    carried = !ec;
  }
  auto restore = [&] {
    std::error_code ignored;
    if (carried) stdfs::rename(staging / "matching", kept, ignored);
  };
  if (stdfs::exists(out)) {
    if (!Exchange(staging, out)) {
      // Without RENAME_EXCHANGE: move the old output aside, then the new one in.
      stdfs::path old = parent / ("." + out.filename().string() + ".old-" + std::to_string(getpid()));
      stdfs::rename(out, old, ec);
      if (ec) {
        restore();
        stdfs::remove_all(staging, ec);
        return Status::Internal("не удалось заменить " + out.string() + ": " + ec.message());
      }
      stdfs::rename(staging, out, ec);
      if (ec) {
        stdfs::rename(old, out, ec);
        restore();
        return Status::Internal("не удалось заменить " + out.string());
      }
      stdfs::remove_all(old, ec);
      return Status::Ok();
    }
    stdfs::remove_all(staging, ec);  // after the exchange, staging holds the old output
    return Status::Ok();
  }
  stdfs::rename(staging, out, ec);
  if (ec) return Status::Internal("не удалось создать " + out.string() + ": " + ec.message());
  return Status::Ok();
}

}  // namespace nastavnik::write
