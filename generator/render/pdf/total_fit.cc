// Total-fit line breaking after Knuth and Plass ("Breaking paragraphs into lines", 1981): every
// place a line may end is a candidate; a line between two candidates has a badness from how far
// its spaces must stretch or shrink; the breaks chosen minimise the paragraph's demerits. Our
// Russian rules are the candidates that do not exist: a one-letter word, «№», an initial stays
// with the next word and a dash with the word before it (UnitEnd), so no penalty can buy them.
//
// The passes TeX makes: without hyphenation at its pretolerance 100 (most paragraphs end here, and
// no word is cut that need not be), with hyphenation at its tolerance 200, then an emergency pass
// that accepts any line that is not overfull, its badness not capped at TeX's 10000, so that a
// line twice as loose still costs more than the hyphens and breaks that would spread it. TeX's
// \emergencystretch exists because its capped badness cannot tell awful lines apart; an extra
// stretch on every line here only flattened the costs and made more lines loose (the Положение
// 9.4 % of lines over 2× without it, 12.2 % with 3 em; the consents 1.5 % and 14.4 %). The active list holds only breaks less than a line
// back (a break whose line grew past the width is dropped), so a paragraph costs linear time.
//
// Font expansion as pdfTeX's (microtype): a justified line's glyphs may widen or narrow by
// options.expansion (2 %), counted as stretch and shrink beside the spaces'. It took the
// Положение from 9.0 % of lines over 2× to 1.9 % and its 90th percentile from 1.87× to 1.34×; the
// lines left over 2× are forced by the Russian rules (an unbreakable date, the last word).
#include <algorithm>
#include <cmath>
#include <vector>

#include "render/pdf/line_units.h"

namespace nastavnik::render::pdf {

namespace {

constexpr float kStretch = 0.5f;  // at ratio 1 a space is 1.5 times its width
constexpr double kExpansionStep = 0.005;  // font expansion in steps of 0.5 %, as pdfTeX's
constexpr double kLinePenalty = 10;
constexpr double kHyphenPenalty = 50;
constexpr double kDoubleHyphenDemerits = 3000;
constexpr double kFinalHyphenDemerits = 5000;
constexpr double kAdjacentDemerits = 3000;
constexpr double kAwful = 10000;
constexpr double kPretolerance = 100;
constexpr double kTolerance = 200;
constexpr double kEmergency = 1e12;    // the last pass's tolerance: any line that is not overfull
constexpr double kEmergencyCap = 1e9;  // its badness cap, for a line with no space to stretch

struct Candidate {
  uint32_t end = 0;   // the line ends before this char
  uint32_t next = 0;  // and the next one starts here
  bool hyphen = false;
  bool flagged = false;  // inside a word: at a hyphen or the word's own dash
  bool forced = false;   // the paragraph's end or a hard break
};

struct Node {
  uint32_t start = 0;  // where the line after this break starts
  int prev = -1;
  int candidate = -1;
  int fitness = 1;  // 0 tight, 1 decent, 2 loose, 3 very loose
  uint32_t lines = 0;
  bool flagged = false;
  double total = 0;
};

// Prefix sums over the chars: natural width, width of spaces, count of fill-in chars.
struct Sums {
  std::vector<float> width, spaces;
  std::vector<uint32_t> fill;
  explicit Sums(const StyledText& t) : width(t.chars.size() + 1), spaces(t.chars.size() + 1), fill(t.chars.size() + 1) {
    for (size_t k = 0; k < t.chars.size(); ++k) {
      width[k + 1] = width[k] + t.advance[k];
      spaces[k + 1] = spaces[k] + (t.chars[k] == u' ' ? t.advance[k] : 0);
      fill[k + 1] = fill[k] + (IsFillIn(t.chars[k]) ? 1 : 0);
    }
  }
};

std::vector<Candidate> Candidates(const StyledText& t, const Hyphenator* hyph) {
  std::vector<Candidate> out;
  const std::u16string& ch = t.chars;
  const uint32_t n = static_cast<uint32_t>(ch.size());
  std::vector<int> points;
  std::vector<WordBreak> breaks;
  for (uint32_t i = 0; i < n;) {
    if (ch[i] == u'\n') {
      out.push_back(Candidate{i, i + 1, false, false, true});
      ++i;
      continue;
    }
    if (ch[i] == u' ') {
      ++i;
      continue;
    }
    float unused = 0;
    const uint32_t j = UnitEnd(t, i, &unused);
    uint32_t next = j;
    while (next < n && ch[next] == u' ') ++next;
    const bool last_word = next >= n || ch[next] == u'\n';
    WordBreaks(t, i, j, hyph, points, &breaks);
    for (const WordBreak& b : breaks) {
      // The last word of a paragraph is never hyphenated: a syllable alone on the last line.
      if (b.hyphen && last_word) continue;
      out.push_back(Candidate{b.at, b.at, b.hyphen, true, false});
    }
    if (next >= n) out.push_back(Candidate{j, n, false, false, true});
    else if (ch[next] != u'\n') out.push_back(Candidate{j, next, false, false, false});
    i = next;
  }
  return out;
}

class Breaker {
 public:
  Breaker(const StyledText& t, const BreakOptions& o, const Sums& sums) : t_(t), o_(o), sums_(sums) {}

