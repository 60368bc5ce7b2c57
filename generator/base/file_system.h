// Base: reading the project folder. Only load/ and write/ (and main) use this; compute/ and
// render/ never touch the file system.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "base/status.h"

namespace nastavnik::fs {

/// The whole file as bytes; an Input error naming the path when it cannot be read.
Result<std::string> ReadFile(const std::filesystem::path& path, const std::string& shown_path);

/// Resolves a project-relative path from config or content, refusing one that leaves root:
/// absolute paths, "..", and symlinks pointing outside, checked component by component after
/// canonicalisation (a string prefix check would let "/srv/root2" pass for root "/srv/root").
Result<std::filesystem::path> ResolveWithin(const std::filesystem::path& root,
                                            const std::string& relative, const Location& where);

/// Regular files under dir (recursively) whose names end in extension, sorted by path.
std::vector<std::filesystem::path> ListFiles(const std::filesystem::path& dir,
                                             const std::string& extension);

/// path relative to root with '/' separators, for messages.
std::string Relative(const std::filesystem::path& path, const std::filesystem::path& root);

}  // namespace nastavnik::fs
