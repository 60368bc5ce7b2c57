// Placeholder until the libvips adapter lands: signatures only, the web copy is the original.
#include "load/image.h"

namespace nastavnik::load {

const char* ImageExtension(ImageFormat format) {
  switch (format) {
    case ImageFormat::kPng: return "png";
    case ImageFormat::kJpeg: return "jpg";
    case ImageFormat::kWebp: return "webp";
  }
  return "png";
}

Result<ImageInfo> InspectImage(std::string_view bytes, const Location& where) {
  ImageInfo info;
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) {
    info.format = ImageFormat::kPng;
  } else if (bytes.starts_with("\xff\xd8\xff")) {
    info.format = ImageFormat::kJpeg;
  } else if (bytes.size() > 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") {
    info.format = ImageFormat::kWebp;
  } else {
    return Status::Input("файл не является изображением PNG, JPEG или WebP", where);
  }
  return info;
}

Result<std::string> MakeWebImage(std::string_view bytes, int max_side, const Location& where) {
  Result<ImageInfo> info = InspectImage(bytes, where);
  if (!info.ok()) return info.status();
  return std::string(bytes);
}

}  // namespace nastavnik::load
