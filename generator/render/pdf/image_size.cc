#include "render/pdf/image_size.h"

#include <cstdint>

namespace nastavnik::render::pdf {

namespace {

uint32_t Big(std::string_view b, size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = v << 8 | static_cast<unsigned char>(b[at + i]);
  return v;
}

}  // namespace

PixelSize ImagePixelSize(std::string_view b) {
  // PNG: the signature, then the IHDR chunk with width and height.
  if (b.size() >= 24 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8) && b.substr(12, 4) == "IHDR") {
    return PixelSize{static_cast<int>(Big(b, 16, 4)), static_cast<int>(Big(b, 20, 4))};
  }
  // JPEG: walk the segments to the first start-of-frame marker.
  if (b.size() >= 4 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8) {
    size_t at = 2;
    while (at + 9 < b.size()) {
      if (static_cast<unsigned char>(b[at]) != 0xFF) return {};
      const unsigned marker = static_cast<unsigned char>(b[at + 1]);
      if (marker == 0xFF) {
        ++at;
        continue;
      }
      const uint32_t length = Big(b, at + 2, 2);
      const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof) return PixelSize{static_cast<int>(Big(b, at + 7, 2)), static_cast<int>(Big(b, at + 5, 2))};
      at += 2 + length;
    }
  }
  return {};
}

}  // namespace nastavnik::render::pdf
