// Cutting the flow of boxes into pages, the one place that knows about page bottoms.
#pragma once

#include <functional>
#include <map>
#include <vector>

#include "base/status.h"
#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

/// Fills pages top to bottom. A box that does not fit starts a new page, taking along the boxes
/// before it that asked to be kept with the next (headings, first lines, table headers) unless
/// that chain began the page. A table's header rows are repeated above a row that starts a page.
/// A forced break switches the orientation of the pages after it.
LaidOutDocument Paginate(std::vector<Box> boxes, bool first_landscape);

/// The same while the boxes are still being made: each page goes to page_done (with the outline
/// entries of its headings) as soon as it is cut, so that a table thousands of pages long never
/// waits laid out whole. A box's content moves into its page; the box itself stays, emptied.
class Paginator {
 public:
  using PageDone = std::function<Status(Page&&, std::vector<OutlineEntry>&& anchors)>;
  Paginator(bool first_landscape, PageDone page_done);

  /// Places boxes [next, settled): they will not change any more. The pages are cut exactly as
  /// Paginate cuts the whole list.
  Status Feed(std::vector<Box>& boxes, size_t settled);
  /// Places the rest and cuts the last page (one blank page when there was nothing at all).
  Status Finish(std::vector<Box>& boxes);
  size_t pages() const { return pages_; }

 private:
  struct Placed {
    int box;
    float y;
    bool copy;  // a repeated table header: its content is copied, not moved
  };
  Status FinishPage(std::vector<Box>& boxes);
  void StartPage();

  PageDone page_done_;
  std::vector<Placed> placed_;
  std::map<int, std::vector<int>> header_rows_;  // table id → indices of its header boxes
  bool landscape_;
  PageGeometry g_;
  int page_first_ = -1;  // the first box of the flow on this page
  float y_;
  bool after_break_ = false;
  size_t next_ = 0;  // the next box to place
  size_t pages_ = 0;
};

}  // namespace nastavnik::render::pdf
