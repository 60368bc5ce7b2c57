#include "base/file_system.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

namespace nastavnik::fs {

namespace stdfs = std::filesystem;

Result<std::string> ReadFile(const stdfs::path& path, const std::string& shown_path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Input("не удалось открыть файл", Location{shown_path});
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::Input("ошибка чтения файла", Location{shown_path});
  return buffer.str();
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
  auto [b, f] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
  if (b != base.end()) return refuse();
  return full;
}

std::vector<stdfs::path> ListFiles(const stdfs::path& dir, const std::string& extension) {
  std::vector<stdfs::path> out;
  std::error_code ec;
  if (!stdfs::is_directory(dir, ec)) return out;
  for (auto it = stdfs::recursive_directory_iterator(dir, ec); !ec && it != stdfs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().string().ends_with(extension)) {
      out.push_back(it->path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Relative(const stdfs::path& path, const stdfs::path& root) {
  std::error_code ec;
  stdfs::path rel = stdfs::relative(path, root, ec);
  if (ec || rel.empty()) return path.generic_string();
  return rel.generic_string();
}

}  // namespace nastavnik::fs
