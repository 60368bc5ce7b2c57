// Stage 4 (render): a doc::Chart as inline SVG for the site. No script and no external resource;
// the figure names itself (role="img", <title>, <desc>) and a table after it carries every value,
// so screen readers and text browsers lose nothing. Labels are measured with the advance widths
// of the font the site sets charts in (Liberation Sans, metric-compatible with Arial).
#pragma once

#include <string>

#include "base/document.h"
#include "render/pdf/truetype.h"

namespace nastavnik::render::html {

/// description is the chart's text alternative (doc::Block::text); may be empty. font measures
/// the labels; without it an average width is assumed.
std::string RenderChartSvg(const doc::Chart& chart, const std::string& description,
                           const pdf::TrueTypeFont* font = nullptr);

/// How wide text is in the chart, in em, spacing of the version for the visually impaired included.
double ChartTextWidthEm(const std::string& text, const pdf::TrueTypeFont* font);

}  // namespace nastavnik::render::html
