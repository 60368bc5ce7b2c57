// The Windows build's stand-in for load/image.cc: libvips and GLib are not cross-built for
// Windows (scripts/build_windows.sh), so a school with photos is told so, by name, and nothing
// is written; everything else builds as on Linux.
#include "load/image.h"

namespace nastavnik::load {
namespace {

constexpr const char* kNoPhotos =
    "фотографии в версии для Windows не поддерживаются: соберите сайт с фотографиями в Linux "
    "или уберите файл из content/photos";

}  // namespace

Result<ImageInfo> InspectImage(std::string_view, const Location& where) { return Status::Input(kNoPhotos, where); }

Result<std::string> MakeWebImage(std::string_view, int, const Location& where, int) {
  return Status::Input(kNoPhotos, where);
}

Result<std::string> MakeGrainyPhoto(int, int, int) { return Status::Internal(kNoPhotos); }

}  // namespace nastavnik::load
