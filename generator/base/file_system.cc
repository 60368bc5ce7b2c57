#include "base/file_system.h"

#include "base/platform.h"

#include <algorithm>
#include <cerrno>
#include <set>
#include <system_error>

namespace nastavnik::fs {

namespace stdfs = std::filesystem;

namespace {

constexpr const char* kOnlyRegular = ", а не обычный файл: nastavnik читает только обычные файлы";

// Why a file of this mode is not read; empty for a regular file.
std::string NotRegular(mode_t mode) {
  if (S_ISREG(mode)) return "";
  if (S_ISDIR(mode)) return "это папка, а не файл";
  if (S_ISFIFO(mode)) return std::string("это именованный канал (FIFO)") + kOnlyRegular;
  if (S_ISSOCK(mode)) return std::string("это сокет") + kOnlyRegular;
  if (S_ISCHR(mode) || S_ISBLK(mode)) return std::string("это файл устройства") + kOnlyRegular;
  return std::string("это особый файл") + kOnlyRegular;
}

Status TooBig(size_t size, const ReadLimit& limit, const std::string& shown) {
  return Status::Input(limit.what + " занимает " + FormatSize(size) + ", больше предела " +
                           FormatSize(limit.max_bytes) + limit.advice,
                       Location{shown});
}

Status CannotOpen(const stdfs::path& path, int error, const std::string& shown) {
  struct stat link;
  if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    return Status::Input("символическая ссылка ведёт на файл, которого нет", Location{shown});
  }
  if (error == ENOENT || error == ENOTDIR) return Status::Input("файл не найден", Location{shown});
  if (error == EACCES || error == EPERM) return Status::Input("нет прав на чтение файла", Location{shown});
  if (error == ELOOP) return Status::Input("символическая ссылка здесь не допускается", Location{shown});
  return Status::Input("не удалось открыть файл", Location{shown});
}

// Closes the descriptor on every path out of ReadFile.
struct FileCloser {
  int fd;
  ~FileCloser() {
    if (fd >= 0) ::close(fd);
  }
};

// Reads an open file to its end: the size fstat gave in one go, then whatever a growing file
// (or one that reports no size) adds, in small steps, refused one step past the limit.
Result<std::string> ReadOpen(int fd, size_t size, const ReadLimit& limit, const std::string& shown) {
  std::string bytes(size, '\0');
  size_t have = 0;
  while (have < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::Input("ошибка чтения файла", Location{shown});
    if (n == 0) break;
    have += static_cast<size_t>(n);
  }
  bytes.resize(have);
  char chunk[4096];
  while (true) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::Input("ошибка чтения файла", Location{shown});
    if (n == 0) break;
    bytes.append(chunk, static_cast<size_t>(n));
    if (bytes.size() > limit.max_bytes) return TooBig(bytes.size(), limit, shown);
  }
  return bytes;
}

}  // namespace

Result<std::string> ReadFile(const stdfs::path& path, const std::string& shown, const ReadLimit& limit,
                             Links links) {
  // stat first: opening a FIFO or a device has effects of its own (a FIFO without a writer
  // blocks an ordinary open), so those are refused before any open.
  struct stat st;
  const int got = links == Links::kRefuse ? ::lstat(path.c_str(), &st) : ::stat(path.c_str(), &st);
  if (got != 0) return CannotOpen(path, errno, shown);
  if (S_ISLNK(st.st_mode)) return CannotOpen(path, ELOOP, shown);
  if (std::string why = NotRegular(st.st_mode); !why.empty()) return Status::Input(why, Location{shown});
  if (static_cast<unsigned long long>(st.st_size) > limit.max_bytes) return TooBig(st.st_size, limit, shown);
  // O_NONBLOCK: should the file be swapped for a FIFO after the stat, open still returns at once.
  const int no_follow = links == Links::kRefuse ? O_NOFOLLOW : 0;
  FileCloser file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | no_follow)};
  if (file.fd < 0) return CannotOpen(path, errno, shown);
  if (::fstat(file.fd, &st) != 0) return Status::Input("ошибка чтения файла", Location{shown});
  if (std::string why = NotRegular(st.st_mode); !why.empty()) return Status::Input(why, Location{shown});
  if (static_cast<unsigned long long>(st.st_size) > limit.max_bytes) return TooBig(st.st_size, limit, shown);
  return ReadOpen(file.fd, static_cast<size_t>(st.st_size), limit, shown);
}

