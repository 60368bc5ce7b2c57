// Base: reading the project folder. Only load/ and write/ (and main) use this; compute/ and
// render/ never touch the file system.
//
// Every read is of a regular file whose size is known before the first byte is read: a FIFO,
// a device or a socket is refused without being opened for reading (a FIFO would block, /dev/zero
// would never end), and a file larger than the caller's limit costs one fstat.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"

namespace nastavnik::fs {

/// The file write/ leaves in every folder it makes (output, staging, scratch): such a folder may
/// be replaced by a build, and whatever lies under it is output, never input.
inline constexpr const char* kOutputMarker = ".nastavnik-output";

/// How large a file of one kind may be, and how a refusal names it.
struct ReadLimit {
  size_t max_bytes = size_t{128} << 20;
  std::string what = "файл";  // the subject of the message: "файл Markdown", "таблица CSV"
  std::string advice;         // appended after the limit, e.g. " (настройка …): разбейте его"
};

/// Whether the last part of a path may be a symlink: a path that ResolveInside returned has none,
/// so one found there when opening was planted after the check.
enum class Links { kFollow, kRefuse };

/// The whole file as bytes; an Input error naming shown_path when it is missing, is not a
/// regular file, is larger than limit.max_bytes, or cannot be read. For a file of the project,
/// pass the path ResolveInside returned and Links::kRefuse.
Result<std::string> ReadFile(const std::filesystem::path& path, const std::string& shown_path,
                             const ReadLimit& limit = {}, Links links = Links::kFollow);

/// The real path of an existing file or folder (every symlink resolved), refused with an Input
/// error at shown_path when it lies outside root or does not exist.
Result<std::filesystem::path> ResolveInside(const std::filesystem::path& root, const std::filesystem::path& path,
                                            const std::string& shown_path);

/// Resolves a project-relative path from config or content, refusing one that leaves root:
/// absolute paths, "..", and symlinks pointing outside, checked component by component after
/// canonicalisation (a string prefix check would let "/srv/root2" pass for root "/srv/root").
Result<std::filesystem::path> ResolveWithin(const std::filesystem::path& root,
                                            const std::string& relative, const Location& where);

/// True when inner is root itself or lies under it (both already canonical).
bool IsInside(const std::filesystem::path& root, const std::filesystem::path& inner);

/// Files under dir (recursively) whose names end in one of extensions, sorted by path.
/// Names starting with '.' are hidden and left out, and so are the folders in skip. A symlinked
/// file is listed while it stays inside root, a symlinked folder while it stays inside dir; one
/// that leads further is an error at its path (never silently left out). FIFOs and other special files are listed, so that reading them
/// reports them by name.
std::vector<std::filesystem::path> ListFiles(const std::filesystem::path& root, const std::filesystem::path& dir,
                                             const std::vector<std::string>& extensions, Diagnostics& diags,
                                             const std::vector<std::filesystem::path>& skip = {});

/// path relative to root with '/' separators, for messages.
std::string Relative(const std::filesystem::path& path, const std::filesystem::path& root);

/// "700 МБ", "6 КБ": a size as a message shows it.
std::string FormatSize(size_t bytes);

}  // namespace nastavnik::fs
