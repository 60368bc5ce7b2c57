#include "write/apply_proposal.h"

#include "base/platform.h"

#include <cerrno>
#include <ctime>

#include "base/os_error.h"
#include "base/text.h"
#include "write/file_ops.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

void AppendField(std::string* out, const std::string& field, char separator) {
  text::AppendCsvField(out, field, std::string("\";,\r\n") + separator);
}

void SyncFolder(const stdfs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

std::string Stamp(long long seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
  return buf;
}

// "pairs.csv.bak-YYYYMMDD-HHMMSS", or "-2", "-3"… when that name is taken by anything at all
// (a dangling symlink included: it is skipped, never followed).
Status WriteBackup(const stdfs::path& pairs_csv, const std::string& original, long long now_seconds, mode_t mode,
                   stdfs::path* backup) {
  int error = EEXIST;
  for (int n = 1; n <= 1000 && error == EEXIST; ++n) {
    *backup = pairs_csv;
    *backup += ".bak-" + Stamp(now_seconds) + (n == 1 ? "" : "-" + std::to_string(n));
    error = CreateSynced(*backup, original, mode);
  }
  if (error != 0) return Status::Internal(OsError("не удалось сохранить резервную копию", backup->string(), error));
  return Status::Ok();
}

// The file as it is now, read without following a symlink; its permissions into *mode.
Status ReadCurrent(const stdfs::path& pairs_csv, std::string* bytes, mode_t* mode) {
  int fd = ::open(pairs_csv.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return Status::Internal(OsError("не удалось прочитать", pairs_csv.string(), errno));
  struct stat info {};
  int error = ::fstat(fd, &info) == 0 ? 0 : errno;
  *mode = info.st_mode & 07777;
  char buffer[65536];
  for (ssize_t n = 1; error == 0 && n > 0;) {
    n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) n = 1;
    else if (n < 0) error = errno;
    else bytes->append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  if (error != 0) return Status::Internal(OsError("не удалось прочитать", pairs_csv.string(), error));
  return Status::Ok();
}

// pairs.csv must be a plain file the user may write: a symlink would leave the data outside the
// school's folder (and the rename would replace the link, not the file it points to).
Status CheckReplaceable(const stdfs::path& pairs_csv, bool* existed) {
  struct stat info {};
  if (::lstat(pairs_csv.c_str(), &info) != 0) {
    if (errno != ENOENT) return Status::Internal(OsError("не удалось проверить", pairs_csv.string(), errno));
    *existed = false;
    return Status::Ok();
  }
  *existed = true;
  if (S_ISLNK(info.st_mode)) {
    return Status::Input(pairs_csv.string() +
                         " — символическая ссылка; nastavnik не пишет по ссылкам: замените её обычным файлом");
  }
  if (!S_ISREG(info.st_mode)) return Status::Input(pairs_csv.string() + " — не обычный файл; пары не внесены");
  if (::access(pairs_csv.c_str(), W_OK) != 0 || (info.st_mode & 0222) == 0) {
    return Status::Input(pairs_csv.string() + " защищён от записи; разрешите запись в него и повторите команду");
  }
  return Status::Ok();
}

std::string WithRows(const std::string& original, const AppendedRows& rows) {
  // New lines follow the file's own line ending; a last line without one gets it first.
  std::string eol = original.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  std::string text = original;
  if (!text.empty() && text.back() != '\n') text += eol;
  for (const std::vector<std::string>& row : rows.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) text += rows.separator;
      AppendField(&text, row[i], rows.separator);
    }
    text += eol;
  }
  return text;
}

}  // namespace

Status LockPairs(const stdfs::path& pairs_csv, FileLock* lock, const std::function<void()>& on_wait) {
  stdfs::path lock_file = pairs_csv.parent_path() / ("." + pairs_csv.filename().string() + ".lock");
  return lock->Acquire(lock_file, true, "", on_wait);
}

Status AppendPairs(const stdfs::path& pairs_csv, const std::string& original, const AppendedRows& rows,
                   long long now_seconds, stdfs::path* backup) {
  bool existed = false;
  if (Status s = CheckReplaceable(pairs_csv, &existed); !s.ok()) return s;
  mode_t mode = 0644;
  if (existed) {
    std::string current;
    if (Status s = ReadCurrent(pairs_csv, &current, &mode); !s.ok()) return s;
    if (current != original) {
      return Status::Input("файл " + pairs_csv.string() + " изменился во время применения; повторите команду");
    }
  }
  stdfs::path fresh;
  if (Status s = WriteBeside(pairs_csv, WithRows(original, rows), mode, &fresh); !s.ok()) return s;
  if (existed) {
    if (Status s = WriteBackup(pairs_csv, original, now_seconds, mode, backup); !s.ok()) {
      ::unlink(fresh.c_str());
      backup->clear();
      return s;
    }
  }
  if (::rename(fresh.c_str(), pairs_csv.c_str()) != 0) {
    int error = errno;
    ::unlink(fresh.c_str());
    return Status::Internal(OsError(existed ? "не удалось заменить" : "не удалось создать", pairs_csv.string(), error));
  }
  SyncFolder(pairs_csv.parent_path());
  return Status::Ok();
}

}  // namespace nastavnik::write
