// Justified paragraphs are broken by total-fit (total_fit.cc); ragged text (table cells, stamps,
// captions) greedily, which is linear and as good where spaces do not stretch.
#include "render/pdf/text_layout.h"

#include <algorithm>

#include "base/utf8.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/line_units.h"

namespace nastavnik::render::pdf {

namespace {

bool IsBold(Face f) { return f == Face::kBold || f == Face::kBoldItalic; }
bool IsItalic(Face f) { return f == Face::kItalic || f == Face::kBoldItalic; }

bool IsDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

bool IsLetter(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || IsRussianLetter(c);
}

// The word [from, to) is a one-letter word (also after an opening bracket or quote: "(в"),
// "№", "§", an initial such as "И." or a one-letter abbreviation such as "т.".
bool BindsToNext(const std::u16string& ch, uint32_t from, uint32_t to) {
  if (to - from == 2 && (ch[from] == u'(' || ch[from] == u'«' || ch[from] == u'"') && IsLetter(ch[from + 1])) {
    return true;
  }
  if (to - from == 1) return IsLetter(ch[from]) || ch[from] == u'№' || ch[from] == u'§';
  // An initial («И.») or a one-letter abbreviation («т. е.», «г. Вятка»).
  if (to - from == 2) return IsLetter(ch[from]) && ch[from + 1] == u'.';
  return false;
}

// True when a line boundary at `at` falls inside a word: no space on either side.
bool CutInWord(const std::u16string& ch, size_t at) {
  return at > 0 && at < ch.size() && !IsSpace(ch[at - 1]) && !IsSpace(ch[at]);
}

// The rightmost place inside the unit [i, j) where it may break with its first part fitting
// into room; 0 when there is none. *hyphen says whether a "-" must be added.
uint32_t SplitWord(const StyledText& t, uint32_t i, uint32_t j, float room, const Hyphenator* hyph,
                   std::vector<int>& points, bool* hyphen) {
  std::vector<WordBreak> breaks;
  WordBreaks(t, i, j, hyph, points, &breaks);
  uint32_t best = 0;
  *hyphen = false;
  for (const WordBreak& b : breaks) {
    const float w = Span(t, i, b.at) + (b.hyphen ? t.hyphen_advance[t.style[b.at - 1]] : 0);
    if (w > room) break;
    best = b.at;
    *hyphen = b.hyphen;
  }
  return best;
}

// Made of digits and "+()-" only, with a digit.
bool NumberLike(const std::u16string& ch, uint32_t from, uint32_t to) {
  bool digit = false;
  for (uint32_t k = from; k < to; ++k) {
    const char16_t c = ch[k];
    if (c >= u'0' && c <= u'9') digit = true;
    else if (c != u'+' && c != u'(' && c != u')' && c != u'-') return false;
  }
  return digit;
}

// «по» or «до» before a number or a date, "с 15.09.2025 по 29.05.2026", "до 5 раз": alone at the
// end of a line in a narrow column it reads as a stray word, and a period's end loses its "по".
// «от» is left free: "от 25.12.2019 № Р-145" bound into one piece spaced a justified line at 5×.
bool ShortWordBeforeNumber(const std::u16string& ch, uint32_t from, uint32_t mid, uint32_t to) {
  if (mid - from != 2 || mid + 1 >= to || !IsDigit(ch[mid + 1])) return false;
  const std::u16string_view word(ch.data() + from, 2);
  return word == u"по" || word == u"до" || word == u"По" || word == u"До";
}

// Two words of a phone number, "+7 (900) 123-45-67": the space between them never breaks.
bool PhoneParts(const std::u16string& ch, uint32_t from, uint32_t mid, uint32_t to) {
  if (!NumberLike(ch, from, mid) || !NumberLike(ch, mid + 1, to)) return false;
  const std::u16string_view a(ch.data() + from, mid - from), b(ch.data() + mid + 1, to - mid - 1);
  return a.find_first_of(u"+(") != a.npos || b.find_first_of(u"(-") != b.npos;
}

// A unit that reads as an address: an e-mail or a URL breaks at its punctuation, not at a hyphen.
bool LooksLikeAddress(const std::u16string& ch, uint32_t i, uint32_t j) {
  const std::u16string_view v(ch.data() + i, j - i);
  return v.find(u'@') != v.npos || v.find(u"://") != v.npos || v.find(u"www.") != v.npos;
}

bool IsAddressBreakAfter(char16_t c) {
  return std::u16string_view(u"/.?&=#_-").find(c) != std::u16string_view::npos;
}

}  // namespace

float Span(const StyledText& t, uint32_t from, uint32_t to) {
  float w = 0;
  for (uint32_t k = from; k < to; ++k) w += t.advance[k];
  return w;
}

void WordBreaks(const StyledText& t, uint32_t i, uint32_t j, const Hyphenator* hyph, std::vector<int>& points,
                std::vector<WordBreak>* out) {
  out->clear();
  const std::u16string& ch = t.chars;
  if (LooksLikeAddress(ch, i, j)) {
    for (uint32_t k = i + 1; k + 1 < j; ++k) {
      if (ch[k] == u'@') out->push_back(WordBreak{k, false});
      else if (IsAddressBreakAfter(ch[k]) && !IsAddressBreakAfter(ch[k + 1])) out->push_back(WordBreak{k + 1, false});
    }
    return;
  }
  for (uint32_t k = i + 1; k + 1 < j; ++k) {
    if (!IsBreakAfter(ch[k]) || ch[k + 1] == u' ' || ch[k - 1] == u' ') continue;
    // A number, a phone, a range or a document's number stays whole: "123-45-67", "2025/2026",
    // "5–9", "№ 152-ФЗ", "№ Р-145", "№ МР-42/02" (a digit on either side of the dash or slash).
    if (IsDigit(ch[k - 1]) || IsDigit(ch[k + 1])) continue;
    out->push_back(WordBreak{k + 1, false});
  }
  if (!hyph) return;
  const size_t dashes = out->size();
  for (uint32_t k = i; k < j;) {
    if (!IsRussianLetter(ch[k])) {
      ++k;
      continue;
    }
    uint32_t r = k;
    int upper = 0;
    while (r < j && IsRussianLetter(ch[r])) {
      const char16_t c = ch[r];
      if ((c >= 0x0410 && c <= 0x042F) || c == 0x0401) ++upper;
      ++r;
    }
    // Abbreviations (МБОУ, ФГОС) are never broken.
    if (r - k >= 5 && upper < 2) {
      hyph->Points(std::u16string_view(ch.data() + k, r - k), &points);
      for (int p : points) out->push_back(WordBreak{k + static_cast<uint32_t>(p), true});
    }
    k = r;
  }
  if (dashes > 0 && out->size() > dashes) {
    std::sort(out->begin(), out->end(), [](const WordBreak& a, const WordBreak& b) { return a.at < b.at; });
  }
}

bool PrintsNothing(char32_t c) {
  return c < 0x20 || c == 0x00AD || c == 0x200B || c == 0xFEFF || (c >= 0x7F && c < 0xA0);
}

Status MissingGlyph(Measurer& measurer, Face face, char32_t c) {
  if (!measurer.status().ok()) return measurer.status();
  return Status::Input("символ " + utf8::CodePointName(c) + " «" + utf8::Encode(c) + "» отсутствует в шрифте " +
                       measurer.FontName(face) + "; замените его или уберите из текста");
}

std::string EncodeUtf8(std::u16string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size()) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    }
    utf8::Append(&out, c);
  }
  return out;
}

