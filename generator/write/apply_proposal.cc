#include "write/apply_proposal.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

#include "base/text.h"

namespace nastavnik::write {
namespace stdfs = std::filesystem;
namespace {

void AppendField(std::string* out, const std::string& field, char separator) {
  text::AppendCsvField(out, field, std::string("\";,\r\n") + separator);
}

bool WriteSynced(const stdfs::path& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  bool ok = ::fsync(fd) == 0;
  return ::close(fd) == 0 && ok;
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

}  // namespace

Status AppendPairs(const stdfs::path& pairs_csv, const std::string& original, const AppendedRows& rows,
                   long long now_seconds, stdfs::path* backup) {
  bool existed = stdfs::exists(pairs_csv);
  if (existed) {
    std::ifstream in(pairs_csv, std::ios::binary);
    std::stringstream current;
    current << in.rdbuf();
    if (!in || current.str() != original) {
      return Status::Input("файл " + pairs_csv.string() + " изменился во время применения; повторите команду");
    }
  }
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
  stdfs::path fresh = pairs_csv;
  fresh += ".new";
  if (!WriteSynced(fresh, text)) {
    std::error_code ec;
    stdfs::remove(fresh, ec);
    return Status::Internal("не удалось записать " + fresh.string());
  }
  std::error_code ec;
  if (!existed) {  // a school's first pairs: original is just the header
    stdfs::rename(fresh, pairs_csv, ec);
    if (ec) return Status::Internal("не удалось создать " + pairs_csv.string() + ": " + ec.message());
    SyncFolder(pairs_csv.parent_path());
    return Status::Ok();
  }
  *backup = pairs_csv;
  *backup += ".bak-" + Stamp(now_seconds);
  for (int n = 2; stdfs::exists(*backup); ++n) {
    *backup = pairs_csv;
    *backup += ".bak-" + Stamp(now_seconds) + "-" + std::to_string(n);
  }
  if (!WriteSynced(*backup, original)) {
    stdfs::remove(fresh, ec);
    return Status::Internal("не удалось сохранить резервную копию " + backup->string());
  }
  stdfs::rename(fresh, pairs_csv, ec);
  if (ec) return Status::Internal("не удалось заменить " + pairs_csv.string() + ": " + ec.message());
  SyncFolder(pairs_csv.parent_path());
  return Status::Ok();
}

}  // namespace nastavnik::write
