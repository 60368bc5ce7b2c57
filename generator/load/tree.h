// Stage 1 (load) output for TOML (program.toml, front matter): a tree of values, each knowing
// where it was written, so that the model can report wrong types and unknown keys precisely.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "base/status.h"

namespace nastavnik::load {

struct Value {
  enum class Kind { kString, kInteger, kFloat, kBool, kDate, kArray, kTable };
  Kind kind = Kind::kTable;
  std::string string;
  long long integer = 0;
  double number = 0;
  bool boolean = false;
  Date date;
  std::vector<Value> array;
  std::vector<std::pair<std::string, Value>> table;  // in the order written
  Location where;

  /// The member named key of a table, or nullptr.
  const Value* Find(const std::string& key) const;
};

/// The Russian name of a kind, for "ожидается строка, а записано число".
std::string KindName(Value::Kind kind);

}  // namespace nastavnik::load
