// Words cut at a line end read whole: the hyphen the layout adds is painted but pdftotext (plain,
// -raw, -layout), copying, search and screen readers see the word as it was written, while the
// word's own hyphen (учитель-наставник) stays. Text without such a cut is painted as before.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "render/pdf/content_stream.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/pdf.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/text_layout.h"
#include "test_pdf_resources.h"
#include "test_util.h"

namespace nastavnik::render::pdf {
namespace {

using namespace nastavnik::testing;


// A paragraph broken at `width` points, placed as a tagged /P on a page of its own.
struct Paragraph {
  std::string utf8;
  float width = 0;
  std::vector<TextLine> lines;
};

void Place(PdfWriter& writer, Paragraph& p, float top, int tag, Page* page) {
  StyledText text;
  TextBuilder builder(writer, &text);
  REQUIRE(builder.Append(p.utf8, TextStyle{}).ok());
  builder.Finish();
  BreakOptions options;
  options.width = p.width;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  REQUIRE(options.hyphenator != nullptr);
  p.lines = BreakLines(text, options);
  Content content;
  for (size_t i = 0; i < p.lines.size(); ++i) {
    PlaceLine(text, p.lines[i], kMarginLeft, top + 18.0f * static_cast<float>(i), p.width, LineAlign::kJustify,
              &content);
  }
  content.Claim(tag);
  page->content.Append(std::move(content), 0);
}

float Width(PdfWriter& writer, std::u32string_view s) {
  float w = 0;
  for (char32_t c : s) w += writer.Advance(Face::kRegular, c) * 14;
  return w;
}

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

struct Written {
  TempDir dir;
  std::filesystem::path pdf;
  Paragraph long_word{"Сопровождение высокопрофессионального наставляемого", 0, {}};
  Paragraph compound{"учитель-наставник", 0, {}};
};

void Write(Written& w) {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  // Narrower than «высокопрофессионального»: the word is hyphenated twice, over three lines.
  w.long_word.width = 90;
  // Room for «учитель-» and not for a syllable more: the line breaks after the word's own hyphen.
  w.compound.width = Width(writer, U"учитель-") + 2;
  LaidOutDocument laid;
  laid.structure = {StructNode{"Document", -1, "", ""}, StructNode{"P", 0, "", ""}, StructNode{"P", 0, "", ""}};
  laid.pages.emplace_back();
  Place(writer, w.long_word, 100, 1, &laid.pages[0]);
  Place(writer, w.compound, 400, 2, &laid.pages[0]);
  Result<std::string> bytes = writer.Write(laid, DocumentInfo{"Переносы", "", "", "ru-RU", "D:20251201000000Z"});
  REQUIRE(bytes.ok());
  w.pdf = w.dir.path() / "hyphens.pdf";
  WriteFile(w.pdf, *bytes);
}

TEST_CASE("a word hyphenated at line ends reads whole in pdftotext, plain, raw and layout", "[pdf]") {
  Written w;
  Write(w);
  // The layout did cut the words: two added hyphens inside «высокопрофессионального», and a break
  // right after the hyphen of «учитель-».
  int hyphens = 0;
  for (const TextLine& line : w.long_word.lines) hyphens += line.hyphen;
  REQUIRE(hyphens >= 2);
  REQUIRE(w.compound.lines.size() >= 2);
  CHECK_FALSE(w.compound.lines[0].hyphen);

  CHECK(Run("qpdf --check '" + w.pdf.string() + "'").exit_code == 0);
  for (const char* mode : {"", "-raw ", "-layout "}) {
    const std::string text = Run(std::string("pdftotext -enc UTF-8 ") + mode + "'" + w.pdf.string() + "' -").output;
    INFO("pdftotext " << mode << "\n" << text);
    CHECK(text.find("-\n") == std::string::npos);
    CHECK(text.find("\u00ad") == std::string::npos);
    const std::vector<std::string> expected = {"Сопровождение", "высокопрофессионального", "наставляемого",
                                               "учитель-наставник"};
    CHECK(Words(text) == expected);
  }
}

TEST_CASE("the cut's ActualText spans are marked content of their paragraph, never nested", "[pdf]") {
  Written w;
  Write(w);
  CommandResult qdf = Run("qpdf --qdf --object-streams=disable '" + w.pdf.string() + "' -");
  REQUIRE(qdf.exit_code == 0);
  // Walk the marked content of the page: each /Span is a sequence of its own with an MCID (poppler
  // ends an element's text at a nested EMC), and what it reads as is the rest of the word or nothing.
  std::istringstream lines(qdf.output);
  std::vector<std::string> open;
  std::vector<std::string> actual;
  for (std::string line; std::getline(lines, line);) {
    if (line.ends_with(" BDC") || line.ends_with(" BMC")) {
      if (line.starts_with("/Span ")) {
        CHECK(open.empty());
        CHECK(line.starts_with("/Span <</MCID "));
        std::smatch m;
        REQUIRE(std::regex_search(line, m, std::regex("/ActualText (\\([^)]*\\)|<[0-9a-fA-F]*>)")));
        actual.push_back(m[1]);
      }
      open.push_back(line);
    } else if (line == "EMC") {
      REQUIRE_FALSE(open.empty());
      open.pop_back();
    }
  }
  CHECK(open.empty());
  // The long word: its first hyphen reads as the rest («профессионального»…), the later pieces as
  // nothing; the compound's own hyphen reads as "-наставник" and «наставник» as nothing.
  INFO(qdf.output.substr(0, 4000));
  REQUIRE(actual.size() >= 4);
  int empty = 0;
  for (const std::string& a : actual) empty += a == "()";
  CHECK(empty >= 2);
  CHECK(static_cast<int>(actual.size()) - empty >= 2);
  // Read through the structure tree, the paragraph keeps all of its text to the last word.
  CommandResult tree = Run("pdfinfo -struct-text '" + w.pdf.string() + "'");
  REQUIRE(tree.exit_code == 0);
  // It lists each marked-content sequence as a quoted piece: joined without the hyphens, the
  // pieces hold every word (a nested span used to end the paragraph after «Сопровожде-»).
  std::string joined;
  std::istringstream pieces(tree.output);
  for (std::string line; std::getline(pieces, line);) {
    const size_t open_quote = line.find('"');
    const size_t close_quote = line.rfind('"');
    if (open_quote == std::string::npos || close_quote <= open_quote) continue;
    for (char c : line.substr(open_quote + 1, close_quote - open_quote - 1)) {
      if (c != '-') joined += c;
    }
  }
  INFO(joined);
  CHECK(joined.find("Сопровождение высокопрофессионального наставляемого") != std::string::npos);
  CHECK(joined.find("учительнаставник") != std::string::npos);
}

// A coder numbering characters as they come, for painting pages without fonts.
class CountingCoder final : public GlyphCoder {
 public:
  bool HasFace(Face) override { return true; }
  uint16_t Code(Face, char16_t c) override { return static_cast<uint16_t>(c); }
};

TEST_CASE("only tagged text gets ActualText, and text without a cut is painted as it always was", "[pdf]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  StyledText text;
  TextBuilder builder(writer, &text);
  REQUIRE(builder.Append("Наставник и наставляемый встречаются раз в неделю", TextStyle{}).ok());
  builder.Finish();
  BreakOptions options;
  options.width = 400;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  Page page;
  for (const TextLine& line : BreakLines(text, options)) {
    PlaceLine(text, line, 10, 20, 400, LineAlign::kJustify, &page.content);
  }
  for (const TextRun& run : page.content.texts) CHECK(run.actual.empty());

  // A cut in a page number or a running head (artifacts) is left as painted.
  TextRun artifact;
  artifact.size = 12;
  artifact.text = u"стра-";
  artifact.actual.push_back(ActualText{4, 5, u"ница"});
  page.content.texts.push_back(artifact);
  const std::vector<StructNode> structure = {StructNode{"Document", -1, "", ""}};
  CountingCoder coder;
  std::array<bool, kFaceCount> faces{};
  std::vector<int> mcids;
  const std::string stream = PaintPage(page, structure, coder, {}, &faces, &mcids);
  CHECK(stream.find("ActualText") == std::string::npos);
  CHECK(stream.find("/Artifact BMC") != std::string::npos);
}

}  // namespace
}  // namespace nastavnik::render::pdf

