#include "base/typography.h"

#include <algorithm>

#include "base/utf8.h"

namespace nastavnik::typography {
namespace {

constexpr char32_t kNoBreak = 0x00A0, kThin = 0x202F, kEmDash = 0x2014, kMinus = 0x2212,
                   kEllipsis = 0x2026;

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == kNoBreak || c == kThin; }
bool IsDigit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool IsUpper(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= 0x410 && c <= 0x42F) || c == 0x401; }
bool IsLower(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= 0x430 && c <= 0x44F) || c == 0x451; }
bool IsLetter(char32_t c) { return IsUpper(c) || IsLower(c); }
// Where a word may start: the paragraph's start, a space, an opening bracket, quote or dash.
bool OpensWord(char32_t c) {
  return c == 0 || IsSpace(c) || std::u32string_view(U"([{«„-\u2014\u2013/").find(c) != std::u32string_view::npos;
}

// а, в, и, к, о, с, у: prepositions and conjunctions that must not end a line.
bool OneLetterWord(char32_t c) {
  return std::u32string_view(U"авикосуАВИКОСУ").find(c) != std::u32string_view::npos;
}

// A token that is a URL or an e-mail address: kept exactly as written.
bool IsAddress(std::u32string_view token) {
  for (std::u32string_view mark : {U"://", U"www.", U"mailto:", U"@"}) {
    if (token.find(mark) != std::u32string_view::npos) return true;
  }
  return false;
}

// Numbers that are codes, not quantities: a phone, a tax or postal code is never grouped.
bool IsCodeWord(std::u32string_view word) {
  for (std::u32string_view code : {U"инн", U"кпп", U"огрн", U"огрнип", U"окпо", U"октмо", U"бик", U"снилс",
                                   U"индекс", U"тел", U"телефон", U"счёт", U"счет"}) {
    if (word.size() != code.size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) {
      char32_t a = word[i];
      if (a >= 0x410 && a <= 0x42F) a += 0x20;
      if (a == 0x401) a = 0x451;
      same = a == code[i];
    }
    if (same) return true;
  }
  return false;
}

// The word before position end of out, skipping spaces, № and a colon: "ИНН: 12345".
std::u32string_view WordBefore(const std::u32string& out) {
  size_t end = out.size();
  while (end > 0 && (IsSpace(out[end - 1]) || out[end - 1] == U':' || out[end - 1] == U'№')) --end;
  size_t start = end;
  while (start > 0 && IsLetter(out[start - 1])) --start;
  return std::u32string_view(out).substr(start, end - start);
}

class Run {
 public:
  Run(std::u32string_view in, char32_t prev, int* depth) : in_(in), prev_(prev), depth_(depth) {}

  std::u32string Go() {
    while (i_ < in_.size()) Step();
    return out_;
  }
  char32_t last() const { return out_.empty() ? prev_ : out_.back(); }

 private:
  std::u32string_view in_;
  char32_t prev_;
  int* depth_;
  std::u32string out_;
  size_t i_ = 0;

  char32_t Prev() const { return out_.empty() ? prev_ : out_.back(); }
  char32_t At(size_t k) const { return k < in_.size() ? in_[k] : 0; }
  void Put(char32_t c) { out_ += c; ++i_; }
  // The space just written becomes a no-break space.
  void TieBack() {
    if (!out_.empty() && out_.back() == U' ') out_.back() = kNoBreak;
  }

  void Step() {
    char32_t c = in_[i_];
    if (OpensWord(Prev()) && !IsSpace(c) && Address()) return;
    if (c == U'"') return Quote();
    if (c == U'«' || c == U'»') return Guillemet(c);
    if (c == U'.' && At(i_ + 1) == U'.' && At(i_ + 2) == U'.') {
      out_ += kEllipsis;
      i_ += 3;
      return;
    }
    // A spaced en dash is a dash already (the methodology writes «ученик – ученик»): left as is.
    if (c == U'-') return Hyphen(c);
    if (IsDigit(c) && !IsDigit(Prev())) return Number();
    if (c == U' ') return Space();
    if ((c == U'№' || c == U'§') && IsDigit(At(i_ + 1))) {
      Put(c);
      out_ += kNoBreak;
      return;
    }
    Put(c);
  }

  bool Address() {
    size_t end = i_;
    while (end < in_.size() && !IsSpace(in_[end])) ++end;
    std::u32string_view token = in_.substr(i_, end - i_);
    if (!IsAddress(token)) return false;
    // Trailing punctuation belongs to the sentence, not the address.
    while (!token.empty() && std::u32string_view(U".,;:!?)»\"").find(token.back()) != std::u32string_view::npos) {
      token.remove_suffix(1);
    }
    out_.append(token);
    i_ += token.size();
    return true;
  }

  void Quote() {
    if (OpensWord(Prev()) || Prev() == U'«' || Prev() == U'„') {
      out_ += (*depth_ % 2 == 0) ? U'«' : U'„';
      ++*depth_;
    } else {
      *depth_ = std::max(0, *depth_ - 1);
      out_ += (*depth_ % 2 == 0) ? U'»' : U'“';
    }
    ++i_;
  }

  // Guillemets typed by hand nest like straight quotes: inner ones become „лапки“.
  void Guillemet(char32_t c) {
    if (c == U'«') {
      out_ += (*depth_ % 2 == 0) ? U'«' : U'„';
      ++*depth_;
    } else {
      *depth_ = std::max(0, *depth_ - 1);
      out_ += (*depth_ % 2 == 0) ? U'»' : U'“';
    }
    ++i_;
  }