uint16_t TextBuilder::StyleIndex(const TextStyle& style) {
  for (size_t i = 0; i < out_->styles.size(); ++i) {
    if (out_->styles[i] == style) return static_cast<uint16_t>(i);
  }
  out_->styles.push_back(style);
  float hyphen = measurer_.Advance(style.face, U'-');
  out_->hyphen_advance.push_back(std::max(hyphen, 0.0f) * style.size);
  return static_cast<uint16_t>(out_->styles.size() - 1);
}

Status TextBuilder::AppendChar(char32_t c, uint16_t style_index) {
  std::u16string& chars = out_->chars;
  if (c == U'\t' || c == U'\n' || c == U'\r') c = U' ';
  if (c == U' ') {
    if (chars.empty() || IsSpace(chars.back())) return Status::Ok();
  } else if (PrintsNothing(c)) {
    // Controls, soft hyphens and zero-width spaces print nothing; we hyphenate ourselves.
    return Status::Ok();
  }
  const TextStyle& style = out_->styles[style_index];
  float advance = c <= 0xFFFF ? measurer_.Advance(style.face, c) : -1.0f;
  if (advance < 0) return MissingGlyph(measurer_, style.face, c);
  chars.push_back(static_cast<char16_t>(c));
  out_->style.push_back(style_index);
  out_->advance.push_back(advance * style.size);
  return Status::Ok();
}

