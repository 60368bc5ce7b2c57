// The layout engine's entry point: a document tree in, pages of positioned glyph runs out.
// It knows nothing of PoDoFo (fonts are reached through Measurer) and nothing of mentorship.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

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
  /// The document is a bound set (doc::Document::bound_set): page numbers restart after each
  /// top-level page break, and a one-page document has none.
  bool bound_set = false;
};

Result<LaidOutDocument> LayoutDocument(const doc::Document& document, Measurer& measurer,
                                       const LayoutOptions& options);

/// Blocks set from the top of a new page, as after a page break, without page numbers: no pages
/// when they make no boxes. structure[0] is a Document root of their own.
Result<LaidOutDocument> LayoutBlocks(const std::vector<doc::Block>& blocks, bool landscape, Measurer& measurer,
                                     const LayoutOptions& options);

/// LayoutBlocks with each page handed to page_done as soon as it is cut, while the blocks after it
/// are still being laid out, so that a table thousands of pages long never waits laid out whole:
/// with the outline entries of its headings (pages counted from the first) and the structure
/// made so far, which holds every node the page refers to. Returns the rest: the structure and
/// images, no pages. A long table's rows are let go of as they are laid out.
using StreamedPage =
    std::function<Status(Page&& page, std::vector<OutlineEntry>&& anchors, const std::vector<StructNode>& structure)>;
Result<LaidOutDocument> LayoutBlocksStreamed(std::vector<doc::Block>&& blocks, bool landscape,
                                             Measurer& measurer, const LayoutOptions& options,
                                             const StreamedPage& page_done);

/// Puts the page number in the top margin of every page but the document's first; laid's first
/// page is the document's page first_index (0-based). With restart_after_breaks a page after a
/// forced break starts a document of its own (a bound set).
void NumberPages(LaidOutDocument& laid, size_t first_index, Measurer& measurer, bool restart_after_breaks = false);

}  // namespace nastavnik::render::pdf
