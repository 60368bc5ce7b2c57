// The layout engine's promises, checked on its output rather than on pictures: text stays inside
// the margins, justified lines end flush right, headings never end a page, words hyphenate.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "render/pdf/hyphenate.h"
#include "render/pdf/layout.h"
#include "render/pdf/pdf.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/sample_document.h"
#include "render/pdf/text_layout.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::render::pdf {
namespace {

// The width up to the last ink: a line keeps the space it ended at, which prints nothing.
float RunWidth(Measurer& m, const TextRun& run) {
  std::u16string_view text = run.text;
  while (!text.empty() && text.back() == u' ') text.remove_suffix(1);
  float w = 0;
  for (char16_t c : text) w += m.Advance(run.face, c) * run.size * run.scale + (c == u' ' ? run.word_spacing : 0);
  return w;
}

LaidOutDocument Lay(const doc::Document& d, PdfWriter& writer) {
  LayoutOptions options;
  options.images = &testdata::SampleImages();
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  Result<LaidOutDocument> laid = LayoutDocument(d, writer, options);
  REQUIRE(laid.ok());
  return std::move(*laid);
}

doc::Document ManySections(int sections) {
  doc::Document d;
  d.title = "Длинный документ";
  d.blocks.push_back(doc::Heading(1, "Длинный документ"));
  for (int i = 1; i <= sections; ++i) {
    d.blocks.push_back(doc::Heading(2, std::to_string(i) + ". Раздел о наставничестве"));
    for (int k = 0; k < 1 + i % 3; ++k) d.blocks.push_back(doc::Paragraph(testdata::kLongParagraph));
  }
  return d;
}

// Points of a word as "на-став-ни-че-ство".
std::string Hyphenated(const Hyphenator* h, std::u16string_view word) {
  std::vector<int> points;
  h->Points(word, &points);
  std::u16string out;
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::find(points.begin(), points.end(), static_cast<int>(i)) != points.end()) out.push_back(u'-');
    out.push_back(word[i]);
  }
  return EncodeUtf8(out);
}

TEST_CASE("Russian words hyphenate where TeX's Russian patterns allow, two letters and a vowel each side", "[pdf]") {
  const Hyphenator* h = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  REQUIRE(h != nullptr);
  CHECK(Hyphenated(h, u"наставничество") == "на-став-ни-че-ство");
  CHECK(Hyphenated(h, u"Наставничество") == "На-став-ни-че-ство");
  // Words the patterns know only through a shorter pattern inside a longer one: libhyphen saw
  // none of these points before the patterns were completed for it.
  CHECK(Hyphenated(h, u"нескольких") == "не-сколь-ких");
  CHECK(Hyphenated(h, u"документ") == "до-ку-мент");
  CHECK(Hyphenated(h, u"группа") == "груп-па");
  CHECK(Hyphenated(h, u"опыта") == "опы-та");
  CHECK(Hyphenated(h, u"законом") == "за-ко-ном");
  CHECK(Hyphenated(h, u"совместная") == "сов-мест-ная");
  CHECK(Hyphenated(h, u"участников") == "участ-ни-ков");
  CHECK(Hyphenated(h, u"запросов") == "за-про-сов");  // never «зап-рос», across the prefix
  CHECK(Hyphenated(h, u"людьми") == "людь-ми");  // the patterns' own exception list
  CHECK(Hyphenated(h, u"увлечённых") == "увле-чён-ных");  // ё as е
  CHECK(Hyphenated(h, u"Кирилл") == "Ки-рилл");  // never «Кири-лл»
  CHECK(Hyphenated(h, u"план") == "план");  // under five letters
  CHECK(Hyphenated(h, u"school") == "school");
  CHECK(Hyphenator::Shared(std::make_shared<const PdfResources>()) == nullptr);
}

