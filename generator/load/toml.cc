#include "load/toml.h"

#include "load/toml_guard.h"
#include "load/toml_messages.h"

#define TOML_EXCEPTIONS 1
#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace nastavnik::load {
namespace {

struct Origin {
  const std::string& path;
  int line_offset;
  const GuardedToml& guarded;
};

Location Where(const toml::source_region& source, const Origin& origin) {
  int line = static_cast<int>(source.begin.line);
  return Location{origin.path, line + origin.line_offset,
                  origin.guarded.OriginalColumn(line, static_cast<int>(source.begin.column))};
}

Value Convert(const toml::node& node, const Origin& origin) {
  Value v;
  v.where = Where(node.source(), origin);
  if (auto* t = node.as_table()) {
    v.kind = Value::Kind::kTable;
    for (auto&& [key, child] : *t) {
      Value c = Convert(child, origin);
      // A key's position is where the key is written, which is where a reader looks.
      if (key.source().begin.line > 0) c.where = Where(key.source(), origin);
      v.table.emplace_back(std::string(key.str()), std::move(c));
    }
  } else if (auto* a = node.as_array()) {
    v.kind = Value::Kind::kArray;
    for (auto&& child : *a) v.array.push_back(Convert(child, origin));
  } else if (auto* s = node.as_string()) {
    v.kind = Value::Kind::kString;
    v.string = s->get();
  } else if (auto* i = node.as_integer()) {
    v.kind = Value::Kind::kInteger;
    v.integer = i->get();
    v.number = static_cast<double>(v.integer);
  } else if (auto* f = node.as_floating_point()) {
    v.kind = Value::Kind::kFloat;
    v.number = f->get();
  } else if (auto* b = node.as_boolean()) {
    v.kind = Value::Kind::kBool;
    v.boolean = b->get();
  } else if (auto* d = node.as_date()) {
    v.kind = Value::Kind::kDate;
    v.date = Date{d->get().year, d->get().month, d->get().day};
  } else if (auto* dt = node.as_date_time()) {
    v.kind = Value::Kind::kDate;
    v.date = Date{dt->get().date.year, dt->get().date.month, dt->get().date.day};
  } else if (auto* tm = node.as_time()) {
    v.kind = Value::Kind::kString;  // a bare time of day: kept as text
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", tm->get().hour, tm->get().minute);
    v.string = buf;
  }
  return v;
}

// toml++ places an error at the end of the file one or two columns past the last character;
// the school's editor cannot go there, so the place is kept inside the text.
Location ClampToText(Location where, std::string_view text, int line_offset) {
  std::vector<int> lengths{0};  // characters per line, lines as toml++ counts them
  for (char c : text) {
    if (c == '\n') {
      lengths.push_back(0);
    } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++lengths.back();  // the CR of a CRLF is not a place on the line
    }
  }
  const int line = std::clamp(where.line - line_offset, 1, static_cast<int>(lengths.size()));
  where.line = line + line_offset;
  where.column = std::clamp(where.column, 1, lengths[line - 1] + 1);
  return where;
}

// Whether toml++'s line and column (its own numbering, columns in characters) fall on a line
// break or past the text's end.
bool AtLineEnd(std::string_view text, int line, int column) {
  size_t i = 0;
  for (int l = 1; l < line && i < text.size(); ++i) {
    if (text[i] == '\n') ++l;
  }
  for (int c = 1; c < column && i < text.size() && text[i] != '\n'; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++c;
  }
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i >= text.size() || text[i] == '\n' || text[i] == '\r';
}

}  // namespace

const Value* Value::Find(const std::string& key) const {
  for (const auto& [k, v] : table) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::string KindName(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::kString: return "строка";
    case Value::Kind::kInteger: return "целое число";
    case Value::Kind::kFloat: return "число";
    case Value::Kind::kBool: return "логическое значение (true или false)";
    case Value::Kind::kDate: return "дата";
    case Value::Kind::kArray: return "список";
    case Value::Kind::kTable: return "таблица";
  }
  return "";
}

Result<Value> ParseToml(std::string_view text, const std::string& path, int line_offset) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Result<GuardedToml> guarded = GuardToml(text, path, line_offset);
  if (!guarded.ok()) return guarded.status();
  const Origin origin{path, line_offset, *guarded};
  try {
    toml::table table = toml::parse(guarded->text, path);
    Value root = Convert(table, origin);
    root.where = Location{path, 1 + line_offset, 1};
    return root;
  } catch (const toml::parse_error& error) {
    const toml::source_position at = error.source().begin;
    return Status::Input(TranslateTomlError(error.description(),
                                            AtLineEnd(guarded->text, static_cast<int>(at.line), static_cast<int>(at.column))),
                         ClampToText(Where(error.source(), origin), text, line_offset));
  }
}

}  // namespace nastavnik::load
