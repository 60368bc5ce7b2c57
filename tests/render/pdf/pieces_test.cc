// A long document laid out and painted a piece at a time (cut at its page breaks, as the consents
// are) must be the very file the whole document laid out at once gives; written into its file as
// it is made (a bound document), the same content with its objects in another order, and memory
// that does not grow with the number of pieces.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "base/document.h"
#include "test_pdf_resources.h"
#include "test_util.h"
#include "render/pdf/layout_pieces.h"
#include "render/pdf/pdf.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/sample_document.h"

namespace nastavnik::testing {
namespace {

using render::pdf::PdfOptions;

doc::Block Break(bool landscape = false) {
  doc::Block b;
  b.kind = doc::BlockKind::kPageBreak;
  b.landscape = landscape;
  return b;
}

// The sample's blocks without its image, which keeps a document out of the piecewise path.
std::vector<doc::Block> SampleBlocks() {
  std::vector<doc::Block> out;
  for (doc::Block& b : render::pdf::testdata::SampleDocument().blocks) {
    if (b.kind != doc::BlockKind::kImage) out.push_back(std::move(b));
  }
  return out;
}

PdfOptions Options() {
  PdfOptions options;
  options.resources = nastavnik::testing::TestPdfResources();
  options.epoch_seconds = 1767225600;
  return options;
}

}  // namespace

TEST_CASE("a document rendered in pieces is byte for byte the document rendered whole", "[pdf][pieces]") {
  doc::Document d;
  d.title = "Согласия";
  d.author = "МБОУ «СОШ № 1»";
  d.blocks.push_back(Break());  // a break before anything: no blank first page either way
  for (int part = 0; part < 4; ++part) {
    if (part > 0) d.blocks.push_back(Break(part == 2));  // the third part is landscape
    if (part == 3) d.blocks.push_back(Break());          // two breaks in a row
    for (doc::Block& b : SampleBlocks()) d.blocks.push_back(std::move(b));
    d.blocks.push_back(doc::Paragraph("Часть " + std::to_string(part + 1)));
  }
  REQUIRE(render::pdf::CanLayoutInPieces(d));
  Result<std::string> whole = render::pdf::RenderPdf(d, Options());
  REQUIRE(whole.ok());
  doc::Document copy = d;
  Result<std::string> pieces = render::pdf::RenderPdf(std::move(copy), Options());
  REQUIRE(pieces.ok());
  CHECK(whole->size() > 20000);
  CHECK(*pieces == *whole);
}

TEST_CASE("a document of page breaks only is one blank page in pieces too", "[pdf][pieces]") {
  doc::Document d;
  d.title = "Пусто";
  d.blocks = {Break(), Break(true)};
  REQUIRE(render::pdf::CanLayoutInPieces(d));
  Result<std::string> whole = render::pdf::RenderPdf(d, Options());
  REQUIRE(whole.ok());
  doc::Document copy = d;
  Result<std::string> pieces = render::pdf::RenderPdf(std::move(copy), Options());
  REQUIRE(pieces.ok());
  CHECK(*pieces == *whole);
}

TEST_CASE("documents with images are laid out whole", "[pdf][pieces]") {
  doc::Document d = render::pdf::testdata::SampleDocument();
  d.blocks.push_back(Break());
  d.blocks.push_back(doc::Paragraph("Вторая часть"));
  CHECK_FALSE(render::pdf::CanLayoutInPieces(d));
  d.blocks.pop_back();
  d.blocks.pop_back();
  CHECK_FALSE(render::pdf::CanLayoutInPieces(d));  // no break: nothing to cut
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {

TEST_CASE("parts built on demand make the file of the parts joined by page breaks", "[pdf][pieces]") {
  doc::Document about;
  about.title = "Согласия на обработку персональных данных";
  about.author = "МБОУ «СОШ № 1»";
  const size_t count = 3;
  int built = 0;
  render::pdf::PageBlocks page = [&](size_t i) -> Result<std::vector<doc::Block>> {
    ++built;
    std::vector<doc::Block> blocks = SampleBlocks();
    blocks.push_back(doc::Paragraph("Участник № " + std::to_string(i + 1)));
    return blocks;
  };
  doc::Document joined = about;
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) joined.blocks.push_back(Break());
    Result<std::vector<doc::Block>> blocks = page(i);
    REQUIRE(blocks.ok());
    for (doc::Block& b : *blocks) joined.blocks.push_back(std::move(b));
  }
  Result<std::string> whole = render::pdf::RenderPdf(joined, Options());
  REQUIRE(whole.ok());
  built = 0;
  Result<std::string> paged = render::pdf::RenderPdfPages(about, count, page, Options());
  REQUIRE(paged.ok());
  CHECK(built == 3);
  CHECK(*paged == *whole);
}

TEST_CASE("a part that fails stops the document with its error", "[pdf][pieces]") {
  doc::Document about;
  about.title = "Согласия";
  render::pdf::PageBlocks page = [](size_t i) -> Result<std::vector<doc::Block>> {
    if (i == 1) return Status::Input("нет шаблона согласия");
    return std::vector<doc::Block>{doc::Paragraph("Первая страница")};
  };
  Result<std::string> paged = render::pdf::RenderPdfPages(about, 2, page, Options());
  REQUIRE_FALSE(paged.ok());
  CHECK(paged.status().message().find("нет шаблона согласия") != std::string::npos);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {
namespace {

// A file of the output kept in a stream, as write/ would keep it on disk.
class StreamFile final : public render::OutputFile {
 public:
  std::iostream& stream() override { return bytes; }
  Status Close() override {
    closed = true;
    return Status::Ok();
  }
  std::stringstream bytes{std::ios::in | std::ios::out | std::ios::binary};
  bool closed = false;
};

// What a reader sees of a PDF: its text, its structure tree as text, its information and every
// page drawn.
std::string Seen(const std::filesystem::path& pdf) {
  const std::string p = "'" + pdf.string() + "'";
  // A link's structure element names its annotation by object number, which the order changes.
  std::string seen = Run("pdftotext " + p + " -").output +
                     std::regex_replace(Run("pdfinfo -struct-text " + p).output, std::regex("Object [0-9]+ 0"), "Object");
  std::istringstream info(Run("pdfinfo " + p).output);
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("File size", 0) != 0) seen += line + "\n";
  }
  const std::filesystem::path png = pdf.parent_path() / (pdf.stem().string() + "-page");
  Run("pdftoppm -r 20 -png " + p + " '" + png.string() + "'");
  std::set<std::filesystem::path> pages;  // in page order, whatever order the folder lists them in
  for (const auto& entry : std::filesystem::directory_iterator(pdf.parent_path())) {
    if (entry.path().filename().string().rfind(png.filename().string(), 0) == 0) pages.insert(entry.path());
  }
  for (const std::filesystem::path& page : pages) seen += page.filename().string() + ReadFile(page);
  return seen;
}

// The bound file's content is the held file's, and qpdf finds nothing wrong in its structure.
void CheckSameContent(const std::string& bound, const std::string& held) {
  TempDir dir;
  WriteFile(dir.path() / "bound" / "f.pdf", bound);
  WriteFile(dir.path() / "held" / "f.pdf", held);
  CHECK(bound != held);  // the objects in another order
  CHECK(Seen(dir.path() / "bound" / "f.pdf") == Seen(dir.path() / "held" / "f.pdf"));
  const CommandResult check = Run("qpdf --check '" + (dir.path() / "bound" / "f.pdf").string() + "'");
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("No syntax or stream encoding errors") != std::string::npos);
}

}  // namespace

