// CSV files a curator opens in Excel must not run formulas: a cell that begins with = + - @, a tab
// or a carriage return is taken by Excel (and LibreOffice) as a formula, which can compute,
// link to other files or call out (CSV injection). As OWASP recommends, such a cell gets a leading
// apostrophe, so the spreadsheet shows it as text. Our own numbers are written as numbers and are
// never defused: only text (ids, names, free text) can carry an attack, and a negative figure is
// never text in our files.
#pragma once

#include <string>
#include <string_view>

namespace nastavnik {

/// True when a spreadsheet would read the cell as a formula.
bool LooksLikeFormula(std::string_view cell);
/// "'" + cell when LooksLikeFormula(cell), else the cell unchanged.
std::string DefuseFormula(std::string_view cell);
/// The inverse, for reading our own CSV back (`match --apply` reads proposal.csv): a leading
/// apostrophe followed by one of the formula characters is dropped.
std::string_view UndoDefuseFormula(std::string_view cell);

}  // namespace nastavnik
