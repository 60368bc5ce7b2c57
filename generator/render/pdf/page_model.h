// What the layout engine produces: pages of positioned text runs, strokes, fills and links.
// Coordinates are points from the page's top-left corner with y growing down; the writer flips y.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "render/pdf/measure.h"

namespace nastavnik::render::pdf {

// The page setup of ГОСТ Р 7.0.97: A4, margins 20 mm left/top/bottom and 10 mm right.
inline constexpr float kMm = 72.0f / 25.4f;
inline constexpr float kA4Width = 595.2756f;
inline constexpr float kA4Height = 841.8898f;
inline constexpr float kMarginLeft = 20 * kMm;
inline constexpr float kMarginRight = 10 * kMm;
inline constexpr float kMarginTop = 20 * kMm;
inline constexpr float kMarginBottom = 20 * kMm;
/// Baseline of the page number, from the top edge: its figures (about 8.5 pt tall at 12 pt) start
/// 10.5 mm down, clear of the 10 mm a printer may not reach, and end well above the body.
inline constexpr float kPageNumberBaseline = 13.5f * kMm;
inline constexpr float kPageNumberSize = 12;

struct PageGeometry {
  float width = kA4Width;
  float height = kA4Height;
  float body_left() const { return kMarginLeft; }
  float body_right() const { return width - kMarginRight; }
  float body_width() const { return width - kMarginLeft - kMarginRight; }
  float body_top() const { return kMarginTop; }
  float body_bottom() const { return height - kMarginBottom; }
  float body_height() const { return height - kMarginTop - kMarginBottom; }
};

inline PageGeometry Geometry(bool landscape) {
  return landscape ? PageGeometry{kA4Height, kA4Width} : PageGeometry{kA4Width, kA4Height};
}

inline constexpr uint32_t kBlack = 0x000000;

/// Tags say which structure element (an index into LaidOutDocument::structure) a piece of
/// content belongs to. kUntagged content is claimed by the block that made it or, when nobody
/// does (page numbers, borders, rules), painted as an /Artifact.
inline constexpr int kUntagged = -2;
inline constexpr int kArtifact = -1;

/// A node of the tagged-PDF structure tree: Document, H1–H6, P, L, LI, Lbl, LBody, Table, TR,
/// TH, TD, Figure, BlockQuote, Sect.
struct StructNode {
  std::string type;
  int parent = -1;  // -1 for the root
  std::string alt;    // Figure: the alternative text
  std::string scope;  // TH: "Column" or "Row"
};
inline constexpr uint32_t kLinkBlue = 0x1a4fa0;

/// Glyphs [begin, end) of a run that text extraction, search and screen readers take as text
/// instead (an /ActualText span). For a word cut at a line end, the hyphen the layout added reads
/// as the rest of the word (a word's own "-" or "/" there as itself and the rest), and that rest,
/// painted at the start of the next line, reads as nothing: the word comes out whole.
struct ActualText {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::u16string text;
};

/// Text on one baseline in one face and size. word_spacing is added after every U+0020 (justified
/// lines); the writer turns it into TJ offsets because Tw does nothing with two-byte codes. scale
/// widens or narrows every glyph (font expansion of a justified line, within ±2 %; PDF's Tz);
/// word_spacing is in page units, not scaled.
struct TextRun {
  float x = 0;
  float y = 0;  // baseline
  float size = 0;
  float word_spacing = 0;
  float scale = 1;
  uint32_t color = kBlack;
  Face face = Face::kRegular;
  int tag = kUntagged;
  std::u16string text;
  std::vector<ActualText> actual;  // disjoint, in order; only painted for tagged text
};

struct Stroke {
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  float width = 0.5f;
  uint32_t color = kBlack;
  float dash = 0;  // dash length; 0 for a solid line
  int tag = kUntagged;
};

struct Fill {
  float x = 0, y = 0, w = 0, h = 0;  // y is the top edge
  uint32_t color = 0xf0f0f0;
  int tag = kUntagged;
};

/// A raster image (an index into LaidOutDocument::images) drawn into a frame.
struct ImageDraw {
  float x = 0, y = 0, w = 0, h = 0;  // y is the top edge
  int image = 0;
  int tag = kUntagged;
};

struct LinkArea {
  float x = 0, y = 0, w = 0, h = 0;  // y is the top edge
  std::string url;
  int tag = kUntagged;  // the element whose text the link is in
};

/// A heading to list in the PDF outline.
struct OutlineEntry {
  int level = 1;
  std::string title;
  int page = 0;
  float y = 0;  // top of the heading
};

struct Content {
  std::vector<TextRun> texts;
  std::vector<Stroke> strokes;
  std::vector<Fill> fills;
  std::vector<LinkArea> links;
  std::vector<OutlineEntry> anchors;
  std::vector<ImageDraw> images;

  /// Sets the tag of the text and images still kUntagged.
  void Claim(int tag);
  /// Moves everything down by dy (and keeps x).
  void Shift(float dy);
  /// Renumbers structure tags through tag() and image indices by image_offset, for a part laid
  /// out on its own and joined into a bigger document.
  void Retag(const std::function<int(int)>& tag, int image_offset);
  /// Appends other, moved down by dy.
  void Append(const Content& other, float dy);
  void Append(Content&& other, float dy);
};

/// One unbreakable slice of the flow: a line of a paragraph, a table row, a signature block.
/// Its content's y is relative to the box top; x is already on the page.
struct Box {
  float height = 0;
  float space_before = 0;  // dropped at the top of a page
  bool keep_with_next = false;
  /// A forced page break: no content; landscape gives the orientation of the pages after it.
  bool page_break = false;
  bool landscape = false;
  /// Table rows: the table's id, so its header rows repeat above a row that starts a page.
  int table = -1;
  bool table_header = false;
  Content content;
};

struct Page {
  bool landscape = false;
  bool after_break = false;  // the first page after a forced page break
  float width = kA4Width;
  float height = kA4Height;
  Content content;
};

/// An image file's bytes (PNG or JPEG) and its size in pixels.
struct ImageData {
  std::string bytes;
  int width = 0;
  int height = 0;
};

struct LaidOutDocument {
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  /// structure[0] is the Document root.
  std::vector<StructNode> structure;
  std::vector<ImageData> images;
};

}  // namespace nastavnik::render::pdf
