#include "model/printable_text.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"

namespace nastavnik::model {
namespace {

std::string Message(char32_t c) {
  return "символа " + utf8::CodePointName(c) + " «" + utf8::Encode(c) +
         "» нет в шрифтах документов PDF: замените его или уберите";
}

// Calls missing(c, offset) once for each distinct character of text that printable lacks, at its
// first offset. Plain ASCII and Cyrillic take one bit test a character: a region's 1.4 million
// cells take tens of milliseconds.
template <typename Missing>
void Scan(std::string_view text, const CodePointSet& printable, Missing missing) {
  std::vector<char32_t> seen;
  for (size_t i = 0; i < text.size();) {
    char32_t c = static_cast<unsigned char>(text[i]);
    size_t n = 1;
    if (c >= 0x80 && (c & 0xE0) == 0xC0 && i + 1 < text.size() && (text[i + 1] & 0xC0) == 0x80) {
      c = ((c & 0x1F) << 6) | (text[i + 1] & 0x3F);  // two bytes, as Cyrillic is: decoded here
      n = 2;
    } else if (c >= 0x80) {
      n = utf8::DecodeAt(text, i, &c);
    }
    if (n == 0) {  // not UTF-8: the loaders report that themselves
      ++i;
      continue;
    }
    if (!printable.Has(c) && std::find(seen.begin(), seen.end(), c) == seen.end()) {
      seen.push_back(c);
      missing(c, i);
    }
    i += n;
  }
}

void CheckValue(const load::Value& v, const CodePointSet& printable, Diagnostics& diags) {
  if (v.kind == load::Value::Kind::kString) {
    Scan(v.string, printable, [&](char32_t c, size_t) { diags.Error(v.where, Message(c)); });
  }
  for (const load::Value& item : v.array) CheckValue(item, printable, diags);
  for (const auto& [key, member] : v.table) CheckValue(member, printable, diags);
}

// A template line by line, each character at its own column.
void CheckTemplate(const std::string& path, std::string_view text, const CodePointSet& printable,
                   Diagnostics& diags) {
  int line = 1;
  for (size_t start = 0; start <= text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view row = text.substr(start, end - start);
    Scan(row, printable, [&](char32_t c, size_t at) {
      int column = 1;
      for (size_t k = 0; k < at; ++k) column += (static_cast<unsigned char>(row[k]) & 0xC0) != 0x80;
      diags.Error(Location{path, line, column}, Message(c));
    });
    start = end + 1;
    ++line;
  }
}

}  // namespace

void CheckPrintable(const load::Sources& sources, const CodePointSet& printable, Diagnostics& diags) {
  for (const auto& entry : sources.tables) {
    // A named reference, not a structured binding: C++20 lets a lambda capture a binding, clang 14
    // (the fuzz build's compiler) does not.
    const auto& table = entry.second;
    auto check = [&](const load::Cell& cell) {
      Scan(cell.text, printable, [&](char32_t c, size_t) { diags.Error(table.At(cell), Message(c)); });
    };
    for (const load::Cell& cell : table.header) check(cell);
    for (const load::Row& row : table.rows) {
      for (const load::Cell& cell : row.cells) check(cell);
    }
  }
  for (const auto& [key, member] : sources.program.table) {
    if (key != "site") CheckValue(member, printable, diags);
  }
  for (const auto& [name, text] : sources.templates) {
    bool printed = name.starts_with("documents/") || name.starts_with("questionnaires/");
    if (printed) CheckTemplate("templates/" + name, text, printable, diags);
  }
}

}  // namespace nastavnik::model
