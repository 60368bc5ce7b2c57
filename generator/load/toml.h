// Stage 1 (load): TOML text into a load::Value tree. The only file that includes toml++.
#pragma once

#include <string>
#include <string_view>

#include "load/tree.h"

namespace nastavnik::load {

/// Parses a TOML document. A syntax error is returned with its line and column; line_offset is
/// added to every line (front matter starts below the file's first line).
Result<Value> ParseToml(std::string_view text, const std::string& path, int line_offset = 0);

}  // namespace nastavnik::load
