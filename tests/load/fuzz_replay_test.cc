// Replays the fuzz corpus and every crash reproducer through the fuzz targets' own bodies
// (fuzz/targets.h), so the normal and the sanitizer test runs re-check them on every build.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/check_util.h"
#include "fuzz/targets.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace {

std::vector<std::filesystem::path> FilesIn(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("every fuzz corpus file and crash reproducer passes its target", "[fuzz]") {
  const std::filesystem::path fuzz_dir = RepoDir() / "fuzz";
  for (const fuzz::NamedTarget& target : fuzz::AllTargets()) {
    std::vector<std::filesystem::path> files = FilesIn(fuzz_dir / "corpus" / target.name);
    // A target whose corpus went missing would pass by checking nothing.
    INFO("fuzz/corpus/" << target.name);
    CHECK(files.size() >= 5);
    for (const std::filesystem::path& file : FilesIn(fuzz_dir / "regressions" / target.name)) files.push_back(file);
    for (const std::filesystem::path& file : files) {
      INFO(std::filesystem::relative(file, RepoDir()).generic_string());
      CHECK(target.target(ReadFile(file)) == "");
    }
  }
}

TEST_CASE("the fuzz invariants reject places outside the file and non-Russian messages", "[fuzz]") {
  const fuzz::Lines lines("a;b\r\nв;г\rд");  // a lone CR ends a line for CSV, not for TOML
  CHECK(lines.Check(Location{"f", 2, 4}).empty());
  CHECK(lines.Check(Location{"f", 3, 2}).empty());
  CHECK_FALSE(lines.Check(Location{"f", 1, 0}).empty());
  CHECK_FALSE(lines.Check(Location{"f", 0, 1}).empty());
  CHECK_FALSE(lines.Check(Location{"f", 4, 1}).empty());
  CHECK_FALSE(lines.Check(Location{"f", 3, 4}).empty());  // "д" is 2 bytes: column 3 at most
  CHECK(fuzz::CheckMessage("файл пуст").empty());
  CHECK_FALSE(fuzz::CheckMessage("file is empty").empty());
  CHECK_FALSE(fuzz::CheckMessage("символ «\xD0» вне кавычек").empty());
}

}  // namespace nastavnik::testing
