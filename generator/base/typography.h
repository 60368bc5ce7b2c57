// Base: Russian typesetting of running text, with no knowledge of what the text is about.
// Straight quotes become «ёлочки» with „лапки“ inside, a hyphen between spaces an em dash tied
// to the word before it, three dots an ellipsis, a hyphen before a number a minus; no-break
// spaces follow №, §, initials and one-letter prepositions and conjunctions; numbers of five
// digits or more are grouped by thin no-break spaces; a percentage is written «70 %» with a no-break space.
// Code, URLs and e-mail addresses pass through untouched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/document.h"

namespace nastavnik::typography {

inline constexpr std::string_view kNbsp = "\u00A0";
inline constexpr std::string_view kThinNbsp = "\u202F";

/// Typesets one paragraph given run by run (text split by emphasis, links and code), so that a
/// quote opened in one run closes in another.
class Typesetter {
 public:
  /// The run typeset, in the context of the runs before it.
  std::string Text(std::string_view run);
  /// A run kept as written (code, a URL); the text after it sees it as a word.
  void Verbatim(std::string_view run);
  /// A line break inside the paragraph: seen as a space.
  void Break() { prev_ = U' '; }

 private:
  int depth_ = 0;       // quotes open
  char32_t prev_ = 0;   // the last character written; 0 at the start of the paragraph
};

/// One whole paragraph typeset.
std::string Typeset(std::string_view text);

/// Every paragraph, heading, list item, quote and table cell of the tree typeset in place; code
/// blocks, code spans and link targets are left as written.
void TypesetBlocks(std::vector<doc::Block>* blocks);

}  // namespace nastavnik::typography
