// Pagination works on box heights only: content is moved onto the page once the cut is final.
#include "render/pdf/paginate.h"

#include <map>

namespace nastavnik::render::pdf {

LaidOutDocument Paginate(std::vector<Box> boxes, bool first_landscape) {
  LaidOutDocument doc;
  struct Placed {
    int box;
    float y;
    bool copy;  // a repeated table header: its content is copied, not moved
  };
  std::vector<Placed> placed;
  std::map<int, std::vector<int>> header_rows;  // table id → indices of its header boxes
  bool landscape = first_landscape;
  PageGeometry g = Geometry(landscape);
  int page_first = -1;  // the first box of the flow on this page
  float y = g.body_top();
  bool after_break = false;

  auto start_page = [&] {
    placed.clear();
    page_first = -1;
    y = g.body_top();
  };
  auto finish_page = [&] {
    Page page;
    page.landscape = landscape;
    page.after_break = after_break;
    after_break = false;
    page.width = g.width;
    page.height = g.height;
    const int index = static_cast<int>(doc.pages.size());
    for (const Placed& p : placed) {
      Box& b = boxes[p.box];
      if (p.copy || b.table_header) {
        Content copy = b.content;
        copy.anchors.clear();
        // A repeated header is a printing aid: screen readers get the header cells once.
        if (p.copy) {
          for (TextRun& t : copy.texts) t.tag = kArtifact;
        }
        if (!p.copy) copy.anchors = std::move(b.content.anchors);
        page.content.Append(std::move(copy), p.y);
      } else {
        page.content.Append(std::move(b.content), p.y);
      }
    }
    for (OutlineEntry& a : page.content.anchors) {
      a.page = index;
      doc.outline.push_back(std::move(a));
    }
    page.content.anchors.clear();
    doc.pages.push_back(std::move(page));
  };

  const int n = static_cast<int>(boxes.size());
  int i = 0;
  while (i < n) {
    const Box& b = boxes[i];
    if (b.table_header) {
      std::vector<int>& rows = header_rows[b.table];
      if (rows.empty() || rows.back() < i) rows.push_back(i);
    }
    if (b.page_break) {
      if (!placed.empty()) finish_page();
      landscape = b.landscape;
      g = Geometry(landscape);
      start_page();
      after_break = true;
      ++i;
      continue;
    }
    const float space = placed.empty() ? 0 : b.space_before;
    if (page_first < 0 || y + space + b.height <= g.body_bottom() + 0.01f) {
      placed.push_back(Placed{i, y + space, false});
      y += space + b.height;
      if (page_first < 0) page_first = i;
      ++i;
      continue;
    }
    // Break before i, or earlier so that a chain of kept boxes moves along.
    int j = i;
    while (j > page_first && boxes[j - 1].keep_with_next) --j;
    if (j == page_first) j = i;
    while (!placed.empty() && !placed.back().copy && placed.back().box >= j) placed.pop_back();
    finish_page();
    start_page();
    i = j;
    const Box& first = boxes[j];
    if (first.table >= 0 && !first.table_header) {
      for (int h : header_rows[first.table]) {
        placed.push_back(Placed{h, y, true});
        y += boxes[h].height;
      }
    }
  }
  if (!placed.empty() || doc.pages.empty()) finish_page();
  return doc;
}

}  // namespace nastavnik::render::pdf
