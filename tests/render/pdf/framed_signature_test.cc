// A signature line with a framed box in place of the rule (the electronic-signature mark): the
// box stays whole on one page with the lines before it, inside the margins and at most 8 cm wide,
// and its lines are real, tagged text read between the position and the name.
#include <catch2/catch.hpp>

#include <algorithm>

#include "test_pdf_resources.h"
#include "test_util.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/layout.h"
#include "render/pdf/pdf.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {
namespace {

doc::FramedLine Framed(const std::string& text, doc::Align align = doc::Align::kLeft) {
  return doc::FramedLine{{doc::Text(text)}, align};
}

doc::Block SignedRow() {
  doc::SignatureLine row;
  row.left = "Директор МБОУ «СОШ № 3»";
  row.right = "Е. М. Кравцова";
  row.framed = {Framed("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ", doc::Align::kCenter),
                Framed("Сертификат: 02A7F3C1000BB2D54E9A0C71F3D86E25"),
                Framed("Владелец: Кравцова Елена Михайловна"), Framed("Действителен: с 01.09.2025 по 01.12.2026")};
  doc::Block b;
  b.kind = doc::BlockKind::kSignatures;
  b.keep_together = true;
  b.signatures = {row};
  return b;
}

// Lines of filler, then the signed row.
doc::Document Filler(int lines, bool landscape = false) {
  doc::Document d;
  d.landscape = landscape;
  for (int i = 1; i <= lines; ++i) d.blocks.push_back(doc::Paragraph("Строка " + std::to_string(i) + "."));
  d.blocks.push_back(SignedRow());
  return d;
}

LaidOutDocument Lay(const doc::Document& d, PdfWriter& writer) {
  LayoutOptions options;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  Result<LaidOutDocument> laid = LayoutDocument(d, writer, options);
  REQUIRE(laid.ok());
  return std::move(*laid);
}

// The page holding a run that starts with text, or -1.
int PageOf(const LaidOutDocument& laid, const std::string& text) {
  for (size_t p = 0; p < laid.pages.size(); ++p) {
    for (const TextRun& run : laid.pages[p].content.texts) {
      if (EncodeUtf8(run.text).rfind(text, 0) == 0) return static_cast<int>(p);
    }
  }
  return -1;
}

}  // namespace

TEST_CASE("the framed mark is never split and stays with the last lines of the text", "[pdf][esign]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  bool carried_over = false;  // some filler length pushed the mark and the last line to a new page
  for (int n = 20; n <= 40; ++n) {
    INFO(n << " lines of filler");
    LaidOutDocument laid = Lay(Filler(n), writer);
    const int last = static_cast<int>(laid.pages.size()) - 1;
    for (const char* line : {"ДОКУМЕНТ ПОДПИСАН", "Сертификат: 02A7", "Владелец: Кравцова", "Действителен: с 01.09.2025",
                             "Директор МБОУ", "Е. М. Кравцова"}) {
      INFO(line);
      CHECK(PageOf(laid, line) == last);
    }
    const int last_line = PageOf(laid, "Строка " + std::to_string(n) + ".");
    CHECK(last_line == last);
    if (last > 0 && PageOf(laid, "Строка " + std::to_string(n - 1) + ".") == last - 1) carried_over = true;
  }
  CHECK(carried_over);
}

