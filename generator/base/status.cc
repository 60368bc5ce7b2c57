#include "base/status.h"

namespace nastavnik {

std::string ToString(const Location& where) {
  std::string out = where.path;
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
  return (place.empty() ? "" : place + ": ") + "error: " + message_;
}

}  // namespace nastavnik
