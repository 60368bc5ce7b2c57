// The parts of paperwork that are not running text: the approval stamp in the top-right corner
// and the signature block (position — rule to sign on, or a framed box in its place — initials
// and surname).
#include <algorithm>

#include "render/pdf/flow.h"

namespace nastavnik::render::pdf {

namespace {

Status Build(Flow& flow, const std::string& line, Face face, float size, StyledText* text) {
  TextBuilder builder(flow.measurer, text);
  Status s = builder.Append(line, TextStyle{face, size});
  builder.Finish();
  return s;
}

// Sets text left-aligned in a column; returns the lines.
std::vector<TextLine> Lines(const StyledText& text, float width) {
  BreakOptions options;
  options.width = width;
  return BreakLines(text, options);
}

}  // namespace

namespace {

// One column of corner blocks: each block's lines in styled text, and the widest line.
struct CornerColumn {
  std::vector<std::vector<StyledText>> blocks;
  float widest = 0;
};

Status Column(Flow& flow, const std::vector<const doc::Block*>& corners, bool left, float size, CornerColumn* out) {
  for (const doc::Block* b : corners) {
    if ((b->align == doc::Align::kLeft) != left) continue;
    out->blocks.emplace_back();
    for (const std::string& line : b->lines) {
      out->blocks.back().emplace_back();
      Status s = Build(flow, line, Face::kRegular, size, &out->blocks.back().back());
      if (!s.ok()) return s;
      out->widest = std::max(out->widest, MaxLineWidth(out->blocks.back().back()));
    }
  }
  return Status::Ok();
}

// Sets one block's lines from the top of box at x; returns the height it took.
float PlaceCorner(const std::vector<StyledText>& texts, float x, float width, const LineMetrics& m, Box& box) {
  float y = 0;
  for (const StyledText& text : texts) {
    std::vector<TextLine> lines = Lines(text, width);
    if (lines.empty()) y += m.height;  // a blank entry is a blank line
    for (const TextLine& line : lines) {
      PlaceLine(text, line, x, y + m.baseline, width, LineAlign::kLeft, &box.content);
      y += m.height;
    }
  }
  return y;
}

}  // namespace

// Stamps as ГОСТ Р 7.0.97 and school practice set them: the approval heads the top-right corner
// (one left edge for the stack, at most 80 mm wide); a stamp aligned left (ПРИНЯТО by a council)
// stands at the left margin on the same level, the n-th left beside the n-th right.
Status LayoutCorners(Flow& flow, const std::vector<const doc::Block*>& corners) {
  const float size = std::min(kCornerFontSize, flow.size());
  const LineMetrics m = MetricsFor(flow.measurer, Face::kRegular, size, 1.0f);
  const PageGeometry g = flow.geometry();
  CornerColumn left, right;
  Status s = Column(flow, corners, true, size, &left);
  if (s.ok()) s = Column(flow, corners, false, size, &right);
  if (!s.ok()) return s;
  const float right_width = std::min(kCornerMaxWidth, right.widest + 1);
  const float right_x = g.body_right() - right_width;
  const float gap = 10 * kMm;
  const float left_width =
      std::max(30 * kMm, std::min({kCornerMaxWidth, left.widest + 1, right_x - gap - g.body_left()}));
  const size_t rows = std::max(left.blocks.size(), right.blocks.size());
  // A stamp under the text (СОГЛАСОВАНО) goes with the signature above it, never alone on a page.
  if (right.blocks.empty() && !flow.boxes.empty()) flow.boxes.back().keep_with_next = true;
  for (size_t i = 0; i < rows; ++i) {
    Box box;
    box.space_before = i == 0 ? flow.TakeSpace(0) : 0.8f * size;
    box.keep_with_next = true;
    float height = 0;
    if (i < left.blocks.size()) height = PlaceCorner(left.blocks[i], g.body_left(), left_width, m, box);
    if (i < right.blocks.size()) height = std::max(height, PlaceCorner(right.blocks[i], right_x, right_width, m, box));
    box.height = height;
    flow.boxes.push_back(std::move(box));
  }
  flow.SpaceAfter(1.2f * flow.size());
  return Status::Ok();
}

namespace {

// Gives the text placed since from to the structure element node.
void TagFrom(Content& content, size_t from, int node) {
  for (size_t k = from; k < content.texts.size(); ++k) content.texts[k].tag = node;
}

// A signature line with a framed box in place of the rule: position on the left, the box, the
// name flush with the right margin (its last letter at the margin, as a signature's is). Both
// texts are centred on the box's height. Under a Div node each part becomes its own element, so
// a screen reader reads the position, the box line by line, then the name.
Status FramedRow(Flow& flow, const doc::SignatureLine& sig, const Frame& frame, float size, float y,
                 int div, Box& box, float* bottom) {
  const float inner_size = std::max(8.0f, size * 0.6f);
  const LineMetrics m = MetricsFor(flow.measurer, Face::kRegular, size, 1.0f);
  const LineMetrics im = MetricsFor(flow.measurer, Face::kRegular, inner_size, 1.1f);
  const float pad_x = 2.5f * kMm;
  const float pad_y = 1.8f * kMm;
  const float gap = 4 * kMm;
  StyledText left, right;
  Status s = Build(flow, sig.left, Face::kRegular, size, &left);
  if (s.ok()) s = Build(flow, sig.right, Face::kRegular, size, &right);
  std::vector<StyledText> inner(sig.framed.size());
  float widest = 0;
  for (size_t i = 0; s.ok() && i < sig.framed.size(); ++i) {
    TextBuilder builder(flow.measurer, &inner[i]);
    s = builder.AppendInlines(sig.framed[i].inlines, TextStyle{Face::kRegular, inner_size});
    builder.Finish();
    widest = std::max(widest, MaxLineWidth(inner[i]));
  }
  if (!s.ok()) return s;
  const float w = frame.width;
  const float name_width = std::min(MaxLineWidth(right) + 1, 0.3f * w);
  const float right_x = frame.left + w - name_width;
  const float box_right = right_x - gap;
  // In a very narrow column the box keeps a readable minimum and may overlap the position.
  const float box_width = std::max(
      20 * kMm, std::min({kFramedMaxWidth, widest + 2 * pad_x + 1, box_right - frame.left - 0.25f * w}));
  const float box_x = box_right - box_width;
  const float left_width = std::max(15 * kMm, box_x - gap - frame.left);

  // The box first, to know its height; its lines go in after the position's.
  std::vector<std::vector<TextLine>> inner_lines;
  float box_height = 2 * pad_y;
  for (const StyledText& t : inner) {
    BreakOptions options;
    options.width = box_width - 2 * pad_x;
    inner_lines.push_back(BreakLines(t, options));
    box_height += std::max<size_t>(1, inner_lines.back().size()) * im.height;
  }
  std::vector<TextLine> left_lines = Lines(left, left_width);
  std::vector<TextLine> right_lines = Lines(right, name_width);
  const float row_height = std::max({box_height, left_lines.size() * m.height, right_lines.size() * m.height});
  const float box_top = y + (row_height - box_height) / 2;
  auto side = [&](const StyledText& text, const std::vector<TextLine>& lines, float x, float width) {
    if (lines.empty()) return;
    const size_t from = box.content.texts.size();
    float top = y + (row_height - lines.size() * m.height) / 2;
    for (const TextLine& line : lines) {
      PlaceLine(text, line, x, top + m.baseline, width, LineAlign::kLeft, &box.content);
      top += m.height;
    }
    if (div >= 0) TagFrom(box.content, from, flow.Node("P", div));
  };
  side(left, left_lines, frame.left, left_width);
  const int mark = div >= 0 ? flow.Node("Div", div) : -1;
  float line_top = box_top + pad_y;
  for (size_t i = 0; i < inner.size(); ++i) {
    const size_t from = box.content.texts.size();
    for (const TextLine& line : inner_lines[i]) {
      PlaceLine(inner[i], line, box_x + pad_x, line_top + im.baseline, box_width - 2 * pad_x,
                Resolve(sig.framed[i].align, LineAlign::kLeft), &box.content);
      line_top += im.height;
    }
    if (inner_lines[i].empty()) line_top += im.height;
    if (mark >= 0) TagFrom(box.content, from, flow.Node("P", mark));
  }
  const float x2 = box_x + box_width, y2 = box_top + box_height;
  for (const Stroke& edge : {Stroke{box_x, box_top, x2, box_top}, Stroke{x2, box_top, x2, y2},
                             Stroke{x2, y2, box_x, y2}, Stroke{box_x, y2, box_x, box_top}}) {
    Stroke stroke = edge;
    stroke.width = 0.6f;
    box.content.strokes.push_back(stroke);
  }
  side(right, right_lines, right_x, name_width);
  *bottom = y + row_height;
  return Status::Ok();
}

}  // namespace

Status LayoutSignatures(Flow& flow, const doc::Block& block, const Frame& frame, int node) {
  const float size = flow.size();
  const float caption_size = std::max(9.0f, size * 0.65f);
  const LineMetrics m = MetricsFor(flow.measurer, Face::kRegular, size, 1.0f);
  const float w = frame.width;
  const float left_width = 0.42f * w;
  const float rule_from = frame.left + 0.46f * w;
  const float rule_to = frame.left + 0.70f * w;
  const float right_x = frame.left + 0.74f * w;
  const float right_width = frame.left + w - right_x;
  // A block with a framed line is a Div of parts; a plain one stays a single P (node itself).
  const bool div = flow.structure[node].type == "Div";

  Box box;
  float y = 0;
  for (size_t i = 0; i < block.signatures.size(); ++i) {
    const doc::SignatureLine& sig = block.signatures[i];
    if (i > 0) y += 0.9f * m.height;
    if (!sig.framed.empty()) {
      Status s = FramedRow(flow, sig, frame, size, y, div ? node : -1, box, &y);
      if (!s.ok()) return s;
      continue;
    }
    const size_t first_text = box.content.texts.size();
    StyledText left, right, caption;
    Status s = Build(flow, sig.left, Face::kRegular, size, &left);
    if (s.ok()) s = Build(flow, sig.right, Face::kRegular, size, &right);
    if (s.ok()) s = Build(flow, sig.caption, Face::kRegular, caption_size, &caption);
    if (!s.ok()) return s;
    std::vector<TextLine> left_lines = Lines(left, left_width);
    std::vector<TextLine> right_lines = Lines(right, right_width);
    const size_t n = std::max<size_t>({1, left_lines.size(), right_lines.size()});
    // Both columns end on the line the rule is drawn on.
    for (size_t k = 0; k < left_lines.size(); ++k) {
      float top = y + (n - left_lines.size() + k) * m.height;
      PlaceLine(left, left_lines[k], frame.left, top + m.baseline, left_width, LineAlign::kLeft, &box.content);
    }
    for (size_t k = 0; k < right_lines.size(); ++k) {
      float top = y + (n - right_lines.size() + k) * m.height;
      PlaceLine(right, right_lines[k], right_x, top + m.baseline, right_width, LineAlign::kLeft, &box.content);
    }
    const float rule_y = y + (n - 1) * m.height + m.baseline + 1.5f;
    box.content.strokes.push_back(Stroke{rule_from, rule_y, rule_to, rule_y, 0.5f});
    y += n * m.height;
    if (!caption.empty()) {
      float baseline = rule_y;
      for (const TextLine& line : Lines(caption, rule_to - rule_from)) {
        baseline += caption_size * 1.1f;
        PlaceLine(caption, line, rule_from, baseline, rule_to - rule_from, LineAlign::kCenter, &box.content);
      }
      y = std::max(y, baseline + caption_size * 0.3f);
    }
    if (div) TagFrom(box.content, first_text, flow.Node("P", node));
  }
  box.height = y + 0.2f * size;
  box.space_before = flow.TakeSpace(1.5f * size);
  if (block.keep_together) flow.KeepLastWithNext();
  flow.boxes.push_back(std::move(box));
  flow.SpaceAfter(0.6f * size);
  return Status::Ok();
}

}  // namespace nastavnik::render::pdf
