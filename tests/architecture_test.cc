// The pipeline's layering, checked by reading the includes: a stage may include base/ and the
// stages before it, never a later one; compute/ and render/ never touch the file system.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "test_util.h"

namespace nastavnik::testing {

TEST_CASE("stages include only earlier stages", "[architecture]") {
  const std::map<std::string, int> order = {{"base", 0}, {"load", 1}, {"model", 2},
                                            {"compute", 3}, {"render", 4}, {"write", 5}};
  std::filesystem::path generator = RepoDir() / "generator";
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(generator)) {
    if (!entry.is_regular_file()) continue;
    std::string rel = std::filesystem::relative(entry.path(), generator).generic_string();
    std::string stage = rel.substr(0, rel.find('/'));
    if (!order.count(stage)) continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (!line.starts_with("#include \"")) continue;
      std::string target = line.substr(10, line.find('"', 10) - 10);
      std::string target_stage = target.substr(0, target.find('/'));
      INFO(rel << " includes " << target);
      CHECK(target != "pipeline.h");
      if (order.count(target_stage)) CHECK(order.at(target_stage) <= order.at(stage));
      if (stage == "compute" || stage == "render") CHECK(target != "base/file_system.h");
    }
  }
  CHECK(files > 30);
}

// catch_discover_tests hands ctest a list separated by ';', so a test named with one is split
// into two names that match nothing: it silently never runs in CI.
TEST_CASE("no test name holds a semicolon, which would keep ctest from running it", "[architecture]") {
  int tests = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(RepoDir() / "tests")) {
    if (entry.path().extension() != ".cc" || entry.path().string().find("node_modules") != std::string::npos) continue;
    std::ifstream in(entry.path());
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("TEST_CASE(\"", 0) != 0) continue;
      ++tests;
      std::string name = line.substr(11, line.find('"', 11) - 11);
      INFO(entry.path().string() << ": " << name);
      CHECK(name.find(';') == std::string::npos);
    }
  }
  CHECK(tests > 100);
}

}  // namespace nastavnik::testing