  // The chosen breaks, or empty when some stretch of text cannot be set within tolerance.
  std::vector<TextLine> Run(const std::vector<Candidate>& candidates, double tolerance) {
    nodes_.assign(1, Node{});
    std::vector<int> active = {0};
    for (size_t c = 0; c < candidates.size(); ++c) {
      const Candidate& cand = candidates[c];
      double best[4] = {kInfinity, kInfinity, kInfinity, kInfinity};
      int from[4] = {-1, -1, -1, -1};
      size_t kept = 0;
      for (int a : active) {
        double d = 0;
        int fitness = 0;
        const Fit fit = Try(nodes_[a], cand, tolerance, &d, &fitness);
        if (fit == Fit::kOverfull) continue;  // every later candidate is further still
        active[kept++] = a;
        if (fit == Fit::kTooLoose) continue;
        const double total = nodes_[a].total + d;
        if (total < best[fitness]) {
          best[fitness] = total;
          from[fitness] = a;
        }
      }
      active.resize(kept);
      if (cand.forced) active.clear();  // nothing spans a hard break
      for (int f = 0; f < 4; ++f) {
        if (from[f] < 0) continue;
        Node node;
        node.start = cand.next;
        node.prev = from[f];
        node.candidate = static_cast<int>(c);
        node.fitness = f;
        node.lines = nodes_[from[f]].lines + 1;
        node.flagged = cand.flagged;
        node.total = best[f];
        active.push_back(static_cast<int>(nodes_.size()));
        nodes_.push_back(node);
      }
      if (active.empty()) return {};
    }
    int last = -1;
    for (int a : active) {
      if (last < 0 || nodes_[a].total < nodes_[last].total) last = a;
    }
    return Lines(candidates, last);
  }

 private:
  enum class Fit { kOk, kTooLoose, kOverfull };
  static constexpr double kInfinity = 1e300;

