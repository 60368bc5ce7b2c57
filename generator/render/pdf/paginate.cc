// Pagination works on box heights only: content is moved onto the page once the cut is final.
#include "render/pdf/paginate.h"

#include <algorithm>

namespace nastavnik::render::pdf {

Paginator::Paginator(bool first_landscape, PageDone page_done)
    : page_done_(std::move(page_done)), landscape_(first_landscape), g_(Geometry(first_landscape)), y_(g_.body_top()) {}

void Paginator::StartPage() {
  placed_.clear();
  page_first_ = -1;
  y_ = g_.body_top();
}

Status Paginator::FinishPage(std::vector<Box>& boxes) {
  Page page;
  page.landscape = landscape_;
  page.after_break = after_break_;
  after_break_ = false;
  page.width = g_.width;
  page.height = g_.height;
  const int index = static_cast<int>(pages_);
  for (const Placed& p : placed_) {
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
      b.content = Content();  // on its page now: the emptied box keeps nothing
    }
  }
  std::vector<OutlineEntry> anchors = std::move(page.content.anchors);
  page.content.anchors.clear();
  for (OutlineEntry& a : anchors) a.page = index;
  ++pages_;
  return page_done_(std::move(page), std::move(anchors));
}

Status Paginator::Feed(std::vector<Box>& boxes, size_t settled) {
  const int n = static_cast<int>(std::min(settled, boxes.size()));
  int i = static_cast<int>(next_);
  while (i < n) {
    const Box& b = boxes[i];
    if (b.table_header) {
      std::vector<int>& rows = header_rows_[b.table];
      if (rows.empty() || rows.back() < i) rows.push_back(i);
    }
    if (b.page_break) {
      if (!placed_.empty()) {
        if (Status s = FinishPage(boxes); !s.ok()) return s;
      }
      landscape_ = b.landscape;
      g_ = Geometry(landscape_);
      StartPage();
      after_break_ = true;
      ++i;
      continue;
    }
    const float space = placed_.empty() ? 0 : b.space_before;
    if (page_first_ < 0 || y_ + space + b.height <= g_.body_bottom() + 0.01f) {
      placed_.push_back(Placed{i, y_ + space, false});
      y_ += space + b.height;
      if (page_first_ < 0) page_first_ = i;
      ++i;
      continue;
    }
    // Break before i, or earlier so that a chain of kept boxes moves along.
    int j = i;
    while (j > page_first_ && boxes[j - 1].keep_with_next) --j;
    if (j == page_first_) j = i;
    while (!placed_.empty() && !placed_.back().copy && placed_.back().box >= j) placed_.pop_back();
    if (Status s = FinishPage(boxes); !s.ok()) return s;
    StartPage();
    i = j;
    const Box& first = boxes[j];
    if (first.table >= 0 && !first.table_header) {
      for (int h : header_rows_[first.table]) {
        placed_.push_back(Placed{h, y_, true});
        y_ += boxes[h].height;
      }
    }
  }
  next_ = static_cast<size_t>(i);
  return Status::Ok();
}

Status Paginator::Finish(std::vector<Box>& boxes) {
  if (Status s = Feed(boxes, boxes.size()); !s.ok()) return s;
  if (!placed_.empty() || pages_ == 0) return FinishPage(boxes);
  return Status::Ok();
}

LaidOutDocument Paginate(std::vector<Box> boxes, bool first_landscape) {
  LaidOutDocument doc;
  Paginator paginator(first_landscape, [&](Page&& page, std::vector<OutlineEntry>&& anchors) {
    for (OutlineEntry& a : anchors) doc.outline.push_back(std::move(a));
    doc.pages.push_back(std::move(page));
    return Status::Ok();
  });
  (void)paginator.Finish(boxes);  // collecting pages never fails
  return doc;
}

}  // namespace nastavnik::render::pdf