TEST_CASE("a bound document written into its file as it is made has the content of the file returned whole",
          "[pdf][pieces]") {
  doc::Document about;
  about.title = "Согласия на обработку персональных данных";
  about.author = "МБОУ «СОШ № 1»";
  render::pdf::PageBlocks page = [&](size_t i) -> Result<std::vector<doc::Block>> {
    std::vector<doc::Block> blocks = SampleBlocks();
    blocks.push_back(doc::Paragraph("Участник № " + std::to_string(i + 1)));
    return blocks;
  };
  Result<std::string> whole = render::pdf::RenderPdfPages(about, 3, page, Options());
  REQUIRE(whole.ok());
  StreamFile file;
  REQUIRE(render::pdf::RenderPdfPages(about, 3, page, Options(), file).ok());
  CHECK(file.closed);
  const std::string written = file.bytes.str();
  CheckSameContent(written, *whole);
  TempDir dir;
  WriteFile(dir.path() / "s.pdf", written);
  const std::string text = Run("pdftotext '" + (dir.path() / "s.pdf").string() + "' -").output;
  CHECK(text.find("Участник № 3") != std::string::npos);
  CHECK(Run("pdfinfo '" + (dir.path() / "s.pdf").string() + "'").output.find("Tagged:          yes") !=
        std::string::npos);
  CHECK(Run("pdffonts '" + (dir.path() / "s.pdf").string() + "'").output.find("+LiberationSerif") !=
        std::string::npos);
  // Two files of one title and date still differ in their identifiers (a digest of the file).
  StreamFile other;
  REQUIRE(render::pdf::RenderPdfPages(about, 2, page, Options(), other).ok());
  const std::string a = written.substr(written.rfind("/ID[<")), b = other.bytes.str().substr(other.bytes.str().rfind("/ID[<"));
  CHECK(a.substr(0, 40) != b.substr(0, 40));
}