  // How far the line from `start` to cand must stretch (> 0) or shrink (< 0), in units of what its
  // spaces and, with font expansion, its glyphs can give: at 1 every space is 1.5 times its width
  // and every glyph 2 % wider. kInfinity when nothing can stretch; overfull past all shrink.
  struct Fill {
    double ratio = 0;
    bool overfull = false;
    bool ragged = false;
  };
  Fill Measure(uint32_t start, bool first_line, const Candidate& cand) const {
    Fill fill;
    const float avail = o_.width - (first_line ? o_.first_indent : 0);
    float natural = sums_.width[cand.end] - sums_.width[start];
    if (cand.hyphen) natural += t_.hyphen_advance[t_.style[cand.end - 1]];
    const float spaces = sums_.spaces[cand.end] - sums_.spaces[start];
    const float glyphs = (natural - spaces) * o_.expansion;
    fill.ragged = cand.forced || sums_.fill[cand.end] > sums_.fill[start];
    if (natural > avail + 0.01f) {
      const float shrink = spaces * o_.shrink + glyphs;
      fill.overfull = natural - shrink > avail + 0.01f;
      fill.ratio = shrink > 0 ? (avail - natural) / shrink : -kInfinity;
    } else if (!fill.ragged) {
      const float stretch = spaces * kStretch + glyphs;
      fill.ratio = stretch > 0 ? (avail - natural) / stretch : kInfinity;
    }
    return fill;
  }

  Fit Try(const Node& from, const Candidate& cand, double tolerance, double* demerits, int* fitness) const {
    const Fill fill = Measure(from.start, from.lines == 0, cand);
    if (fill.overfull) return Fit::kOverfull;
    const double ratio = fill.ratio;
    const bool ragged = fill.ragged;
    // Badness is capped at "awful" as in TeX, except in the last pass: there every line may be
    // awful, and an uncapped badness still prefers a line twice as loose to one ten times.
    const double cap = tolerance > kAwful ? kEmergencyCap : kAwful;
    const double badness = ratio >= kInfinity ? cap : std::min(cap, 100 * std::pow(std::fabs(ratio), 3));
    if (badness > tolerance) return Fit::kTooLoose;
    *fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
    const double penalty = cand.flagged ? kHyphenPenalty : 0;
    double d = (kLinePenalty + badness) * (kLinePenalty + badness) + penalty * penalty;
    if (cand.flagged && from.flagged) d += kDoubleHyphenDemerits;
    if (cand.forced && from.flagged) d += kFinalHyphenDemerits;
    if (std::abs(*fitness - from.fitness) > 1 && !ragged) d += kAdjacentDemerits;
    *demerits = d;
    return Fit::kOk;
  }

  std::vector<TextLine> Lines(const std::vector<Candidate>& candidates, int last) const {
    std::vector<TextLine> lines;
    for (int k = last; k > 0; k = nodes_[k].prev) {
      const Candidate& c = candidates[nodes_[k].candidate];
      const Node& from = nodes_[nodes_[k].prev];
      lines.push_back(TextLine{from.start, c.end, c.hyphen, c.forced, Scale(Measure(from.start, from.lines == 0, c))});
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
  }

  // pdfTeX's font expansion: the glyphs take the share of the stretch or shrink the ratio gives
  // them, in steps of 0.5 %, never past the limit (a line looser still widens its spaces alone).
  float Scale(const Fill& fill) const {
    if (o_.expansion <= 0 || (fill.ragged && fill.ratio >= 0)) return 1;
    const double share = std::clamp(fill.ratio, -1.0, 1.0) * o_.expansion;
    return static_cast<float>(1 + std::round(share / kExpansionStep) * kExpansionStep);
  }

  const StyledText& t_;
  const BreakOptions& o_;
  const Sums& sums_;
  std::vector<Node> nodes_;
};

}  // namespace

std::vector<TextLine> BreakTotalFit(const StyledText& t, const BreakOptions& o) {
  if (t.empty()) return {};
  const Sums sums(t);
  Breaker breaker(t, o, sums);
  std::vector<TextLine> lines = breaker.Run(Candidates(t, nullptr), kPretolerance);
  if (!lines.empty()) return lines;
  const std::vector<Candidate> candidates = Candidates(t, o.hyphenator);
  lines = breaker.Run(candidates, kTolerance);
  if (lines.empty()) lines = breaker.Run(candidates, kEmergency);
  return lines;
}

}  // namespace nastavnik::render::pdf
