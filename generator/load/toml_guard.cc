#include "load/toml_guard.h"

#include <cstdio>
#include <cstring>

#include "base/utf8.h"

namespace nastavnik::load {
namespace {

enum class State { kNormal, kComment, kBasic, kLiteral, kMultiBasic, kMultiLiteral };

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string Escape(char32_t cp) {
  char buf[16];
  if (cp <= 0xFFFF) {
    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
  } else {
    std::snprintf(buf, sizeof buf, "\\U%08X", static_cast<unsigned>(cp));
  }
  return buf;
}

class Guard {
 public:
  Guard(std::string_view text, const std::string& path, int line_offset)
      : s_(text), path_(path), line_offset_(line_offset), line_(1 + line_offset) {}

  Result<GuardedToml> Run() {
    if (size_t bad = utf8::FirstInvalid(s_); bad != std::string_view::npos) {
      MoveTo(bad);
      return Status::Input("недопустимый байт " + utf8::HexByte(static_cast<unsigned char>(s_[bad])) + ": файл не в кодировке UTF-8; сохраните его в UTF-8",
                           Here());
    }
    while (i_ < s_.size()) {
      if (Status s = Step(); !s.ok()) return s;
    }
    if (!rewritten_) {
      out_.text.assign(s_);
      return std::move(out_);
    }
    out_.text.append(s_.substr(copied_));
    return std::move(out_);
  }

 private:
  Location Here() const { return Location{path_, line_, column_}; }

  // Advances the line and column counters up to byte offset `to`.
  void MoveTo(size_t to) {
    for (; i_ < to && i_ < s_.size(); ++i_) {
      unsigned char c = s_[i_];
      if (c == '\n') {
        ++line_;
        column_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column_;
      }
    }
  }
  bool At(std::string_view word) const { return s_.substr(i_, word.size()) == word; }
  bool NonAscii(size_t k) const { return k < s_.size() && static_cast<unsigned char>(s_[k]) >= 0x80; }

  std::string CharAt(size_t k) const { return utf8::CharAt(s_, k); }

  // Follows TOML's structure just far enough to know where a string may open: where a key
  // starts (a line's start at the top level, after «.», «{», a «[» header, or «,» in an inline
  // table) or a value starts (after «=», or «[» and «,» in an array). A bare value (a number, a
  // date, true) runs to a space, «,», «]», «}» or «#», as toml++ reads it.
  void Structure(char c) {
    if (bare_value_) {
      if (c == 0 || !std::strchr(" \t\r\n,]}#", c)) return;
      bare_value_ = false;
    }
    const char top = nest_.empty() ? 0 : nest_.back();
    switch (c) {
      case ' ': case '\t': case '\r': break;
      case '\n': if (nest_.empty()) expect_ = kKey; break;
      case '=': expect_ = kValue; break;
      case '.': expect_ = kKey; break;
      case ',': expect_ = top == '{' ? kKey : top == '[' ? kValue : kNothing; break;
      case '{': nest_.push_back('{'); expect_ = kKey; break;
      case '[':
        nest_.push_back(expect_ == kValue ? '[' : 'h');
        expect_ = expect_ == kValue ? kValue : kKey;
        break;
      case ']': case '}':
        if (!nest_.empty()) nest_.pop_back();
        expect_ = kNothing;
        break;
      default:
        if (expect_ == kValue) bare_value_ = true;
        expect_ = kNothing;
    }
  }

