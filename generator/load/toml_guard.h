// Stage 1 (load): a pass over TOML text before toml++ sees it. toml++ 3.3.0 (Debian 12) reaches
// __builtin_unreachable when it asks whether a non-ASCII character is whitespace (its generated
// table lacks most ranges): a Cyrillic key written without quotes, or a Cyrillic word right after
// a line-ending backslash in a """ string. Found by fuzz/fuzz_toml; see fuzz/regressions/toml/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace nastavnik::load {

/// Refuses what TOML forbids anyway and toml++ would trip over (invalid UTF-8; a non-ASCII
/// character outside strings and comments; a backslash before a non-ASCII character in a """
/// string), with a Russian message at its line and column. Text that toml++ would read wrongly
/// but that is valid TOML is rewritten to the same meaning: the first character after a
/// line-ending backslash becomes a \u escape. Lines never change; columns after such an escape
/// are mapped back with OriginalColumn.
struct GuardedToml {
  std::string text;
  /// Where an escape replaced one character: toml++'s columns past it are `extra` too far right.
  struct Shift {
    int line = 0;    // as toml++ counts (from 1, without line_offset)
    int column = 0;  // the replaced character's column
    int extra = 0;
  };
  std::vector<Shift> shifts;

  /// A column toml++ reported on `line` (its own numbering), as the school's file has it.
  int OriginalColumn(int line, int column) const;
};

Result<GuardedToml> GuardToml(std::string_view text, const std::string& path, int line_offset);

}  // namespace nastavnik::load
