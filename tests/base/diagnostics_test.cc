#include "base/diagnostics.h"

#include <catch2/catch.hpp>

namespace nastavnik {
namespace {

int Lines(const std::string& s, const std::string& containing) {
  int n = 0;
  for (size_t at = s.find(containing); at != std::string::npos; at = s.find(containing, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("Format lists at most 200 errors and says how many more there were", "[diagnostics]") {
  Diagnostics diags;
  for (int line = 1000; line >= 1; --line) diags.Error(Location{"content/data/pairs.csv", line, 1}, "ошибка");
  for (int line = 1; line <= 250; ++line) diags.Warning(Location{"content/data/pairs.csv", line, 2}, "предупреждение");
  std::string out = diags.Format();
  CHECK(diags.error_count() == 1000);
  CHECK(diags.warning_count() == 250);
  CHECK(Lines(out, ": ошибка: ") == 200);
  CHECK(Lines(out, ": предупреждение: ") == 200);
  // The first 200 in file order, not the first reported.
  CHECK(out.starts_with("content/data/pairs.csv:1:1: ошибка: ошибка\n"));
  CHECK(out.find("content/data/pairs.csv:200:1: ошибка:") != std::string::npos);
  CHECK(out.find("content/data/pairs.csv:201:1: ошибка:") == std::string::npos);
  CHECK(out.ends_with("nastavnik: показаны первые 200 ошибок, ещё 800 не показано\n"
                      "nastavnik: показаны первые 200 предупреждений, ещё 50 не показано\n"));
}

TEST_CASE("Format lists every problem when there are few", "[diagnostics]") {
  Diagnostics diags;
  for (int line = 1; line <= 200; ++line) diags.Error(Location{"a.csv", line, 1}, "ошибка");
  std::string out = diags.Format();
  CHECK(Lines(out, ": ошибка: ") == 200);
  CHECK(out.find("не показано") == std::string::npos);
}

}  // namespace nastavnik
