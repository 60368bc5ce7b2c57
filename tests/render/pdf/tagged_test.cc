// Tagged PDF, images and charts, checked with the tools an accessibility reviewer and a printer
// would use: pdfinfo's structure dump, qpdf, pdfimages and pdftotext.
#include <catch2/catch.hpp>

#include <array>
#include <regex>
#include <string>

#include "base/document.h"
#include "render/pdf/image_size.h"
#include "render/pdf/pdf.h"
#include "render/pdf/tiny_png.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::testing {
namespace {

using render::pdf::PdfOptions;
using render::pdf::RenderPdf;

doc::Block Chart() {
  doc::Block b;
  b.kind = doc::BlockKind::kChart;
  b.text = "Охват наставничеством: обучающиеся 72 %, педагоги 41 %, цель 70 %";
  b.chart.title = "Охват наставничеством";
  b.chart.categories = {"Обучающиеся", "Педагоги"};
  b.chart.series = {{"Вход", {54, 30}}, {"Выход", {72, 41}}};
  b.chart.target = 70;
  b.chart.target_label = "цель 70 %";
  b.chart.max = 100;
  b.chart.unit = "%";
  return b;
}

doc::Document Sample() {
  doc::Document d;
  d.title = "Проверка тегов";
  d.blocks.push_back(doc::Heading(1, "Отчёт о мониторинге"));
  d.blocks.push_back(doc::Paragraph("Первый абзац отчёта о работе наставнических пар."));
  doc::Block list;
  list.kind = doc::BlockKind::kList;
  list.ordered = true;
  for (const char* item : {"первый пункт", "второй пункт"}) {
    doc::Block li;
    li.kind = doc::BlockKind::kListItem;
    li.children.push_back(doc::Paragraph(item));
    list.children.push_back(std::move(li));
  }
  d.blocks.push_back(std::move(list));
  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  table.table.aligns = {doc::Align::kDefault, doc::Align::kDefault};
  table.table.rows = {{{{doc::Text("Форма")}}, {{doc::Text("Пар")}}},
                      {{{doc::Text("учитель – ученик")}}, {{doc::Text("7")}}}};
  d.blocks.push_back(std::move(table));
  doc::Block image;
  image.kind = doc::BlockKind::kImage;
  image.url = "img/gerb.png";
  image.text = "Герб города";
  d.blocks.push_back(std::move(image));
  d.blocks.push_back(Chart());
  return d;
}

struct Rendered {
  TempDir dir;
  std::filesystem::path pdf;
};

std::string Render(const doc::Document& d, const std::string& png) {
  PdfOptions options;
  options.resources = nastavnik::testing::TestPdfResources();
  options.epoch_seconds = 1764547200;
  options.images["img/gerb.png"] = png;
  Result<std::string> bytes = RenderPdf(d, options);
  REQUIRE(bytes.ok());
  return *bytes;
}

}  // namespace

TEST_CASE("PNG and JPEG sizes are read from their headers", "[pdf][image]") {
  const std::string png = render::pdf::testdata::TinyPng(5, 3);
  CHECK(render::pdf::ImagePixelSize(png).width == 5);
  CHECK(render::pdf::ImagePixelSize(png).height == 3);
  // SOI, an APP0 segment, then SOF0 with height 480 and width 640.
  const std::string jpeg("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC0\x00\x11\x08\x01\xE0\x02\x80\x03", 18);
  CHECK(render::pdf::ImagePixelSize(jpeg).width == 640);
  CHECK(render::pdf::ImagePixelSize(jpeg).height == 480);
  CHECK(render::pdf::ImagePixelSize("GIF89a").width == 0);
}

