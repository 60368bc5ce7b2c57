// A long document laid out and painted a piece at a time (cut at its page breaks, as the consents
// are) must be the very file the whole document laid out at once gives.
#include <catch2/catch.hpp>

#include <sstream>

#include "base/document.h"
#include "test_pdf_resources.h"
#include "test_util.h"
#include "render/pdf/layout_pieces.h"
#include "render/pdf/pdf.h"
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

}  // namespace

TEST_CASE("a bound document written into its file as it is made is the file returned whole", "[pdf][pieces]") {
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
  CHECK(written == *whole);  // the identifier patched in place included
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
  CHECK(booklet.bytes.str() == whole->booklet);
}

}  // namespace nastavnik::testing
