// The block flow: each block becomes boxes (a line, a row, a signature block) with the spacing
// and keep rules of paperwork; Paginate then cuts them into pages.
#include "render/pdf/layout.h"

#include <algorithm>
#include <string>

#include "base/utf8.h"
#include "render/pdf/flow.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/image_size.h"
#include "render/pdf/paginate.h"

namespace nastavnik::render::pdf {

namespace {

using doc::Block;
using doc::BlockKind;

class BlockLayouter {
 public:
  explicit BlockLayouter(Flow& flow) : flow_(flow) {}
  /// The top-level blocks are owned by the layout (streamed): a settling table's rows are let go
  /// as they are laid out.
  BlockLayouter(Flow& flow, std::vector<Block>* owned) : flow_(flow), owned_(owned) {}

  /// frame == nullptr: the page body, which a landscape break changes.
  Status Blocks(const std::vector<Block>& blocks, const Frame* frame);

 private:
  Status One(const Block& block, const Frame& frame);
  Status Paragraph(const Block& block, const Frame& frame);
  Status Heading(const Block& block, const Frame& frame);
  Status List(const Block& block, const Frame& frame);
  Status Quote(const Block& block, const Frame& frame);
  Status Code(const Block& block, const Frame& frame);
  Status Rule(const Frame& frame);
  Status Image(const Block& block, const Frame& frame);
  std::u16string Marker(const Block& list, const Block& item, int index, int depth);

  Flow& flow_;
  std::vector<Block>* owned_ = nullptr;
  std::vector<std::string> image_urls_;  // parallel to flow_.images
  int parent_ = 0;  // the structure element new blocks go under
};

Status BlockLayouter::Blocks(const std::vector<Block>& blocks, const Frame* frame) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    const Frame f = frame ? *frame : flow_.Body();
    if (b.kind == BlockKind::kCorner) {
      std::vector<const Block*> group;
      while (i < blocks.size() && blocks[i].kind == BlockKind::kCorner) group.push_back(&blocks[i++]);
      --i;
      const size_t first_box = flow_.boxes.size();
      Status s = LayoutCorners(flow_, group);
      if (!s.ok()) return s;
      for (size_t k = first_box; k < flow_.boxes.size(); ++k) flow_.boxes[k].content.Claim(flow_.Node("P", parent_));
      continue;
    }
    const size_t first_box = flow_.boxes.size();
    // A table or list of its own at the top level lets its rows or items go onto pages as they
    // are made (an order naming 10,000 pairs is never held laid out whole).
    if (!frame && !b.keep_together && b.kind == BlockKind::kTable) {
      flow_.settling = &b.table;
      if (owned_ && &(*owned_)[i] == &b) flow_.releasing = &(*owned_)[i].table;
    }
    if (!frame && !b.keep_together && b.kind == BlockKind::kList) flow_.settling = &b;
    Status s = One(b, f);
    if (!frame) {
      flow_.settling = nullptr;
      flow_.releasing = nullptr;
    }
    if (!s.ok()) return s;
    // keep_together: every box of the block stays with the next, the last one excepted.
    if (b.keep_together && b.kind != BlockKind::kSignatures && flow_.boxes.size() > first_box + 1) {
      for (size_t k = first_box; k + 1 < flow_.boxes.size(); ++k) flow_.boxes[k].keep_with_next = true;
    }
    // A top-level block is done: nothing changes its boxes any more.
    if (!frame) {
      if (Status settled = flow_.Settle(); !settled.ok()) return settled;
    }
  }
  return Status::Ok();
}

