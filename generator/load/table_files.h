// Stage 1 (load): the school's tables from content/data/, each from a CSV file, a workbook of
// its own or a sheet of one shared workbook; every form feeds the same Table.
//
//   content/data/participants.csv    the table as CSV (load/csv.h)
//   content/data/participants.xlsx   the table as the first visible sheet of its own workbook
//   content/data/data.xlsx           any tables, a sheet each, named by the table's name
//                                    (participants) or its Russian title («Участники»)
// A table given in two places is an error naming both; a workbook saved in another format
// (.xls, .ods) is an error that says how to save it.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "base/diagnostics.h"
#include "load/table.h"

namespace nastavnik::load {

struct TableFiles {
  std::map<std::string, Table> tables;  // "participants" → its table
  /// Tables whose file or sheet exists but could not be read (the model then checks nothing
  /// against their ids rather than report every reference as unknown).
  std::set<std::string> unreadable;
};

/// The Russian title of a table («Участники» for participants), as its sheet may be named.
std::string TableTitle(const std::string& name);

/// Reads every table of content/data/; csv_encoding is data.encoding ("auto" when unset).
TableFiles LoadTableFiles(const std::filesystem::path& root, const std::string& csv_encoding, Diagnostics& diags);

}  // namespace nastavnik::load
