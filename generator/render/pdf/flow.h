// Shared by the parts of the layout engine: the growing list of boxes, the column a block is set
// in, and the sizes every block kind derives from the body font size.
#pragma once

#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "render/pdf/layout.h"
#include "render/pdf/paginate.h"
#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {

inline constexpr float kFirstLineIndent = 12.5f * kMm;
inline constexpr float kBodySpacing = 1.15f;  // line spacing of paragraphs
inline constexpr float kTableFontSize = 11;
inline constexpr float kCornerFontSize = 12;
inline constexpr float kCornerMaxWidth = 80 * kMm;
inline constexpr float kFramedMaxWidth = 80 * kMm;  // a framed box in a signature line

/// The column a block is set in.
struct Frame {
  float left = 0;
  float width = 0;
  int list_depth = 0;
  bool indent_paragraphs = true;  // first-line indent (off inside lists and quotes)
};

/// How a run of text is set as lines.
struct TextSetting {
  LineAlign align = LineAlign::kJustify;
  float first_indent = 0;
  float spacing = kBodySpacing;
  bool hyphenate = true;
  bool keep_all = false;  // every line kept with the next (headings)
};

class Flow {
 public:
  Flow(Measurer& measurer, const LayoutOptions& options, bool landscape)
      : measurer(measurer), options(options), landscape(landscape) {}

  Measurer& measurer;
  const LayoutOptions& options;
  bool landscape;
  std::vector<Box> boxes;
  int next_table_id = 0;
  /// The structure tree being built; structure[0] is the Document.
  std::vector<StructNode> structure{StructNode{"Document", -1, "", ""}};
  std::vector<ImageData> images;

  /// Adds a structure element under parent; returns its index.
  int Node(std::string type, int parent) {
    structure.push_back(StructNode{std::move(type), parent, "", ""});
    return static_cast<int>(structure.size()) - 1;
  }
  /// Gives the untagged text and images of boxes [first, end) to node.
  void Claim(size_t first, int node) {
    for (size_t k = first; k < boxes.size(); ++k) boxes[k].content.Claim(node);
  }

  float size() const { return options.font_size; }
  PageGeometry geometry() const { return Geometry(landscape); }
  Frame Body() const {
    PageGeometry g = geometry();
    return Frame{g.body_left(), g.body_width()};
  }

  /// The space above a block: the larger of what it asks and what the block before left.
  float TakeSpace(float before) {
    float s = std::max(before, space_after_);
    space_after_ = 0;
    return s;
  }
  void SpaceAfter(float after) { space_after_ = after; }
  /// The last box a block added asks to stay with what follows.
  void KeepLastWithNext() {
    if (!boxes.empty()) boxes.back().keep_with_next = true;
  }

  /// Set while the flow is cut into pages as it grows (LayoutBlocksStreamed).
  Paginator* paginator = nullptr;
  /// The top-level block (a table, a list) whose rows or items are final as soon as each is made:
  /// nothing around it changes their boxes afterwards.
  const void* settling = nullptr;
  /// The settling table, when the layout owns it: each row is let go once laid out, so that its
  /// cells shrink while the structure grows.
  doc::Table* releasing = nullptr;
  /// Every box but the last is final and may go onto its page (a later block may still ask the
  /// last to stay with it).
  Status Settle() { return paginator && !boxes.empty() ? paginator->Feed(boxes, boxes.size() - 1) : Status::Ok(); }
  /// A row or item of block is made: on its page at once when block is the one settling.
  Status PartDone(const void* block) { return block == settling ? Settle() : Status::Ok(); }

  /// Sets text as one box per line; returns the number of lines.
  size_t AddText(const StyledText& text, const Frame& frame, const TextSetting& setting, float space_before);
  /// The advance of c, or the error naming a character the font lacks.
  Status CheckedAdvance(Face face, char32_t c, float size, float* advance);

 private:
  float space_after_ = 0;
};

/// node: the Table structure element; rows and cells become its TR, TH and TD.
Status LayoutTable(Flow& flow, const doc::Table& table, const Frame& frame, int node);
/// node: the Figure structure element the chart's paths and labels belong to.
Status LayoutChart(Flow& flow, const doc::Chart& chart, const Frame& frame, int node);
/// Consecutive kCorner blocks: stacked boxes at the right edge sharing one left edge; blocks
/// aligned left (ПРИНЯТО) stand at the left margin level with them.
Status LayoutCorners(Flow& flow, const std::vector<const doc::Block*>& corners);
/// node: a P for plain signature lines, or a Div when a line has a framed box: then each part
/// (position, each line of the box, name) becomes a P under it.
Status LayoutSignatures(Flow& flow, const doc::Block& block, const Frame& frame, int node);

}  // namespace nastavnik::render::pdf
