// The layout engine's entry point: a document tree in, pages of positioned glyph runs out.
// It knows nothing of PoDoFo (fonts are reached through Measurer) and nothing of mentorship.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "base/document.h"
#include "base/status.h"
#include "render/pdf/measure.h"
#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

class Hyphenator;

struct LayoutOptions {
  float font_size = 14;                      // body text
  const Hyphenator* hyphenator = nullptr;    // none: no hyphens
  /// Image path as a block names it → the file's bytes (PNG or JPEG); null: no images.
  const std::map<std::string, std::string_view>* images = nullptr;
};

Result<LaidOutDocument> LayoutDocument(const doc::Document& document, Measurer& measurer,
                                       const LayoutOptions& options);

}  // namespace nastavnik::render::pdf
