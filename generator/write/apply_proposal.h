// Stage 5 (write): adding reviewed pairs to content/data/pairs.csv without ever leaving a half
// written file. The new text goes to a temporary file of a fresh, unguessable name in the same
// folder (created with O_EXCL|O_NOFOLLOW, so nothing planted there is followed or replaced), the
// old file is kept as a backup made the same way, then one rename puts the new file in place.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"
#include "write/file_lock.h"

namespace nastavnik::write {

struct AppendedRows {
  char separator = ',';
  /// Cells in the order of the file's own header.
  std::vector<std::vector<std::string>> rows;
};

/// Held from before pairs.csv is read until the new file is in place: a second `match --apply`
/// waits, then reads the first one's rows (and finds its proposal already applied).
/// The lock file is content/data/.pairs.csv.lock; on_wait is called once before waiting.
Status LockPairs(const std::filesystem::path& pairs_csv, FileLock* lock, const std::function<void()>& on_wait = {});

/// original is the file's current bytes (checked again before the swap, so a file edited in the
/// meantime is not overwritten), or the header to start a file that does not exist yet. A
/// pairs.csv that is a symlink, not a regular file or not writable is refused. The new file keeps
/// the old one's permissions. On success *backup names the copy of the previous file (empty when
/// there was none).
Status AppendPairs(const std::filesystem::path& pairs_csv, const std::string& original, const AppendedRows& rows,
                   long long now_seconds, std::filesystem::path* backup);

}  // namespace nastavnik::write
