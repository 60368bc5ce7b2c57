// The pieces both line breakers share: what a line may not break inside (a one-letter word and
// the word after it, «№ 3», initials, a word and the spaced dash after it), and where a word may
// break (hyphenation points, its own dash or slash, a URL's punctuation).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {

class Hyphenator;

inline bool IsSpace(char16_t c) { return c == u' ' || c == u'\n'; }
inline bool IsBreakAfter(char16_t c) { return c == u'-' || c == u'–' || c == u'—' || c == u'/'; }

/// Width of chars [from, to).
float Span(const StyledText& t, uint32_t from, uint32_t to);

/// The end of the unbreakable unit that starts at word start i, and its width.
uint32_t UnitEnd(const StyledText& t, uint32_t i, float* width);

/// A place inside a unit where a line may end: before `at`, with a "-" added when hyphen.
struct WordBreak {
  uint32_t at = 0;
  bool hyphen = false;
};
/// Every place inside the unit [i, j) where it may break, in order: after its own "-", "–", "/"
/// and, with a hyphenator, at the hyphenation points of its Russian words (abbreviations never).
void WordBreaks(const StyledText& t, uint32_t i, uint32_t j, const Hyphenator* hyph, std::vector<int>& points,
                std::vector<WordBreak>* out);

/// True for a character of a line to be filled in by hand ("____"): such lines are never stretched.
inline bool IsFillIn(char16_t c) { return c == u'_'; }

/// Total-fit (Knuth–Plass) breaking of a justified paragraph; empty when no set of breaks keeps
/// every line within the width (a unit wider than the line), and the caller falls back to greedy.
std::vector<TextLine> BreakTotalFit(const StyledText& text, const BreakOptions& options);

}  // namespace nastavnik::render::pdf
