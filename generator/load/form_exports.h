// Stage 1 (load): the answers downloaded from a form service (Яндекс Формы, Google Forms) and put
// in content/data/ankety/: each .csv (as the service writes it) and each .xlsx (its first visible
// sheet) as a table. Which column is which is said by the questionnaire (model/form_exports.h).
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "base/diagnostics.h"
#include "load/table.h"

namespace nastavnik::load {

inline constexpr char kFormExportsFolder[] = "content/data/ankety";

/// File name ("vhod-yandex.csv") → its table, in name order; a file that cannot be read is
/// reported and left out. No folder: no exports.
std::map<std::string, Table> LoadFormExports(const std::filesystem::path& root, const std::string& csv_encoding,
                                             Diagnostics& diags);

}  // namespace nastavnik::load
