#include "load/photos.h"

#include <iterator>
#include <vector>

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
    // Named by what the bytes are: a PNG saved as .JPG is published as .png.
    photos[id] = Asset{rel, "photos/" + id + "." + ImageExtension(image->format), std::move(*bytes)};
  }
  return photos;
}

namespace {

// themes/default/style.css shows a mentor's photo as a 96×96 circle ("object-fit: cover"), so
// its shorter side needs 2 × 96 points for a sharp picture on a high-density screen; the long
// side is capped for panoramas, of which the circle shows only the middle.
constexpr int kPhotoShortSide = 2 * 96;
constexpr int kPhotoLongSide = 4 * kPhotoShortSide;
// A picture in a page is at most the content column wide (.wrap: 60rem less 2 × 1.25rem of
// padding = 920 points at the browser's 16 px): twice that is enough for any screen.
constexpr int kPagePictureSide = 2 * 920;

bool MakeWebCopy(Asset& asset, int max_side, int max_short_side, Diagnostics& diags) {
  Result<std::string> copy = MakeWebImage(asset.bytes, max_side, Location{asset.source}, max_short_side);
  if (!copy.ok()) {
    diags.Add(copy.status());
    return false;
  }
  asset.bytes = std::move(*copy);
  return true;
}

}  // namespace

void MakeWebCopies(Sources& sources, Diagnostics& diags) {
  for (auto it = sources.photos.begin(); it != sources.photos.end();) {
    it = MakeWebCopy(it->second, kPhotoLongSide, kPhotoShortSide, diags) ? std::next(it) : sources.photos.erase(it);
  }
  // The theme's own files (themes/…) are the designer's, not the school's photographs.
  std::vector<Asset> kept;
  for (Asset& asset : sources.assets) {
    if (!asset.source.starts_with("content/") || MakeWebCopy(asset, kPagePictureSide, 0, diags)) {
      kept.push_back(std::move(asset));
    }
  }
  sources.assets = std::move(kept);
}

}  // namespace nastavnik::load
