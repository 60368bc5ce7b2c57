// Stage 4 (render): the document tree as HTML. Every text is escaped; link targets are limited
// to safe schemes, so content can never inject script into the site.
#pragma once

#include <string>
#include <vector>

#include "base/document.h"

namespace nastavnik::render::html {

std::string RenderInlines(const std::vector<doc::Inline>& inlines);
/// heading_shift lowers headings (a page's own title is its only <h1>).
std::string RenderBlocks(const std::vector<doc::Block>& blocks, int heading_shift = 0);
/// The heading_shift that makes the highest heading of blocks an <h2> under the page's <h1>
/// (schools write "##" as often as "#" for a page's first section).
int ShiftBelowTitle(const std::vector<doc::Block>& blocks);
/// The URL if its scheme is http, https, mailto or tel, or it is relative; "" otherwise.
std::string SafeUrl(const std::string& url);

}  // namespace nastavnik::render::html