TEST_CASE("a booklet written into its file hands over each part as it is written", "[pdf][booklet]") {
  std::vector<doc::Document> parts(3);
  for (int n = 0; n < 3; ++n) {
    parts[n].title = "План " + std::to_string(n + 1);
    parts[n].blocks = SampleBlocks();
    parts[n].blocks.push_back(doc::Paragraph("План пары № " + std::to_string(n + 1)));
  }
  doc::Document about;
  about.title = "Индивидуальные планы";
  Result<render::pdf::PartsAndBooklet> whole = render::pdf::RenderPartsAndBooklet(parts, about, Options(), true);
  REQUIRE(whole.ok());
  std::vector<std::string> handed;
  StreamFile booklet;
  Status s = render::pdf::RenderPartsAndBooklet(parts, about, Options(), true, [&](size_t i, std::string&& bytes) {
    CHECK(i == handed.size());
    CHECK_FALSE(booklet.closed);
    handed.push_back(std::move(bytes));
    return Status::Ok();
  }, booklet);
  REQUIRE(s.ok());
  CHECK(booklet.closed);
  CHECK(handed == whole->parts);
  CheckSameContent(booklet.bytes.str(), whole->booklet);
}

// A bound document of `consents` pieces written as it is made; the most PDF objects its writer held at once.
size_t PeakObjectsHeld(int consents, std::string* pdf) {
  doc::Document d;
  d.title = "Согласия";
  for (int i = 0; i < consents; ++i) {
    if (i > 0) d.blocks.push_back(Break());
    for (doc::Block& b : SampleBlocks()) d.blocks.push_back(std::move(b));
    d.blocks.push_back(doc::Paragraph("Участник № " + std::to_string(i + 1)));
  }
  render::pdf::PdfWriter writer(nastavnik::testing::TestPdfResources());
  std::stringstream out(std::ios::in | std::ios::out | std::ios::binary);
  REQUIRE(writer.StartInto(out).ok());
  const std::string date = "D:20260101000000Z";
  Status s = render::pdf::LayoutInPieces(std::move(d), writer, render::pdf::LayoutOptions{},
                                         [&](render::pdf::LaidOutDocument&& piece) {
                                           return writer.AddPages(std::move(piece), date);
                                         });
  REQUIRE(s.ok());
  render::pdf::DocumentInfo info;
  info.title = "Согласия";
  info.date = date;
  REQUIRE(writer.FinishInto(info, out).ok());
  *pdf = out.str();
  return writer.objects_held_peak();
}

