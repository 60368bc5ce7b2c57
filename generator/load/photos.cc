#include "load/photos.h"

#include "base/file_system.h"
#include "load/image.h"
#include "load/project_files.h"

namespace nastavnik::load {

std::map<std::string, Asset> LoadPhotos(const std::filesystem::path& root, Diagnostics& diags) {
  std::map<std::string, Asset> photos;
  const std::filesystem::path dir = root / "content" / "photos";
  for (const std::filesystem::path& file : fs::ListFiles(root, dir, {".jpg", ".jpeg", ".png", ".webp"}, diags)) {
    std::string rel = fs::Relative(file, root);
    std::string id = file.stem().string();
    if (photos.count(id)) {
      diags.Error(Location{rel}, "у участника «" + id + "» уже есть фотография " + photos[id].source);
      continue;
    }
    // A photo must really lie in content/photos/: a symlink to the roster is not a picture.
    Result<std::string> bytes = ReadProjectFile(root, file, rel, FileKind::kPhoto);
    Result<ImageInfo> image = bytes.ok() ? InspectImage(*bytes, Location{rel}) : Result<ImageInfo>(bytes.status());
    if (!image.ok()) {
      diags.Add(image.status());
      continue;
    }
    photos[id] = Asset{rel, "photos/" + id + file.extension().string(), std::move(*bytes)};
  }
  return photos;
}

}  // namespace nastavnik::load
