#include "load/sources.h"

#include <algorithm>

#include <cstdlib>

#include "base/file_system.h"
#include "base/text.h"
#include "load/csv.h"
#include "load/encoding.h"
#include "load/toml.h"

namespace nastavnik::load {
namespace stdfs = std::filesystem;

namespace {

constexpr const char* kTables[] = {"participants", "pairs", "plans", "surveys", "calendar",
                                   "roadmap", "forbidden"};

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

void LoadTemplates(const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  // The installed defaults first, then the school's own copies replace them by name.
  for (const stdfs::path& base : {InstalledDataDir(), root}) {
    stdfs::path dir = base / "templates";
    for (const char* ext : {".md", ".html", ".toml", ".css"}) {
      for (const stdfs::path& file : fs::ListFiles(dir, ext)) {
        std::string name = fs::Relative(file, dir);
        Result<std::string> text = fs::ReadFile(file, "templates/" + name);
        if (!text.ok()) {
          diags.Add(text.status());
          continue;
        }
        sources.templates[name] = std::move(*text);
      }
    }
  }
}

void LoadTheme(const stdfs::path& root, const std::string& theme, Sources& sources,
               Diagnostics& diags) {
  std::map<std::string, Asset> found;
  for (const stdfs::path& base : {InstalledDataDir(), root}) {
    stdfs::path dir = base / "themes" / theme;
    for (const char* ext : {".html", ".css", ".svg", ".png", ".js", ".woff2", ".ico"}) {
      for (const stdfs::path& file : fs::ListFiles(dir, ext)) {
        std::string name = fs::Relative(file, dir);
        Result<std::string> bytes = fs::ReadFile(file, "themes/" + theme + "/" + name);
        if (!bytes.ok()) {
          diags.Add(bytes.status());
          continue;
        }
        if (ext == std::string(".html")) {
          sources.templates["theme/" + name] = std::move(*bytes);
        } else {
          found[name] = Asset{"themes/" + theme + "/" + name, name, std::move(*bytes)};
        }
      }
    }
  }
  for (auto& [name, asset] : found) sources.assets.push_back(std::move(asset));
}

// Images a page refers to by a relative path are copied next to the site's pages.
void CollectImages(const std::vector<doc::Block>& blocks, const SourcePage& page,
                   const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  for (const doc::Block& b : blocks) {
    CollectImages(b.children, page, root, sources, diags);
    if (b.kind != doc::BlockKind::kImage || b.url.empty()) continue;
    if (b.url.find("://") != std::string::npos || b.url.starts_with("data:")) continue;
    std::string rel = (stdfs::path(page.path).parent_path() / b.url).lexically_normal().generic_string();
    Location where{page.path, 1, 1};
    Result<stdfs::path> resolved = fs::ResolveWithin(root, rel, where);
    if (!resolved.ok()) {
      diags.Error(where, "изображение «" + b.url + "» лежит вне папки проекта");
      continue;
    }
    Result<std::string> bytes = fs::ReadFile(*resolved, rel);
    if (!bytes.ok()) {
      diags.Error(where, "нет файла изображения «" + b.url + "»");
      continue;
    }
    std::string target = rel.starts_with("content/") ? rel.substr(8) : rel;
    sources.assets.push_back(Asset{rel, target, std::move(*bytes)});
  }
}

// Images in document templates (a school's emblem in the Положение) are paths relative to
// content/; they reach the PDF renderer as assets like the pages' images.
void CollectTemplateImages(const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  std::vector<std::pair<std::string, Location>> wanted;
  for (const auto& [name, text] : sources.templates) {
    if (!name.starts_with("documents/") || !name.ends_with(".md")) continue;
    std::vector<doc::Block> blocks = ParseMarkdownBlocks(text);
    std::vector<const doc::Block*> stack;
    for (const doc::Block& b : blocks) stack.push_back(&b);
    while (!stack.empty()) {
      const doc::Block* b = stack.back();
      stack.pop_back();
      for (const doc::Block& c : b->children) stack.push_back(&c);
      if (b->kind != doc::BlockKind::kImage || b->url.empty() || b->url.find("://") != std::string::npos) continue;
      const size_t at = text.find("](" + b->url);
      const int line = at == std::string::npos ? 1 : 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
      wanted.emplace_back(b->url, Location{"templates/" + name, line, 1});
    }
  }
  for (const auto& [url, where] : wanted) {
    const std::string rel = (stdfs::path("content") / url).lexically_normal().generic_string();
    bool have = false;
    for (const Asset& a : sources.assets) have = have || a.source == rel;
    if (have) continue;
    Result<stdfs::path> resolved = fs::ResolveWithin(root, rel, where);
    if (!resolved.ok()) {
      diags.Error(where, "изображение «" + url + "» лежит вне папки проекта");
      continue;
    }
    Result<std::string> bytes = fs::ReadFile(*resolved, rel);
    if (!bytes.ok()) {
      diags.Error(where, "нет файла изображения «" + url + "» (пути в шаблонах документов считаются от content/)");
      continue;
    }
    sources.assets.push_back(Asset{rel, rel.substr(8), std::move(*bytes)});
  }
}

}  // namespace

stdfs::path InstalledDataDir() {
  if (const char* env = std::getenv("NASTAVNIK_DATA_DIR"); env && *env) return env;
  return NASTAVNIK_DATA_DIR;
}

std::optional<Sources> LoadSources(const stdfs::path& root, Diagnostics& diags) {
  Sources sources;
  sources.root = root;
  Result<std::string> program_text = fs::ReadFile(root / "content/program.toml", sources.program_path);
  if (!program_text.ok()) {
    diags.Error(Location{sources.program_path},
                "нет файла настроек программы content/program.toml (создайте папку школы командой "
                "«nastavnik new ПАПКА»)");
    return std::nullopt;
  }
  Result<Value> program = ParseToml(*program_text, sources.program_path);
  if (!program.ok()) {
    diags.Add(program.status());
    return std::nullopt;
  }
  sources.program = std::move(*program);

  CsvOptions csv;
  // An unknown name is reported once, by the model with the rest of program.toml; the tables
  // are still read, as "auto", so their own problems show in the same run.
  csv.encoding = CanonicalEncodingName(RawString(sources.program, "data", "encoding", "auto"));
  if (csv.encoding.empty()) csv.encoding = "auto";
  for (const char* name : kTables) {
    std::string rel = std::string("content/data/") + name + ".csv";
    stdfs::path file = root / rel;
    if (!stdfs::exists(file)) continue;
    Result<std::string> bytes = fs::ReadFile(file, rel);
    if (!bytes.ok()) {
      diags.Add(bytes.status());
      continue;
    }
    Result<Table> table = ParseCsv(*bytes, rel, csv, diags);
    if (!table.ok()) {
      diags.Add(table.status());
      continue;
    }
    sources.tables[name] = std::move(*table);
  }

  size_t limit = static_cast<size_t>(RawInteger(sources.program, "data", "markdown_limit_kb", 256)) * 1024;
  for (const stdfs::path& file : fs::ListFiles(root / "content", ".md")) {
    std::string rel = fs::Relative(file, root);
    Result<std::string> text = fs::ReadFile(file, rel);
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
    CollectImages(sources.pages.back().file.blocks, sources.pages.back(), root, sources, diags);
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
  return sources;
}

}  // namespace nastavnik::load
