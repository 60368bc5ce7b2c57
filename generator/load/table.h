// Stage 1 (load) output for CSV files: rows of text cells, each cell knowing where it stood.
#pragma once

#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik::load {

struct Cell {
  std::string text;  // UTF-8, as written (no trimming)
  int line = 0;      // 1-based line of the file where the cell starts
  int column = 0;    // 1-based column, counted in characters, where the cell starts
};

struct Row {
  int line = 0;  // the line where the row starts
  std::vector<Cell> cells;
};

struct Table {
  std::string path;  // project-relative, for messages
  std::vector<Cell> header;
  std::vector<Row> rows;  // data rows; blank lines and all-empty rows are dropped
  /// Rows dropped for a wrong number of fields (reported already), cut to the header's width:
  /// the files naming their ids then skip them instead of reporting each one as unknown.
  std::vector<Row> rejected;
  char separator = ',';
  std::string encoding;  // "utf-8" or "cp1251": what the file was decoded from

  Location At(const Cell& cell) const { return Location{path, cell.line, cell.column}; }
};

}  // namespace nastavnik::load
