#include "load/json.h"

#include <cstdlib>
#include <cstdint>

#include "base/utf8.h"

namespace nastavnik::load {
namespace {

constexpr int kMaxDepth = 64;

class Parser {
 public:
  Parser(std::string_view text, const std::string& path) : s_(text), path_(path) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") Advance(3);  // a BOM some editors add
  }

  Result<Value> Document() {
    // RFC 8259 text is UTF-8; a string read from anything else would reach the workbook broken.
    if (size_t bad = utf8::FirstInvalid(s_); bad != std::string_view::npos) {
      Advance(bad - pos_);
      Fail("байт " + utf8::HexByte(static_cast<unsigned char>(s_[bad])) + " не в кодировке UTF-8; сохраните файл в UTF-8");
      return error_;
    }
    Value v;
    if (!ParseValue(v, 0)) return error_;
    SkipSpace();
    if (pos_ < s_.size()) {
      Fail("после JSON-документа лишний текст");
      return error_;
    }
    return v;
  }

 private:
  Location Here() const { return Location{path_, line_, column_}; }
  // The whole character at pos_ (the text is valid UTF-8 by then), for quoting in a message.
  std::string CharHere() const { return utf8::CharAt(s_, pos_); }
  bool Fail(const std::string& message) {
    if (error_.ok()) error_ = Status::Input("неверный JSON: " + message, Here());
    return false;
  }
  void Advance(size_t n = 1) {
    for (size_t i = 0; i < n && pos_ < s_.size(); ++i, ++pos_) {
      unsigned char c = s_[pos_];
      if (c == '\n') {
        ++line_;
        column_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column_;  // columns count characters, not bytes
      }
    }
  }
  void SkipSpace() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) Advance();
  }
  bool Literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return Fail("ожидается значение");
    Advance(word.size());
    return true;
  }

  bool ParseValue(Value& v, int depth) {
    SkipSpace();
    v.where = Here();
    if (pos_ >= s_.size()) return Fail("файл кончился, а значение не записано");
    if (depth > kMaxDepth) return Fail("слишком глубокая вложенность");
    char c = s_[pos_];
    if (c == '{') return ParseObject(v, depth);
    if (c == '[') return ParseArray(v, depth);
    if (c == '"') {
      v.kind = Value::Kind::kString;
      return ParseString(v.string);
    }
    if (c == 't' || c == 'f') {
      v.kind = Value::Kind::kBool;
      v.boolean = c == 't';
      return Literal(c == 't' ? "true" : "false");
    }
    if (c == 'n') {
      // The tree has no null: it reads as an empty string, which the model takes for "no value".
      v.kind = Value::Kind::kString;
      return Literal("null");
    }
    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber(v);
    return Fail("неожиданный символ «" + CharHere() + "»");
  }

  bool ParseObject(Value& v, int depth) {
    v.kind = Value::Kind::kTable;
    Advance();
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == '}') return Advance(), true;
    while (true) {
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != '"') return Fail("ожидается имя поля в кавычках");
      std::string key;
      if (!ParseString(key)) return false;
      SkipSpace();
      if (pos_ >= s_.size() || s_[pos_] != ':') return Fail("после имени поля ожидается «:»");
      Advance();
      Value member;
      if (!ParseValue(member, depth + 1)) return false;
      if (v.Find(key)) return Fail("поле «" + key + "» записано дважды");
      v.table.emplace_back(std::move(key), std::move(member));
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        Advance();
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == '}') return Advance(), true;
      return Fail("ожидается «,» или «}»");
    }
  }

  bool ParseArray(Value& v, int depth) {
    v.kind = Value::Kind::kArray;
    Advance();
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == ']') return Advance(), true;
    while (true) {
      Value item;
      if (!ParseValue(item, depth + 1)) return false;
      v.array.push_back(std::move(item));
      SkipSpace();
      if (pos_ < s_.size() && s_[pos_] == ',') {
        Advance();
        continue;
      }
      if (pos_ < s_.size() && s_[pos_] == ']') return Advance(), true;
      return Fail("ожидается «,» или «]»");
    }
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i) {
      int h = pos_ < s_.size() ? Hex(s_[pos_]) : -1;
      if (h < 0) return Fail("после \\u ожидаются четыре шестнадцатеричные цифры");
      out = out * 16 + h;
      Advance();
    }
    return true;
  }

  bool ParseString(std::string& out) {
    Advance();  // the opening quote
    while (true) {
      if (pos_ >= s_.size()) return Fail("строка не закрыта кавычкой");
      unsigned char c = s_[pos_];
      if (c == '"') return Advance(), true;
      if (c < 0x20) return Fail("в строке управляющий символ: запишите его как \\n или \\u00XX");
      if (c != '\\') {
        out += static_cast<char>(c);
        Advance();
        continue;
      }
      Advance();
      if (pos_ >= s_.size()) return Fail("строка не закрыта кавычкой");
      char e = s_[pos_];
      const std::string shown = CharHere();
      Advance();
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && s_.substr(pos_, 2) == "\\u") {
            Advance(2);
            uint32_t low;
            if (!Hex4(low)) return false;
            if (low >= 0xDC00 && low <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a lone surrogate
          utf8::Append(&out, cp);
          break;
        }
        default:
          return Fail("неизвестная escape-последовательность \\" + shown);
      }
    }
  }

  bool ParseNumber(Value& v) {
    size_t start = pos_;
    bool fraction = false;
    if (s_[pos_] == '-') Advance();
    if (pos_ >= s_.size() || s_[pos_] < '0' || s_[pos_] > '9') return Fail("после «-» ожидается цифра");
    while (pos_ < s_.size()) {
      char c = s_[pos_];
      if (c >= '0' && c <= '9') {
        Advance();
      } else if (c == '.' || c == 'e' || c == 'E' || ((c == '+' || c == '-') && (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E'))) {
        fraction = true;
        Advance();
      } else {
        break;
      }
    }
    std::string text(s_.substr(start, pos_ - start));
    char* end = nullptr;
    v.number = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size()) return Fail("неверное число «" + text + "»");
    if (!fraction && text.size() < 18) {
      v.kind = Value::Kind::kInteger;
      v.integer = std::strtoll(text.c_str(), nullptr, 10);
    } else {
      v.kind = Value::Kind::kFloat;
    }
    return true;
  }

  std::string_view s_;
  const std::string& path_;
  size_t pos_ = 0;
  int line_ = 1, column_ = 1;
  Status error_;
};

}  // namespace

Result<Value> ParseJson(std::string_view text, const std::string& path) { return Parser(text, path).Document(); }

}  // namespace nastavnik::load