  void Hyphen(char32_t c) {
    size_t n = 1;
    while (At(i_ + n) == U'-' && n < 3) ++n;
    bool spaced_before = Prev() == 0 || IsSpace(Prev());
    bool spaced_after = At(i_ + n) == 0 || IsSpace(At(i_ + n));
    if (spaced_before && spaced_after) {
      TieBack();
      out_ += kEmDash;
      i_ += n;
      return;
    }
    if (n == 1 && (Prev() == 0 || IsSpace(Prev()) || Prev() == U'(') && IsDigit(At(i_ + 1))) {
      out_ += kMinus;
      ++i_;
      return;
    }
    for (size_t k = 0; k < n; ++k) Put(in_[i_]);
  }

  void Number() {
    size_t end = i_;
    while (end < in_.size() && IsDigit(in_[end])) ++end;
    size_t len = end - i_;
    char32_t before = Prev(), after = At(end);
    bool part_of_code = before == U'+' || before == U'.' || before == U',' || before == U'/' || before == U'-' ||
                        IsLetter(before) || IsLetter(after) || after == U'/' || after == U'-' ||
                        (after == U'.' && IsDigit(At(end + 1))) || IsCodeWord(WordBefore(out_));
    bool postal = len == 6 && (after == U',' || before == 0);
    bool group = len >= 5 && len <= 9 && !part_of_code && !postal;
    for (size_t k = 0; k < len; ++k) {
      if (group && k > 0 && (len - k) % 3 == 0) out_ += kThin;
      out_ += in_[i_ + k];
    }
    i_ = end;
    // 70% and 70 % → «70 %» with a no-break space: one way to write a percentage (ГОСТ 8.417).
    size_t spaces = 0;
    while (At(i_ + spaces) == U' ' || At(i_ + spaces) == kNoBreak || At(i_ + spaces) == kThin) ++spaces;
    if (At(i_ + spaces) == U'%') {
      out_ += kNoBreak;
      i_ += spaces;
    }
  }

  void Space() {
    char32_t p = Prev();
    size_t n = out_.size();
    // After №, §, a one-letter preposition or conjunction, an initial («А. С. Пушкин»).
    bool tie = p == U'№' || p == U'§';
    if (!tie && n >= 1 && OneLetterWord(out_[n - 1])) tie = OpensWord(n >= 2 ? out_[n - 2] : prev_);
    if (!tie && n >= 2 && out_[n - 1] == U'.' && IsUpper(out_[n - 2]) && IsUpper(At(i_ + 1))) {
      tie = OpensWord(n >= 3 ? out_[n - 3] : prev_);
    }
    // Before initials that follow a surname («Пушкин А. С.»), not before those that open a name
    // («подписал А. С. Пушкин»).
    if (!tie && IsLetter(p) && IsUpper(At(i_ + 1)) && At(i_ + 2) == U'.') {
      size_t end = i_ + 3;
      if (At(end) == U' ' && IsUpper(At(end + 1)) && At(end + 2) == U'.') end += 3;
      tie = !(At(end) == U' ' && IsUpper(At(end + 1)));
    }
    out_ += tie ? kNoBreak : U' ';
    ++i_;
  }
};

void TypesetInlines(std::vector<doc::Inline>* inlines, Typesetter* t) {
  for (doc::Inline& in : *inlines) {
    switch (in.kind) {
      case doc::InlineKind::kText: in.text = t->Text(in.text); break;
      case doc::InlineKind::kCode: t->Verbatim(in.text); break;
      case doc::InlineKind::kSoftBreak:
      case doc::InlineKind::kLineBreak: t->Break(); break;
      case doc::InlineKind::kLink:
        // An address shown as its own text («https://…», an e-mail) stays as written.
        if (in.children.size() == 1 && in.children[0].kind == doc::InlineKind::kText &&
            in.url.find(in.children[0].text) != std::string::npos) {
          t->Verbatim(in.children[0].text);
          break;
        }
        TypesetInlines(&in.children, t);
        break;
      default: TypesetInlines(&in.children, t); break;
    }
  }
}

void TypesetParagraph(std::vector<doc::Inline>* inlines) {
  Typesetter t;
  TypesetInlines(inlines, &t);
}

}  // namespace

std::string Typesetter::Text(std::string_view run) {
  const std::u32string decoded = utf8::Decode(run);  // Run only views it
  Run r(decoded, prev_, &depth_);
  std::u32string out = r.Go();
  prev_ = r.last();
  std::string bytes;
  for (char32_t c : out) utf8::Append(&bytes, c);
  return bytes;
}

void Typesetter::Verbatim(std::string_view run) {
  if (!run.empty()) prev_ = U'x';
}

std::string Typeset(std::string_view text) {
  Typesetter t;
  return t.Text(text);
}

void TypesetBlocks(std::vector<doc::Block>* blocks) {
  for (doc::Block& b : *blocks) {
    if (b.kind == doc::BlockKind::kCode) continue;
    TypesetParagraph(&b.inlines);
    for (auto& row : b.table.rows) {
      for (doc::TableCell& cell : row) TypesetParagraph(&cell.inlines);
    }
    TypesetBlocks(&b.children);
  }
}

}  // namespace nastavnik::typography
