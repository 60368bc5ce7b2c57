#include "fuzz/check_util.h"

#include <set>
#include <sstream>

#include "base/utf8.h"

namespace nastavnik::fuzz {
namespace {

std::string Place(const Location& where) {
  return where.path + ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
}

bool Fits(const std::vector<size_t>& lengths, const Location& where) {
  if (where.line < 1 || static_cast<size_t>(where.line) > lengths.size()) return false;
  return where.column >= 1 && static_cast<size_t>(where.column) <= lengths[where.line - 1] + 1;
}

constexpr int kMaxBlockDepth = 64;

std::string CheckInlines(const std::vector<doc::Inline>& inlines, int depth) {
  if (depth > kMaxBlockDepth) return "текст вложен глубже " + std::to_string(kMaxBlockDepth) + " уровней";
  for (const doc::Inline& in : inlines) {
    if (std::string e = CheckUtf8(in.text, "текст"); !e.empty()) return e;
    if (std::string e = CheckUtf8(in.url, "ссылка"); !e.empty()) return e;
    if (std::string e = CheckInlines(in.children, depth + 1); !e.empty()) return e;
  }
  return "";
}

}  // namespace

Lines::Lines(std::string_view bytes) {
  size_t lf = 0, any = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c == '\n') {
      lf_lengths_.push_back(lf);
      lf = 0;
    } else {
      ++lf;
    }
    if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
      any_lengths_.push_back(any);
      any = 0;
    } else if (c != '\r') {
      ++any;
    }
  }
  lf_lengths_.push_back(lf);
  any_lengths_.push_back(any);
}

std::string Lines::Check(const Location& where) const {
  if (Fits(lf_lengths_, where) || Fits(any_lengths_, where)) return "";
  return "место " + Place(where) + " вне файла из " + std::to_string(any_lengths_.size()) + " строк";
}

std::string Prefix(const std::string& what, const std::string& detail) {
  return detail.empty() ? detail : what + ": " + detail;
}

std::string CheckUtf8(std::string_view s, const char* what) {
  size_t bad = utf8::FirstInvalid(s);
  if (bad == std::string_view::npos) return "";
  return std::string(what) + " не в UTF-8 (байт " + std::to_string(bad) + " из " + std::to_string(s.size()) + ")";
}

namespace {

// Names a Russian message may use as they are: formats, programs, TOML's own words.
bool IsAllowedLatin(const std::string& word) {
  static const std::set<std::string> kAllowed = {
      "nastavnik", "CSV", "csv", "XLSX", "xlsx", "PDF", "pdf", "TOML", "toml", "JSON", "YAML", "HTML", "UTF",
      "BOM", "PNG", "JPEG", "JPG", "WebP", "EXIF", "GPS", "XMP", "ICC", "Excel", "LibreOffice", "Markdown",
      "Windows", "FIFO", "SVG", "URL", "true", "false", "PoDoFo", "ISO"};
  return kAllowed.count(word) > 0;
}

// Drops «…» (nested too) and `…`: what a message quotes is the school's own text.
std::string WithoutQuotes(std::string_view message) {
  std::string out;
  int depth = 0;
  bool code = false;
  for (size_t i = 0; i < message.size(); ++i) {
    if (message.substr(i).starts_with("«")) ++depth, i += 1;
    else if (message.substr(i).starts_with("»") && depth > 0) --depth, i += 1;
    else if (message[i] == '`') code = !code;
    else if (depth == 0 && !code) out += message[i];
  }
  return out;
}

}  // namespace

