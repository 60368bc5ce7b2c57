// The example school's pair list as pdftotext reads it back: the annex mark of the orders that
// fixed its pairs, and table cells that keep the form and the role model in whole words.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "test_util.h"

namespace nastavnik::testing {
namespace {

std::string LayoutText(const std::filesystem::path& pdf) {
  return Run("pdftotext -layout " + Quote(pdf) + " -").output;
}

}  // namespace

TEST_CASE("the pair list is marked as the annex to the orders that fixed its pairs", "[documents]") {
  const std::string text = Run("pdftotext -raw " + Quote(BuiltExample() / "pdf" / "spisok-par.pdf") + " -").output;
  const std::string flat = std::regex_replace(text, std::regex("\\s+"), " ");
  const size_t mark = flat.find("Приложение к приказам МБОУ «СОШ № 3» от 15.09.2025 № 124-од, от 22.09.2025 № 131-од,");
  CHECK(mark != std::string::npos);
  CHECK(mark < flat.find("СПИСОК"));
  CHECK(flat.find("от 12.01.2026 № 3-од СПИСОК") != std::string::npos);
}

TEST_CASE("no cell of the pair list starts a line with a dash cut from its word", "[documents]") {
  // pdftotext prints a hyphenated word whole where its first part stands and nothing for the
  // rest, so «учи-» / «тель – учитель» reads as a cell line starting with «–». With whole words
  // the dash stays at the end of «учитель –».
  std::istringstream lines(LayoutText(BuiltExample() / "pdf" / "spisok-par.pdf"));
  std::string line;
  int forms = 0;
  while (std::getline(lines, line)) {
    INFO("line «" << line << "»");
    CHECK_FALSE(std::regex_search(line, std::regex("(^| {2,})– ")));
    if (line.find("учитель –") != std::string::npos || line.find("ученик –") != std::string::npos) ++forms;
  }
  CHECK(forms >= 18);
}

}  // namespace nastavnik::testing
