#include "base/status.h"

namespace nastavnik {

namespace {

// A sheet of a workbook (load/xlsx_reader.h) is named «book.xlsx, лист «Name»»; its places are
// cells as Excel names them, not line:column.
constexpr std::string_view kSheetMark = ", лист «";

std::string CellPlace(int row, int column) {
  if (column <= 0) return ", строка " + std::to_string(row);
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return ", ячейка " + letters + std::to_string(row);
}

}  // namespace

std::string ToString(const Location& where) {
  std::string out = where.path;
  if (where.line > 0 && out.find(kSheetMark) != std::string::npos) return out + CellPlace(where.line, where.column);
  if (where.line > 0) {
    out += ":" + std::to_string(where.line);
    if (where.column > 0) out += ":" + std::to_string(where.column);
  }
  return out;
}

Status Status::Input(std::string message, Location where) {
  Status s;
  s.code_ = Code::kInput;
  s.message_ = std::move(message);
  s.where_ = std::move(where);
  return s;
}

Status Status::Internal(std::string message, Location where) {
  Status s = Input(std::move(message), std::move(where));
  s.code_ = Code::kInternal;
  return s;
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string place = nastavnik::ToString(where_);
  return (place.empty() ? "" : place + ": ") + "ошибка: " + message_;
}

}  // namespace nastavnik
