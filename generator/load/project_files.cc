#include "load/project_files.h"

#include <system_error>

namespace nastavnik::load {
namespace stdfs = std::filesystem;

namespace {

constexpr size_t kMb = size_t{1} << 20;

bool StartsWith(const stdfs::path& rel, std::initializer_list<const char*> parts) {
  auto it = rel.begin();
  for (const char* part : parts) {
    if (it == rel.end() || *it != part) return false;
    ++it;
  }
  return true;
}

// True when a folder between real_root (exclusive) and real holds the output marker.
bool UnderOutputMarker(const stdfs::path& real_root, const stdfs::path& real) {
  std::error_code ec;
  for (stdfs::path dir = real.parent_path(); fs::IsInside(real_root, dir) && dir != real_root;
       dir = dir.parent_path()) {
    if (stdfs::exists(dir / fs::kOutputMarker, ec)) return true;
  }
  return false;
}

}  // namespace

fs::ReadLimit LimitFor(FileKind kind, size_t markdown_limit_bytes) {
  switch (kind) {
    case FileKind::kProgram: return {kMb, "файл настроек", ": проверьте, тот ли это файл"};
    // 50 000 participants take about 12 МБ, their plans and surveys a few times that.
    case FileKind::kTable: return {128 * kMb, "таблица CSV", ": проверьте, та ли это таблица"};
    case FileKind::kPage:
      return {markdown_limit_bytes, "файл Markdown", " (настройка data.markdown_limit_kb): разбейте его на части"};
    case FileKind::kTemplate: return {kMb, "шаблон", ": проверьте, тот ли это файл"};
    case FileKind::kThemeFile: return {8 * kMb, "файл темы", ": проверьте, тот ли это файл"};
    case FileKind::kImage:
    case FileKind::kPhoto: return {32 * kMb, "изображение", ": уменьшите его перед публикацией"};
  }
  return {};
}

std::string Refusal(const stdfs::path& real_root, const stdfs::path& real, FileKind kind) {
  const stdfs::path rel = real.lexically_relative(real_root);
  const std::string shown = "«" + rel.generic_string() + "»";
  for (const stdfs::path& part : rel) {
    if (part.string().starts_with(".")) {
      return shown + " — скрытый файл или лежит в скрытой папке (имя начинается с точки), а такие файлы не читаются";
    }
  }
  if (StartsWith(rel, {"output"}) || UnderOutputMarker(real_root, real)) {
    return shown + " лежит в папке результатов сборки, а её файлы не читаются как исходные";
  }
  if (kind != FileKind::kTable && StartsWith(rel, {"content", "data"})) {
    return shown + " лежит в папке данных участников content/data/, а оттуда ничего не публикуется";
  }
  if (kind == FileKind::kImage && StartsWith(rel, {"content", "photos"})) {
    return shown + " — фотография участника, а фотографии публикуются только на странице наставников и только с "
                   "согласием на публикацию";
  }
  if (kind == FileKind::kPhoto && !StartsWith(rel, {"content", "photos"})) {
    return shown + " лежит вне папки content/photos/, а фотографией может быть только файл из неё";
  }
  return "";
}

Result<std::string> ReadProjectFile(const stdfs::path& root, const stdfs::path& file, const std::string& shown,
                                    FileKind kind, const fs::ReadLimit& limit) {
  Result<stdfs::path> real = fs::ResolveInside(root, file, shown);
  if (!real.ok()) return real.status();
  std::error_code ec;
  const stdfs::path real_root = stdfs::canonical(root, ec);
  if (ec) return Status::Internal("папка проекта недоступна: " + root.string());
  if (std::string why = Refusal(real_root, *real, kind); !why.empty()) return Status::Input(why, Location{shown});
  return fs::ReadFile(*real, shown, limit, fs::Links::kRefuse);
}

Result<std::string> ReadProjectFile(const stdfs::path& root, const stdfs::path& file, const std::string& shown,
                                    FileKind kind) {
  return ReadProjectFile(root, file, shown, kind, LimitFor(kind));
}

}  // namespace nastavnik::load
