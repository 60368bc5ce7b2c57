// The parts of paperwork that are not running text: the approval stamp in the top-right corner
// and the signature block (position — rule to sign on — initials and surname).
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

Status LayoutCorners(Flow& flow, const std::vector<const doc::Block*>& corners) {
  const float size = std::min(kCornerFontSize, flow.size());
  const LineMetrics m = MetricsFor(flow.measurer, Face::kRegular, size, 1.0f);
  const PageGeometry g = flow.geometry();
  // One left edge for the whole stack, at most 80 mm from the right margin.
  std::vector<std::vector<StyledText>> texts(corners.size());
  float widest = 0;
  for (size_t i = 0; i < corners.size(); ++i) {
    for (const std::string& line : corners[i]->lines) {
      texts[i].emplace_back();
      Status s = Build(flow, line, Face::kRegular, size, &texts[i].back());
      if (!s.ok()) return s;
      widest = std::max(widest, MaxLineWidth(texts[i].back()));
    }
  }
  const float width = std::min(kCornerMaxWidth, widest + 1);
  const float x = g.body_right() - width;
  for (size_t i = 0; i < corners.size(); ++i) {
    Box box;
    box.space_before = i == 0 ? flow.TakeSpace(0) : 0.8f * size;
    box.keep_with_next = true;
    float y = 0;
    for (const StyledText& text : texts[i]) {
      std::vector<TextLine> lines = Lines(text, width);
      if (lines.empty()) y += m.height;  // a blank entry is a blank line
      for (const TextLine& line : lines) {
        PlaceLine(text, line, x, y + m.baseline, width, LineAlign::kLeft, &box.content);
        y += m.height;
      }
    }
    box.height = y;
    flow.boxes.push_back(std::move(box));
  }
  flow.SpaceAfter(1.2f * flow.size());
  return Status::Ok();
}

Status LayoutSignatures(Flow& flow, const doc::Block& block, const Frame& frame) {
  const float size = flow.size();
  const float caption_size = std::max(9.0f, size * 0.65f);
  const LineMetrics m = MetricsFor(flow.measurer, Face::kRegular, size, 1.0f);
  const float w = frame.width;
  const float left_width = 0.42f * w;
  const float rule_from = frame.left + 0.46f * w;
  const float rule_to = frame.left + 0.70f * w;
  const float right_x = frame.left + 0.74f * w;
  const float right_width = frame.left + w - right_x;

  Box box;
  float y = 0;
  for (size_t i = 0; i < block.signatures.size(); ++i) {
    const doc::SignatureLine& sig = block.signatures[i];
    if (i > 0) y += 0.9f * m.height;
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
  }
  box.height = y + 0.2f * size;
  box.space_before = flow.TakeSpace(1.5f * size);
  if (block.keep_together) flow.KeepLastWithNext();
  flow.boxes.push_back(std::move(box));
  flow.SpaceAfter(0.6f * size);
  return Status::Ok();
}

}  // namespace nastavnik::render::pdf