  Status Step() {
    const char c = s_[i_];
    switch (state_) {
      case State::kNormal:
        if (c == '#') {
          state_ = State::kComment;
        } else if ((c == '"' || c == '\'') && (bare_value_ || expect_ == kNothing)) {
          // toml++ would read on past such a quote as part of a bare value, so our idea of
          // what is inside a string must not differ from its: the quote is refused here.
          return Status::Input("кавычка в неожиданном месте: строка в кавычках пишется после «=», "
                               "в списке [ ] или как имя ключа",
                               Here());
        } else if (At("\"\"\"") || At("'''")) {
          state_ = c == '"' ? State::kMultiBasic : State::kMultiLiteral;
          expect_ = kNothing;
          MoveTo(i_ + 3);
          return Status::Ok();
        } else if (c == '"' || c == '\'') {
          state_ = c == '"' ? State::kBasic : State::kLiteral;
          expect_ = kNothing;
        } else if (NonAscii(i_)) {
          return Status::Input("символ «" + CharAt(i_) +
                                   "» вне кавычек: имя ключа пишется латиницей (или в кавычках), "
                                   "а текст значения — в кавычках: ключ = \"текст\"",
                               Here());
        } else {
          Structure(c);
        }
        break;
      case State::kComment:
        if (c == '\n') {
          state_ = State::kNormal;
          Structure(c);
        }
        break;
      case State::kBasic:
      case State::kLiteral:
        if (c == '\n' || (c == '"' && state_ == State::kBasic) || (c == '\'' && state_ == State::kLiteral)) {
          state_ = State::kNormal;
          if (c == '\n') Structure(c);
        } else if (c == '\\' && state_ == State::kBasic && i_ + 1 < s_.size() && s_[i_ + 1] != '\n') {
          MoveTo(i_ + 1);  // the escaped character cannot close the string
        }
        break;
      case State::kMultiLiteral:
        if (At("'''")) {
          MoveTo(i_ + 3);
          while (i_ < s_.size() && s_[i_] == '\'') MoveTo(i_ + 1);
          state_ = State::kNormal;
          return Status::Ok();
        }
        break;
      case State::kMultiBasic:
        if (At("\"\"\"")) {
          MoveTo(i_ + 3);
          while (i_ < s_.size() && s_[i_] == '"') MoveTo(i_ + 1);
          state_ = State::kNormal;
          return Status::Ok();
        }
        if (c == '\\') return Backslash();
        break;
    }
    MoveTo(i_ + 1);
    return Status::Ok();
  }

  // A backslash inside """…""": an escape, or a line-ending backslash that trims what follows.
  Status Backslash() {
    size_t k = i_ + 1;
    if (NonAscii(k)) {
      MoveTo(k);
      return Status::Input("после «\\» в строке ожидается \\n, \\t, \\\", \\\\ или \\uXXXX, а записано «" +
                               CharAt(k) + "»",
                           Here());
    }
    if (k < s_.size() && !IsSpace(s_[k])) {
      MoveTo(k + 1);  // an ordinary escape such as \" or \\ .
      return Status::Ok();
    }
    while (k < s_.size() && IsSpace(s_[k])) ++k;
    if (NonAscii(k)) {
      char32_t cp = 0;
      size_t n = utf8::DecodeAt(s_, k, &cp);
      out_.text.append(s_.substr(copied_, k - copied_));
      std::string escape = Escape(cp);
      out_.text += escape;
      copied_ = k + n;
      rewritten_ = true;
      MoveTo(k);
      out_.shifts.push_back({line_ - line_offset_, column_, static_cast<int>(escape.size()) - 1});
      MoveTo(k + n);
      return Status::Ok();
    }
    MoveTo(k);
    return Status::Ok();
  }

  std::string_view s_;
  const std::string& path_;
  const int line_offset_;
  size_t i_ = 0;
  int line_;
  int column_ = 1;
  State state_ = State::kNormal;
  enum Expect { kKey, kValue, kNothing };
  Expect expect_ = kKey;
  bool bare_value_ = false;
  std::string nest_;  // open «[» arrays, «h» table headers and «{» inline tables
  GuardedToml out_;
  size_t copied_ = 0;
  bool rewritten_ = false;
};

}  // namespace

int GuardedToml::OriginalColumn(int line, int column) const {
  int extra_before = 0;  // columns added by earlier escapes on this line
  for (const Shift& s : shifts) {
    if (s.line != line) continue;
    const int start = s.column + extra_before;  // the escape's first column in toml++'s text
    if (column < start) break;
    if (column <= start + s.extra) return s.column;  // inside the escape: its character
    extra_before += s.extra;
  }
  return column - extra_before;
}

Result<GuardedToml> GuardToml(std::string_view text, const std::string& path, int line_offset) {
  return Guard(text, path, line_offset).Run();
}

}  // namespace nastavnik::load