bool IsInside(const stdfs::path& root, const stdfs::path& inner) {
  auto [r, i] = std::mismatch(root.begin(), root.end(), inner.begin(), inner.end());
  return r == root.end();
}

Result<stdfs::path> ResolveInside(const stdfs::path& root, const stdfs::path& path, const std::string& shown) {
  std::error_code ec;
  stdfs::path base = stdfs::canonical(root, ec);
  if (ec) return Status::Internal("папка проекта недоступна: " + root.string());
  stdfs::path real = stdfs::canonical(path, ec);
  if (ec) return CannotOpen(path, ec.value(), shown);
  if (!IsInside(base, real)) {
    return Status::Input("символическая ссылка ведёт за пределы папки проекта (в " + real.string() +
                             "): такие файлы не читаются",
                         Location{shown});
  }
  return real;
}

Result<stdfs::path> ResolveWithin(const stdfs::path& root, const std::string& relative,
                                  const Location& where) {
  auto refuse = [&] {
    return Status::Input("путь «" + relative + "» выходит за пределы папки проекта", where);
  };
  if (relative.empty() || relative.find('\0') != std::string::npos) return refuse();
  stdfs::path rel(relative);
  if (rel.is_absolute() || rel.has_root_name() || relative[0] == '\\' ||
      (relative.size() > 1 && relative[1] == ':'))
    return refuse();
  std::error_code ec;
  stdfs::path base = stdfs::canonical(root, ec);
  if (ec) return Status::Internal("папка проекта недоступна: " + root.string());
  stdfs::path full = stdfs::weakly_canonical(base / rel, ec);
  if (ec) return refuse();
  if (!IsInside(base, full)) return refuse();
  return full;
}

namespace {

struct Walk {
  stdfs::path root;       // as given, for the paths listed and the messages
  stdfs::path real_root;  // canonical, for containment
  stdfs::path top;        // the folder listed, as given
  stdfs::path real_top;   // and canonical
  const std::vector<std::string>* extensions = nullptr;
  std::vector<stdfs::path> skip;  // canonical, and as given (absolute): a skipped symlink is not followed
  std::set<stdfs::path> visited;  // canonical folders already walked: a symlink loop ends here
  Diagnostics* diags = nullptr;
  std::vector<stdfs::path> out;

