// Render stage: a generic XLSX writer. It turns a plain description of sheets and rows into the
// bytes of an .xlsx file laid out the way an Excel user expects; it knows nothing about mentorship.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "base/document.h"
#include "base/status.h"

namespace nastavnik::render::xlsx {

enum class CellType { kEmpty, kText, kNumber, kDate, kFormula };

/// One cell. Text is always stored as text (never a formula), numbers as numbers,
/// dates as real Excel dates shown as "dd.mm.yyyy". A formula (English function names, "=B3/C3")
/// carries its value too, so readers that do not recalculate still see the figure.
struct Value {
  CellType type = CellType::kEmpty;
  std::string text;
  double number = 0;
  Date date;
};

Value TextValue(std::string text);
Value NumberValue(double number);
/// An invalid Date (incl. 30 February) gives an empty cell; one before 1900 or after 9999,
/// which Excel cannot store as a date, is written as the text "ДД.ММ.ГГГГ".
Value DateValue(Date date);
/// A formula written by the program (never from user text), with its computed value.
Value FormulaValue(std::string formula, double value);

struct Column {
  std::string header;
  /// Excel character units; 0 = computed from the header and the cells (capped at 60).
  double width = 0;
  /// Wrap every cell of the column. Cells with line breaks or longer than the width wrap anyway.
  bool wrap = false;
  /// Non-empty: a dropdown list on every cell below the header (values outside it are refused).
  std::vector<std::string> choices;
  /// Excel number format for numbers and formulas, e.g. "0.0%"; empty = General.
  std::string number_format;
};

/// A native Excel chart of the sheet's own table: categories from one column, one series per value
/// column (named by its header), over table rows first_row..last_row (0-based, inclusive).
/// Placed to the right of the table; the chart's kind, title and axis maximum come from chart.
struct SheetChart {
  doc::Chart chart;
  int category_column = 0;
  std::vector<int> value_columns;
  size_t first_row = 0;
  size_t last_row = 0;
};

struct Sheet {
  /// Made safe for Excel: forbidden characters []:*?/\ become ( ) or -, cut to 31 characters;
  /// names equal ignoring case (Cyrillic too) get " (2)", " (3)"…; empty becomes "Лист N".
  std::string name;
  /// Optional caption row above the table: bold, merged across the columns.
  std::string title;
  std::vector<Column> columns;
  /// Each row has at most columns.size() cells; missing cells are empty.
  std::vector<std::vector<Value>> rows;
  bool landscape = true;
  std::vector<SheetChart> charts;
  /// The last total_rows rows are totals («Всего», «Итого»): left out of the autofilter, so that
  /// sorting or filtering the table never moves them in among the data.
  size_t total_rows = 0;
};

/// The file's document properties, plus its sheets in order (there must be at least one).
struct Workbook {
  std::string title, subject, author, company;
  std::vector<Sheet> sheets;
};

/// A workbook with a sheet of at least this many rows is streamed: rows go to disk as they are
/// written and strings are stored inline, so a region's registry takes little memory and time.
/// Every sheet reads the same either way; only the file's inner layout differs.
constexpr size_t kStreamedRows = 10000;

/// The .xlsx bytes. epoch_seconds is stored as the creation time (UTC), so the same input gives
/// byte-identical output. Errors are Status::Internal: a row wider than its columns, a number
/// that is not finite, too many rows or columns, or a libxlsxwriter / temporary-file failure.
/// streamed_rows is the streaming threshold, lowered by tests to stream a small workbook.
Result<std::string> RenderXlsx(const Workbook& workbook, long long epoch_seconds,
                               size_t streamed_rows = kStreamedRows);

}  // namespace nastavnik::render::xlsx