// Each block opens its structure element, lays itself out, and claims the text it made that no
// inner element took.
Status BlockLayouter::One(const Block& b, const Frame& frame) {
  const size_t first = flow_.boxes.size();
  auto leaf = [&](std::string type, Status s) {
    if (s.ok()) flow_.Claim(first, flow_.Node(std::move(type), parent_));
    return s;
  };
  switch (b.kind) {
    case BlockKind::kParagraph: return leaf("P", Paragraph(b, frame));
    case BlockKind::kHeading: return leaf("H" + std::to_string(std::clamp(b.level, 1, 6)), Heading(b, frame));
    case BlockKind::kList: return List(b, frame);
    case BlockKind::kListItem: return Blocks(b.children, &frame);
    case BlockKind::kQuote: {
      const int saved = parent_;
      parent_ = flow_.Node("BlockQuote", parent_);
      Status s = Quote(b, frame);
      parent_ = saved;
      return s;
    }
    case BlockKind::kCode: return leaf("P", Code(b, frame));
    case BlockKind::kRule: return Rule(frame);
    case BlockKind::kTable: return LayoutTable(flow_, b.table, frame, flow_.Node("Table", parent_));
    case BlockKind::kImage: {
      const int node = flow_.Node("Figure", parent_);
      flow_.structure[node].alt = b.text;
      Status s = Image(b, frame);
      if (s.ok()) flow_.Claim(first, node);
      return s;
    }
    case BlockKind::kCorner: return leaf("P", LayoutCorners(flow_, {&b}));
    case BlockKind::kSignatures: {
      bool framed = false;
      for (const doc::SignatureLine& line : b.signatures) framed = framed || !line.framed.empty();
      const int node = flow_.Node(framed ? "Div" : "P", parent_);
      Status s = LayoutSignatures(flow_, b, frame, node);
      if (s.ok()) flow_.Claim(first, node);
      return s;
    }
    case BlockKind::kChart: {
      const int node = flow_.Node("Figure", parent_);
      flow_.structure[node].alt = b.text.empty() ? b.chart.title : b.text;
      Status s = LayoutChart(flow_, b.chart, frame, node);
      if (s.ok()) flow_.Claim(first, node);
      return s;
    }
    case BlockKind::kPageBreak: {
      Box box;
      box.page_break = true;
      box.landscape = b.landscape;
      flow_.boxes.push_back(std::move(box));
      flow_.landscape = b.landscape;
      flow_.TakeSpace(0);
      return Status::Ok();
    }
  }
  return Status::Ok();
}

Status BlockLayouter::Paragraph(const Block& b, const Frame& frame) {
  StyledText text;
  TextBuilder builder(flow_.measurer, &text);
  Status s = builder.AppendInlines(b.inlines, TextStyle{Face::kRegular, flow_.size()});
  if (!s.ok()) return s;
  builder.Finish();
  TextSetting setting;
  setting.align = Resolve(b.align, LineAlign::kJustify);
  // Centred and right-aligned lines (titles, dates) are not hyphenated: nothing to even out.
  setting.hyphenate = setting.align == LineAlign::kJustify || setting.align == LineAlign::kLeft;
  const bool indented = frame.indent_paragraphs &&
                        (b.align == doc::Align::kDefault || b.align == doc::Align::kJustify);
  setting.first_indent = indented ? kFirstLineIndent : 0;
  flow_.AddText(text, frame, setting, flow_.TakeSpace(frame.list_depth > 0 ? 0.15f * flow_.size() : 0));
  return Status::Ok();
}

Status BlockLayouter::Heading(const Block& b, const Frame& frame) {
  const float size = flow_.size();
  const int level = std::clamp(b.level, 1, 6);
  TextStyle style{level <= 3 ? Face::kBold : Face::kBoldItalic, size};
  StyledText text;
  TextBuilder builder(flow_.measurer, &text);
  Status s = builder.AppendInlines(b.inlines, style);
  if (!s.ok()) return s;
  builder.Finish();
  TextSetting setting;
  setting.align = Resolve(b.align, level == 1 ? LineAlign::kCenter : LineAlign::kLeft);
  setting.spacing = 1.0f;
  setting.hyphenate = false;
  setting.keep_all = true;
  const float before = level == 1 ? 1.0f * size : level == 2 ? 0.9f * size : 0.6f * size;
  const size_t first = flow_.boxes.size();
  flow_.AddText(text, frame, setting, flow_.TakeSpace(before));
  if (flow_.boxes.size() > first) {
    flow_.boxes[first].content.anchors.push_back(OutlineEntry{level, doc::PlainText(b.inlines), 0, 0});
  }
  flow_.SpaceAfter(level == 1 ? 0.6f * size : 0.35f * size);
  return Status::Ok();
}