  // Cameras and Windows write ".JPG" and ".MD": extensions match in any letter case.
  bool Wanted(const stdfs::path& file) const {
    std::string name = file.filename().string();
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c); });
    return std::any_of(extensions->begin(), extensions->end(),
                       [&](const std::string& ext) { return name.ends_with(ext); });
  }

  void Folder(const stdfs::path& dir, const stdfs::path& real) {
    if (std::find(skip.begin(), skip.end(), real) != skip.end() || !visited.insert(real).second) return;
    std::error_code ec;
    std::vector<stdfs::path> entries;
    for (auto it = stdfs::directory_iterator(dir, ec); !ec && it != stdfs::end(it); it.increment(ec)) {
      entries.push_back(it->path());
    }
    std::sort(entries.begin(), entries.end());
    // Real entries before symlinks: a folder reached both ways is listed under its own name.
    std::stable_partition(entries.begin(), entries.end(),
                          [](const stdfs::path& p) {
                            std::error_code failed;
                            return !stdfs::is_symlink(stdfs::symlink_status(p, failed));
                          });
    for (const stdfs::path& entry : entries) Entry(entry);
  }

  void Entry(const stdfs::path& entry) {
    if (entry.filename().string().starts_with(".")) return;  // hidden: .git, .DS_Store, staging folders
    std::error_code ec;
    if (std::find(skip.begin(), skip.end(), stdfs::absolute(entry, ec).lexically_normal()) != skip.end()) return;
    stdfs::file_status own = stdfs::symlink_status(entry, ec);
    if (ec) return;
    if (own.type() == stdfs::file_type::directory) return Folder(entry, stdfs::canonical(entry, ec));
    if (own.type() != stdfs::file_type::symlink) {
      if (Wanted(entry)) out.push_back(entry);
      return;
    }
    stdfs::path target = stdfs::canonical(entry, ec);
    if (ec) {
      if (Wanted(entry)) out.push_back(entry);  // a dangling link: reading it says so
      return;
    }
    const bool folder = stdfs::is_directory(target, ec);
    if (!folder && !Wanted(entry)) return;
    if (!IsInside(real_root, target)) {
      diags->Error(Location{Relative(entry, root)}, "символическая ссылка ведёт за пределы папки проекта (в " +
                                                        target.string() + "): такие файлы и папки не читаются");
      return;
    }
    if (!folder) return out.push_back(entry);
    // A linked folder stays inside the folder listed: a link to the project root (or to a
    // sibling such as templates/) would list it again as pages.
    if (!IsInside(real_top, target)) {
      diags->Error(Location{Relative(entry, root)}, "символическая ссылка на папку ведёт за пределы «" +
                                                        Relative(top, root) + "» (в " + target.string() +
                                                        "): такие папки не читаются");
      return;
    }
    Folder(entry, target);
  }
};

}  // namespace

std::vector<stdfs::path> ListFiles(const stdfs::path& root, const stdfs::path& dir,
                                   const std::vector<std::string>& extensions, Diagnostics& diags,
                                   const std::vector<stdfs::path>& skip) {
  std::error_code ec;
  if (!stdfs::is_directory(dir, ec)) return {};
  Walk walk;
  walk.root = root;
  walk.real_root = stdfs::canonical(root, ec);
  if (ec) return {};
  walk.extensions = &extensions;
  walk.diags = &diags;
  for (const stdfs::path& s : skip) {
    walk.skip.push_back(stdfs::absolute(s, ec).lexically_normal());
    stdfs::path real = stdfs::canonical(s, ec);
    if (!ec) walk.skip.push_back(real);
  }
  stdfs::path real_dir = stdfs::canonical(dir, ec);
  if (ec) return {};
  if (!IsInside(walk.real_root, real_dir)) {
    diags.Error(Location{Relative(dir, root)}, "символическая ссылка ведёт за пределы папки проекта (в " +
                                                   real_dir.string() + "): такие файлы и папки не читаются");
    return {};
  }
  walk.top = dir;
  walk.real_top = real_dir;
  walk.Folder(dir, real_dir);
  std::sort(walk.out.begin(), walk.out.end());
  return walk.out;
}

std::string Relative(const stdfs::path& path, const stdfs::path& root) {
  // Lexical on purpose: a symlink is named by its own path, never by where it points.
  std::error_code ec;
  stdfs::path full = stdfs::absolute(path, ec).lexically_normal();
  stdfs::path base = stdfs::absolute(root, ec).lexically_normal();
  stdfs::path rel = full.lexically_relative(base);
  if (ec || rel.empty() || *rel.begin() == "..") return path.generic_string();
  return rel.generic_string();
}

std::string FormatSize(size_t bytes) {
  constexpr size_t kMb = size_t{1} << 20;
  if (bytes >= 10 * kMb || (bytes > 0 && bytes % kMb == 0)) return std::to_string(bytes / kMb) + " МБ";
  return std::to_string(bytes / 1024) + " КБ";
}

}  // namespace nastavnik::fs