// A key or column name the school writes is named in brackets, «заголовок (title)», or before
// its "=", «text = "…"»: that is the name to type, not English prose.
std::string EnglishWords(std::string_view message) {
  std::vector<std::string> tokens;
  std::istringstream words(WithoutQuotes(message));
  for (std::string token; words >> token;) tokens.push_back(token);
  std::string found;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string token = tokens[i];
    if (token.front() == '(' || (i + 1 < tokens.size() && tokens[i + 1].front() == '=')) continue;
    while (!token.empty() && std::string(",;:!?.").find(token.back()) != std::string::npos) token.pop_back();
    if (!token.empty() && token.back() == ')') continue;
    bool latin = token.size() >= 3;
    for (char c : token) latin = latin && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    if (latin && !IsAllowedLatin(token)) found += (found.empty() ? "" : " ") + token;
  }
  return found;
}

std::string CheckMessage(const std::string& message) {
  if (std::string e = CheckUtf8(message, "сообщение"); !e.empty()) return e + ": " + message;
  bool russian = false;
  for (char32_t c : utf8::Decode(message)) russian = russian || (c >= 0x0410 && c <= 0x044F);
  if (!russian) return "сообщение не по-русски: " + message;
  if (std::string english = EnglishWords(message); !english.empty()) {
    return "в сообщении английские слова (" + english + "): " + message;
  }
  return "";
}

std::string CheckError(const Status& status, const std::string& path, const Lines& lines) {
  if (status.code() != Status::Code::kInput) return "ошибка входных данных не помечена как таковая: " + status.ToString();
  if (std::string e = CheckMessage(status.message()); !e.empty()) return e;
  if (status.where().path != path) return "в ошибке не тот файл: " + status.ToString();
  return Prefix(status.ToString(), lines.Check(status.where()));
}

std::string CheckDiagnostics(const Diagnostics& diags, const std::string& path, const Lines& lines) {
  for (const Diagnostic& d : diags.all()) {
    if (std::string e = CheckMessage(d.message); !e.empty()) return e;
    if (d.where.path != path) return "в сообщении не тот файл: " + d.where.path + ": " + d.message;
    if (std::string e = lines.Check(d.where); !e.empty()) return e + ": " + d.message;
  }
  return "";
}

std::string CheckTree(const load::Value& value, const std::string& path, const Lines& lines) {
  if (value.where.path != path) return "у значения не тот файл: " + value.where.path;
  if (std::string e = lines.Check(value.where); !e.empty()) return "значение: " + e;
  if (std::string e = CheckUtf8(value.string, "строка"); !e.empty()) return e;
  if (value.kind == load::Value::Kind::kDate && !value.date.valid()) {
    return "дата " + value.date.Iso() + " в дереве не настоящая";
  }
  for (const load::Value& item : value.array) {
    if (std::string e = CheckTree(item, path, lines); !e.empty()) return e;
  }
  for (const auto& [key, member] : value.table) {
    if (std::string e = CheckUtf8(key, "ключ"); !e.empty()) return e;
    if (std::string e = CheckTree(member, path, lines); !e.empty()) return e;
  }
  return "";
}

std::string CheckBlocks(const std::vector<doc::Block>& blocks, int depth) {
  if (depth > kMaxBlockDepth) return "блоки вложены глубже " + std::to_string(kMaxBlockDepth) + " уровней";
  for (const doc::Block& b : blocks) {
    if (b.kind == doc::BlockKind::kHeading && (b.level < 1 || b.level > 6)) {
      return "заголовок уровня " + std::to_string(b.level);
    }
    if (std::string e = CheckUtf8(b.text, "текст блока"); !e.empty()) return e;
    if (std::string e = CheckUtf8(b.url, "адрес картинки"); !e.empty()) return e;
    if (std::string e = CheckInlines(b.inlines, depth); !e.empty()) return e;
    for (const auto& row : b.table.rows) {
      if (row.size() != b.table.aligns.size()) return "строка таблицы шириной не в заголовок";
      for (const doc::TableCell& cell : row) {
        if (std::string e = CheckInlines(cell.inlines, depth); !e.empty()) return e;
      }
    }
    if (std::string e = CheckBlocks(b.children, depth + 1); !e.empty()) return e;
  }
  return "";
}

}  // namespace nastavnik::fuzz
