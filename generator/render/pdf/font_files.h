// The fonts the documents are set in: which file holds each face, the files parsed once per
// process, and which characters every text face can print (for `check`).
#pragma once

#include <array>
#include <memory>
#include <string>

#include "base/pdf_resources.h"
#include "base/status.h"
#include "render/pdf/measure.h"
#include "render/pdf/truetype.h"

namespace nastavnik::render::pdf {

struct FaceFile {
  const char* family;
  const char* style;
  const char* file;
  bool bold;
  bool italic;
};

inline constexpr std::array<FaceFile, kFaceCount> kFaceFiles = {{
    {"Liberation Serif", "", "LiberationSerif-Regular.ttf", false, false},
    {"Liberation Serif", " Bold", "LiberationSerif-Bold.ttf", true, false},
    {"Liberation Serif", " Italic", "LiberationSerif-Italic.ttf", false, true},
    {"Liberation Serif", " Bold Italic", "LiberationSerif-BoldItalic.ttf", true, true},
    {"Liberation Mono", "", "LiberationMono-Regular.ttf", false, false},
}};

/// The parsed font file (a kFaceFiles name) of resources, shared by every document of a build.
/// Internal error naming the file when resources lack it or it cannot be parsed.
Result<std::shared_ptr<const TrueTypeFont>> LoadFont(const std::shared_ptr<const PdfResources>& resources,
                                                     const std::string& file);

}  // namespace nastavnik::render::pdf