Status TextBuilder::Append(std::string_view utf8, const TextStyle& style) {
  uint16_t index = StyleIndex(style);
  for (char32_t c : utf8::Decode(utf8)) {
    Status s = AppendChar(c, index);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status TextBuilder::AppendInlines(const std::vector<doc::Inline>& inlines, const TextStyle& style) {
  for (const doc::Inline& in : inlines) {
    TextStyle s = style;
    Status status;
    switch (in.kind) {
      case doc::InlineKind::kText:
        status = Append(in.text, s);
        break;
      case doc::InlineKind::kEmphasis:
        if (s.face != Face::kMono) s.face = StyledFace(IsBold(s.face), true);
        status = AppendInlines(in.children, s);
        break;
      case doc::InlineKind::kStrong:
        if (s.face != Face::kMono) s.face = StyledFace(true, IsItalic(s.face));
        status = AppendInlines(in.children, s);
        break;
      case doc::InlineKind::kStrike:
        s.strike = true;
        status = AppendInlines(in.children, s);
        break;
      case doc::InlineKind::kCode:
        s.face = Face::kMono;
        s.size = style.size * 0.9f;
        status = Append(in.text, s);
        break;
      case doc::InlineKind::kLink:
        s.color = kLinkBlue;
        s.underline = true;
        s.link = static_cast<int>(out_->urls.size());
        out_->urls.push_back(in.url);
        status = in.children.empty() ? Append(in.url, s) : AppendInlines(in.children, s);
        break;
      case doc::InlineKind::kSoftBreak:
        status = Append(" ", s);
        break;
      case doc::InlineKind::kLineBreak:
        LineBreak();
        break;
    }
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

void TextBuilder::LineBreak() {
  std::u16string& chars = out_->chars;
  if (!chars.empty() && chars.back() == u' ') {
    chars.pop_back();
    out_->style.pop_back();
    out_->advance.pop_back();
  }
  if (chars.empty()) return;
  chars.push_back(u'\n');
  out_->style.push_back(out_->style.back());
  out_->advance.push_back(0);
}

void TextBuilder::Finish() {
  std::u16string& chars = out_->chars;
  while (!chars.empty() && IsSpace(chars.back())) {
    chars.pop_back();
    out_->style.pop_back();
    out_->advance.pop_back();
  }
}

LineAlign Resolve(doc::Align align, LineAlign fallback) {
  switch (align) {
    case doc::Align::kLeft: return LineAlign::kLeft;
    case doc::Align::kCenter: return LineAlign::kCenter;
    case doc::Align::kRight: return LineAlign::kRight;
    case doc::Align::kJustify: return LineAlign::kJustify;
    case doc::Align::kDefault: break;
  }
  return fallback;
}

// The end of the unbreakable unit that starts at word start i, and its width. Russian
// typesetting binds a one-letter word (в, и, с), "№", an initial ("И.") and «по», «до» before a
// number to the word after it, and a spaced dash to the word before it: the
// space between never breaks.
uint32_t UnitEnd(const StyledText& t, uint32_t i, float* width) {
  const std::u16string& ch = t.chars;
  const uint32_t n = static_cast<uint32_t>(ch.size());
  uint32_t j = i;
  float ww = 0;
  while (j < n && !IsSpace(ch[j])) ww += t.advance[j++];
  for (uint32_t sub = i; j + 1 < n && ch[j] == u' ' && !IsSpace(ch[j + 1]);) {
    const char16_t next = ch[j + 1];
    const bool dash_next = (next == u'—' || next == u'–') && (j + 2 >= n || IsSpace(ch[j + 2]));
    // Nor does a line start with what closes or follows a word: "70 %", "слово )".
    const bool closing_next = std::u16string_view(u"%‰),.;:!?»").find(next) != std::u16string_view::npos;
    uint32_t k = j + 1;
    while (k < n && !IsSpace(ch[k])) ++k;
    if (!BindsToNext(ch, sub, j) && !dash_next && !closing_next && !PhoneParts(ch, sub, j, k) &&
        !ShortWordBeforeNumber(ch, sub, j, k)) {
      break;
    }
    ww += Span(t, j, k);
    sub = j + 1;
    j = k;
  }
  *width = ww;
  return j;
}

namespace {

bool IsWordLetter(char16_t c) { return IsLetter(c) || (c >= u'0' && c <= u'9'); }

uint32_t EmergencyCut(const StyledText& t, uint32_t i, uint32_t j, float avail, bool* hyphen) {
  const std::u16string& ch = t.chars;
  float x = t.advance[i];
  uint32_t k = i + 1;
  while (k < j && x + t.advance[k] <= avail) x += t.advance[k++];
  *hyphen = false;
  // An address cut inside a word shows no hyphen: a reader would type it into the address.
  uint32_t unit = i;
  while (unit > 0 && !IsSpace(ch[unit - 1]) && ch[unit - 1] != u'\n') --unit;
  if (LooksLikeAddress(ch, unit, j)) return k;
  if (k < j && IsWordLetter(ch[k]) && IsWordLetter(ch[k - 1])) {
    while (k > i + 2 && x + t.hyphen_advance[t.style[k - 1]] > avail) x -= t.advance[--k];
    *hyphen = k > i + 1 && IsWordLetter(ch[k - 1]);
  }
  while (k > i + 1 && ch[k - 1] == u' ') --k;  // a bound unit cut at its space
  return k;
}

}  // namespace

std::vector<TextLine> BreakLines(const StyledText& t, const BreakOptions& o) {
  if (o.total_fit) {
    std::vector<TextLine> lines = BreakTotalFit(t, o);
    if (!lines.empty() || t.empty()) return lines;
  }
  std::vector<TextLine> lines;
  const std::u16string& ch = t.chars;
  const uint32_t n = static_cast<uint32_t>(ch.size());
  if (n == 0) return lines;
  std::vector<int> points;
  uint32_t i = 0;
  uint32_t line_start = 0;
  uint32_t word_end = 0;  // end of the line's last word; == line_start while the line is empty
  float avail = o.width - o.first_indent;
  float w = 0;
  float shrink = 0;  // how much the spaces on the line may give
  auto finish = [&](uint32_t end, bool hyphen, bool last, uint32_t next) {
    lines.push_back(TextLine{line_start, end, hyphen, last});
    line_start = word_end = i = next;
    avail = o.width;
    w = 0;
    shrink = 0;
  };
  while (i < n) {
    if (ch[i] == u'\n') {
      finish(word_end, false, true, i + 1);
      continue;
    }
    if (ch[i] == u' ') {
      ++i;
      continue;
    }
    float ww = 0;
    const uint32_t j = UnitEnd(t, i, &ww);
    const bool empty = word_end == line_start;
    const float gap = empty ? 0 : Span(t, word_end, i);
    // Justified lines may squeeze their spaces a little rather than leave a wide line.
    const float squeeze = shrink + gap * o.shrink;
    if (w + gap + ww <= avail + squeeze + 0.01f) {
      w += gap + ww;
      shrink = squeeze;
      word_end = i = j;
      continue;
    }
    bool hyphen = false;
    // The last word before a hard break or the paragraph's end goes to the next line whole rather
    // than leave its syllable alone there («ра-» / «боте,»); only a word wider than a whole line
    // (a narrow table column) is hyphenated, better than an emergency cut («математик-» / «и»).
    uint32_t after = j;
    while (after < n && ch[after] == u' ') ++after;
    const bool last_word = after >= n || ch[after] == u'\n';
    const bool full_enough = !empty && w >= o.keep_words_above * avail && ww <= avail;
    const Hyphenator* hyph = (last_word && !empty) || full_enough ? nullptr : o.hyphenator;
    uint32_t k = SplitWord(t, i, j, avail - w - gap + squeeze, hyph, points, &hyphen);
    if (k > i) {
      finish(k, hyphen, false, k);
    } else if (empty) {
      // A word longer than the line with no break that fits: cut it where it overflows, with a
      // hyphen between two letters so the cut reads as one.
      k = EmergencyCut(t, i, j, avail, &hyphen);
      uint32_t next = k;
      while (next < j && ch[next] == u' ') ++next;
      finish(k, hyphen, false, next);
    } else {
      finish(word_end, false, false, i);
    }
  }
  if (word_end > line_start) finish(word_end, false, true, n);
  else if (!lines.empty()) lines.back().last = true;
  return lines;
}

float LineWidth(const StyledText& t, const TextLine& line) {
  float w = Span(t, line.begin, line.end);
  if (line.hyphen && line.end > line.begin) w += t.hyphen_advance[t.style[line.end - 1]];
  return w;
}

namespace {

// Calls visit(begin, end, width) for each unit the line breaker keeps whole, in order.
template <typename Visit>
void ForEachUnit(const StyledText& t, Visit visit) {
  const uint32_t n = static_cast<uint32_t>(t.chars.size());
  for (uint32_t i = 0; i < n;) {
    if (IsSpace(t.chars[i])) {
      ++i;
      continue;
    }
    float w = 0;
    const uint32_t j = UnitEnd(t, i, &w);
    visit(i, j, w);
    i = j;
  }
}

}  // namespace

float MaxWordWidth(const StyledText& t) {
  // Measured by the units the line breaker keeps whole, so a column this wide never cuts one.
  float best = 0;
  ForEachUnit(t, [&](uint32_t, uint32_t, float w) { best = std::max(best, w); });
  return best;
}

float MinPieceWidth(const StyledText& t, const Hyphenator* hyph) {
  float best = 0;
  std::vector<int> points;
  std::vector<WordBreak> breaks;
  ForEachUnit(t, [&](uint32_t i, uint32_t j, float) {
    WordBreaks(t, i, j, hyph, points, &breaks);
    uint32_t from = i;
    for (const WordBreak& b : breaks) {
      best = std::max(best, Span(t, from, b.at) + (b.hyphen ? t.hyphen_advance[t.style[b.at - 1]] : 0));
      from = b.at;
    }
    best = std::max(best, Span(t, from, j));
  });
  return best;
}

namespace {

// A part of a phrase ends at a unit closing with a comma or a semicolon, or at a line break.
bool EndsPhrase(const std::u16string& ch, uint32_t end) {
  return end >= ch.size() || ch[end] == u'\n' || ch[end - 1] == u',' || ch[end - 1] == u';';
}

bool EndsWithDash(const std::u16string& ch, uint32_t begin, uint32_t end) {
  return end > begin + 1 && (ch[end - 1] == u'–' || ch[end - 1] == u'—') && ch[end - 2] == u' ';
}

struct PhraseUnit {
  uint32_t begin, end;
  float width;
};

// The width a part asks for: whole when short, else each side of its dashes when short, else its
// widest unit.
float PartWidth(const StyledText& t, const std::vector<PhraseUnit>& units, int words) {
  if (units.empty()) return 0;
  float widest = 0;
  for (const PhraseUnit& u : units) widest = std::max(widest, u.width);
  if (units.size() <= static_cast<size_t>(words)) return std::max(widest, Span(t, units.front().begin, units.back().end));
  float best = widest;
  for (size_t from = 0; from < units.size();) {
    size_t to = from;
    while (to + 1 < units.size() && !EndsWithDash(t.chars, units[to].begin, units[to].end)) ++to;
    if (to - from < static_cast<size_t>(words)) best = std::max(best, Span(t, units[from].begin, units[to].end));
    from = to + 1;
  }
  return best;
}

}  // namespace

float MaxPhraseWidth(const StyledText& t, int words) {
  float best = 0;
  std::vector<PhraseUnit> part;
  ForEachUnit(t, [&](uint32_t i, uint32_t j, float w) {
    part.push_back(PhraseUnit{i, j, w});
    if (EndsPhrase(t.chars, j)) {
      best = std::max(best, PartWidth(t, part, words));
      part.clear();
    }
  });
  return std::max(best, PartWidth(t, part, words));
}

float MaxLineWidth(const StyledText& t) {
  float best = 0;
  float w = 0;
  for (size_t k = 0; k < t.chars.size(); ++k) {
    if (t.chars[k] == u'\n') {
      w = 0;
      continue;
    }
    w += t.advance[k];
    best = std::max(best, w);
  }
  return best;
}

void PlaceLine(const StyledText& t, const TextLine& line, float x, float baseline, float width,
               LineAlign align, Content* out) {
  if (line.end <= line.begin) return;
  // The breaker's font expansion (1 for all but justified lines) scales every glyph and space.
  const float scale = line.scale;
  const float natural = LineWidth(t, line) * scale;
  int spaces = 0;
  bool fill_in = false;
  for (uint32_t k = line.begin; k < line.end; ++k) {
    spaces += t.chars[k] == u' ';
    fill_in = fill_in || IsFillIn(t.chars[k]);
  }
  float extra = 0;
  float cx = x;
  if (align == LineAlign::kCenter) cx += (width - natural) / 2;
  if (align == LineAlign::kRight) cx += width - natural;
  // A line to be filled in by hand keeps its rules as long as they were written: stretching its
  // spaces would only open gaps between the rule and its words.
  if (align == LineAlign::kJustify && !line.last && !fill_in && spaces > 0) extra = (width - natural) / spaces;
  // A line the breaker squeezed to fit has negative extra space, even when it is the last.
  if (natural > width && spaces > 0) extra = (width - natural) / spaces;
  // A word cut at a line end reads whole (see ActualText): the cut's last glyph, the hyphen the
  // breaker added or the word's own "-", "/", reads as itself and the rest of the word; that rest,
  // at the start of the next line, reads as nothing. A line that is all rest (a word cut twice)
  // reads as nothing: the first cut said it all.
  const std::u16string& ch = t.chars;
  uint32_t carried = line.begin;
  if (CutInWord(ch, line.begin)) {
    while (carried < line.end && !IsSpace(ch[carried])) ++carried;
  }
  const bool cut = !line.last && carried < line.end && CutInWord(ch, line.end);
  std::u16string rest;
  if (cut) {
    if (!line.hyphen) rest.push_back(ch[line.end - 1]);
    for (size_t r = line.end; r < ch.size() && !IsSpace(ch[r]); ++r) rest.push_back(ch[r]);
  }
  uint32_t k = line.begin;
  while (k < line.end) {
    const uint16_t s = t.style[k];
    const TextStyle& st = t.styles[s];
    TextRun run;
    run.x = cx;
    run.y = baseline;
    run.size = st.size;
    run.face = st.face;
    run.color = st.color;
    run.word_spacing = extra;
    run.scale = scale;
    const float start = cx;
    float ink_end = cx;
    const uint32_t run_begin = k;
    while (k < line.end && t.style[k] == s) {
      run.text.push_back(t.chars[k]);
      cx += t.advance[k] * scale;
      if (t.chars[k] == u' ') cx += extra;
      else ink_end = cx;
      ++k;
    }
    if (carried > run_begin) run.actual.push_back(ActualText{0, std::min(carried, k) - run_begin, {}});
    if (k == line.end && line.hyphen) {
      run.text.push_back(u'-');
      cx += t.hyphen_advance[s] * scale;
      ink_end = cx;
      if (carried == line.end && carried > line.begin) ++run.actual.back().end;
    }
    if (k == line.end && cut) {
      const uint32_t last = static_cast<uint32_t>(run.text.size()) - 1;
      run.actual.push_back(ActualText{last, last + 1, std::move(rest)});
    }
    const float thickness = st.size * 0.05f;
    if (st.underline) {
      float y = baseline + st.size * 0.11f;
      out->strokes.push_back(Stroke{start, y, ink_end, y, thickness, st.color});
    }
    if (st.strike) {
      float y = baseline - st.size * 0.26f;
      out->strokes.push_back(Stroke{start, y, ink_end, y, thickness, st.color});
    }
    if (st.link >= 0) {
      out->links.push_back(LinkArea{start, baseline - st.size * 0.9f, ink_end - start, st.size * 1.15f,
                                    t.urls[st.link], kUntagged});
    }
    out->texts.push_back(std::move(run));
  }
  // A line that ends at a space or a hard break keeps one space in the text layer, where it prints
  // nothing: a reader joining the tagged text of a paragraph (poppler's structure reader, screen
  // readers) would otherwise run the last word of a line into the first word of the next.
  if (!cut && line.end < ch.size() && IsSpace(ch[line.end])) out->texts.back().text.push_back(u' ');
}

LineMetrics MetricsFor(Measurer& measurer, Face face, float size, float spacing) {
  const float ascent = measurer.Ascent(face) * size;
  const float descent = measurer.Descent(face) * size;
  LineMetrics m;
  // 1.15 em is the "single" line of Times New Roman in office suites; spacing multiplies it.
  m.height = size * 1.15f * spacing;
  m.baseline = (m.height - ascent - descent) / 2 + ascent;
  return m;
}

}  // namespace nastavnik::render::pdf
