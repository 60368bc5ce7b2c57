// The fonts' coverage that `check` tests input against: exactly what RenderPdf can print.
#include <catch2/catch.hpp>

#include "base/utf8.h"
#include "render/pdf/pdf.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::render::pdf {

TEST_CASE("the printable set holds Russian text and drops what the fonts lack", "[pdf][fonts]") {
  Result<CodePointSet> printable = PrintableCodePoints(nastavnik::testing::TestPdfResources());
  REQUIRE(printable.ok());
  for (char32_t c : utf8::Decode("Ёжик «Наставник» — №5, § 2… 100 %\u00A0")) CHECK(printable->Has(c));
  CHECK(printable->Has(0x00AD));  // a soft hyphen prints nothing
  CHECK(printable->Has(0x202F));  // a narrow no-break space, which Liberation Mono lacks
  CHECK_FALSE(printable->Has(0x91D1));   // 金
  CHECK_FALSE(printable->Has(0x1F600));  // 😀

  // Whatever the set lacks, RenderPdf refuses; whatever it holds, RenderPdf prints.
  for (char32_t c : {char32_t{0x91D1}, char32_t{0x1F600}, char32_t{0x2728}, char32_t{0x202F}}) {
    doc::Document d;
    d.blocks.push_back(doc::Paragraph("знак " + utf8::Encode(c)));
    Result<std::string> pdf = RenderPdf(d, PdfOptions{.resources = nastavnik::testing::TestPdfResources()});
    CHECK(pdf.ok() == printable->Has(c));
  }
}

TEST_CASE("an unknown fonts folder is an internal error, not an empty set", "[pdf][fonts]") {
  Result<CodePointSet> printable = PrintableCodePoints(std::make_shared<const PdfResources>());
  REQUIRE_FALSE(printable.ok());
  CHECK(printable.status().message().find("нет файла шрифта") != std::string::npos);
}

}  // namespace nastavnik::render::pdf