TEST_CASE("a bound document holds as few PDF objects after forty pieces as after four", "[pdf][pieces]") {
  std::string few, many;
  const size_t held_few = PeakObjectsHeld(4, &few);
  const size_t held_many = PeakObjectsHeld(40, &many);
  CHECK(held_many == held_few);
  CHECK(held_many < 1000);  // one piece's elements and pages, and the few objects written last
  // The file itself has thousands: its objects went out as they were made.
  const size_t size_at = many.rfind("/Size ");
  REQUIRE(size_at != std::string::npos);
  CHECK(std::stoul(many.substr(size_at + 6)) > 20 * held_many);
  TempDir dir;
  WriteFile(dir.path() / "many.pdf", many);
  CHECK(PdfText(dir.path() / "many.pdf").find("Участник № 40") != std::string::npos);
  CHECK(Run("qpdf --check '" + (dir.path() / "many.pdf").string() + "'").exit_code == 0);
  CHECK(Run("pdfinfo '" + (dir.path() / "many.pdf").string() + "'").output.find("Tagged:          yes") !=
        std::string::npos);
}

}  // namespace nastavnik::testing

namespace nastavnik::testing {
namespace {

// A registry as bazy.pdf has it: a heading, one long table with a header row, a line after.
doc::Document LongTable(int rows) {
  doc::Document d;
  d.title = "Реестр наставляемых";
  d.landscape = true;
  doc::Block heading;
  heading.kind = doc::BlockKind::kHeading;
  heading.level = 1;
  heading.inlines = {doc::Text("Реестр наставляемых")};
  d.blocks.push_back(std::move(heading));
  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  table.table.header_rows = 1;
  auto cell = [](std::string text) {
    doc::TableCell c;
    c.inlines = {doc::Text(std::move(text))};
    return c;
  };
  table.table.rows.push_back({cell("№"), cell("ФИО наставляемого"), cell("Основной запрос")});
  for (int r = 1; r <= rows; ++r) {
    table.table.rows.push_back({cell(std::to_string(r)), cell("Иванова Мария Петровна № " + std::to_string(r)),
                                cell("подготовка к олимпиаде по математике и участие в проектной работе")});
  }
  d.blocks.push_back(std::move(table));
  d.blocks.push_back(doc::Paragraph("Дата: «___» __________ 20__ г."));
  return d;
}

// An order naming every pair: one list of items.
doc::Document LongList(int items) {
  doc::Document d;
  d.title = "Приказ о закреплении наставнических пар";
  doc::Block list;
  list.kind = doc::BlockKind::kList;
  list.ordered = true;
  for (int i = 1; i <= items; ++i) {
    doc::Block item;
    item.kind = doc::BlockKind::kListItem;
    item.children.push_back(doc::Paragraph("Закрепить с 01.09.2025 наставника Петрова Ивана Сергеевича для "
                                           "наставляемых: Сидорова Анна (пара П-" + std::to_string(i) + ")."));
    list.children.push_back(std::move(item));
  }
  d.blocks.push_back(std::move(list));
  d.blocks.push_back(doc::Paragraph("Контроль за исполнением приказа оставляю за собой."));
  return d;
}

// How a document written into its file went out: the pages, and the structure nodes made by the
// time the first page was painted and in all; the file's text in text.
struct Streamed {
  size_t pages = 0, nodes_at_first_page = 0, nodes_at_end = 0;
  std::string text;
};

Streamed WriteStreamed(doc::Document&& d) {
  Streamed out;
  render::pdf::PdfWriter writer(nastavnik::testing::TestPdfResources());
  std::stringstream bytes(std::ios::in | std::ios::out | std::ios::binary);
  REQUIRE(writer.StartInto(bytes).ok());
  const std::string date = "D:20260101000000Z";
  render::pdf::StreamedPieces sink{
      [&](render::pdf::Page&& page, const std::vector<render::pdf::StructNode>& structure) {
        if (out.pages++ == 0) out.nodes_at_first_page = structure.size();
        return writer.AddPage(std::move(page), structure, date);
      },
      [&](render::pdf::LaidOutDocument&& rest) {
        out.nodes_at_end = rest.structure.size();
        CHECK(rest.pages.empty());
        return writer.EndPiece(std::move(rest));
      }};
  REQUIRE(render::pdf::LayoutInPieces(std::move(d), writer, render::pdf::LayoutOptions{}, sink).ok());
  render::pdf::DocumentInfo info;
  info.title = "Реестр";
  info.date = date;
  REQUIRE(writer.FinishInto(info, bytes).ok());
  TempDir dir;
  WriteFile(dir.path() / "t.pdf", bytes.str());
  out.text = PdfText(dir.path() / "t.pdf");
  CHECK(Run("qpdf --check '" + (dir.path() / "t.pdf").string() + "'").exit_code == 0);
  return out;
}

}  // namespace

TEST_CASE("a long table written into its file goes onto its pages while it is still being laid out",
          "[pdf][pieces]") {
  const Streamed table = WriteStreamed(LongTable(600));
  // The first page went out when a few rows of 600 were laid out: the rest was never held laid out.
  CHECK(table.pages > 20);
  CHECK(table.nodes_at_end > 600 * 4);
  CHECK(table.nodes_at_first_page * 10 < table.nodes_at_end);
  CHECK(table.text.find("Иванова Мария Петровна № 600") != std::string::npos);
}

TEST_CASE("a long list written into its file goes onto its pages while it is still being laid out",
          "[pdf][pieces]") {
  const Streamed list = WriteStreamed(LongList(400));
  CHECK(list.pages > 20);
  CHECK(list.nodes_at_first_page * 10 < list.nodes_at_end);
  CHECK(list.text.find("(пара П-400)") != std::string::npos);
  CHECK(list.text.find("400.") != std::string::npos);
}

TEST_CASE("a long list written into its file has the content of the file returned whole", "[pdf][pieces]") {
  const doc::Document d = LongList(90);
  Result<std::string> whole = render::pdf::RenderPdf(d, Options());
  REQUIRE(whole.ok());
  StreamFile file;
  doc::Document copy = d;
  REQUIRE(render::pdf::RenderPdf(std::move(copy), Options(), file).ok());
  CheckSameContent(file.bytes.str(), *whole);
}

TEST_CASE("a long table written into its file has the content of the file returned whole", "[pdf][pieces]") {
  const doc::Document d = LongTable(120);
  Result<std::string> whole = render::pdf::RenderPdf(d, Options());
  REQUIRE(whole.ok());
  StreamFile file;
  doc::Document copy = d;
  REQUIRE(render::pdf::RenderPdf(std::move(copy), Options(), file).ok());
  CHECK(file.closed);
  CheckSameContent(file.bytes.str(), *whole);
}

TEST_CASE("a booklet of parts made on demand makes each part only when it comes to it", "[pdf][booklet]") {
  std::vector<doc::Document> parts(3);
  for (int n = 0; n < 3; ++n) {
    parts[n].title = "План " + std::to_string(n + 1);
    parts[n].blocks = SampleBlocks();
    parts[n].blocks.push_back(doc::Paragraph("План пары № " + std::to_string(n + 1)));
  }
  doc::Document about;
  about.title = "Индивидуальные планы";
  Result<render::pdf::PartsAndBooklet> whole = render::pdf::RenderPartsAndBooklet(parts, about, Options(), true);
  REQUIRE(whole.ok());
  std::vector<std::string> handed;
  size_t made = 0;
  render::pdf::PartMaker make = [&](size_t i) -> Result<doc::Document> {
    CHECK(i == handed.size());  // the parts before it are written and let go
    ++made;
    return parts[i];
  };
  StreamFile booklet;
  Status s = render::pdf::RenderPartsAndBooklet(3, make, about, Options(), true, [&](size_t i, std::string&& bytes) {
    CHECK(made == i + 1);  // no part is made ahead of its turn
    handed.push_back(std::move(bytes));
    return Status::Ok();
  }, booklet);
  REQUIRE(s.ok());
  CHECK(handed == whole->parts);
  CheckSameContent(booklet.bytes.str(), whole->booklet);
}

}  // namespace nastavnik::testing