TEST_CASE("the framed mark sits inside the margins, at most 8 cm wide, between position and name", "[pdf][esign]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  for (bool landscape : {false, true}) {
    INFO((landscape ? "landscape" : "portrait"));
    LaidOutDocument laid = Lay(Filler(3, landscape), writer);
    REQUIRE(laid.pages.size() == 1);
    const Content& c = laid.pages[0].content;
    REQUIRE(c.strokes.size() == 4);
    float x1 = 1e9f, x2 = -1e9f, y1 = 1e9f, y2 = -1e9f;
    for (const Stroke& s : c.strokes) {
      x1 = std::min({x1, s.x1, s.x2});
      x2 = std::max({x2, s.x1, s.x2});
      y1 = std::min({y1, s.y1, s.y2});
      y2 = std::max({y2, s.y1, s.y2});
    }
    const PageGeometry g = Geometry(landscape);
    CHECK(x2 - x1 <= 80 * kMm + 0.01f);
    CHECK(x1 > g.body_left());
    CHECK(x2 < g.body_right());
    float position_right = 0, name_left = 1e9f;
    for (const TextRun& run : c.texts) {
      const std::string text = EncodeUtf8(run.text);
      const float width = [&] {
        float w = 0;
        for (char16_t ch : run.text) w += writer.Advance(run.face, ch) * run.size + (ch == u' ' ? run.word_spacing : 0);
        return w;
      }();
      if (text.rfind("Директор", 0) == 0 || text.rfind("«СОШ", 0) == 0) position_right = std::max(position_right, run.x + width);
      if (text.rfind("Е. М.", 0) == 0) {
        name_left = run.x;
        CHECK(std::abs(run.x + width - g.body_right()) < 2);  // the last letter at the right margin
      }
      const bool inside = run.y > y1 && run.y < y2 && run.x >= x1 && run.x + width <= x2 + 0.05f;
      if (text.rfind("Сертификат", 0) == 0 || text.rfind("Владелец", 0) == 0 || text.rfind("ДОКУМЕНТ", 0) == 0) {
        INFO(text);
        CHECK(inside);
        if (text.rfind("ДОКУМЕНТ", 0) == 0) CHECK(std::abs((run.x - x1) - (x2 - run.x - width)) < 2);  // centred
      }
    }
    CHECK(position_right > 0);
    CHECK(position_right < x1);
    CHECK(name_left > x2);
  }
}

TEST_CASE("the framed mark is tagged: a Div of the position, the mark's lines and the name", "[pdf][esign]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LaidOutDocument laid = Lay(Filler(1), writer);
  auto div = std::find_if(laid.structure.begin(), laid.structure.end(), [](const StructNode& n) { return n.type == "Div"; });
  REQUIRE(div != laid.structure.end());
  const int outer = static_cast<int>(div - laid.structure.begin());
  // Each text run belongs to an element under the outer Div, and none is an artifact.
  std::vector<std::string> read;
  for (const TextRun& run : laid.pages[0].content.texts) {
    if (EncodeUtf8(run.text).rfind("Строка", 0) == 0) continue;
    INFO(EncodeUtf8(run.text));
    REQUIRE(run.tag > 0);
    int t = run.tag;
    while (t > outer) t = laid.structure[t].parent;
    CHECK(t == outer);
    CHECK(laid.structure[run.tag].type == "P");
  }
  int inner = -1, sides = 0, lines = 0;
  for (size_t i = 0; i < laid.structure.size(); ++i) {
    if (laid.structure[i].type == "Div" && laid.structure[i].parent == outer) inner = static_cast<int>(i);
  }
  REQUIRE(inner > outer);
  for (const StructNode& n : laid.structure) {
    if (n.type == "P" && n.parent == outer) ++sides;
    if (n.type == "P" && n.parent == inner) ++lines;
  }
  CHECK(sides == 2);  // the position and the name
  CHECK(lines == 4);  // the mark's lines
  // A signature row without a box stays one P, as before.
  doc::Document plain;
  doc::Block b;
  b.kind = doc::BlockKind::kSignatures;
  b.signatures = {doc::SignatureLine{"Директор", "Е. М. Кравцова", "(подпись)"}};
  plain.blocks.push_back(b);
  LaidOutDocument plain_laid = Lay(plain, writer);
  CHECK(std::none_of(plain_laid.structure.begin(), plain_laid.structure.end(),
                     [](const StructNode& n) { return n.type == "Div"; }));
}

}  // namespace nastavnik::render::pdf