std::u16string BlockLayouter::Marker(const Block& list, const Block& item, int index, int depth) {
  if (item.checked.has_value()) {
    // Ballot boxes only where the font has them; Liberation Serif has not.
    const char16_t box = *item.checked ? u'☑' : u'☐';
    if (flow_.measurer.Advance(Face::kRegular, box) > 0) return std::u16string(1, box);
    return *item.checked ? u"[x]" : u"[ ]";
  }
  if (list.ordered) {
    std::string n = std::to_string(list.start + index) + (depth == 0 ? "." : ")");
    return std::u16string(n.begin(), n.end());
  }
  return depth % 2 == 0 ? u"•" : u"–";
}

Status BlockLayouter::List(const Block& list, const Frame& frame) {
  const float size = flow_.size();
  const int depth = frame.list_depth;
  std::vector<std::u16string> markers;
  float widest = 0;
  int index = 0;
  for (const Block& item : list.children) {
    markers.push_back(Marker(list, item, index++, depth));
    float w = 0;
    for (char16_t c : markers.back()) {
      float a = 0;
      Status s = flow_.CheckedAdvance(Face::kRegular, c, size, &a);
      if (!s.ok()) return s;
      w += a;
    }
    widest = std::max(widest, w);
  }
  const float hang = std::max(widest + 0.35f * size, 0.9f * size);
  const float marker_x = frame.left + (depth == 0 && frame.indent_paragraphs ? kFirstLineIndent : 0);
  Frame inner{marker_x + hang, frame.left + frame.width - marker_x - hang, depth + 1, false};
  flow_.SpaceAfter(flow_.TakeSpace(0.2f * size));
  const int saved = parent_;
  const int list_node = flow_.Node("L", parent_);
  for (size_t k = 0; k < list.children.size(); ++k) {
    const Block& item = list.children[k];
    const size_t first = flow_.boxes.size();
    const int item_node = flow_.Node("LI", list_node);
    const int label_node = flow_.Node("Lbl", item_node);
    parent_ = flow_.Node("LBody", item_node);
    Status s = item.kind == BlockKind::kListItem ? Blocks(item.children, &inner) : One(item, inner);
    parent_ = saved;
    if (!s.ok()) return s;
    if (flow_.boxes.size() > first) {
      Box& box = flow_.boxes[first];
      const float baseline = box.content.texts.empty() ? box.height * 0.75f : box.content.texts.front().y;
      TextRun run;
      run.x = marker_x;
      run.y = baseline;
      run.size = size;
      run.text = markers[k];
      run.tag = label_node;
      box.content.texts.insert(box.content.texts.begin(), std::move(run));
    }
    if (Status settled = flow_.PartDone(&list); !settled.ok()) return settled;
  }
  flow_.SpaceAfter(0.2f * size);
  return Status::Ok();
}

Status BlockLayouter::Quote(const Block& b, const Frame& frame) {
  const float indent = 9 * kMm;
  Frame inner{frame.left + indent, frame.width - indent, frame.list_depth, false};
  flow_.SpaceAfter(flow_.TakeSpace(0.3f * flow_.size()));
  const size_t first = flow_.boxes.size();
  Status s = Blocks(b.children, &inner);
  if (!s.ok()) return s;
  const float x = frame.left + 3 * kMm;
  for (size_t k = first; k < flow_.boxes.size(); ++k) {
    Box& box = flow_.boxes[k];
    if (box.page_break) continue;
    box.content.strokes.push_back(Stroke{x, 0, x, box.height, 1.5f, 0xb0b0b0});
  }
  flow_.SpaceAfter(0.3f * flow_.size());
  return Status::Ok();
}

