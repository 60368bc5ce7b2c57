// Cutting the flow of boxes into pages, the one place that knows about page bottoms.
#pragma once

#include <vector>

#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

/// Fills pages top to bottom. A box that does not fit starts a new page, taking along the boxes
/// before it that asked to be kept with the next (headings, first lines, table headers) unless
/// that chain began the page. A table's header rows are repeated above a row that starts a page.
/// A forced break switches the orientation of the pages after it.
LaidOutDocument Paginate(std::vector<Box> boxes, bool first_landscape);

}  // namespace nastavnik::render::pdf
