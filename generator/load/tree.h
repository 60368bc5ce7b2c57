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

  // Defined below the class: clang with libstdc++ refuses to instantiate the destructor of
  // vector<pair<string, Value>> while Value is still incomplete (the fuzz build uses clang).
  Value();
  Value(const Value&);
  Value(Value&&) noexcept;
  Value& operator=(const Value&);
  Value& operator=(Value&&) noexcept;
  ~Value();
};

inline Value::Value() = default;
inline Value::Value(const Value&) = default;
inline Value::Value(Value&&) noexcept = default;
inline Value& Value::operator=(const Value&) = default;
inline Value& Value::operator=(Value&&) noexcept = default;
inline Value::~Value() = default;

/// The Russian name of a kind, for "ожидается строка, а записано число".
std::string KindName(Value::Kind kind);

}  // namespace nastavnik::load