namespace nastavnik::render::pdf {

// Structure readers join a paragraph's text as painted; without the space a line ended at, the
// last word of each line ran into the first of the next («обучающихсяучаствуют»).
TEST_CASE("a paragraph's tagged text keeps a space where its lines wrap", "[pdf]") {
  TempDir dir;
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  Paragraph wrapped{"Наставник и наставляемый встречаются раз в неделю", 0, {}};
  wrapped.width = Width(writer, U"Наставник и наставляемый") + 4;
  LaidOutDocument laid;
  laid.structure = {StructNode{"Document", -1, "", ""}, StructNode{"P", 0, "", ""}};
  laid.pages.emplace_back();
  Place(writer, wrapped, 100, 1, &laid.pages[0]);
  REQUIRE(wrapped.lines.size() >= 2);
  Result<std::string> bytes = writer.Write(laid, DocumentInfo{"Строки", "", "", "ru-RU", "D:20251201000000Z"});
  REQUIRE(bytes.ok());
  const std::filesystem::path pdf = dir.path() / "wrapped.pdf";
  WriteFile(pdf, *bytes);
  CommandResult tree = Run("pdfinfo -struct-text '" + pdf.string() + "'");
  REQUIRE(tree.exit_code == 0);
  CHECK(tree.output.find("Наставник и наставляемый встречаются раз в неделю") != std::string::npos);
  // The space prints nothing and pdftotext still gives one line per printed line, no trailing blank.
  CommandResult text = Run("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
  CHECK(text.output.find("Наставник и наставляемый\nвстречаются") != std::string::npos);
}

}  // namespace nastavnik::render::pdf