Status BlockLayouter::Code(const Block& b, const Frame& frame) {
  // Verbatim: spaces are kept and long lines are cut where they overflow.
  const float size = std::min(flow_.size() * 0.8f, 11.0f);
  const float pad = 4;
  const float width = frame.width - 2 * pad;
  const LineMetrics m = MetricsFor(flow_.measurer, Face::kMono, size, 1.0f);
  float space = flow_.TakeSpace(0.4f * flow_.size());
  std::u32string text = utf8::Decode(b.text);
  while (!text.empty() && text.back() == U'\n') text.pop_back();
  size_t i = 0;
  const size_t first = flow_.boxes.size();
  do {
    TextRun run;
    run.face = Face::kMono;
    run.size = size;
    run.x = frame.left + pad;
    run.y = m.baseline + (flow_.boxes.size() == first ? pad : 0);
    float x = 0;
    while (i < text.size() && text[i] != U'\n') {
      char32_t c = text[i] == U'\t' ? U' ' : text[i];
      if (c < 0x20) c = U' ';
      float a = 0;
      Status s = flow_.CheckedAdvance(Face::kMono, c, size, &a);
      if (!s.ok()) return s;
      if (x + a > width && !run.text.empty()) break;
      run.text.push_back(static_cast<char16_t>(c));
      x += a;
      ++i;
    }
    if (i < text.size() && text[i] == U'\n') ++i;
    Box box;
    box.height = m.height + (flow_.boxes.size() == first ? pad : 0);
    box.space_before = space;
    space = 0;
    box.content.fills.push_back(Fill{frame.left, 0, frame.width, box.height, 0xf0f0f0});
    if (!run.text.empty()) box.content.texts.push_back(std::move(run));
    flow_.boxes.push_back(std::move(box));
  } while (i < text.size());
  Box& last = flow_.boxes.back();
  last.content.fills.back().h += pad;
  last.height += pad;
  flow_.SpaceAfter(0.4f * flow_.size());
  return Status::Ok();
}

Status BlockLayouter::Rule(const Frame& frame) {
  Box box;
  box.space_before = flow_.TakeSpace(0.3f * flow_.size());
  box.height = 0.6f * flow_.size();
  const float y = box.height / 2;
  box.content.strokes.push_back(Stroke{frame.left, y, frame.left + frame.width, y, 0.6f, kBlack});
  flow_.boxes.push_back(std::move(box));
  flow_.SpaceAfter(0.3f * flow_.size());
  return Status::Ok();
}

Status BlockLayouter::Image(const Block& b, const Frame& frame) {
  const auto* images = flow_.options.images;
  const auto it = images ? images->find(b.url) : decltype(images->end()){};
  if (!images || it == images->end()) {
    return Status::Input("нет файла изображения «" + b.url + "» для PDF (пути считаются от папки content/)");
  }
  const PixelSize px = ImagePixelSize(it->second);
  if (px.width <= 0 || px.height <= 0) {
    return Status::Input("изображение «" + b.url + "» не в формате PNG или JPEG");
  }
  // Reused files are embedded once.
  int index = -1;
  for (size_t k = 0; k < image_urls_.size(); ++k) {
    if (image_urls_[k] == b.url) index = static_cast<int>(k);
  }
  if (index < 0) {
    index = static_cast<int>(flow_.images.size());
    flow_.images.push_back(ImageData{std::string(it->second), px.width, px.height});
    image_urls_.push_back(b.url);
  }
  // The frame's width, unless that would make the image taller than half the page.
  float w = frame.width;
  float h = w * static_cast<float>(px.height) / static_cast<float>(px.width);
  const float max_h = flow_.geometry().body_height() * 0.5f;
  if (h > max_h) {
    w *= max_h / h;
    h = max_h;
  }
  Box box;
  box.space_before = flow_.TakeSpace(0.5f * flow_.size());
  box.height = h;
  box.content.images.push_back(ImageDraw{frame.left + (frame.width - w) / 2, 0, w, h, index});
  flow_.boxes.push_back(std::move(box));
  flow_.SpaceAfter(0.5f * flow_.size());
  return Status::Ok();
}

}  // namespace

Status Flow::CheckedAdvance(Face face, char32_t c, float size, float* advance) {
  float a = c <= 0xFFFF ? measurer.Advance(face, c) : -1.0f;
  if (a < 0) return MissingGlyph(measurer, face, c);
  *advance = a * size;
  return Status::Ok();
}

