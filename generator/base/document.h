// The one format-neutral document tree. Markdown pages and document templates become this tree
// once; the HTML, PDF and XLSX renderers each walk it. It lives in base/ (not model/) because the
// Markdown loader already produces it, and a stage may only include earlier stages.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nastavnik::doc {

enum class InlineKind {
  kText,       // text
  kEmphasis,   // children in italic
  kStrong,     // children in bold
  kStrike,     // children struck through
  kCode,       // text in a monospace face
  kLink,       // children linking to url
  kSoftBreak,  // a line end inside a paragraph: a space when reflowed
  kLineBreak,  // a hard line break
};

struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;
  std::string url;
  std::vector<Inline> children;
  /// Where text starts in the Markdown it was parsed from (kText, kCode): the line, and the
  /// column in bytes as cmark-gfm counts them; 0 for text made by the program. A check that
  /// reports a place in the text converts it with the file's source (load::MarkdownFile).
  int line = 0;
  int byte_column = 0;
};

enum class Align { kDefault, kLeft, kCenter, kRight, kJustify };

struct TableCell {
  std::vector<Inline> inlines;
};

struct Table {
  /// One per column; kDefault lets the renderer choose.
  std::vector<Align> aligns;
  /// Relative column widths (any unit); empty means "from the content".
  std::vector<double> widths;
  /// The first header_rows rows are headers, repeated on every printed page.
  int header_rows = 1;
  std::vector<std::vector<TableCell>> rows;
};

/// A line of a framed box: styled text with its alignment.
struct FramedLine {
  std::vector<Inline> inlines;
  Align align = Align::kLeft;
};

/// A line of a signature block: position on the left, a rule to sign on, the name on the right.
struct SignatureLine {
  std::string left;
  std::string right;
  /// Small caption under the rule, e.g. "(подпись)"; empty for none.
  std::string caption;
  /// Short lines set in a thin frame in place of the rule (the mark of an electronic signature);
  /// read between left and right. Empty: the rule.
  std::vector<FramedLine> framed = {};  // an initializer: the older brace lists need not name it
};

/// A chart drawn as vectors: SVG on the site, PDF paths on paper, a native chart in XLSX.
struct ChartSeries {
  std::string name;
  std::vector<double> values;  // one per category
};

struct Chart {
  enum class Kind { kColumns, kBars };  // vertical columns or horizontal bars
  Kind kind = Kind::kColumns;
  std::string title;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
  /// A reference line across the plot (e.g. the coverage target), in data units.
  std::optional<double> target;
  std::string target_label;
  /// Axis maximum; 0 means from the data.
  double max = 0;
  /// Appended to value labels: "%" or "".
  std::string unit;
};

enum class BlockKind {
  kParagraph,   // inlines
  kHeading,     // inlines, level 1..6
  kList,        // children are kListItem; ordered, start
  kListItem,    // children; checked for task lists
  kQuote,       // children
  kCode,        // text, verbatim
  kRule,        // a horizontal rule
  kTable,       // table
  kImage,       // url (a project-relative path), text as the alternative text
  kCorner,      // lines set flush in the top-right corner box (approval stamps, annex marks);
                // align kLeft: at the left margin, level with the right one (ПРИНЯТО)
  kSignatures,  // signatures: kept together with the block before it on paper
  kPageBreak,   // a new page; landscape says how the following pages are oriented
  kChart,       // chart; text is its description for readers who cannot see it
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  Align align = Align::kDefault;
  std::vector<Inline> inlines;
  std::vector<Block> children;
  bool ordered = false;
  int start = 1;
  std::optional<bool> checked;
  std::string text;
  std::string url;
  Table table;
  Chart chart;
  /// kCorner: one entry per line; an empty entry is a blank line.
  std::vector<std::string> lines;
  std::vector<SignatureLine> signatures;
  bool landscape = false;
  /// Paper renderers keep this block on one page where it fits.
  bool keep_together = false;
};

struct Document {
  std::string title;
  std::string subject;
  std::string author;
  std::string lang = "ru-RU";
  /// The orientation of the first page; kPageBreak blocks may switch it.
  bool landscape = false;
  /// A file binding separate documents (a consent per person, a letter per pair): every top-level
  /// page break starts the next document, whose pages are numbered on their own from its second.
  bool bound_set = false;
  std::vector<Block> blocks;
};

/// Convenience constructors used by templates and tests.
Inline Text(std::string text);
Block Paragraph(std::string text, Align align = Align::kDefault);
Block Heading(int level, std::string text);
/// The plain text of inlines, soft breaks as spaces.
std::string PlainText(const std::vector<Inline>& inlines);

}  // namespace nastavnik::doc
