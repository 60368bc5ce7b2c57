#include "base/csv_formula.h"

namespace nastavnik {

bool LooksLikeFormula(std::string_view cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

std::string DefuseFormula(std::string_view cell) {
  return LooksLikeFormula(cell) ? "'" + std::string(cell) : std::string(cell);
}

std::string_view UndoDefuseFormula(std::string_view cell) {
  if (cell.size() >= 2 && cell.front() == '\'' && LooksLikeFormula(cell.substr(1))) return cell.substr(1);
  return cell;
}

}  // namespace nastavnik
