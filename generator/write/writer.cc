#include "write/writer.h"

#include "base/platform.h"

#include <cerrno>
#include <fstream>
#include <set>

#include "base/os_error.h"
#include "write/file_ops.h"
#include "write/output_guard.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

Status CheckArtifactPath(const std::string& path) {
  if (path.empty() || path.find("..") != std::string::npos || path[0] == '/') {
    return Status::Internal("недопустимый путь результата: " + path);
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

// A file of the staging folder written by the renderer as it makes it.
class StagedFile final : public render::OutputFile {
 public:
  StagedFile(stdfs::path path, long long epoch_seconds) : path_(std::move(path)), epoch_seconds_(epoch_seconds) {}
  Status Open() {
    std::error_code ec;
    stdfs::create_directories(path_.parent_path(), ec);
    if (ec) return Status::Internal(OsError("не удалось создать папку", path_.parent_path().string(), ec));
    errno = 0;
    file_.open(path_, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
    if (!file_) return Status::Internal(OsError("не удалось создать файл", path_.string(), errno));
    return Status::Ok();
  }
  std::iostream& stream() override { return file_; }
  Status Close() override {
    // The stream keeps no error code; errno still holds the failed write's (ENOSPC, EDQUOT…),
    // from closing or from the write that failed before.
    const bool failed = !file_;
    const int before = errno;
    errno = 0;
    file_.close();
    if (failed || !file_) return Status::Internal(OsError("не удалось записать", path_.string(), errno ? errno : before));
    struct timespec times[2] = {{static_cast<time_t>(epoch_seconds_), 0}, {static_cast<time_t>(epoch_seconds_), 0}};
    if (epoch_seconds_ >= 0) utimensat(AT_FDCWD, path_.c_str(), times, 0);
    return Status::Ok();
  }

 private:
  stdfs::path path_;
  long long epoch_seconds_;
  std::fstream file_;
};

}  // namespace

StagedOutput::~StagedOutput() {
  if (open_) RemoveMarkedTree(staging_);  // never committed: the staging, or the previous tree left in it
}

Status StagedOutput::Open(const stdfs::path& output_dir, long long epoch_seconds) {
  Result<stdfs::path> folder = OutputFolder(output_dir);
  if (!folder.ok()) return folder.status();
  out_ = *folder;
  epoch_seconds_ = epoch_seconds;
  std::error_code ec;
  stdfs::create_directories(out_.parent_path(), ec);
  if (ec) return Status::Internal(OsError("не удалось создать папку", out_.parent_path().string(), ec));
  // Never replace a folder this tool did not make: "-o ~" must not wipe a home folder.
  if (stdfs::exists(out_, ec) && !stdfs::is_empty(out_, ec) && !stdfs::exists(out_ / kOutputMarker, ec)) {
    return Status::Internal("папка " + out_.string() +
                            " не пуста и создана не nastavnik; укажите для результатов другую папку");
  }
  staging_ = BesideOutput(out_, "staging-" + std::to_string(getpid()));
  stdfs::remove_all(staging_, ec);
  open_ = true;
  return WriteOneFile(staging_ / kOutputMarker, "Эту папку создаёт nastavnik build; она перезаписывается целиком.\n",
                      epoch_seconds_);
}

Status StagedOutput::Put(const render::Artifact& artifact) {
  if (Status s = CheckArtifactPath(artifact.path); !s.ok()) return s;
  if (!seen_.insert(artifact.path).second) return Status::Internal("результат записан дважды: " + artifact.path);
  return WriteOneFile(staging_ / artifact.path, artifact.bytes, epoch_seconds_);
}

Result<std::unique_ptr<render::OutputFile>> StagedOutput::OpenFile(const std::string& path) {
  if (Status s = CheckArtifactPath(path); !s.ok()) return s;
  if (!seen_.insert(path).second) return Status::Internal("результат записан дважды: " + path);
  auto file = std::make_unique<StagedFile>(staging_ / path, epoch_seconds_);
  if (Status s = file->Open(); !s.ok()) return s;
  return std::unique_ptr<render::OutputFile>(std::move(file));
}

Status StagedOutput::Commit() {
  Status written = CarryMatching(out_, staging_);
  if (written.ok()) written = Swap(staging_, out_);
  // After a successful swap the staging name is gone (or holds the previous tree, removed by
  // Swap); after a failure the destructor removes what is left.
  if (written.ok()) open_ = false;
  return written;
}

Status WriteArtifacts(const stdfs::path& output_dir, const render::Artifacts& artifacts, long long epoch_seconds) {
  // Paths first, so a bad one leaves no staging folder behind at all.
  std::set<std::string> seen;
  for (const render::Artifact& a : artifacts) {
    if (Status s = CheckArtifactPath(a.path); !s.ok()) return s;
    if (!seen.insert(a.path).second) return Status::Internal("результат записан дважды: " + a.path);
  }
  StagedOutput staged;
  Status written = staged.Open(output_dir, epoch_seconds);
  for (size_t i = 0; i < artifacts.size() && written.ok(); ++i) written = staged.Put(artifacts[i]);
  if (written.ok()) written = staged.Commit();
  return written;
}

}  // namespace nastavnik::write
