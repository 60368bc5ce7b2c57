// The booklet: several documents in one file, each starting on an odd page, laid out once for
// both the single files and the booklet (written on two threads), the same bytes every time.
#include <catch2/catch.hpp>

#include <regex>

#include "base/document.h"
#include "render/pdf/pdf.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace {

using render::pdf::PdfOptions;

doc::Document Part(int n, int paragraphs) {
  doc::Document d;
  d.title = "Часть " + std::to_string(n);
  d.blocks.push_back(doc::Heading(1, "Часть " + std::to_string(n)));
  for (int i = 0; i < paragraphs; ++i) {
    d.blocks.push_back(doc::Paragraph("Абзац " + std::to_string(i) + " части " + std::to_string(n) +
                                      ": наставник и наставляемый составляют план и отмечают выполнение."));
  }
  return d;
}

int Pages(const std::string& bytes) {
  TempDir dir;
  WriteFile(dir.path() / "b.pdf", bytes);
  return PdfPages(dir.path() / "b.pdf");
}

}  // namespace

TEST_CASE("single files and the booklet agree, every part starts on an odd page, bytes repeat", "[pdf][booklet]") {
  // One page, two pages (60 paragraphs), one page.
  const std::vector<doc::Document> parts = {Part(1, 3), Part(2, 60), Part(3, 3)};
  doc::Document about;
  about.title = "Сборник";
  PdfOptions options;
  options.resources = nastavnik::testing::TestPdfResources();
  options.epoch_seconds = 1764547200;
  Result<render::pdf::PartsAndBooklet> a = render::pdf::RenderPartsAndBooklet(parts, about, options, true);
  REQUIRE(a.ok());
  REQUIRE(a->parts.size() == 3);
  for (size_t i = 0; i < parts.size(); ++i) {
    Result<std::string> single = render::pdf::RenderPdf(parts[i], options);
    REQUIRE(single.ok());
    CHECK(*single == a->parts[i]);
  }
  const int p1 = Pages(a->parts[0]), p2 = Pages(a->parts[1]), p3 = Pages(a->parts[2]);
  CHECK(p1 == 1);
  CHECK(p2 >= 2);
  // Part 2 starts on page 3 (page 2 is the blank back of part 1), part 3 on the next odd page.
  const int p3_start = 3 + p2 + (p2 % 2 == 1 ? 1 : 0);
  CHECK(Pages(a->booklet) == p3_start + p3 - 1);
  TempDir dir;
  WriteFile(dir.path() / "b.pdf", a->booklet);
  CHECK(Run("pdftotext -f 3 -l 3 '" + (dir.path() / "b.pdf").string() + "' -").output.find("Часть 2") !=
        std::string::npos);
  CHECK(Run("pdftotext -f 2 -l 2 '" + (dir.path() / "b.pdf").string() + "' -").output.find("Абзац") ==
        std::string::npos);
  CHECK(Run("pdfinfo '" + (dir.path() / "b.pdf").string() + "'").output.find("Tagged:          yes") !=
        std::string::npos);
  Result<render::pdf::PartsAndBooklet> b = render::pdf::RenderPartsAndBooklet(parts, about, options, true);
  REQUIRE(b.ok());
  CHECK(a->booklet == b->booklet);
  CHECK(a->parts == b->parts);
}

}  // namespace nastavnik::testing
