#include "model/settings_reader.h"

#include <cmath>

#include "base/text.h"

namespace nastavnik::model {

SettingsReader::SettingsReader(const load::Value* table, std::string name, Diagnostics& diags)
    : table_(table), name_(std::move(name)), diags_(diags) {
  if (table_ && table_->kind != load::Value::Kind::kTable) {
    diags_.Error(table_->where, "«" + name_ + "» должно быть таблицей [" + name_ + "]");
    table_ = nullptr;
  }
}

SettingsReader::~SettingsReader() {
  if (!table_) return;
  std::vector<std::string> known(known_.begin(), known_.end());
  for (const auto& [key, value] : table_->table) {
    if (known_.count(key)) continue;
    std::string nearest = text::NearestWord(key, known);
    std::string full = name_.empty() ? key : name_ + "." + key;
    if (!nearest.empty() && !name_.empty()) nearest = name_ + "." + nearest;
    diags_.Error(value.where, "неизвестный ключ «" + full + "»" +
                                  (nearest.empty() ? "" : "; возможно, имелся в виду «" + nearest + "»"));
  }
}

const load::Value* SettingsReader::Take(const char* key) {
  known_.insert(key);
  return table_ ? table_->Find(key) : nullptr;
}

void SettingsReader::WrongType(const load::Value& v, const char* key, const char* expected) {
  std::string full = name_.empty() ? key : name_ + "." + key;
  diags_.Error(v.where, "значение «" + full + "» должно быть: " + expected + ", а записано: " +
                            load::KindName(v.kind));
}

void SettingsReader::String(const char* key, std::string* out) {
  const load::Value* v = Take(key);
  if (!v) return;
  if (v->kind != load::Value::Kind::kString) return WrongType(*v, key, "строка в кавычках");
  *out = v->string;
}

void SettingsReader::Integer(const char* key, int* out, int min, int max) {
  const load::Value* v = Take(key);
  if (!v) return;
  if (v->kind != load::Value::Kind::kInteger) return WrongType(*v, key, "целое число");
  if (v->integer < min || v->integer > max) {
    diags_.Error(v->where, "значение «" + std::string(key) + "» должно быть от " +
                               std::to_string(min) + " до " + std::to_string(max));
    return;
  }
  *out = static_cast<int>(v->integer);
}

void SettingsReader::Fraction(const char* key, double* out) {
  const load::Value* v = Take(key);
  if (!v) return;
  if (v->kind != load::Value::Kind::kFloat && v->kind != load::Value::Kind::kInteger) {
    return WrongType(*v, key, "число от 0 до 1");
  }
  double x = v->number;
  if (std::isnan(x)) {  // TOML's nan
    diags_.Error(v->where, "значение «" + std::string(key) + "» должно быть числом от 0 до 1");
    return;
  }
  if (x > 1 && x <= 100) {
    diags_.Warning(v->where, "«" + std::string(key) + "» записан в процентах; читается как " +
                                 std::to_string(static_cast<int>(x)) + "%");
    x /= 100;
  }
  if (x < 0 || x > 1) {
    diags_.Error(v->where, "значение «" + std::string(key) + "» должно быть от 0 до 1");
    return;
  }
  *out = x;
}

void SettingsReader::Bool(const char* key, bool* out) {
  const load::Value* v = Take(key);
  if (!v) return;
  if (v->kind != load::Value::Kind::kBool) return WrongType(*v, key, "true или false");
  *out = v->boolean;
}

void SettingsReader::DateValue(const char* key, std::optional<Date>* out) {
  const load::Value* v = Take(key);
  if (!v) return;
  if (v->kind == load::Value::Kind::kDate) {
    // TOML allows years 0000..9999; the rest of the program counts days only in the range the
    // school's own ДД.ММ.ГГГГ dates are read in.
    if (!ParseDate(v->date.Iso())) {
      diags_.Error(v->where, "дата " + v->date.Russian() + " в «" + std::string(key) +
                                 "» вне допустимого диапазона: год от 1900 до 2200");
      return;
    }
    *out = v->date;
    return;
  }
  if (v->kind == load::Value::Kind::kString) {
    if (v->string.empty()) return;
    if (std::optional<Date> d = ParseDate(v->string)) {
      *out = d;
      return;
    }
    diags_.Error(v->where, "неверная дата «" + v->string +
                               "»: ожидается ДД.ММ.ГГГГ в кавычках или ГГГГ-ММ-ДД без кавычек");
    return;
  }
  WrongType(*v, key, "дата");
}

void SettingsReader::StringList(const char* key, std::vector<std::string>* out) {
  const load::Value* v = Take(key);
  if (!v) return;
  if (v->kind != load::Value::Kind::kArray) return WrongType(*v, key, "список строк [\"…\", \"…\"]");
  out->clear();
  for (const load::Value& item : v->array) {
    if (item.kind != load::Value::Kind::kString) return WrongType(item, key, "список строк");
    out->push_back(item.string);
  }
}

const load::Value* SettingsReader::Child(const char* key) { return Take(key); }
const load::Value* SettingsReader::Raw(const char* key) { return Take(key); }

}  // namespace nastavnik::model
