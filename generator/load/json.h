// Stage 1 (load): JSON (the monitoring summaries `nastavnik rollup` reads) into the same value
// tree as TOML, each value knowing its line and column. Strict RFC 8259: no comments, no trailing
// commas; numbers become kInteger when whole and written without a fraction, else kFloat;
// null reads as an empty string.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "load/tree.h"

namespace nastavnik::load {

/// path is what messages show. The error names the place and what was expected, in Russian.
Result<Value> ParseJson(std::string_view text, const std::string& path);

}  // namespace nastavnik::load
