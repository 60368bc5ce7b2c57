// Stage 5 (write): adding reviewed pairs to content/data/pairs.csv without ever leaving a half
// written file: the new text goes to pairs.csv.new (synced), the old file is kept as a backup,
// then one rename puts the new file in place.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik::write {

struct AppendedRows {
  char separator = ',';
  /// Cells in the order of the file's own header.
  std::vector<std::vector<std::string>> rows;
};

/// original is the file's current bytes (checked again before the swap, so a file edited in the
/// meantime is not overwritten), or the header to start a file that does not exist yet. On
/// success *backup names the copy of the previous file (empty when there was none).
Status AppendPairs(const std::filesystem::path& pairs_csv, const std::string& original, const AppendedRows& rows,
                   long long now_seconds, std::filesystem::path* backup);

}  // namespace nastavnik::write
