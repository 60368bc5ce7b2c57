#include "load/resources.h"

#include <cstdlib>
#include <map>
#include <mutex>
#include <string>
#include <system_error>
#include <vector>

#include "base/file_system.h"
#include "load/sources.h"

#ifdef _WIN32
#include <windows.h>
#endif

namespace nastavnik::load {
namespace stdfs = std::filesystem;

namespace {

constexpr const char* kDictionary = "hyphen/hyph_ru_RU.dic";

stdfs::path ExecutableDir() {
#ifdef _WIN32
  std::wstring buffer(32768, L'\0');
  const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
  buffer.resize(n);
  return stdfs::path(buffer).parent_path();
#else
  std::error_code ec;
  const stdfs::path exe = stdfs::read_symlink("/proc/self/exe", ec);
  return ec ? stdfs::path() : exe.parent_path();
#endif
}

std::string Advice() {
  return "переустановите nastavnik или укажите папку с его данными в переменной окружения NASTAVNIK_DATA_DIR";
}

void ReadFonts(const stdfs::path& dir, PdfResources& out, std::vector<std::string>& problems) {
  std::vector<const char*> names(std::begin(kPdfFontFiles), std::end(kPdfFontFiles));
  names.push_back(kChartFontFile);
  for (const char* name : names) {
    const stdfs::path file = dir / name;
    std::error_code ec;
    if (!stdfs::exists(file, ec)) {
      problems.push_back("нет файла шрифта " + file.string());
      continue;
    }
    Result<std::string> bytes = fs::ReadFile(file, file.string());
    if (!bytes.ok()) {
      problems.push_back("не читается файл шрифта " + file.string());
      continue;
    }
    out.fonts[name] = std::move(*bytes);
  }
}

Result<std::shared_ptr<const PdfResources>> Read(const stdfs::path& data_dir) {
  std::error_code ec;
  if (!stdfs::is_directory(data_dir, ec)) {
    return Status::Internal("не найдена папка данных nastavnik " + data_dir.string() +
                            " (шаблоны, шрифты, словарь переносов): " + Advice());
  }
  auto resources = std::make_shared<PdfResources>();
  std::vector<std::string> problems;
  resources->fonts_shown = (data_dir / "fonts").string();
  ReadFonts(data_dir / "fonts", *resources, problems);
  const stdfs::path dictionary = data_dir / kDictionary;
  resources->hyphenation_shown = dictionary.string();
  Result<std::string> patterns = fs::ReadFile(dictionary, dictionary.string());
  if (patterns.ok()) {
    resources->hyphenation = std::move(*patterns);
  } else {
    problems.push_back("нет словаря переносов " + dictionary.string());
  }
  if (problems.empty()) return std::shared_ptr<const PdfResources>(std::move(resources));
  std::string message;
  for (const std::string& p : problems) message += (message.empty() ? "" : "; ") + p;
  return Status::Internal(message + ": " + Advice());
}

}  // namespace

stdfs::path InstalledDataDir() {
  if (const char* env = std::getenv("NASTAVNIK_DATA_DIR"); env && *env) return env;
  const stdfs::path exe_dir = ExecutableDir();
  const stdfs::path candidates[] = {(exe_dir / ".." / "share" / "nastavnik").lexically_normal(),
                                    exe_dir / "share" / "nastavnik"};
  for (const stdfs::path& dir : candidates) {
    std::error_code ec;
    if (stdfs::is_directory(dir / "templates", ec)) return dir;
  }
  return candidates[0];
}

Result<std::shared_ptr<const PdfResources>> LoadPdfResources(const stdfs::path& data_dir) {
  // A preview server builds again on every change: the few megabytes are read once, and the
  // parsed fonts the renderer keeps for them stay bounded.
  static std::mutex mutex;
  static std::map<stdfs::path, std::shared_ptr<const PdfResources>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  if (auto it = loaded.find(data_dir); it != loaded.end()) return it->second;
  Result<std::shared_ptr<const PdfResources>> read = Read(data_dir);
  if (read.ok()) loaded[data_dir] = *read;
  return read;
}

}  // namespace nastavnik::load
