// Stage 1 (load): where each kind of file of a school's folder may be read from, and how large it
// may be. Every file load/ reads from the school's folder or the installed defaults goes through
// ReadProjectFile, so a symlink cannot carry the roster into a page, an image or a template.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace nastavnik::load {

enum class FileKind {
  kProgram,    // content/program.toml
  kTable,      // content/data/*.csv: the only kind that may come from content/data/
  kPage,       // content/**/*.md
  kTemplate,   // templates/**
  kThemeFile,  // themes/NAME/**
  kImage,      // a picture a page or document template embeds
  kPhoto,      // content/photos/ID.jpg: must really lie in content/photos/
};

/// The size limit of a kind. kPage has the default of data.markdown_limit_kb; the caller
/// passes the school's own value.
fs::ReadLimit LimitFor(FileKind kind, size_t markdown_limit_bytes = 256 * 1024);

/// Why the file that really lies at `real` (both paths canonical) may not be read as `kind`
/// from the folder real_root: inside content/data/ (except tables), inside the output folder
/// (output/ or any folder holding fs::kOutputMarker), hidden (a name starting with '.'), a photo
/// outside content/photos/, or a picture inside it (photos are published only with consent, by
/// render/site). Empty when it may be read.
std::string Refusal(const std::filesystem::path& real_root, const std::filesystem::path& real, FileKind kind);

/// Reads `file` of the folder `root` (the school's or the installed defaults'): every symlink
/// resolved and the result kept inside root, checked against Refusal, then read as a regular
/// file within `limit`. Errors are Input errors at shown.
Result<std::string> ReadProjectFile(const std::filesystem::path& root, const std::filesystem::path& file,
                                    const std::string& shown, FileKind kind, const fs::ReadLimit& limit);
Result<std::string> ReadProjectFile(const std::filesystem::path& root, const std::filesystem::path& file,
                                    const std::string& shown, FileKind kind);

}  // namespace nastavnik::load
