// Long documents made of many short ones (a consent per participant) laid out and painted a
// piece at a time: a piece ends at a top-level page break, so its pages are final as soon as it
// is laid out and never wait in memory for the rest of the document.
#pragma once

#include <functional>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "render/pdf/layout.h"

namespace nastavnik::render::pdf {

/// Whether any block, at any depth, is an image.
bool HasImages(const doc::Document& document);

/// Whether LayoutInPieces can take the document: it has a top-level page break and no images
/// (an image shown twice is embedded once, which pieces laid out apart would not know).
bool CanLayoutInPieces(const doc::Document& document);

/// Fills blocks with the next piece and says in which orientation the piece after it starts;
/// false when there is none. A piece after the first starts a new page, as after a page break.
using NextPiece = std::function<Result<bool>(std::vector<doc::Block>* blocks, bool* landscape_after)>;

/// Lays pieces out one at a time as next gives them, the first starting in landscape or not,
/// and hands sink each piece's pages as LayoutInPieces does.
Status LayoutPieces(bool landscape, const NextPiece& next, Measurer& measurer, const LayoutOptions& options,
                    const std::function<Status(LaidOutDocument&&)>& sink);

/// Where LayoutPieces hands a bound document as it is laid out (none of it waits for a piece to
/// end): each page as soon as it is cut, numbered, with the structure its piece has made so far
/// (its tags count from the piece's own root, at 0); then, once a piece is laid out, the rest of
/// it: its whole structure (the same numbering), its outline entries (pages counted from the
/// document's start), no pages. The pieces must have no images.
struct StreamedPieces {
  std::function<Status(Page&&, const std::vector<StructNode>& structure)> page;
  std::function<Status(LaidOutDocument&& rest)> piece_done;
};
Status LayoutPieces(bool landscape, const NextPiece& next, Measurer& measurer, const LayoutOptions& options,
                    const StreamedPieces& sink);

/// Lays the document out piece by piece, letting go of each piece's blocks once laid out, and
/// hands sink the pages of each in order, numbered and with structure nodes, tags, images and
/// outline entries counted from the document's start (the first piece brings the root). The
/// pieces together are exactly what LayoutDocument makes of the whole.
Status LayoutInPieces(doc::Document&& document, Measurer& measurer, const LayoutOptions& options,
                      const std::function<Status(LaidOutDocument&&)>& sink);

/// The same, streamed: the document's pages go to sink as they are cut (a document of one piece,
/// without page breaks, too: a table thousands of pages long is never held laid out whole).
Status LayoutInPieces(doc::Document&& document, Measurer& measurer, const LayoutOptions& options,
                      const StreamedPieces& sink);

}  // namespace nastavnik::render::pdf
