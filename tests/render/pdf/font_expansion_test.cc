// Font expansion as pdfTeX and microtype do it: a justified line's glyphs widen or narrow by at
// most 2 %, in steps of 0.5 %, as a stretch and shrink the total-fit breaker counts beside the
// spaces'; painted with PDF's Tz, so the text layer, tags and ActualText are those of any line.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
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

const char* kText =
    "Наставник и наставляемый встречаются не реже двух раз в месяц; куратор ведёт учёт встреч и "
    "раз в четверть сверяет его с индивидуальным планом развития, отмечая, какие задачи решены, "
    "какие перенесены и почему. Итоги обсуждаются на методическом объединении, а лучшие практики "
    "публикуются на сайте образовательной организации в разделе «Наставничество» с согласия "
    "участников и их законных представителей. Куратор согласует индивидуальные планы развития и "
    "контролирует их выполнение, проводит мониторинг программы и готовит отчёт о его результатах.";

StyledText Text(Measurer& m, const std::string& utf8) {
  StyledText t;
  TextBuilder b(m, &t);
  REQUIRE(b.Append(utf8, TextStyle{}).ok());
  b.Finish();
  return t;
}

std::vector<TextLine> Break(const StyledText& t, float width, float expansion) {
  BreakOptions o;
  o.width = width;
  o.shrink = 0.25f;
  o.total_fit = true;
  o.expansion = expansion;
  o.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  return BreakLines(t, o);
}

// The spaces of each justified line as painted (glyphs scaled, the rest spread over the spaces),
// in normal spaces.
std::vector<float> SpaceRatios(const StyledText& t, const std::vector<TextLine>& lines, float width) {
  std::vector<float> ratios;
  for (const TextLine& l : lines) {
    int spaces = 0;
    float space = 0;
    for (uint32_t k = l.begin; k < l.end; ++k) {
      if (t.chars[k] != u' ') continue;
      ++spaces;
      space = t.advance[k];
    }
    if (l.last || spaces == 0) continue;
    ratios.push_back((space * l.scale + (width - LineWidth(t, l) * l.scale) / spaces) / space);
  }
  return ratios;
}

TEST_CASE("Font expansion stays within 2 % in steps of 0.5 % and leaves fewer loose lines") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, kText);
  std::vector<float> plain, expanded;
  for (float width = 300; width <= 482; width += 2) {
    for (const TextLine& l : Break(t, width, 0.02f)) {
      INFO("width " << width << ": " << EncodeUtf8(t.chars.substr(l.begin, l.end - l.begin)) << " at " << l.scale);
      CHECK(l.scale >= 0.98f - 1e-6f);
      CHECK(l.scale <= 1.02f + 1e-6f);
      const float steps = (l.scale - 1) / 0.005f;
      CHECK(std::fabs(steps - std::round(steps)) < 1e-3f);
      if (l.last) CHECK(l.scale <= 1.0f);  // a last line is never widened, only squeezed to fit
    }
    for (const TextLine& l : Break(t, width, 0)) CHECK(l.scale == 1.0f);
    const std::vector<float> p = SpaceRatios(t, Break(t, width, 0), width);
    const std::vector<float> e = SpaceRatios(t, Break(t, width, 0.02f), width);
    plain.insert(plain.end(), p.begin(), p.end());
    expanded.insert(expanded.end(), e.begin(), e.end());
  }
  // Measured on the spaces as painted: fewer lines over 1.5 and 2 normal spaces, a lower 90th
  // percentile.
  auto over = [](const std::vector<float>& r, float x) { return std::count_if(r.begin(), r.end(), [x](float v) { return v > x; }); };
  auto p90 = [](std::vector<float> r) {
    std::sort(r.begin(), r.end());
    return r[r.size() * 9 / 10];
  };
  INFO("over 1.5×: " << over(plain, 1.5f) << " → " << over(expanded, 1.5f) << "; over 2×: " << over(plain, 2)
                     << " → " << over(expanded, 2) << "; p90 " << p90(plain) << " → " << p90(expanded));
  CHECK(over(expanded, 1.5f) < over(plain, 1.5f));
  CHECK(over(expanded, 2) <= over(plain, 2));
  CHECK(p90(expanded) < p90(plain) - 0.05f);
}

TEST_CASE("An expanded line ends at the margin: glyphs scaled, the rest in the spaces") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, kText);
  const float width = 400;
  int scaled = 0;
  for (const TextLine& l : Break(t, width, 0.02f)) {
    if (l.last) continue;
    scaled += l.scale != 1.0f;
    Content content;
    PlaceLine(t, l, 50, 100, width, LineAlign::kJustify, &content);
    float right = 0;
    for (const TextRun& run : content.texts) {
      CHECK(run.scale == l.scale);
      float x = run.x;
      for (char16_t c : run.text) {
        x += writer.Advance(run.face, c) * run.size * run.scale + (c == u' ' ? run.word_spacing : 0);
        if (c != u' ') right = x;
      }
    }
    CHECK(std::fabs(right - (50 + width)) < 0.05f);
  }
  CHECK(scaled > 0);
}

// A coder numbering characters as they come, for painting pages without fonts.
class CountingCoder final : public GlyphCoder {
 public:
  bool HasFace(Face) override { return true; }
  uint16_t Code(Face, char16_t c) override { return static_cast<uint16_t>(c); }
};

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

TEST_CASE("Expanded lines are painted with Tz and read word for word in pdftotext", "[pdf]") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, kText);
  const float width = 330;  // narrow enough for hyphenated words
  LaidOutDocument laid;
  laid.structure = {StructNode{"Document", -1, "", ""}, StructNode{"P", 0, "", ""}};
  laid.pages.emplace_back();
  Content content;
  const std::vector<TextLine> lines = Break(t, width, 0.02f);
  int hyphens = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    hyphens += lines[i].hyphen;
    PlaceLine(t, lines[i], kMarginLeft, 100 + 18.0f * static_cast<float>(i), width, LineAlign::kJustify, &content);
  }
  REQUIRE(hyphens > 0);
  content.Claim(1);
  laid.pages[0].content.Append(std::move(content), 0);

  CountingCoder coder;
  std::array<bool, kFaceCount> faces{};
  std::vector<int> mcids;
  const std::string stream = PaintPage(laid.pages[0], laid.structure, coder, {}, &faces, &mcids);
  std::istringstream ops(stream);
  int tz = 0;
  for (std::string line; std::getline(ops, line);) {
    if (!line.ends_with(" Tz")) continue;
    ++tz;
    const double percent = std::stod(line.substr(0, line.size() - 3));
    CHECK(percent >= 98.0);
    CHECK(percent <= 102.0);
  }
  CHECK(tz > 0);

  Result<std::string> bytes = writer.Write(laid, DocumentInfo{"Растяжение", "", "", "ru-RU", "D:20251201000000Z"});
  REQUIRE(bytes.ok());
  TempDir dir;
  const std::filesystem::path pdf = dir.path() / "expanded.pdf";
  WriteFile(pdf, *bytes);
  for (const char* mode : {"", "-raw "}) {
    const std::string text = Run(std::string("pdftotext -enc UTF-8 ") + mode + "'" + pdf.string() + "' -").output;
    INFO("pdftotext " << mode << "\n" << text);
    CHECK(Words(text) == Words(kText));
  }
}

}  // namespace
}  // namespace nastavnik::render::pdf
