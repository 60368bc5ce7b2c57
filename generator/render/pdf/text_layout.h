// Inline text: flattening styled inlines into one measured string, breaking it into lines
// (total-fit or greedy, with hyphenation) and placing a line as text runs, justified or aligned.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"
#include "base/status.h"
#include "render/pdf/measure.h"
#include "render/pdf/page_model.h"

namespace nastavnik::render::pdf {

class Hyphenator;

struct TextStyle {
  Face face = Face::kRegular;
  float size = 14;
  uint32_t color = kBlack;
  bool strike = false;
  bool underline = false;
  int link = -1;  // index into StyledText::urls
  bool operator==(const TextStyle&) const = default;
};

/// A paragraph flattened: one UTF-16 string ('\n' is a hard line break) with, per code unit,
/// its style and advance. Spaces are collapsed; the ends are trimmed.
struct StyledText {
  std::u16string chars;
  std::vector<uint16_t> style;
  std::vector<float> advance;
  std::vector<TextStyle> styles;
  std::vector<float> hyphen_advance;  // per style: width of "-"
  std::vector<std::string> urls;

  bool empty() const { return chars.empty(); }
};

/// Builds a StyledText, checking that the fonts have every character.
class TextBuilder {
 public:
  TextBuilder(Measurer& measurer, StyledText* out) : measurer_(measurer), out_(out) {}

  Status Append(std::string_view utf8, const TextStyle& style);
  Status AppendInlines(const std::vector<doc::Inline>& inlines, const TextStyle& style);
  /// A hard line break; collapses with a following one only if asked twice.
  void LineBreak();
  /// Trims trailing spaces and breaks.
  void Finish();

 private:
  Status AppendChar(char32_t c, uint16_t style_index);
  uint16_t StyleIndex(const TextStyle& style);

  Measurer& measurer_;
  StyledText* out_;
};

enum class LineAlign { kLeft, kCenter, kRight, kJustify };
LineAlign Resolve(doc::Align align, LineAlign fallback);

struct TextLine {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool hyphen = false;  // a "-" is drawn after the last character
  bool last = false;    // ends the paragraph or a hard break: never justified
  float scale = 1;      // font expansion of a justified line: its glyphs' width factor
};

struct BreakOptions {
  float width = 0;
  float first_indent = 0;  // added to the left of the first line
  float shrink = 0;        // the share of each space a justified line may squeeze (0.2 = 20%)
  // Font expansion as pdfTeX's: how much a justified line's glyphs may widen or narrow (0.02 = 2%),
  // a stretch and shrink of their own beside the spaces'. Total-fit only.
  float expansion = 0;
  const Hyphenator* hyphenator = nullptr;
  // Justified text: choose the breaks of the whole paragraph together (Knuth–Plass) so that no
  // line is much looser than the others; lines to fill in by hand ("____") stay ragged.
  bool total_fit = false;
  // Ragged table cells: a word that would fit a line of its own is hyphenated only while the line
  // before it fills less than this share of the width; fuller lines end before the word.
  // Above 1, every word that partly fits is hyphenated, as body text wants.
  float keep_words_above = 2;
};

std::vector<TextLine> BreakLines(const StyledText& text, const BreakOptions& options);

/// Natural width of a line (with its hyphen).
float LineWidth(const StyledText& text, const TextLine& line);
/// The widest unbreakable word, and the widest hard line: a table column's minimum and maximum.
float MaxWordWidth(const StyledText& text);
/// The widest piece the breakers never cut: a word between its hyphenation points (with the
/// hyphen), a date, a number, a phone, an e-mail up to "@" or ".": a column's least width.
float MinPieceWidth(const StyledText& text, const Hyphenator* hyphenator);
float MaxLineWidth(const StyledText& text);
/// The widest short phrase a table column would rather keep on one line: a part of the text
/// between commas, semicolons and line breaks (or, in a longer part, on either side of a spaced
/// dash) of at most `words` unbreakable units, else that part's widest unit.
float MaxPhraseWidth(const StyledText& text, int words);

/// Places one line starting at x (the indent already added) on the given baseline.
void PlaceLine(const StyledText& text, const TextLine& line, float x, float baseline, float width,
               LineAlign align, Content* out);

/// Vertical metrics of a line of text at a size with a line spacing factor.
struct LineMetrics {
  float height = 0;    // baseline to baseline
  float baseline = 0;  // from the top of the line box
};
LineMetrics MetricsFor(Measurer& measurer, Face face, float size, float spacing);

/// The error for a character the face has no glyph for (or the measurer's own failure).
Status MissingGlyph(Measurer& measurer, Face face, char32_t c);
/// Controls, soft hyphens and zero-width spaces: the text drops them, so no font needs them.
bool PrintsNothing(char32_t c);

std::string EncodeUtf8(std::u16string_view s);

}  // namespace nastavnik::render::pdf
