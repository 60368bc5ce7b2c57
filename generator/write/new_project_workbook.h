// Stage 5 (write): the workbook `nastavnik new` leaves in content/data/data.xlsx: a sheet per
// table (load/table_files.h reads it back), Russian headers, a note above each header saying
// what goes there, and dropdowns where a column takes one value of a fixed list.
#pragma once

#include <string>

#include "base/status.h"

namespace nastavnik::write {

/// The .xlsx bytes of the empty tables.
Result<std::string> NewProjectWorkbook();

}  // namespace nastavnik::write