TEST_CASE("the PDF is tagged: headings, paragraphs, lists, tables with header scope, figures", "[pdf][tags]") {
  const std::string png = render::pdf::testdata::TinyPng(40, 20);
  TempDir dir;
  const auto pdf = dir.path() / "t.pdf";
  WriteFile(pdf, Render(Sample(), png));
  CHECK(Run("qpdf --check '" + pdf.string() + "'").exit_code == 0);
  const std::string info = Run("pdfinfo '" + pdf.string() + "'").output;
  CHECK(info.find("Tagged:          yes") != std::string::npos);
  CHECK(info.find("Title:           Проверка тегов") != std::string::npos);
  const std::string tree = Run("pdfinfo -struct '" + pdf.string() + "'").output;
  for (const char* element : {"Document", "H1", "P (block)", "L (block)", "LI", "Lbl", "LBody", "Table", "TR",
                              "TH", "/Scope /Column", "TD", "Figure"}) {
    INFO(element);
    CHECK(tree.find(element) != std::string::npos);
  }
  size_t figures = 0;
  for (size_t at = tree.find("Figure"); at != std::string::npos; at = tree.find("Figure", at + 1)) ++figures;
  CHECK(figures == 2);
  // Reading order: the text of each element, as a screen reader gets it.
  const std::string text = Run("pdfinfo -struct-text '" + pdf.string() + "'").output;
  CHECK(text.find("Отчёт о мониторинге") < text.find("Первый абзац"));
  CHECK(text.find("Первый абзац") < text.find("первый пункт"));
  CHECK(text.find("\"1.\"") != std::string::npos);
  CHECK(text.find("учитель – ученик") != std::string::npos);
  // The catalog: marked, its language and its title shown in the window.
  const std::string qdf = Run("qpdf --qdf --object-streams=disable '" + pdf.string() + "' -").output;
  CHECK(qdf.find("/MarkInfo") != std::string::npos);
  CHECK(qdf.find("/Marked true") != std::string::npos);
  CHECK(qdf.find("/Lang (ru-RU)") != std::string::npos);
  CHECK(qdf.find("/DisplayDocTitle true") != std::string::npos);
  CHECK(qdf.find("/StructParents 0") != std::string::npos);
  CHECK(qdf.find("/ParentTree") != std::string::npos);
  CHECK(qdf.find("/Alt") != std::string::npos);
  CHECK(qdf.find("<dc:title>") != std::string::npos);
}

TEST_CASE("page numbers are artifacts, not part of the text a reader hears", "[pdf][tags]") {
  doc::Document d;
  d.title = "Две страницы";
  for (int i = 0; i < 40; ++i) d.blocks.push_back(doc::Paragraph("Строка текста номер " + std::to_string(i) + "."));
  TempDir dir;
  const auto pdf = dir.path() / "p.pdf";
  WriteFile(pdf, Render(d, render::pdf::testdata::TinyPng(2, 2)));
  const std::string page2 = Run("pdftotext -f 2 -l 2 '" + pdf.string() + "' -").output;
  REQUIRE(page2.find("2\n") != std::string::npos);  // printed on paper
  const std::string text = Run("pdfinfo -struct-text '" + pdf.string() + "'").output;
  CHECK(text.find("\"2\"") == std::string::npos);
  CHECK(text.find("Строка текста номер 39.") != std::string::npos);
}

TEST_CASE("images are embedded at the frame width, and a missing one is an input error", "[pdf][image]") {
  TempDir dir;
  const auto pdf = dir.path() / "i.pdf";
  WriteFile(pdf, Render(Sample(), render::pdf::testdata::TinyPng(40, 20)));
  const std::string list = Run("pdfimages -list '" + pdf.string() + "'").output;
  CHECK(std::regex_search(list, std::regex("image\\s+40\\s+20\\s+rgb")));
  CHECK(Run("pdftotext '" + pdf.string() + "' -").output.find("[изображение") == std::string::npos);

  PdfOptions options;

  options.resources = nastavnik::testing::TestPdfResources();
  Result<std::string> missing = RenderPdf(Sample(), options);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("img/gerb.png") != std::string::npos);
}

TEST_CASE("a chart is drawn with its title, values, target and legend", "[pdf][chart]") {
  doc::Document d;
  d.title = "Диаграмма";
  d.blocks.push_back(Chart());
  doc::Block bars = Chart();
  bars.chart.kind = doc::Chart::Kind::kBars;
  bars.chart.title = "Удовлетворённость";
  d.blocks.push_back(bars);
  TempDir dir;
  const auto pdf = dir.path() / "c.pdf";
  const std::string bytes = Render(d, render::pdf::testdata::TinyPng(2, 2));
  WriteFile(pdf, bytes);
  const std::string text = Run("pdftotext -raw '" + pdf.string() + "' -").output;
  for (const char* s : {"Охват наставничеством", "Обучающиеся", "Педагоги", "54 %", "72 %", "41 %", "цель 70 %",
                        "Вход", "Выход", "Удовлетворённость", "100 %"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
  CHECK(text.find("[изображение") == std::string::npos);
  // The target line is dashed; the columns are filled paths.
  const std::string qdf = Run("qpdf --qdf --object-streams=disable '" + pdf.string() + "' -").output;
  CHECK(qdf.find("] 0 d") != std::string::npos);
  CHECK(qdf.find("re f") != std::string::npos);
  CHECK(Render(d, render::pdf::testdata::TinyPng(2, 2)) == bytes);  // deterministic
}

}  // namespace nastavnik::testing
