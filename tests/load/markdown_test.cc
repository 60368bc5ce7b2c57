#include "load/markdown.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

namespace nastavnik::load {

TEST_CASE("ParseMarkdown splits TOML front matter and keeps line numbers", "[markdown]") {
  Diagnostics diags;
  Result<MarkdownFile> f = ParseMarkdown("+++\ntitle = \"О программе\"\nweight = 2\n+++\n\n# Заголовок\n\nТекст <b>жирный</b>.\n",
                                         "content/a.md", 1 << 20, diags);
  REQUIRE(f.ok());
  CHECK(f->front_matter.Find("title")->string == "О программе");
  CHECK(f->front_matter.Find("weight")->where.line == 3);
  REQUIRE(f->blocks.size() == 2);
  CHECK(f->blocks[0].kind == doc::BlockKind::kHeading);
  // Raw HTML is dropped with a warning that points at its line.
  CHECK(doc::PlainText(f->blocks[1].inlines) == "Текст жирный.");
  REQUIRE(diags.all().size() == 2);
  CHECK(diags.all()[0].where.line == 8);
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("ParseMarkdown reads GFM tables, task lists and strikethrough", "[markdown]") {
  std::vector<doc::Block> blocks = ParseMarkdownBlocks(
      "| А | Б |\n|:--|--:|\n| 1 | 2 |\n\n- [x] сделано\n- [ ] нет\n\n~~старое~~\n");
  REQUIRE(blocks.size() == 3);
  REQUIRE(blocks[0].kind == doc::BlockKind::kTable);
  CHECK(blocks[0].table.header_rows == 1);
  CHECK(blocks[0].table.rows.size() == 2);
  CHECK(blocks[0].table.aligns[1] == doc::Align::kRight);
  CHECK(blocks[1].children[0].checked == true);
  CHECK(blocks[1].children[1].checked == false);
  CHECK(blocks[2].inlines[0].kind == doc::InlineKind::kStrike);
}

// cmark-gfm keeps the extensions' special characters in one global table that every parser
// sets up and clears; two parsers running at once lost strikethrough and links now and then
// (the build renders the consents on a second thread), so one build's PDF differed from the next.
TEST_CASE("ParseMarkdownBlocks gives the same tree when two threads parse at once", "[markdown]") {
  const std::string text = "~~старое~~ и https://school.example.ru, письмо a@school.ru\n";
  auto same = [&] {
    std::vector<doc::Block> b = ParseMarkdownBlocks(text);
    return b.size() == 1 && b[0].inlines.size() >= 3 && b[0].inlines[0].kind == doc::InlineKind::kStrike &&
           b[0].inlines[2].kind == doc::InlineKind::kLink;
  };
  REQUIRE(same());
  std::atomic<int> wrong{0};
  auto run = [&] {
    for (int i = 0; i < 3000; ++i) {
      if (!same()) ++wrong;
    }
  };
  std::thread other(run);
  run();
  other.join();
  CHECK(wrong.load() == 0);
}

TEST_CASE("ParseMarkdown refuses files over the cap and unclosed front matter", "[markdown]") {
  Diagnostics diags;
  Result<MarkdownFile> big = ParseMarkdown(std::string(3000, 'a'), "content/b.md", 2048, diags);
  REQUIRE_FALSE(big.ok());
  CHECK(big.status().message().find("больше предела 2 КБ") != std::string::npos);
  Result<MarkdownFile> open = ParseMarkdown("+++\ntitle = \"x\"\nтекст\n", "content/c.md", 1 << 20, diags);
  REQUIRE_FALSE(open.ok());
  CHECK(open.status().ToString() ==
        "content/c.md:1:1: ошибка: заголовок страницы, открытый строкой «+++», не закрыт такой же строкой");
}

}  // namespace nastavnik::load

namespace nastavnik::load {

// Each refused picture is reported where the school typed it: cmark-gfm's source position of
// the image, its column counted in characters as an editor shows them.
TEST_CASE("an embedded image is located at the \"!\" of its reference", "[markdown]") {
  Diagnostics diags;
  Result<MarkdownFile> f = ParseMarkdown(
      "+++\ntitle = \"Схема\"\n+++\n\nСхема ниже.\n\n![схема](data/participants.csv)\n\n> - ![Герб](img/gerb.png)\n",
      "content/about.md", 1 << 20, diags);
  REQUIRE(f.ok());
  REQUIRE(f->images.size() == 2);
  CHECK(f->images[0].url == "data/participants.csv");
  CHECK(ToString(f->images[0].where) == "content/about.md:7:1");
  CHECK(f->images[1].url == "img/gerb.png");
  CHECK(ToString(f->images[1].where) == "content/about.md:9:5");

  // A template: the same path named earlier in a link does not move the image's place.
  std::vector<ImageReference> refs =
      FindMarkdownImages("См. [герб](img/gerb.png).\n\nТекст.\n\n  ![Герб школы](img/gerb.png)\n", "templates/documents/x.md");
  REQUIRE(refs.size() == 1);
  CHECK(ToString(refs[0].where) == "templates/documents/x.md:5:3");
}

}  // namespace nastavnik::load
