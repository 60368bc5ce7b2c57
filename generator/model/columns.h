// Stage 2 (model): finding a CSV file's columns by English key or Russian header, and reading
// typed cells with precise, Russian error messages.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/table.h"

namespace nastavnik::model {

struct ColumnSpec {
  const char* key;      // English key, e.g. "full_name"
  const char* russian;  // Russian header, e.g. "ФИО"
  bool required = false;
};

/// The columns of pairs.csv (DATA.md), for files written in its format (a matching proposal).
const std::vector<ColumnSpec>& PairColumnSpecs();

/// Where each spec'd column sits in a table's header (-1 when absent).
class Columns {
 public:
  /// Maps the header; reports a missing required column (listing the columns found) and
  /// duplicate columns. ok() is false when the file cannot be read row by row.
  Columns(const load::Table& table, const std::vector<ColumnSpec>& specs, Diagnostics& diags,
          bool allow_extra = false);

  bool ok() const { return ok_; }
  bool has(const char* key) const { return Index(key) >= 0; }
  /// Header cells not matched by any spec, in order (survey questions).
  const std::vector<int>& extra() const { return extra_; }

  /// The trimmed text of a cell ("" when the column is absent).
  std::string Text(const load::Row& row, const char* key) const;
  /// The cell's location (the row start when the column is absent).
  Location Where(const load::Row& row, const char* key) const;
  /// A date in ДД.ММ.ГГГГ or ISO form; an empty cell is nullopt; a bad one is reported.
  std::optional<Date> DateCell(const load::Row& row, const char* key, Diagnostics& diags) const;
  /// «да»/«нет» (also yes/no, 1/0, true/false, +/-); empty is false; other text is reported.
  bool YesNo(const load::Row& row, const char* key, Diagnostics& diags) const;
  /// A number; empty is nullopt; bad text is reported.
  std::optional<double> Number(const load::Row& row, const char* key, Diagnostics& diags) const;

  const load::Table& table() const { return table_; }
  /// The key of the spec that header column c answers to, or "" for a column no spec names.
  std::string KeyAt(size_t c) const;

 private:
  int Index(const char* key) const;

  const load::Table& table_;
  std::vector<ColumnSpec> specs_;
  std::vector<int> index_;  // per spec
  std::vector<int> extra_;
  bool ok_ = true;
};

}  // namespace nastavnik::model
