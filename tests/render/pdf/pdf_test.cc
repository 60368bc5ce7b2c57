// The PDF renderer as a reader sees it: qpdf, pdffonts, pdftotext and pdfinfo on a rendered
// document with a stamp, wrapped and justified text, a list, a 60-row table and a landscape page.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <regex>
#include <sstream>
#include <string>

#include "base/document.h"
#include "render/pdf/pdf.h"
#include "render/pdf/sample_document.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::render::pdf {
namespace {

using namespace nastavnik::testing;

// pdftotext output with lines run together. Words hyphenated at a line end already read whole.
std::string Flatten(std::string text) {
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  return text;
}

struct Rendered {
  TempDir dir;
  std::string bytes;
  std::filesystem::path pdf;
};

void RenderTo(Rendered& r) {
  PdfOptions options;
  options.resources = nastavnik::testing::TestPdfResources();
  options.images = testdata::SampleImages();
  options.epoch_seconds = 1756684800;  // 2025-09-01T00:00:00Z
  Result<std::string> bytes = RenderPdf(testdata::SampleDocument(), options);
  REQUIRE(bytes.ok());
  r.bytes = *bytes;
  r.pdf = r.dir.path() / "sample.pdf";
  WriteFile(r.pdf, r.bytes);
}

TEST_CASE("the PDF is well formed and its fonts are embedded subsets with ToUnicode", "[pdf]") {
  Rendered r;
  RenderTo(r);
  CommandResult check = Run("qpdf --check '" + r.pdf.string() + "'");
  INFO(check.output);
  CHECK(check.exit_code == 0);

  CommandResult fonts = Run("pdffonts '" + r.pdf.string() + "'");
  INFO(fonts.output);
  REQUIRE(fonts.exit_code == 0);
  int faces = 0;
  std::istringstream lines(fonts.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("Liberation") == std::string::npos) continue;
    ++faces;
    CHECK(line.find("CID TrueType") != std::string::npos);
    CHECK(line.find("Identity-H") != std::string::npos);
    CHECK(std::regex_search(line, std::regex("yes +yes +yes")));
  }
  CHECK(faces >= 4);  // regular, bold, italic, mono
}

TEST_CASE("the text layer reads back as the Cyrillic text, in order", "[pdf]") {
  Rendered r;
  RenderTo(r);
  const std::string text = Flatten(PdfText(r.pdf));
  INFO(text.substr(0, 3000));
  const std::vector<std::string> in_order = {
      "УТВЕРЖДАЮ", "И. И. Иванов", "ПОЛОЖЕНИЕ о наставничестве", "1. Общие положения",
      "Настоящее положение определяет порядок организации",
      "включая ответственность участников за достижение результатов.",
      "универсальная технология", "сформировать базу наставников", "[x]", "вложенный пункт",
      "Мероприятие", "Встреча наставника и наставляемого № 60", "Куратор программы наставничества",
      "П. П. Петрова", "Приложение № 1", "Дорожная карта"};
  size_t at = 0;
  for (const std::string& s : in_order) {
    size_t found = text.find(s, at);
    INFO("looking for: " << s);
    REQUIRE(found != std::string::npos);
    at = found + s.size();
  }
}

TEST_CASE("pages are numbered from the second, and table headers repeat", "[pdf]") {
  Rendered r;
  RenderTo(r);
  const std::string page1 = Run("pdftotext -enc UTF-8 -f 1 -l 1 '" + r.pdf.string() + "' -").output;
  const std::string page2 = Run("pdftotext -enc UTF-8 -f 2 -l 2 '" + r.pdf.string() + "' -").output;
  INFO(page2.substr(0, 500));
  CHECK(page2.rfind("2\n", 0) == 0);  // the number comes first: it is at the top
  CHECK(page1.rfind("1\n", 0) != 0);
  CHECK(page2.find("Мероприятие") != std::string::npos);
  CHECK(page2.find("Ответственный") != std::string::npos);
  // The header is printed once per page, not again between rows.
  CHECK(page2.find("Мероприятие") == page2.rfind("Мероприятие"));
}

TEST_CASE("portrait A4 pages, then landscape after a landscape break", "[pdf]") {
  Rendered r;
  RenderTo(r);
  CommandResult info = Run("pdfinfo -f 1 -l 99 '" + r.pdf.string() + "'");
  INFO(info.output);
  std::regex page_size("Page +([0-9]+) size: +([0-9.]+) x ([0-9.]+) pts");
  std::vector<std::pair<int, int>> sizes;
  for (auto it = std::sregex_iterator(info.output.begin(), info.output.end(), page_size);
       it != std::sregex_iterator(); ++it) {
    sizes.emplace_back(static_cast<int>(std::stod((*it)[2]) + 0.5), static_cast<int>(std::stod((*it)[3]) + 0.5));
  }
  REQUIRE(sizes.size() >= 3);
  CHECK(sizes.front() == std::make_pair(595, 842));
  CHECK(sizes[1] == std::make_pair(595, 842));
  CHECK(sizes.back() == std::make_pair(842, 595));
  CHECK(std::regex_search(info.output, std::regex("Title: +Положение о наставничестве")));
  CHECK(std::regex_search(info.output, std::regex("Creator: +nastavnik")));
  CHECK(std::regex_search(info.output, std::regex("CreationDate: +Mon Sep +1 00:00:00 2025")));
}

