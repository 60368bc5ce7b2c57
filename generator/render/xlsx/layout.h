// XLSX renderer internals that need no libxlsxwriter: text Excel accepts, safe unique sheet names,
// column widths (Excel has no autofit in files), and A1 references. Separate so tests can reach them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "render/xlsx/xlsx.h"

namespace nastavnik::render::xlsx::layout {

/// Excel's limits: characters in a cell and in a sheet name (counted in UTF-16 units, as Excel does).
inline constexpr size_t kMaxCellUnits = 32767;
inline constexpr size_t kMaxSheetNameUnits = 31;
/// Computed widths stay within these (Excel character units).
inline constexpr double kMinColumnWidth = 6;
inline constexpr double kMaxColumnWidth = 60;

/// Valid UTF-8 that XML can carry: bad bytes become U+FFFD; NUL, control characters other than
/// tab and line feed, and U+FFFE/U+FFFF are dropped (they would make the file unreadable).
std::string CleanText(std::string_view s);
/// CleanText, then cut to Excel's 32,767-unit cell limit, ending in "…" when cut.
std::string CellText(std::string_view s);
/// Code points of the longest line: what decides how wide a column must be.
size_t LongestLine(std::string_view s);

/// Names Excel accepts, one per input, in order: see Sheet::name. Distinct ignoring case
/// (Unicode lower case, so "Пары" and "пары" clash) and never Excel's reserved "History".
std::vector<std::string> SafeSheetNames(const std::vector<std::string>& wanted);

/// Characters a cell needs on its widest line: text by lines, numbers as General shows them, dates 10.
size_t DisplayLength(const Value& value);
/// Width for a column: from its header (whose words should not break) and its widest cell.
double AutoWidth(std::string_view header, size_t widest_cell);
/// How many characters fit on one line of a column this wide.
size_t CharsPerLine(double width);

/// "A", "Z", "AA", … for a 0-based column.
std::string ColumnLetters(int column);
/// "='Списки'!$B$1:$B$40": an absolute one-column range on a sheet, for a list validation.
std::string ColumnRangeFormula(std::string_view sheet, int column, int first_row, int last_row);

}  // namespace nastavnik::render::xlsx::layout
