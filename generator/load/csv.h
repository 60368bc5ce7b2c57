// Stage 1 (load): CSV as Excel and LibreOffice save it on a Russian system, into a Table.
#pragma once

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "load/table.h"

namespace nastavnik::load {

struct CsvOptions {
  /// "auto" (UTF-8 when the whole file is valid UTF-8, else Windows-1251), "utf-8" or "cp1251".
  std::string encoding = "auto";
};

/// Parses RFC 4180 CSV. Fatal problems (an unterminated quote, undecodable bytes, an empty
/// file) return an error; per-row problems (ragged rows) go to diags and the row is dropped.
Result<Table> ParseCsv(std::string_view bytes, const std::string& path, const CsvOptions& options,
                       Diagnostics& diags);

}  // namespace nastavnik::load
