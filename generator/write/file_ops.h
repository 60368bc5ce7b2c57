// The few file operations both writers need: one file with the build's timestamp, and an atomic
// exchange of two paths.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace nastavnik::write {

using fs::kOutputMarker;

/// Writes bytes to path, creating folders; the file's times become epoch_seconds (reproducible
/// archives), or stay the real time when epoch_seconds is negative.
Status WriteOneFile(const std::filesystem::path& path, const std::string& bytes, long long epoch_seconds);
/// The same for a file whose bytes come in pieces: fill writes them to the stream.
Status WriteOneFileWith(const std::filesystem::path& path, const std::function<void(std::ostream&)>& fill,
                        long long epoch_seconds);

/// The output folder as an absolute path that names a folder ("out/" is "out"); an empty path or
/// the root is refused.
Result<std::filesystem::path> OutputFolder(const std::filesystem::path& output_dir);

/// Removes a folder of ours, its marker file last: a removal that fails half-way leaves the marker,
/// so the next build still recognises the rest as a leftover.
std::error_code RemoveMarkedTree(const std::filesystem::path& dir);

/// Creates path anew (O_CREAT|O_EXCL|O_NOFOLLOW: never through or over anything already there),
/// writes bytes with the given permissions and syncs. Returns errno, 0 on success; EEXIST means
/// the name is taken.
int CreateSynced(const std::filesystem::path& path, const std::string& bytes, mode_t mode);
/// Writes text, synced, to a new file beside target under a name nobody can predict
/// (".NAME.<random>.tmp"), for a rename over target; *fresh receives its path.
Status WriteBeside(const std::filesystem::path& target, const std::string& text, mode_t mode,
                   std::filesystem::path* fresh);

/// Exchanges two paths in one step (Linux renameat2 with RENAME_EXCHANGE); false where unsupported.
bool ExchangePaths(const std::filesystem::path& a, const std::filesystem::path& b);

}  // namespace nastavnik::write
