// Stage 4 (render): the document tree as HTML. Every text is escaped; link targets are limited
// to safe schemes, so content can never inject script into the site.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/document.h"
#include "render/pdf/image_size.h"
#include "render/pdf/truetype.h"

namespace nastavnik::render::html {

/// What the site knows beyond the tree: the font its charts are measured with and the pixel size
/// of each picture (by the URL the page shows), so images carry width and height.
struct HtmlContext {
  const pdf::TrueTypeFont* font = nullptr;
  std::map<std::string, pdf::PixelSize> image_sizes;
};

std::string RenderInlines(const std::vector<doc::Inline>& inlines);
/// heading_shift lowers headings (a page's own title is its only <h1>). context may be null.
std::string RenderBlocks(const std::vector<doc::Block>& blocks, int heading_shift = 0,
                         const HtmlContext* context = nullptr);
/// The heading_shift that makes the highest heading of blocks an <h2> under the page's <h1>
/// (schools write "##" as often as "#" for a page's first section).
int ShiftBelowTitle(const std::vector<doc::Block>& blocks);
/// The URL if its scheme is http, https, mailto or tel, or it is relative; "" otherwise.
std::string SafeUrl(const std::string& url);

}  // namespace nastavnik::render::html