TEST_CASE("two renders are byte-identical, whatever the time zone", "[pdf]") {
  PdfOptions options;
  options.resources = nastavnik::testing::TestPdfResources();
  options.images = testdata::SampleImages();
  options.epoch_seconds = 1756684800;
  Result<std::string> a = RenderPdf(testdata::SampleDocument(), options);
  const char* old_tz = std::getenv("TZ");
  std::string saved = old_tz ? old_tz : "";
  setenv("TZ", "Asia/Vladivostok", 1);
  tzset();
  Result<std::string> b = RenderPdf(testdata::SampleDocument(), options);
  if (old_tz) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(*a == *b);
  CHECK(a->find("/CreationDate(D:20250901000000Z)") != std::string::npos);
}

TEST_CASE("headings become the outline, and links are URI annotations", "[pdf]") {
  Rendered r;
  RenderTo(r);
  const std::string outlines = Run("qpdf --json --json-key=outlines '" + r.pdf.string() + "'").output;
  INFO(outlines.substr(0, 2000));
  CHECK(outlines.find("\"title\": \"ПОЛОЖЕНИЕ о наставничестве в МБОУ «СОШ № 1»\"") != std::string::npos);
  CHECK(outlines.find("\"title\": \"1. Общие положения\"") != std::string::npos);
  CHECK(outlines.find("\"title\": \"Дорожная карта\"") != std::string::npos);
  CHECK(r.bytes.find("/URI(https://school.example.ru/nastavnichestvo)") != std::string::npos);
  CHECK(r.bytes.find("/Lang(ru-RU)") != std::string::npos);
  CHECK(r.bytes.find("/DisplayDocTitle true") != std::string::npos);
}

TEST_CASE("the file identifier follows the content", "[pdf]") {
  auto id_of = [](const std::string& text) {
    doc::Document d;
    d.title = "Один заголовок";
    d.blocks.push_back(doc::Paragraph(text));
    Result<std::string> r = RenderPdf(d, PdfOptions{.resources = nastavnik::testing::TestPdfResources()});
    REQUIRE(r.ok());
    std::smatch m;
    REQUIRE(std::regex_search(*r, m, std::regex("/ID\\[<([0-9A-F]{32})><([0-9A-F]{32})>\\]")));
    CHECK(m[1] == m[2]);
    return m[1].str();
  };
  CHECK(id_of("Первый текст") != id_of("Второй текст"));
  CHECK(id_of("Первый текст") == id_of("Первый текст"));
}

TEST_CASE("a character the fonts lack is an input error naming it", "[pdf]") {
  for (const char* bad : {"Смайлик 😀 в тексте", "Иероглиф 中 в тексте"}) {
    doc::Document d;
    d.blocks.push_back(doc::Paragraph(bad));
    Result<std::string> r = RenderPdf(d, PdfOptions{.resources = nastavnik::testing::TestPdfResources()});
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == Status::Code::kInput);
    CHECK(r.status().message().find("U+") != std::string::npos);
    INFO(r.status().message());
    CHECK((r.status().message().find("U+1F600") != std::string::npos ||
           r.status().message().find("U+4E2D") != std::string::npos));
  }
}

TEST_CASE("missing fonts are an internal error, not a crash", "[pdf]") {
  PdfOptions options;
  options.images = testdata::SampleImages();
  options.resources = std::make_shared<const PdfResources>();  // an installation without its fonts
  Result<std::string> r = RenderPdf(testdata::SampleDocument(), options);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kInternal);
}

TEST_CASE("an empty document is still a valid one-page PDF", "[pdf]") {
  TempDir dir;
  Result<std::string> r = RenderPdf(doc::Document{}, PdfOptions{.resources = nastavnik::testing::TestPdfResources()});
  REQUIRE(r.ok());
  WriteFile(dir.path() / "empty.pdf", *r);
  CHECK(Run("qpdf --check '" + (dir.path() / "empty.pdf").string() + "'").exit_code == 0);
}

}  // namespace
}  // namespace nastavnik::render::pdf

namespace nastavnik::render::pdf {
namespace {

// Not run by default: `pdf_test "[pdf-dump]"` with NASTAVNIK_PDF_DUMP=/tmp/x.pdf writes the
// sample for looking at it (pdftoppm -png -r 60 /tmp/x.pdf /tmp/page).
TEST_CASE("dump the sample document", "[.][pdf-dump]") {
  const char* path = std::getenv("NASTAVNIK_PDF_DUMP");
  REQUIRE(path != nullptr);
  PdfOptions options;
  options.resources = nastavnik::testing::TestPdfResources();
  options.images = testdata::SampleImages();
  options.epoch_seconds = 1756684800;
  Result<std::string> bytes = RenderPdf(testdata::SampleDocument(), options);
  REQUIRE(bytes.ok());
  WriteFile(path, *bytes);
}

}  // namespace
}  // namespace nastavnik::render::pdf
