// The pixel size of a PNG or JPEG file from its header, so that layout can scale an image
// without decoding it (the writer embeds the file as it is).
#pragma once

#include <string_view>

namespace nastavnik::render::pdf {

struct PixelSize {
  int width = 0;
  int height = 0;
};

/// {0, 0} when the bytes are neither a PNG nor a baseline or progressive JPEG.
PixelSize ImagePixelSize(std::string_view bytes);

}  // namespace nastavnik::render::pdf
