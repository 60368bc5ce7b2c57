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
inline const char* ImageExtension(ImageFormat format) {
  switch (format) {
    case ImageFormat::kPng: return "png";
    case ImageFormat::kJpeg: return "jpg";
    case ImageFormat::kWebp: return "webp";
  }
  return "png";
}

/// Checks the signature (PNG, JPEG or WebP) and decodes the whole image. Anything else (a CSV,
/// a PDF, a truncated or corrupt picture, one of more than 100 million points) is an Input
/// error at `where`, in Russian.
Result<ImageInfo> InspectImage(std::string_view bytes, const Location& where);

/// A web copy: decoded, turned upright by its EXIF orientation, scaled down (never up) so that
/// its longer side is at most max_side pixels (and, when max_short_side is given, its shorter
/// side at most that many: a photo shown cropped to a square needs only its short side), and
/// re-encoded in the same format with every metadata block (EXIF with GPS and camera, XMP,
/// comments, ICC profile) dropped. Deterministic: the same bytes give the same copy, on any
/// machine clock and time zone. What cannot be decoded is an Input error like InspectImage's; but
/// a JPEG is decoded at reduced scale here, which can miss its last rows being cut off, so the
/// full check is InspectImage's (the loaders call it on every file).
Result<std::string> MakeWebImage(std::string_view bytes, int max_side, const Location& where,
                                 int max_short_side = 0);

/// A width×height JPEG that compresses like a camera's photo at its worst: large soft shapes under
/// coloured sensor grain, at quality 95. Tests and measurements make their big photos with it
/// instead of keeping megabytes in the repository; the same seed gives the same bytes.
Result<std::string> MakeGrainyPhoto(int width, int height, int seed);

}  // namespace nastavnik::load