size_t Flow::AddText(const StyledText& text, const Frame& frame, const TextSetting& setting,
                     float space_before) {
  if (text.empty()) return 0;
  BreakOptions options;
  options.width = frame.width;
  options.first_indent = setting.first_indent;
  options.hyphenator = setting.hyphenate ? this->options.hyphenator : nullptr;
  options.shrink = setting.align == LineAlign::kJustify ? 0.25f : 0;
  options.total_fit = setting.align == LineAlign::kJustify;
  options.expansion = setting.align == LineAlign::kJustify ? 0.02f : 0;
  std::vector<TextLine> lines = BreakLines(text, options);
  const TextStyle& base = text.styles[text.style.front()];
  const LineMetrics m = MetricsFor(measurer, Face::kRegular, base.size, setting.spacing);
  const size_t n = lines.size();
  for (size_t k = 0; k < n; ++k) {
    Box box;
    box.height = m.height;
    box.space_before = k == 0 ? space_before : 0;
    // Orphans and widows: the first two and the last two lines of a paragraph stay together.
    box.keep_with_next = setting.keep_all || (k == 0 && n >= 2) || (n >= 3 && k == n - 2);
    const float indent = k == 0 ? setting.first_indent : 0;
    PlaceLine(text, lines[k], frame.left + indent, m.baseline, frame.width - indent, setting.align,
              &box.content);
    boxes.push_back(std::move(box));
  }
  return n;
}

Result<LaidOutDocument> LayoutDocument(const doc::Document& document, Measurer& measurer,
                                       const LayoutOptions& options) {
  Flow flow(measurer, options, document.landscape);
  BlockLayouter layouter(flow);
  Status s = layouter.Blocks(document.blocks, nullptr);
  if (!s.ok()) return s;
  LaidOutDocument laid = Paginate(std::move(flow.boxes), document.landscape);
  laid.structure = std::move(flow.structure);
  laid.images = std::move(flow.images);
  NumberPages(laid, 0, measurer, document.bound_set);
  return laid;
}

Result<LaidOutDocument> LayoutBlocks(const std::vector<doc::Block>& blocks, bool landscape, Measurer& measurer,
                                     const LayoutOptions& options) {
  Flow flow(measurer, options, landscape);
  BlockLayouter layouter(flow);
  Status s = layouter.Blocks(blocks, nullptr);
  if (!s.ok()) return s;
  LaidOutDocument laid;
  if (!flow.boxes.empty()) laid = Paginate(std::move(flow.boxes), landscape);
  laid.structure = std::move(flow.structure);
  laid.images = std::move(flow.images);
  return laid;
}

Result<LaidOutDocument> LayoutBlocksStreamed(std::vector<doc::Block>&& blocks, bool landscape,
                                             Measurer& measurer, const LayoutOptions& options,
                                             const StreamedPage& page_done) {
  Flow flow(measurer, options, landscape);
  Paginator paginator(landscape, [&](Page&& page, std::vector<OutlineEntry>&& anchors) {
    return page_done(std::move(page), std::move(anchors), flow.structure);
  });
  flow.paginator = &paginator;
  BlockLayouter layouter(flow, &blocks);
  if (Status s = layouter.Blocks(blocks, nullptr); !s.ok()) return s;
  if (!flow.boxes.empty()) {
    if (Status s = paginator.Finish(flow.boxes); !s.ok()) return s;
  }
  LaidOutDocument rest;
  rest.structure = std::move(flow.structure);
  rest.images = std::move(flow.images);
  return rest;
}

void NumberPages(LaidOutDocument& laid, size_t first_index, Measurer& measurer, bool restart_after_breaks) {
  // Page numbers from the second page, centered in the top margin.
  size_t i = first_index;
  for (size_t k = 0; k < laid.pages.size(); ++k, ++i) {
    Page& page = laid.pages[k];
    if (restart_after_breaks && page.after_break) i = 0;
    if (i == 0) continue;
    std::string number = std::to_string(i + 1);
    TextRun run;
    run.size = kPageNumberSize;
    float w = 0;
    for (char c : number) {
      run.text.push_back(static_cast<char16_t>(c));
      w += std::max(0.0f, measurer.Advance(Face::kRegular, static_cast<char32_t>(c))) * run.size;
    }
    PageGeometry g = Geometry(page.landscape);
    run.x = (g.body_left() + g.body_right()) / 2 - w / 2;
    run.y = kPageNumberBaseline;
    page.content.texts.push_back(std::move(run));
  }
}

}  // namespace nastavnik::render::pdf
