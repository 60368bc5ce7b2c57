#include "load/photos.h"

#include "base/file_system.h"

namespace nastavnik::load {

std::map<std::string, Asset> LoadPhotos(const std::filesystem::path& root, Diagnostics& diags) {
  std::map<std::string, Asset> photos;
  for (const char* ext : {".jpg", ".jpeg", ".png", ".webp"}) {
    for (const std::filesystem::path& file : fs::ListFiles(root / "content" / "photos", ext)) {
      std::string rel = fs::Relative(file, root);
      std::string id = file.stem().string();
      if (photos.count(id)) {
        diags.Error(Location{rel}, "у участника «" + id + "» уже есть фотография " + photos[id].source);
        continue;
      }
      Result<std::string> bytes = fs::ReadFile(file, rel);
      if (!bytes.ok()) {
        diags.Add(bytes.status());
        continue;
      }
      photos[id] = Asset{rel, "photos/" + id + ext, std::move(*bytes)};
    }
  }
  return photos;
}

}  // namespace nastavnik::load
