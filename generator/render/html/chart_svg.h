// Stage 4 (render): a doc::Chart as inline SVG for the site. No script and no external resource;
// the figure names itself (role="img", <title>, <desc>) and a table after it carries every value,
// so screen readers and text browsers lose nothing.
#pragma once

#include <string>

#include "base/document.h"

namespace nastavnik::render::html {

/// description is the chart's text alternative (doc::Block::text); may be empty.
std::string RenderChartSvg(const doc::Chart& chart, const std::string& description);

}  // namespace nastavnik::render::html
