// Stage 1 (load): reads a school's folder into format-level records. The only load file that
// touches the disk; everything it reads is returned, so later stages never open a file.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/markdown.h"
#include "load/table.h"
#include "load/tree.h"

namespace nastavnik::load {

struct SourcePage {
  std::string path;  // project-relative, e.g. "content/news/2025-09-15-start.md"
  MarkdownFile file;
};

/// A file the site copies as it is (images referenced by pages, the theme's CSS).
struct Asset {
  std::string source;  // project-relative or "themes/default/…" of the installed defaults
  std::string target;  // path under output/site
  std::string bytes;
};

struct Sources {
  std::filesystem::path root;
  std::string program_path = "content/program.toml";
  Value program;
  /// "participants" → its table; files that do not exist are absent.
  std::map<std::string, Table> tables;
  /// Tables whose file or sheet exists but could not be read (load/table_files.h).
  std::set<std::string> unreadable_tables;
  /// content/data/ankety/: form services' exports by file name (load/form_exports.h).
  std::map<std::string, Table> form_exports;
  std::vector<SourcePage> pages;
  /// Template name ("documents/polozhenie.md", "site/page.html") → text, the school's copy
  /// first, the installed default otherwise.
  std::map<std::string, std::string> templates;
  std::vector<Asset> assets;
  /// Participant id → photo (load/photos.h); published only where privacy allows.
  std::map<std::string, Asset> photos;
  /// The site's emblem: the target of content/emblem.* among assets, "" when there is none.
  std::string emblem;
};

/// The installed data folder (templates/, themes/, fonts/, hyphen/): NASTAVNIK_DATA_DIR, or
/// share/nastavnik beside the executable (load/resources.h).
std::filesystem::path InstalledDataDir();

/// Reads everything a build needs. Per-file problems go to diags so that one run reports every
/// broken file; the result is empty only when nothing sensible can follow (no program.toml).
std::optional<Sources> LoadSources(const std::filesystem::path& root, Diagnostics& diags);

}  // namespace nastavnik::load
