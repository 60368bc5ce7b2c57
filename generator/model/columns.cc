#include "model/columns.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "base/text.h"

namespace nastavnik::model {

Columns::Columns(const load::Table& table, const std::vector<ColumnSpec>& specs,
                 Diagnostics& diags, bool allow_extra)
    : table_(table), specs_(specs), index_(specs.size(), -1) {
  for (size_t c = 0; c < table.header.size(); ++c) {
    std::string name = text::FoldKey(table.header[c].text);
    bool matched = false;
    for (size_t s = 0; s < specs.size(); ++s) {
      if (name == text::FoldKey(specs[s].key) || name == text::FoldKey(specs[s].russian)) {
        if (index_[s] >= 0) {
          diags.Error(table.At(table.header[c]),
                      "столбец «" + text::Trim(table.header[c].text) + "» повторяется (он уже есть в столбце " +
                          std::to_string(index_[s] + 1) + ")");
          ok_ = false;
        }
        index_[s] = static_cast<int>(c);
        matched = true;
      }
    }
    if (!matched && !name.empty()) extra_.push_back(static_cast<int>(c));
  }
  std::string found;
  for (const load::Cell& h : table.header) {
    if (!found.empty()) found += ", ";
    found += "«" + text::Trim(h.text) + "»";
  }
  for (size_t s = 0; s < specs.size(); ++s) {
    if (specs[s].required && index_[s] < 0) {
      diags.Error(Location{table.path, table.header.empty() ? 1 : table.header[0].line, 1},
                  std::string("нет обязательного столбца «") + specs[s].russian + "» (" +
                      specs[s].key + "); в файле есть столбцы: " + found);
      ok_ = false;
    }
  }
  if (!allow_extra) {
    for (int c : extra_) {
      std::vector<std::string> names;
      for (const ColumnSpec& spec : specs) names.push_back(spec.russian);
      std::string nearest = text::NearestWord(text::Trim(table.header[c].text), names);
      diags.Warning(table.At(table.header[c]),
                    "столбец «" + text::Trim(table.header[c].text) + "» не используется" +
                        (nearest.empty() ? "" : "; возможно, имелся в виду «" + nearest + "»"));
    }
  }
}

std::string Columns::KeyAt(size_t c) const {
  for (size_t s = 0; s < specs_.size(); ++s) {
    if (index_[s] == static_cast<int>(c)) return specs_[s].key;
  }
  return "";
}

int Columns::Index(const char* key) const {
  // Callers pass the very literals of their column specs: a pointer match saves a strcmp per
  // column on every cell of a large table.
  for (size_t s = 0; s < specs_.size(); ++s) {
    if (specs_[s].key == key) return index_[s];
  }
  for (size_t s = 0; s < specs_.size(); ++s) {
    if (std::strcmp(specs_[s].key, key) == 0) return index_[s];
  }
  return -1;
}

std::string Columns::Text(const load::Row& row, const char* key) const {
  int i = Index(key);
  if (i < 0 || static_cast<size_t>(i) >= row.cells.size()) return "";
  return text::Trim(row.cells[i].text);
}

Location Columns::Where(const load::Row& row, const char* key) const {
  int i = Index(key);
  if (i < 0 || static_cast<size_t>(i) >= row.cells.size()) return Location{table_.path, row.line, 1};
  return table_.At(row.cells[i]);
}

std::optional<Date> Columns::DateCell(const load::Row& row, const char* key,
                                      Diagnostics& diags) const {
  std::string value = Text(row, key);
  if (value.empty()) return std::nullopt;
  std::optional<Date> date = ParseDate(value);
  if (!date) {
    diags.Error(Where(row, key), "неверная дата «" + value +
                                     "»: ожидается ДД.ММ.ГГГГ (например, 01.09.2025) или ГГГГ-ММ-ДД");
  }
  return date;
}

bool Columns::YesNo(const load::Row& row, const char* key, Diagnostics& diags) const {
  std::string value = text::FoldKey(Text(row, key));
  if (value.empty() || value == "нет" || value == "no" || value == "0" || value == "false" ||
      value == "-")
    return false;
  if (value == "да" || value == "yes" || value == "1" || value == "true" || value == "+") return true;
  diags.Error(Where(row, key), "ожидается «да» или «нет», а записано «" + Text(row, key) + "»");
  return false;
}

std::optional<double> Columns::Number(const load::Row& row, const char* key,
                                      Diagnostics& diags) const {
  std::string value = Text(row, key);
  if (value.empty()) return std::nullopt;
  for (char& c : value) {
    if (c == ',') c = '.';  // a Russian Excel writes 2,5
  }
  char* end = nullptr;
  double v = std::strtod(value.c_str(), &end);
  if (end == value.c_str() || *end != '\0' || !std::isfinite(v)) {  // strtod takes "nan", "inf", 1e999
    diags.Error(Where(row, key), "ожидается число, а записано «" + Text(row, key) + "»");
    return std::nullopt;
  }
  return v;
}

}  // namespace nastavnik::model
