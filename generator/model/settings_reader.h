// Stage 2 (model): reads one TOML table against the keys it may hold, reporting wrong types and
// unknown keys (with the nearest known key as a hint).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/tree.h"

namespace nastavnik::model {

class SettingsReader {
 public:
  /// table may be null (the section is absent): every read then keeps its default.
  SettingsReader(const load::Value* table, std::string name, Diagnostics& diags);
  /// Reports the keys that no read asked for.
  ~SettingsReader();

  void String(const char* key, std::string* out);
  void Integer(const char* key, int* out, int min, int max);
  void Fraction(const char* key, double* out);  // 0..1; 70 is read as 0.70 with a warning
  void Bool(const char* key, bool* out);
  void DateValue(const char* key, std::optional<Date>* out);
  void StringList(const char* key, std::vector<std::string>* out);
  /// A sub-table or array of tables; marks the key as known.
  const load::Value* Child(const char* key);
  const load::Value* Raw(const char* key);

 private:
  const load::Value* Take(const char* key);
  void WrongType(const load::Value& v, const char* key, const char* expected);

  const load::Value* table_;
  std::string name_;
  Diagnostics& diags_;
  std::set<std::string> known_;
};

}  // namespace nastavnik::model
