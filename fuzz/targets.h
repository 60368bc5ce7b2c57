// The body of every fuzz target, shared by the libFuzzer executables (fuzz/fuzz_*.cc) and the
// replay test (tests/load/fuzz_replay_test.cc), so the corpus is checked by one copy of the code.
// A target feeds the bytes to a parser and returns "" when every invariant held, else a sentence
// saying which one broke. Crashes, hangs and sanitizer reports are caught by the tools around it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nastavnik::fuzz {

using Target = std::string (*)(std::string_view bytes);

/// load/csv (first byte picks the requested encoding) and load/encoding both ways.
std::string CheckCsv(std::string_view bytes);
/// load/toml: program.toml and TOML front matter.
std::string CheckToml(std::string_view bytes);
/// load/json: the rollup's strict reader, then model/school_summary on what it read.
std::string CheckJson(std::string_view bytes);
/// load/markdown: front matter (TOML or YAML) and the cmark-gfm walk.
std::string CheckMarkdown(std::string_view bytes);
/// program.toml bytes through load and every settings reader of the model.
std::string CheckProgram(std::string_view bytes);
/// base/date: ParseDate and the calendar arithmetic behind it.
std::string CheckDates(std::string_view bytes);
/// A CSV file through load and the model's cell readers (first byte picks which file).
std::string CheckTables(std::string_view bytes);
/// load/xlsx_reader: a workbook, or its XML parts packed into one (see fuzz/check_xlsx.cc).
std::string CheckXlsx(std::string_view bytes);

struct NamedTarget {
  const char* name;  // the folder under fuzz/corpus and fuzz/regressions
  Target target;
};
const std::vector<NamedTarget>& AllTargets();

/// For LLVMFuzzerTestOneInput: runs the target and aborts with its message when it fails.
int RunOrAbort(Target target, const uint8_t* data, size_t size);

}  // namespace nastavnik::fuzz
