// Moving laid-out content: boxes are built at y = 0 and shifted to where the paginator puts them.
#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

void Content::Retag(const std::function<int(int)>& tag, int image_offset) {
  for (TextRun& t : texts) t.tag = tag(t.tag);
  for (Stroke& t : strokes) t.tag = tag(t.tag);
  for (Fill& t : fills) t.tag = tag(t.tag);
  for (LinkArea& t : links) t.tag = tag(t.tag);
  for (ImageDraw& t : images) {
    t.tag = tag(t.tag);
    t.image += image_offset;
  }
}

void Content::Shift(float dy) {
  for (TextRun& t : texts) t.y += dy;
  for (Stroke& s : strokes) {
    s.y1 += dy;
    s.y2 += dy;
  }
  for (Fill& f : fills) f.y += dy;
  for (LinkArea& l : links) l.y += dy;
  for (OutlineEntry& a : anchors) a.y += dy;
  for (ImageDraw& i : images) i.y += dy;
}

void Content::Claim(int tag) {
  auto claim = [tag](auto& items) {
    for (auto& item : items) {
      if (item.tag == kUntagged) item.tag = tag;
    }
  };
  // Rules, borders and backgrounds stay artifacts unless their maker tagged them (charts).
  claim(texts);
  claim(images);
  claim(links);
}

void Content::Append(const Content& other, float dy) {
  Content copy = other;
  Append(std::move(copy), dy);
}

void Content::Append(Content&& other, float dy) {
  other.Shift(dy);
  auto move_all = [](auto& to, auto& from) {
    if (to.empty()) {
      to = std::move(from);
    } else {
      to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
    }
  };
  move_all(texts, other.texts);
  move_all(strokes, other.strokes);
  move_all(fills, other.fills);
  move_all(links, other.links);
  move_all(anchors, other.anchors);
  move_all(images, other.images);
}

}  // namespace nastavnik::render::pdf
