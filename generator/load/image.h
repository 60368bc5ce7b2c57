// Stage 1 (load): what an image file really is, judged by its bytes, and the copy the site
// publishes. The one file that talks to the image library (image.cc); nothing here knows about
// mentorship.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace nastavnik::load {

enum class ImageFormat { kPng, kJpeg, kWebp };

struct ImageInfo {
  ImageFormat format = ImageFormat::kPng;
  int width = 0;
  int height = 0;
};

/// The file extension a format is published with ("png", "jpg", "webp").
const char* ImageExtension(ImageFormat format);

/// Checks the signature (PNG, JPEG or WebP) and decodes the whole image. Anything else (a CSV,
/// a PDF, a truncated or corrupt picture) is an Input error at `where`.
Result<ImageInfo> InspectImage(std::string_view bytes, const Location& where);

/// A web copy: decoded, scaled down (never up) so that its longer side is at most max_side
/// pixels, re-encoded in the same format with every metadata block (EXIF, GPS, XMP, ICC
/// comments) dropped. Deterministic: the same bytes give the same copy.
Result<std::string> MakeWebImage(std::string_view bytes, int max_side, const Location& where);

}  // namespace nastavnik::load
