#include "render/pdf/layout_pieces.h"

#include <iterator>
#include <memory>
#include <vector>

namespace nastavnik::render::pdf {

namespace {

bool HasImages(const std::vector<doc::Block>& blocks) {
  for (const doc::Block& b : blocks) {
    if (b.kind == doc::BlockKind::kImage || HasImages(b.children)) return true;
  }
  return false;
}

}  // namespace

bool HasImages(const doc::Document& document) { return HasImages(document.blocks); }

bool CanLayoutInPieces(const doc::Document& document) {
  bool has_break = false;
  for (const doc::Block& b : document.blocks) has_break = has_break || b.kind == doc::BlockKind::kPageBreak;
  return has_break && !HasImages(document);
}

Status LayoutPieces(bool landscape, const NextPiece& next, Measurer& measurer, const LayoutOptions& options,
                    const std::function<Status(LaidOutDocument&&)>& sink) {
  size_t nodes = 0;  // structure nodes handed out, the root included
  size_t images = 0;
  size_t pages = 0;
  std::vector<doc::Block> piece_blocks;
  bool next_landscape = landscape;
  while (true) {
    piece_blocks.clear();
    Result<bool> more = next(&piece_blocks, &next_landscape);
    if (!more.ok()) return more.status();
    if (!*more) break;
    Result<LaidOutDocument> laid = LayoutBlocks(piece_blocks, landscape, measurer, options);
    if (!laid.ok()) return laid.status();
    decltype(piece_blocks)().swap(piece_blocks);
    LaidOutDocument& piece = *laid;
    // The piece's own root is the document's: its nodes follow those already handed out.
    const int shift = nodes == 0 ? 0 : static_cast<int>(nodes) - 1;
    auto tag = [&](int t) { return t > 0 ? t + shift : t; };
    if (nodes > 0) piece.structure.erase(piece.structure.begin());
    for (StructNode& node : piece.structure) node.parent = tag(node.parent);
    for (Page& page : piece.pages) page.content.Retag(tag, static_cast<int>(images));
    for (OutlineEntry& e : piece.outline) e.page += static_cast<int>(pages);
    // In a bound set every piece is a document of its own (pieces end at top-level page breaks).
    NumberPages(piece, options.bound_set ? 0 : pages, measurer);
    nodes += piece.structure.size();
    images += piece.images.size();
    pages += piece.pages.size();
    Status s = sink(std::move(piece));
    if (!s.ok()) return s;
    landscape = next_landscape;
  }
  if (pages > 0) return Status::Ok();
  // Nothing at all was set: the document is one blank page, as LayoutDocument makes it.
  LaidOutDocument blank;
  if (nodes == 0) blank.structure.push_back(StructNode{"Document", -1, "", ""});
  const PageGeometry g = Geometry(landscape);
  Page page;
  page.landscape = landscape;
  page.width = g.width;
  page.height = g.height;
  blank.pages.push_back(std::move(page));
  return sink(std::move(blank));
}

Status LayoutPieces(bool landscape, const NextPiece& next, Measurer& measurer, const LayoutOptions& options,
                    const StreamedPieces& sink) {
  size_t pages = 0;
  std::vector<doc::Block> piece_blocks;
  bool next_landscape = landscape;
  while (true) {
    piece_blocks.clear();
    Result<bool> more = next(&piece_blocks, &next_landscape);
    if (!more.ok()) return more.status();
    if (!*more) break;
    size_t piece_pages = 0;
    std::vector<OutlineEntry> outline;
    auto page_done = [&](Page&& page, std::vector<OutlineEntry>&& anchors, const std::vector<StructNode>& structure) {
      LaidOutDocument one;
      one.pages.push_back(std::move(page));
      // In a bound set every piece is a document of its own (pieces end at top-level page breaks).
      NumberPages(one, options.bound_set ? piece_pages : pages + piece_pages, measurer);
      for (OutlineEntry& e : anchors) {
        e.page += static_cast<int>(pages);
        outline.push_back(std::move(e));
      }
      ++piece_pages;
      return sink.page(std::move(one.pages.front()), structure);
    };
    Result<LaidOutDocument> rest = LayoutBlocksStreamed(std::move(piece_blocks), landscape, measurer, options, page_done);
    if (!rest.ok()) return rest.status();
    decltype(piece_blocks)().swap(piece_blocks);
    rest->outline = std::move(outline);
    pages += piece_pages;
    if (Status s = sink.piece_done(std::move(*rest)); !s.ok()) return s;
    landscape = next_landscape;
  }
  if (pages > 0) return Status::Ok();
  // Nothing at all was set: the document is one blank page, as LayoutDocument makes it.
  const std::vector<StructNode> root{StructNode{"Document", -1, "", ""}};
  const PageGeometry g = Geometry(landscape);
  Page page;
  page.landscape = landscape;
  page.width = g.width;
  page.height = g.height;
  if (Status s = sink.page(std::move(page), root); !s.ok()) return s;
  LaidOutDocument rest;
  rest.structure = root;  // a piece's own root, at 0: it adds no element
  return sink.piece_done(std::move(rest));
}

namespace {

// The document's pieces, each moved out of it when asked for: the blocks up to the next
// top-level page break.
NextPiece PiecesOf(std::vector<doc::Block>& blocks) {
  auto begin = std::make_shared<size_t>(0);
  auto done = std::make_shared<bool>(false);
  return [&blocks, begin, done](std::vector<doc::Block>* piece, bool* landscape_after) -> Result<bool> {
    if (*done) return false;
    size_t end = *begin;
    while (end < blocks.size() && blocks[end].kind != doc::BlockKind::kPageBreak) ++end;
    piece->assign(std::make_move_iterator(blocks.begin() + static_cast<long>(*begin)),
                  std::make_move_iterator(blocks.begin() + static_cast<long>(end)));
    if (end >= blocks.size()) {
      *done = true;
    } else {
      *landscape_after = blocks[end].landscape;
      *begin = end + 1;
    }
    return true;
  };
}

}  // namespace

Status LayoutInPieces(doc::Document&& document, Measurer& measurer, const LayoutOptions& options,
                      const std::function<Status(LaidOutDocument&&)>& sink) {
  LayoutOptions piece_options = options;
  piece_options.bound_set = document.bound_set;
  return LayoutPieces(document.landscape, PiecesOf(document.blocks), measurer, piece_options, sink);
}

Status LayoutInPieces(doc::Document&& document, Measurer& measurer, const LayoutOptions& options,
                      const StreamedPieces& sink) {
  LayoutOptions piece_options = options;
  piece_options.bound_set = document.bound_set;
  return LayoutPieces(document.landscape, PiecesOf(document.blocks), measurer, piece_options, sink);
}

}  // namespace nastavnik::render::pdf
