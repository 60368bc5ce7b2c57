#include "load/site_files.h"

#include "base/file_system.h"
#include "load/image.h"
#include "load/project_files.h"

namespace nastavnik::load {

namespace stdfs = std::filesystem;

std::string LoadEmblem(const stdfs::path& root, Sources& sources, Diagnostics& diags) {
  for (const char* ext : {"png", "jpg", "webp"}) {
    const std::string rel = std::string("content/emblem.") + ext;
    std::error_code ec;
    if (!stdfs::exists(stdfs::symlink_status(root / rel, ec))) continue;
    // Read as a picture: a file that is no PNG, JPEG or WebP is refused with the reason.
    Result<std::string> bytes = ReadProjectFile(root, root / rel, rel, FileKind::kImage);
    if (!bytes.ok()) {
      diags.Add(bytes.status());
      return "";
    }
    if (Result<ImageInfo> info = InspectImage(*bytes, Location{rel}); !info.ok()) {
      diags.Add(info.status());
      return "";
    }
    const std::string target = std::string("emblem.") + ext;
    for (const Asset& a : sources.assets) {
      if (a.source == rel) return target;  // a document template embeds it too
    }
    sources.assets.push_back(Asset{rel, target, std::move(*bytes)});
    return target;
  }
  return "";
}

}  // namespace nastavnik::load
