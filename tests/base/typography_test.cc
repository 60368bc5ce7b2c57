#include "base/typography.h"

#include <catch2/catch.hpp>

#include "base/diagnostics.h"
#include "load/markdown.h"
#include "render/html/html_blocks.h"
#include "test_util.h"

namespace nastavnik {
namespace {

std::string FixtureHtml() {
  std::string md = testing::ReadFile(testing::TestsDir() / "fixtures/typography/page.md");
  return render::html::RenderBlocks(load::ParseMarkdownBlocks(md), 0);
}

bool Has(const std::string& html, const std::string& piece) { return html.find(piece) != std::string::npos; }

}  // namespace

TEST_CASE("Typography: quotes, dashes and ellipses in a school's Markdown", "[typography]") {
  std::string html = FixtureHtml();
  CHECK(Has(html, "сказал: «Проект „Наставник“\u00A0— это надолго…»."));
  CHECK(Has(html, "ответили\u00A0— с\u00A0энтузиазмом"));
  // A dash opening a line of dialogue, and dashes between its parts.
  CHECK(Has(html, "— Да,\u00A0— ответил он,\u00A0— конечно. Форма «ученик – ученик» остаётся."));
  CHECK_FALSE(Has(html, "&quot;Проект"));
  CHECK_FALSE(Has(html, "надолго..."));
}

TEST_CASE("Typography: no-break spaces after №, §, initials and one-letter words", "[typography]") {
  std::string html = FixtureHtml();
  CHECK(Has(html, "Школа №\u00A05 и\u00A0§\u00A03 положения"));
  CHECK(Has(html, "приказ №\u00A012 подписал А.\u00A0С.\u00A0Пушкин, а\u00A0копию"));
  CHECK(Has(html, "Иванов\u00A0И.\u00A0И."));
  CHECK(Has(html, "Я и\u00A0ты, в\u00A0школе у\u00A0дома, к\u00A0утру о\u00A0том."));
}

TEST_CASE("Typography: numbers, minus and one percent style", "[typography]") {
  std::string html = FixtureHtml();
  CHECK(Has(html, "Бюджет 1\u202F250\u202F000 рублей, участников 12\u202F345, индекс 614000,"));
  CHECK(Has(html, "Охват 70\u00A0% при цели 70\u00A0%."));
  CHECK(Has(html, "Температура \u22125 градусов"));
}

TEST_CASE("Typography: code and URLs are left as written", "[typography]") {
  std::string html = FixtureHtml();
  CHECK(Has(html, "<code>&quot;не трогать&quot; - ... 12345</code>"));
  CHECK(Has(html, "href=\"https://example.org/a--b...c\""));
  CHECK(Has(html, ">https://example.org/a--b...c</a>"));
  CHECK(Has(html, "&quot;блок кода&quot; - ... 100000"));
}

TEST_CASE("Typography: a quote opened in emphasis closes after it", "[typography]") {
  typography::Typesetter t;
  std::string out = t.Text("Он сказал \"");
  out += t.Text("важно");
  out += t.Text("\" и ушёл");
  CHECK(out == "Он сказал «важно» и\u00A0ушёл");
  CHECK(typography::Typeset("\"«внутри»\"") == "«„внутри“»");
}

}  // namespace nastavnik
