// Stage 2 (model): how a message names the table a school supplied. A table may come from its own
// CSV file, its own workbook, or a sheet of data.xlsx (load/table_files.h), and a curator who
// keeps the participants in data.xlsx should not be sent to look for a participants.csv.
#pragma once

#include <string>

namespace nastavnik::model {

/// The table at path (a load::Table's path: "content/data/participants.csv", or a workbook's sheet
/// "content/data/data.xlsx, лист «Участники»") as a place with its preposition: «в participants.csv»,
/// «в participants.xlsx», «на листе «Участники» книги data.xlsx». With full, the file keeps its
/// folder: «в content/data/participants.csv».
std::string InTable(const std::string& path, bool full = false);

/// The path of the table name, as the school would have supplied it when it is absent:
/// "content/data/" + name + ".csv".
std::string DefaultTablePath(const std::string& name);

}  // namespace nastavnik::model