TEST_CASE("all text stays inside the margins, and page numbers sit in the top margin", "[pdf]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LaidOutDocument laid = Lay(testdata::SampleDocument(), writer);
  REQUIRE(laid.pages.size() >= 3);
  for (size_t p = 0; p < laid.pages.size(); ++p) {
    const PageGeometry g = Geometry(laid.pages[p].landscape);
    for (const TextRun& run : laid.pages[p].content.texts) {
      INFO("page " << p + 1 << ": " << EncodeUtf8(run.text));
      CHECK(run.x >= g.body_left() - 0.01f);
      CHECK(run.x + RunWidth(writer, run) <= g.body_right() + 0.05f);
      if (run.y < g.body_top()) {
        CHECK(p > 0);  // only page numbers, and not on the first page
        CHECK(run.y == kPageNumberBaseline);
      } else {
        CHECK(run.y <= g.body_bottom());
      }
    }
  }
}

TEST_CASE("justified lines end flush with the right margin, except a paragraph's last", "[pdf]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  doc::Document d;
  d.blocks.push_back(doc::Paragraph(testdata::kLongParagraph));
  LaidOutDocument laid = Lay(d, writer);
  REQUIRE(laid.pages.size() == 1);
  const auto& texts = laid.pages[0].content.texts;
  REQUIRE(texts.size() >= 3);
  const float right = Geometry(false).body_right();
  for (size_t i = 0; i < texts.size(); ++i) {
    const float end = texts[i].x + RunWidth(writer, texts[i]);
    INFO(EncodeUtf8(texts[i].text));
    if (i + 1 < texts.size()) {
      CHECK(std::abs(end - right) < 0.05f);
    } else {
      CHECK(end < right - 1);
    }
  }
  CHECK(texts[0].x > texts[1].x + 30);  // the first line is indented 1.25 cm
}

TEST_CASE("a heading is never the last thing on a page", "[pdf]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LaidOutDocument laid = Lay(ManySections(40), writer);
  REQUIRE(laid.pages.size() > 5);
  REQUIRE(laid.outline.size() == 41);
  for (const OutlineEntry& e : laid.outline) {
    const auto& texts = laid.pages[e.page].content.texts;
    int below = 0;
    for (const TextRun& run : texts) below += run.y > e.y + 30;
    INFO(e.title << " on page " << e.page + 1);
    CHECK(below >= 2);  // at least two lines of the section follow on the same page
  }
}

TEST_CASE("a table row taller than a page is cut between lines, inside the margins", "[pdf]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  doc::Document d;
  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  std::string long_text;
  for (int i = 0; i < 40; ++i) long_text += testdata::kLongParagraph + std::string(" ");
  doc::TableCell head, body, number;
  head.inlines.push_back(doc::Text("Содержание"));
  number.inlines.push_back(doc::Text("1"));
  body.inlines.push_back(doc::Text(long_text));
  table.table.rows = {{number, head}, {number, body}};
  d.blocks.push_back(table);
  LaidOutDocument laid = Lay(d, writer);
  REQUIRE(laid.pages.size() >= 2);
  for (size_t p = 0; p < laid.pages.size(); ++p) {
    const PageGeometry g = Geometry(false);
    bool header = false;
    for (const TextRun& run : laid.pages[p].content.texts) {
      if (run.y > g.body_top()) CHECK(run.y <= g.body_bottom());
      header = header || EncodeUtf8(run.text) == "Содержание";
    }
    CHECK(header);  // repeated above the continuation
    for (const Stroke& s : laid.pages[p].content.strokes) CHECK(std::max(s.y1, s.y2) <= g.body_bottom() + 0.01f);
  }
}

TEST_CASE("layout and writing are fast enough for a build of many documents", "[pdf]") {
  doc::Document d = ManySections(160);
  const auto start = std::chrono::steady_clock::now();
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LaidOutDocument laid = Lay(d, writer);
  const auto laid_out = std::chrono::steady_clock::now();
  Result<std::string> bytes = writer.Write(laid, DocumentInfo{"Длинный документ", "", "", "ru-RU", "D:20250901000000Z"});
  const auto written = std::chrono::steady_clock::now();
  REQUIRE(bytes.ok());
  const double layout_ms = std::chrono::duration<double, std::milli>(laid_out - start).count();
  const double write_ms = std::chrono::duration<double, std::milli>(written - laid_out).count();
  INFO(laid.pages.size() << " pages: layout " << layout_ms << " ms, writing " << write_ms << " ms");
  CHECK(laid.pages.size() >= 50);
  CHECK(layout_ms + write_ms < 2000);  // generous: sanitizer builds are slow
}

}  // namespace
}  // namespace nastavnik::render::pdf
