// Stage 1 (load): Excel workbooks (.xlsx, Office Open XML) as Excel, LibreOffice, Яндекс Формы
// and Google Forms save them, read into the same Table as a CSV file. The zip's directory is read
// with libzip (xlsx_reader.cc), its parts unpacked and checked by zlib (zip_inflate.cc), and their
// XML walked by expat or our own scanner (xlsx_xml.cc).
//
// A cell keeps the text a CSV export of it would hold: dates by the cell's number format as
// ДД.ММ.ГГГГ (with ЧЧ:ММ when the format shows a time), numbers in their shortest form, booleans
// as «да»/«нет», formulas by their cached value. A table's place in a message is
// «content/data/participants.xlsx, лист «Участники»»; base/status.cc adds «ячейка D13».
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "load/table.h"

namespace nastavnik::load {

struct XlsxSheetInfo {
  std::string name;
  bool hidden = false;  // "hidden" or "veryHidden" in the workbook
};

struct XlsxSheet {
  XlsxSheetInfo info;
  std::string path;  // "content/data/data.xlsx, лист «Участники»": the Location path of its cells
  /// Non-empty rows in sheet order; a cell's line is its row number, its column the column's
  /// number (A = 1). Empty cells are absent.
  std::vector<Row> rows;
  /// Merged ranges, as "B2:D2", with the first cell of each.
  std::vector<std::pair<std::string, Cell>> merged;
};

struct XlsxBook {
  std::vector<XlsxSheetInfo> sheets;  // every sheet of the workbook, in its order
  std::vector<XlsxSheet> read;        // the sheets `want` chose, in workbook order
};

/// Which sheets to read: called with each sheet and its 0-based position.
using SheetFilter = std::function<bool(const XlsxSheetInfo& sheet, size_t index)>;

/// Reads the workbook `bytes` (shown as `path`). A damaged or foreign file is one error; a cell
/// that cannot be read (an Excel error value, a formula without a saved value, a date out of
/// range) goes to diags at its cell and is read as empty.
Result<XlsxBook> ReadXlsx(std::string_view bytes, const std::string& path, const SheetFilter& want,
                          Diagnostics& diags);

/// A sheet as a table: rows above the header with only their first cell filled are notes and
/// skipped; the next row is the header; the rows under it are data, each cut to the header's
/// width. A filled cell right of the header or a merged range inside the table is an error.
/// The sheet is taken by value: its cells' texts move into the table.
Table SheetToTable(XlsxSheet sheet, Diagnostics& diags);

/// "D13" for row 13, column 4.
std::string CellName(int row, int column);

}  // namespace nastavnik::load
