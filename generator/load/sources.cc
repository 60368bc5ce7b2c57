#include "load/sources.h"

#include <system_error>

#include "base/file_system.h"
#include "base/text.h"
#include "load/encoding.h"
#include "load/image.h"
#include "load/project_files.h"
#include "load/site_files.h"
#include "load/form_exports.h"
#include "load/table_files.h"
#include "load/toml.h"

namespace nastavnik::load {
namespace stdfs = std::filesystem;

namespace {

// Reads a setting straight from the raw tree: load needs the encoding and the size cap before
// the model exists; the model validates both keys again with the rest of program.toml.
std::string RawString(const Value& program, const char* table, const char* key,
                      const std::string& fallback) {
  const Value* t = program.Find(table);
  const Value* v = t ? t->Find(key) : nullptr;
  return v && v->kind == Value::Kind::kString ? v->string : fallback;
}

long long RawInteger(const Value& program, const char* table, const char* key, long long fallback) {
  const Value* t = program.Find(table);
  const Value* v = t ? t->Find(key) : nullptr;
  return v && v->kind == Value::Kind::kInteger && v->integer > 0 ? v->integer : fallback;
}

// The installed defaults first, then the school's own folder; the same folder once when the
// school is the source tree itself (the bundled example).
std::vector<stdfs::path> TemplateBases(const stdfs::path& root) {
  std::error_code ec;
  const stdfs::path installed = InstalledDataDir();
  if (stdfs::equivalent(installed, root, ec)) return {root};
  return {installed, root};
}

void LoadTemplates(const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  // The school's copies replace the installed defaults by name.
  for (const stdfs::path& base : TemplateBases(root)) {
    stdfs::path dir = base / "templates";
    for (const stdfs::path& file : fs::ListFiles(base, dir, {".md", ".html", ".toml", ".css"}, diags)) {
      std::string name = fs::Relative(file, dir);
      Result<std::string> text = ReadProjectFile(base, file, "templates/" + name, FileKind::kTemplate);
      if (!text.ok()) {
        diags.Add(text.status());
        continue;
      }
      sources.templates[name] = std::move(*text);
    }
  }
}

// A raster picture of the theme is published as it is, so it is checked by its content like a
// page's picture; an .ico by the header every icon file starts with.
bool IsThemePictureOk(const std::string& name, const std::string& bytes, const Location& where,
                      Diagnostics& diags) {
  if (name.ends_with(".ico")) {
    if (bytes.size() >= 6 && bytes.compare(0, 4, std::string("\0\0\1\0", 4)) == 0) return true;
    diags.Error(where, "файл не является значком ICO");
    return false;
  }
  if (!name.ends_with(".png")) return true;
  Result<ImageInfo> info = InspectImage(bytes, where);
  if (!info.ok()) diags.Add(info.status());
  return info.ok();
}

void LoadTheme(const stdfs::path& root, const std::string& theme, Sources& sources,
               Diagnostics& diags) {
  std::map<std::string, Asset> found;
  for (const stdfs::path& base : TemplateBases(root)) {
    stdfs::path dir = base / "themes" / theme;
    for (const stdfs::path& file :
         fs::ListFiles(base, dir, {".html", ".css", ".svg", ".png", ".js", ".woff2", ".ico"}, diags)) {
      std::string name = fs::Relative(file, dir);
      std::string shown = "themes/" + theme + "/" + name;
      Result<std::string> bytes = ReadProjectFile(base, file, shown, FileKind::kThemeFile);
      if (!bytes.ok()) {
        diags.Add(bytes.status());
        continue;
      }
      if (name.ends_with(".html")) {
        sources.templates["theme/" + name] = std::move(*bytes);
      } else if (IsThemePictureOk(name, *bytes, Location{shown}, diags)) {
        found[name] = Asset{shown, name, std::move(*bytes)};
      }
    }
  }
  for (auto& [name, asset] : found) sources.assets.push_back(std::move(asset));
}

// One picture a page or a document template embeds, at `rel` (project-relative): it must lie
// in the project outside its private places and be a PNG, JPEG or WebP by content. Every
// refusal is reported at the reference.
void AddImage(const ImageReference& ref, const std::string& rel, const std::string& missing_hint,
              const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  const std::string quoted = "изображение «" + ref.url + "»";
  for (const Asset& a : sources.assets) {
    if (a.source == rel) return;  // already checked and read for an earlier reference
  }
  if (!fs::ResolveWithin(root, rel, ref.where).ok()) {
    diags.Error(ref.where, quoted + " лежит вне папки проекта");
    return;
  }
  // render/site refuses these too; here the message can point at the reference.
  if (rel.starts_with("content/photos/")) {
    diags.Error(ref.where, quoted + ": фотографии участников публикуются только на странице наставников и только "
                                    "с согласием на публикацию; уберите ссылку на «" + rel + "»");
    return;
  }
  std::error_code ec;
  if (!stdfs::exists(stdfs::symlink_status(root / rel, ec))) {
    diags.Error(ref.where, "нет файла изображения «" + ref.url + "»" + missing_hint);
    return;
  }
  Result<std::string> bytes = ReadProjectFile(root, root / rel, rel, FileKind::kImage);
  if (!bytes.ok()) {
    diags.Error(ref.where, quoted + ": " + bytes.status().message());
    return;
  }
  Result<ImageInfo> info = InspectImage(*bytes, ref.where);
  if (!info.ok()) {
    diags.Error(ref.where, quoted + ": " + info.status().message());
    return;
  }
  std::string target = rel.starts_with("content/") ? rel.substr(8) : rel;
  sources.assets.push_back(Asset{rel, target, std::move(*bytes)});
}

bool IsExternal(const std::string& url) {
  return url.empty() || url.find("://") != std::string::npos || url.starts_with("data:");
}

// Images a page refers to by a relative path are copied next to the site's pages.
void CollectImages(const SourcePage& page, const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  for (const ImageReference& ref : page.file.images) {
    if (IsExternal(ref.url)) continue;
    std::string rel = (stdfs::path(page.path).parent_path() / ref.url).lexically_normal().generic_string();
    AddImage(ref, rel, "", root, sources, diags);
  }
}

// Images in document templates (a school's emblem in the Положение) are paths relative to
// content/; they reach the PDF renderer as assets like the pages' images.
void CollectTemplateImages(const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  for (const auto& [name, text] : sources.templates) {
    if (!name.starts_with("documents/") || !name.ends_with(".md")) continue;
    for (const ImageReference& ref : FindMarkdownImages(text, "templates/" + name)) {
      if (IsExternal(ref.url)) continue;
      const std::string rel = (stdfs::path("content") / ref.url).lexically_normal().generic_string();
      AddImage(ref, rel, " (пути в шаблонах документов считаются от content/)", root, sources, diags);
    }
  }
}

// content/program.toml, read with the rest refused until it is there.
std::optional<Value> LoadProgram(const stdfs::path& root, const std::string& rel, Diagnostics& diags) {
  std::error_code ec;
  if (!stdfs::exists(stdfs::symlink_status(root / rel, ec))) {
    diags.Error(Location{rel},
                "нет файла настроек программы content/program.toml (создайте папку школы командой "
                "«nastavnik new ПАПКА»)");
    return std::nullopt;
  }
  Result<std::string> text = ReadProjectFile(root, root / rel, rel, FileKind::kProgram);
  if (!text.ok()) {
    diags.Add(text.status());
    return std::nullopt;
  }
  Result<Value> program = ParseToml(*text, rel);
  if (!program.ok()) {
    diags.Add(program.status());
    return std::nullopt;
  }
  return std::move(*program);
}

}  // namespace

std::optional<Sources> LoadSources(const stdfs::path& root, Diagnostics& diags) {
  Sources sources;
  sources.root = root;
  std::optional<Value> program = LoadProgram(root, sources.program_path, diags);
  if (!program) return std::nullopt;
  sources.program = std::move(*program);

  // An unknown name is reported once, by the model with the rest of program.toml; the tables
  // are still read, as "auto", so their own problems show in the same run.
  std::string encoding = CanonicalEncodingName(RawString(sources.program, "data", "encoding", "auto"));
  TableFiles tables = LoadTableFiles(root, encoding.empty() ? "auto" : encoding, diags);
  sources.tables = std::move(tables.tables);
  sources.unreadable_tables = std::move(tables.unreadable);
  sources.form_exports = LoadFormExports(root, encoding.empty() ? "auto" : encoding, diags);

  size_t limit = static_cast<size_t>(RawInteger(sources.program, "data", "markdown_limit_kb", 256)) * 1024;
  // content/data/ and content/photos/ hold the roster and the photos, never pages.
  const stdfs::path content = root / "content";
  for (const stdfs::path& file : fs::ListFiles(root, content, {".md"}, diags, {content / "data", content / "photos"})) {
    std::string rel = fs::Relative(file, root);
    Result<std::string> text = ReadProjectFile(root, file, rel, FileKind::kPage, LimitFor(FileKind::kPage, limit));
    if (!text.ok()) {
      diags.Add(text.status());
      continue;
    }
    Result<MarkdownFile> parsed = ParseMarkdown(*text, rel, limit, diags);
    if (!parsed.ok()) {
      diags.Add(parsed.status());
      continue;
    }
    sources.pages.push_back(SourcePage{rel, std::move(*parsed)});
    CollectImages(sources.pages.back(), root, sources, diags);
  }

  LoadTemplates(root, sources, diags);
  CollectTemplateImages(root, sources, diags);
  std::string theme = RawString(sources.program, "site", "theme", "default");
  const Value* site = sources.program.Find("site");
  const Value* theme_key = site ? site->Find("theme") : nullptr;
  Location where = theme_key ? theme_key->where : Location{sources.program_path, 1, 1};
  if (theme.empty() || theme == "." || theme == ".." || theme.find('/') != std::string::npos ||
      theme.find('\\') != std::string::npos) {
    diags.Error(where, "путь «themes/" + theme + "» выходит за пределы папки проекта: тема — это имя папки в themes/");
  } else {
    LoadTheme(root, theme, sources, diags);
  }
  sources.emblem = LoadEmblem(root, sources, diags);
  return sources;
}

}  // namespace nastavnik::load
