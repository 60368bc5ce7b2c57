// Stage 5 (write): `nastavnik new DIR` — a fresh school folder with a commented program.toml,
// content/data/data.xlsx with a sheet per table (headers only), and a first page.
#pragma once

#include <filesystem>

#include "base/status.h"

namespace nastavnik::write {

/// Refuses a folder that already has content/program.toml, so a school's data is never
/// overwritten.
Status WriteNewProject(const std::filesystem::path& dir, const std::filesystem::path& data_dir);

}  // namespace nastavnik::write
