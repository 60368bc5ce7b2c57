#include "write/writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <set>

#include "base/os_error.h"
#include "write/file_ops.h"
#include "write/output_guard.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

Status CheckArtifactPaths(const render::Artifacts& artifacts) {
  std::set<std::string> seen;
  for (const render::Artifact& a : artifacts) {
    if (a.path.empty() || a.path.find("..") != std::string::npos || a.path[0] == '/') {
      return Status::Internal("недопустимый путь результата: " + a.path);
    }
    if (!seen.insert(a.path).second) return Status::Internal("результат записан дважды: " + a.path);
  }
  return Status::Ok();
}

// `nastavnik match` keeps its proposal in output/matching/ between the curator's review and
// --apply. The new tree gets its own hard links to those files (a copy where links are not
// possible) while the live tree keeps them, so no moment exists at which a kill leaves the
// reviewed proposal only in a staging folder the next build would remove.
Status CarryMatching(const stdfs::path& out, const stdfs::path& staging) {
  stdfs::path kept = out / "matching";
  std::error_code ec;
  if (stdfs::symlink_status(kept, ec).type() != stdfs::file_type::directory) return Status::Ok();
  if (stdfs::exists(staging / "matching", ec)) return Status::Ok();  // the build made its own
  const auto how = stdfs::copy_options::recursive | stdfs::copy_options::skip_symlinks;
  stdfs::copy(kept, staging / "matching", how | stdfs::copy_options::create_hard_links, ec);
  if (ec) {
    stdfs::remove_all(staging / "matching", ec);
    stdfs::copy(kept, staging / "matching", how, ec);
  }
  if (ec) return Status::Internal(OsError("не удалось перенести в новую сборку предложение подбора", kept.string(), ec));
  return Status::Ok();
}

void SyncFolder(const stdfs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Puts staging where out is. The previous tree must go too: when it cannot, the build says so
// (its folder holds the marker, so the next build removes it) instead of reporting success.
Status Swap(const stdfs::path& staging, const stdfs::path& out) {
  std::error_code ec;
  if (!stdfs::exists(out, ec)) {
    stdfs::rename(staging, out, ec);
    if (ec) return Status::Internal(OsError("не удалось создать папку", out.string(), ec));
    SyncFolder(out.parent_path());
    return Status::Ok();
  }
  stdfs::path previous = staging;  // after the exchange, staging holds the previous output
  if (!ExchangePaths(staging, out)) {
    // Without RENAME_EXCHANGE: move the previous output aside, then the new one in.
    previous = BesideOutput(out, "old-" + std::to_string(getpid()));
    stdfs::rename(out, previous, ec);
    if (ec) return Status::Internal(OsError("не удалось заменить", out.string(), ec));
    stdfs::rename(staging, out, ec);
    if (ec) {
      std::error_code ignored;
      stdfs::rename(previous, out, ignored);
      return Status::Internal(OsError("не удалось заменить", out.string(), ec));
    }
  }
  SyncFolder(out.parent_path());
  ec = RemoveMarkedTree(previous);
  if (ec) {
    return Status::Internal("новая сборка записана в " + out.string() + ", но " +
                            OsError("не удалось удалить прежнюю из", previous.string(), ec) +
                            "; её удалит следующая сборка");
  }
  return Status::Ok();
}

}  // namespace

Status WriteArtifacts(const stdfs::path& output_dir, const render::Artifacts& artifacts,
                      long long epoch_seconds) {
  if (Status s = CheckArtifactPaths(artifacts); !s.ok()) return s;
  Result<stdfs::path> folder = OutputFolder(output_dir);
  if (!folder.ok()) return folder.status();
  const stdfs::path& out = *folder;
  std::error_code ec;
  stdfs::create_directories(out.parent_path(), ec);
  if (ec) return Status::Internal(OsError("не удалось создать папку", out.parent_path().string(), ec));
  // Never replace a folder this tool did not make: "-o ~" must not wipe a home folder.
  if (stdfs::exists(out, ec) && !stdfs::is_empty(out, ec) && !stdfs::exists(out / kOutputMarker, ec)) {
    return Status::Internal("папка " + out.string() +
                            " не пуста и создана не nastavnik; укажите для результатов другую папку");
  }
  stdfs::path staging = BesideOutput(out, "staging-" + std::to_string(getpid()));
  stdfs::remove_all(staging, ec);
  Status written = WriteOneFile(staging / kOutputMarker,
                                "Эту папку создаёт nastavnik build; она перезаписывается целиком.\n", epoch_seconds);
  for (size_t i = 0; i < artifacts.size() && written.ok(); ++i) {
    written = WriteOneFile(staging / artifacts[i].path, artifacts[i].bytes, epoch_seconds);
  }
  if (written.ok()) written = CarryMatching(out, staging);
  if (written.ok()) written = Swap(staging, out);
  if (!written.ok()) RemoveMarkedTree(staging);  // the staging, or the previous tree left in it
  return written;
}

}  // namespace nastavnik::write
