#include "write/output_guard.h"

#include "base/platform.h"

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/os_error.h"
#include "write/file_ops.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

constexpr const char* kScratchNote = "Временные файлы сборки nastavnik; папку удалит следующая сборка.\n";

bool IsRealFolder(const stdfs::path& p) {
  std::error_code ec;
  return stdfs::symlink_status(p, ec).type() == stdfs::file_type::directory;
}

bool HasMarker(const stdfs::path& dir) {
  std::error_code ec;
  return stdfs::symlink_status(dir / kOutputMarker, ec).type() == stdfs::file_type::regular;
}

// The preview server keeps a scratch folder without taking the lock: a scratch folder whose
// process still runs is not a leftover.
bool ScratchInUse(const std::string& name, const std::string& prefix) {
  if (prefix.find("scratch-") == std::string::npos) return false;
  long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
  if (pid <= 0 || pid == getpid()) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Removes every folder in dir whose name starts with one of prefixes (and holds the marker).
Status RemoveLeftovers(const stdfs::path& dir, const std::vector<std::string>& prefixes, bool need_marker) {
  std::error_code ec;
  std::vector<stdfs::path> stale;
  for (stdfs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    for (const std::string& prefix : prefixes) {
      if (name.rfind(prefix, 0) != 0 || !IsRealFolder(it->path())) continue;
      if (ScratchInUse(name, prefix)) break;
      if (!need_marker || HasMarker(it->path())) stale.push_back(it->path());
      break;
    }
  }
  for (const stdfs::path& p : stale) {
    ec = need_marker ? RemoveMarkedTree(p) : std::error_code();
    if (!need_marker) stdfs::remove_all(p, ec);
    if (ec) return Status::Internal(OsError("не удалось удалить остаток прерванной сборки", p.string(), ec));
  }
  return Status::Ok();
}

}  // namespace

stdfs::path BesideOutput(const stdfs::path& out, const std::string& what) {
  return out.parent_path() / ("." + out.filename().string() + "." + what);
}

OutputGuard::~OutputGuard() {
  if (scratch_.empty()) return;
  std::error_code ignored;  // a folder that cannot go now is removed by the next build
  stdfs::remove_all(scratch_, ignored);
}

Status OutputGuard::Acquire(const stdfs::path& output_dir, bool lock) {
  Result<stdfs::path> out = OutputFolder(output_dir);
  if (!out.ok()) return out.status();
  std::error_code ec;
  stdfs::create_directories(out->parent_path(), ec);
  if (ec) return Status::Internal(OsError("не удалось создать папку", out->parent_path().string(), ec));
  if (lock) {
    Status locked = lock_.Acquire(BesideOutput(*out, "lock"), false,
                                  "другая сборка уже пишет в " + out->string() +
                                      "; дождитесь её окончания и повторите команду");
    if (!locked.ok()) return locked;
    std::string mine = "." + out->filename().string() + ".";
    Status cleaned = RemoveLeftovers(out->parent_path(), {mine + "staging-", mine + "old-", mine + "scratch-"}, true);
    // `match` stages output/matching inside the output folder itself.
    if (cleaned.ok() && HasMarker(*out)) cleaned = RemoveLeftovers(*out, {".matching.staging-", ".matching.old-"}, false);
    if (!cleaned.ok()) return cleaned;
  }
  stdfs::path scratch = BesideOutput(*out, "scratch-" + std::to_string(getpid()));
  stdfs::remove_all(scratch, ec);
  if (::mkdir(scratch.c_str(), 0700) != 0) {
    return Status::Internal(OsError("не удалось создать папку", scratch.string(), errno));
  }
  scratch_ = scratch;
  return WriteOneFile(scratch / kOutputMarker, kScratchNote, -1);
}

}  // namespace nastavnik::write
