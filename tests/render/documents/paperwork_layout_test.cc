// Where ГОСТ Р 7.0.97 puts things, read back from the example's PDFs as an inspector would see
// them: the stamps' positions (pdftotext -bbox), the page number's ink (a rendered strip of the
// top margin), and page numbers that restart with every document bound into one file.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

constexpr double kMm = 72.0 / 25.4;

struct Word {
  double x_min, y_min, x_max, y_max;
  std::string text;
};

// The words of each page, as pdftotext -bbox reads them.
std::vector<std::vector<Word>> Pages(const stdfs::path& pdf) {
  const std::string xml = Run("pdftotext -bbox '" + pdf.string() + "' -").output;
  std::vector<std::vector<Word>> pages;
  static const std::regex tag(R"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  for (std::sregex_iterator it(xml.begin(), xml.end(), tag), end; it != end; ++it) {
    if ((*it)[1].length() == 0) {
      pages.emplace_back();
      continue;
    }
    pages.back().push_back(Word{std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]),
                                (*it)[5]});
  }
  return pages;
}

const Word* Find(const std::vector<Word>& words, const std::string& text) {
  for (const Word& w : words) {
    if (w.text == text) return &w;
  }
  return nullptr;
}

TEST_CASE("the approval stamp heads the top-right corner with ПРИНЯТО level with it at the left", "[documents][layout]") {
  for (const char* name : {"polozhenie.pdf", "programma.pdf"}) {
    const std::vector<Word> page = Pages(BuiltExample() / "pdf" / name).at(0);
    INFO(name);
    const Word* approved = nullptr;
    for (const char* word : {"УТВЕРЖДЕНО", "УТВЕРЖДЕНА"}) approved = approved ? approved : Find(page, word);
    const Word* accepted = Find(page, "ПРИНЯТО");
    REQUIRE(approved);
    REQUIRE(accepted);
    double top = 1e9;
    for (const Word& w : page) top = std::min(top, w.y_min);
    CHECK(approved->y_min <= top + 0.5);          // nothing stands above it
    CHECK(approved->x_min > 595.0 / 2);            // in the right half
    CHECK(accepted->x_min < 20 * kMm + 1);         // at the left margin
    CHECK(std::abs(accepted->y_min - approved->y_min) < 0.5);  // on the same level
    CHECK(Find(page, "СОГЛАСОВАНО") == nullptr);   // agreement goes under the text, not the head
  }
  // ГОСТ Р 7.0.97: the agreement stamp under the text on the last page, from the left margin.
  const std::vector<std::vector<Word>> pages = Pages(BuiltExample() / "pdf" / "polozhenie.pdf");
  const Word* agreed = Find(pages.back(), "СОГЛАСОВАНО");
  REQUIRE(agreed);
  CHECK(agreed->x_min < 20 * kMm + 1);
  // Requisite 05: the organisation's full name on the first page.
  const std::string first = Run("pdftotext -f 1 -l 1 '" + (BuiltExample() / "pdf" / "polozhenie.pdf").string() + "' -").output;
  CHECK(first.find("Муниципальное") != std::string::npos);
}

// The first row (in mm from the top edge) with ink in the top margin of a page, rendered at 300 dpi.
double InkTopMm(const stdfs::path& pdf, int page) {
  TempDir tmp;
  const stdfs::path out = tmp.path() / "strip";
  // The top 20 mm of the page: 236 rows at 300 dpi.
  Run("pdftoppm -gray -r 300 -f " + std::to_string(page) + " -l " + std::to_string(page) +
      " -x 0 -y 0 -W 2480 -H 236 -singlefile '" + pdf.string() + "' '" + out.string() + "'");
  const std::string pgm = ReadFile(out.string() + ".pgm");
  // "P5\n2480 236\n255\n" then the pixels.
  size_t at = 0;
  for (int fields = 0; fields < 4; ++fields) at = pgm.find_first_of(" \n", at) + 1;
  const int width = 2480;
  for (int row = 0; row < 236; ++row) {
    for (int x = 0; x < width; ++x) {
      if (static_cast<unsigned char>(pgm[at + static_cast<size_t>(row) * width + x]) < 128) return row * 25.4 / 300;
    }
  }
  return 1e9;
}

TEST_CASE("the page number's ink is at least 10 mm from the top edge", "[documents][layout]") {
  const double top = InkTopMm(BuiltExample() / "pdf" / "polozhenie.pdf", 2);
  CHECK(top >= 10.0);
  CHECK(top < 20.0);  // and there is a number
}

// The page number printed in the top margin of each page, 0 when there is none.
std::vector<int> PageNumbers(const stdfs::path& pdf) {
  std::vector<int> numbers;
  for (const std::vector<Word>& page : Pages(pdf)) {
    int number = 0;
    for (const Word& w : page) {
      if (w.y_max < 20 * kMm && std::regex_match(w.text, std::regex("[0-9]+"))) number = std::stoi(w.text);
    }
    numbers.push_back(number);
  }
  return numbers;
}

TEST_CASE("each document bound into one file is numbered on its own and a one-page one has no number", "[documents][layout]") {
  for (const char* name : {"soglasiya-obrabotka-pd.pdf", "soglasiya-nastavnikov.pdf", "blagodarnosti.pdf"}) {
    const stdfs::path pdf = BuiltExample() / "pdf" / name;
    const std::vector<std::vector<Word>> pages = Pages(pdf);
    const std::vector<int> numbers = PageNumbers(pdf);
    INFO(name);
    REQUIRE(pages.size() > 2);
    int in_document = 0;
    for (size_t k = 0; k < pages.size(); ++k) {
      // A document starts with its title: «СОГЛАСИЕ», «ДОПОЛНИТЕЛЬНОЕ», «БЛАГОДАРСТВЕННОЕ».
      bool starts = false;
      for (const char* title : {"СОГЛАСИЕ", "ДОПОЛНИТЕЛЬНОЕ", "БЛАГОДАРСТВЕННОЕ"}) starts = starts || Find(pages[k], title);
      in_document = starts ? 1 : in_document + 1;
      INFO("page " << k + 1);
      CHECK(numbers[k] == (in_document == 1 ? 0 : in_document));
    }
  }
}

TEST_CASE("a thank-you letter's salutation stands centred under its title", "[documents][layout]") {
  const std::vector<std::vector<Word>> pages = Pages(BuiltExample() / "pdf" / "blagodarnosti.pdf");
  REQUIRE(pages.size() > 2);
  int seen = 0;
  for (const std::vector<Word>& page : pages) {
    const Word* title = Find(page, "ПИСЬМО");
    const Word* first = Find(page, "Уважаемая");
    if (!first) first = Find(page, "Дорогая");
    if (!first) first = Find(page, "Уважаемые");
    if (!title || !first) continue;
    ++seen;
    double right = first->x_max;
    for (const Word& w : page) {
      if (std::abs(w.y_min - first->y_min) < 1 && w.x_max > right) right = w.x_max;
    }
    // The line's centre lies on the page's centre line, as the title's does (within 2 mm).
    const double title_centre = (Find(page, "БЛАГОДАРСТВЕННОЕ")->x_min + title->x_max) / 2;
    CHECK(std::abs((first->x_min + right) / 2 - title_centre) < 2 * kMm);
  }
  CHECK(seen == 5);
}

}  // namespace
}  // namespace nastavnik::testing
