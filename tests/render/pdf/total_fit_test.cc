// The line breaker as a typesetter would judge it: justified paragraphs without loose lines where
// a better set of breaks exists, the Russian rules never broken, no line past the margin even for
// a 70-letter word or a long URL, and lines to be filled in by hand never stretched.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "test_pdf_resources.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/pdf.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {
namespace {


StyledText Text(Measurer& m, const std::string& utf8) {
  StyledText t;
  TextBuilder b(m, &t);
  REQUIRE(b.Append(utf8, TextStyle{}).ok());
  b.Finish();
  return t;
}

std::vector<TextLine> Break(const StyledText& t, float width, bool total_fit, bool hyphenate = true) {
  BreakOptions o;
  o.width = width;
  o.shrink = 0.2f;
  o.total_fit = total_fit;
  o.hyphenator = hyphenate ? Hyphenator::Shared(nastavnik::testing::TestPdfResources()) : nullptr;
  return BreakLines(t, o);
}

std::u16string Chars(const StyledText& t, const TextLine& l) { return t.chars.substr(l.begin, l.end - l.begin); }

// The widest inter-word space of the paragraph's justified lines, in normal spaces.
float WorstSpace(const StyledText& t, const std::vector<TextLine>& lines, float width) {
  float worst = 0;
  for (const TextLine& l : lines) {
    if (l.last) continue;
    int spaces = 0;
    float space = 0;
    for (uint32_t k = l.begin; k < l.end; ++k) {
      if (t.chars[k] == u' ') {
        ++spaces;
        space = t.advance[k];
      }
    }
    if (spaces == 0) continue;
    worst = std::max(worst, (space + (width - LineWidth(t, l)) / spaces) / space);
  }
  return worst;
}

const char* kParagraph =
    "Наставник и наставляемый встречаются не реже двух раз в месяц; куратор ведёт учёт встреч и "
    "раз в четверть сверяет его с индивидуальным планом развития, отмечая, какие задачи решены, "
    "какие перенесены и почему. Итоги обсуждаются на методическом объединении, а лучшие практики "
    "публикуются на сайте образовательной организации в разделе «Наставничество» с согласия "
    "участников и их законных представителей.";

TEST_CASE("Total-fit sets a paragraph without the loose line greedy breaking leaves") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, kParagraph);
  // Over the measures of our pages (a list item to the full text width) greedy breaking leaves a
  // line with spaces over twice the normal somewhere; total-fit, choosing all breaks together,
  // stays near or under 2 at every one of them and is never worse.
  float greedy_worst = 0;
  for (float width = 430; width <= 482; width += 2) {
    const float greedy = WorstSpace(t, Break(t, width, false), width);
    const float total = WorstSpace(t, Break(t, width, true), width);
    INFO("width " << width << ": greedy " << greedy << ", total-fit " << total);
    greedy_worst = std::max(greedy_worst, greedy);
    CHECK(total < 2.1f);
    // A paragraph total-fit sets without hyphens within TeX's pretolerance (spaces up to 1.5×)
    // may be looser than greedy's hyphenated lines, never looser than that.
    CHECK((total <= greedy + 0.01f || total <= 1.5f));
  }
  CHECK(greedy_worst > 2.0f);
}

bool IsOneLetterWord(const std::u16string& line_end) {
  return line_end.size() >= 2 && line_end[line_end.size() - 2] == u' ' &&
         std::u16string(u"вВиИкКсСоОуУаА№").find(line_end.back()) != std::u16string::npos;
}

TEST_CASE("Total-fit never breaks the Russian rules") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer,
                            "В соответствии с приказом № 3 от 01.09.2025 куратор И. И. Иванов и методист "
                            "О. П. Петрова — ответственные за программу, т. е. за работу с наставниками и "
                            "наставляемыми в 5 и 6 классах, а также в 7 и 8 классах. Встречи проходят в "
                            "школе и в библиотеке к 15 числу — о чём у куратора есть журнал с отметками.");
  for (float width = 120; width <= 400; width += 3) {
    const std::vector<TextLine> lines = Break(t, width, true);
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::u16string line = Chars(t, lines[k]);
      INFO("width " << width << ", line " << EncodeUtf8(line));
      if (lines[k].last) continue;
      CHECK_FALSE(IsOneLetterWord(line));               // «в», «и», «№» stay with the next word
      CHECK_FALSE((line.size() >= 3 && line.substr(line.size() - 3, 2) == u" И"));  // initials
      CHECK_FALSE((line.size() >= 2 && line.substr(line.size() - 2) == u"т."));     // «т. е.»
      const std::u16string next = Chars(t, lines[k + 1]);
      CHECK_FALSE((next.rfind(u"—", 0) == 0));  // a line never starts with a dash
      CHECK_FALSE((next.rfind(u"е.", 0) == 0));
    }
  }
}

// A period «с 15.09.2025 по 29.05.2026» in a narrow «Срок» column: «по» alone at a line's end reads
// as a stray word; it goes with its date, as «до» with its number.
TEST_CASE("«по» and «до» stay with the number or date after them") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, "работает с 15.09.2025 по 29.05.2026, приказ от 15.09.2025 № 124-од, встречи до 5 раз");
  for (bool total_fit : {true, false}) {
    for (float width = 50; width <= 400; width += 2) {
      const std::vector<TextLine> lines = Break(t, width, total_fit, false);
      for (size_t k = 0; k + 1 < lines.size(); ++k) {
        std::u16string line = Chars(t, lines[k]);
        while (!line.empty() && line.back() == u' ') line.pop_back();
        INFO("width " << width << (total_fit ? ", total-fit" : ", greedy") << ", line " << EncodeUtf8(line));
        for (const std::u16string word : {u" по", u" до"}) {
          CHECK_FALSE((line.size() >= 3 && line.substr(line.size() - 3) == word));
        }
      }
    }
  }
}

// The thanks letters name a role model «педагог – неуспевающий ученик»; a dash that ends a hard
// line (a Markdown line break after it) is still a spaced dash and stays with the word before it.
TEST_CASE("A spaced dash stays with the word before it, also before a hard line break") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  StyledText t;
  TextBuilder b(writer, &t);
  REQUIRE(b.Append("в рамках программы наставничества (форма «учитель – ученик», ролевая модель «педагог –", TextStyle{}).ok());
  b.LineBreak();
  REQUIRE(b.Append("неуспевающий ученик»).", TextStyle{}).ok());
  b.Finish();
  for (bool total_fit : {true, false}) {
    for (float width = 60; width <= 520; width += 4) {
      const std::vector<TextLine> lines = Break(t, width, total_fit);
      for (const TextLine& l : lines) {
        const std::u16string line = Chars(t, l);
        INFO("width " << width << (total_fit ? ", total-fit" : ", greedy") << ", line " << EncodeUtf8(line));
        CHECK_FALSE((line.rfind(u"–", 0) == 0 || line.rfind(u"—", 0) == 0));
      }
    }
  }
}

// A document's number, a school year and a range are read as one: «№ 152-» at a line end and
// «ФЗ» at the next line's start is a cut number, as «2025/» and «2026» are.
TEST_CASE("Numbers with a dash or a slash in them are never cut at it") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer,
                            "Федеральный закон от 27.07.2006 № 152-ФЗ, распоряжение от 25.12.2019 № Р-145, письмо "
                            "от 23.01.2020 № МР-42/02 и письмо № АЗ-1128/08/657 действуют на 2025/2026 учебный год "
                            "для учеников 5–9 классов и SWOT-анализа.");
  bool cut_elsewhere = false;  // a word's own dash still breaks where no digit is beside it
  for (bool total_fit : {true, false}) {
    for (float width = 110; width <= 480; width += 3) {  // from the widest number up
      const std::vector<TextLine> lines = Break(t, width, total_fit);
      for (const TextLine& l : lines) {
        if (l.end == 0 || l.end >= t.chars.size() || t.chars[l.end] == u' ') continue;
        const char16_t before = t.chars[l.end - 1], after = t.chars[l.end];
        INFO("width " << width << (total_fit ? ", total-fit" : ", greedy") << ", line " << EncodeUtf8(Chars(t, l)));
        const bool number_cut = (before == u'-' || before == u'–' || before == u'/') &&
                                ((l.end >= 2 && t.chars[l.end - 2] >= u'0' && t.chars[l.end - 2] <= u'9') ||
                                 (after >= u'0' && after <= u'9'));
        CHECK_FALSE(number_cut);
        if (before == u'-' && !l.hyphen) cut_elsewhere = true;
      }
    }
  }
  CHECK(cut_elsewhere);
}

TEST_CASE("No line passes the margin on a 70-letter word or a long URL") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  std::string russian;
  for (int i = 0; i < 10; ++i) russian += "абвгдеж";  // 70 letters, no hyphenation point
  const std::string url = "https://example.org/nastavnichestvo/dokumenty/2025-2026/polozhenie-o-nastavnichestve.pdf";
  const StyledText t = Text(writer, "Слово " + russian + " и адрес " + url + " в тексте.");
  const float width = 200;
  for (bool total_fit : {true, false}) {
    const std::vector<TextLine> lines = Break(t, width, total_fit);
    for (const TextLine& l : lines) {
      INFO("line " << EncodeUtf8(Chars(t, l)));
      CHECK(LineWidth(t, l) <= width + 0.01f);
      const std::u16string line = Chars(t, l);
      // The cut word shows its cut: a hyphen between letters, or the URL's own punctuation.
      if (!l.last && !line.empty() && line.back() >= u'а' && line.back() <= u'я') {
        const bool whole_word = l.end < t.chars.size() && t.chars[l.end] == u' ';
        CHECK((l.hyphen || whole_word));
      }
      if (line.find(u"example") != std::u16string::npos && !l.last && t.chars[l.end] != u' ') {
        CHECK(std::u16string(u"/.-").find(line.back()) != std::u16string::npos);
      }
    }
  }
}

TEST_CASE("An address cut in a column narrower than its parts gains no hyphen") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, "kudryashova.lg@example.ru и https://sosh3.example.ru/nastavnichestvo/news/");
  const float width = 40;
  for (bool total_fit : {true, false}) {
    const std::vector<TextLine> lines = Break(t, width, total_fit);
    std::u16string joined;
    for (const TextLine& l : lines) {
      INFO("line " << EncodeUtf8(Chars(t, l)));
      CHECK(LineWidth(t, l) <= width + 0.01f);
      CHECK_FALSE(l.hyphen);
      joined += Chars(t, l);
    }
    CHECK(joined.find(u"kudryashova.lg@example.ru") != std::u16string::npos);
  }
}

TEST_CASE("Lines to be filled in by hand are not stretched") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer,
                            "Я, ________________________________, паспорт серия ______ № __________, "
                            "выдан ______________________________ даю согласие на обработку данных.");
  const float width = 300;
  const std::vector<TextLine> lines = Break(t, width, true);
  REQUIRE(lines.size() >= 2);
  for (const TextLine& l : lines) {
    Content c;
    PlaceLine(t, l, 0, 0, width, LineAlign::kJustify, &c);
    const bool fill_in = Chars(t, l).find(u"___") != std::u16string::npos;
    for (const TextRun& run : c.texts) {
      INFO(EncodeUtf8(run.text));
      if (fill_in) CHECK(run.word_spacing <= 0.0f);
    }
  }
}

TEST_CASE("The last word before a hard break is never hyphenated, in ragged lines too") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  StyledText t;
  TextBuilder b(writer, &t);
  REQUIRE(b.Append("Я, Сомова Ирина Викторовна, заместитель директора по учебно-воспитательной работе,",
                   TextStyle{}).ok());
  b.LineBreak();
  REQUIRE(b.Append("адрес регистрации: ________________________________", TextStyle{}).ok());
  b.Finish();
  bool hyphenated = false;
  for (float width = 200; width <= 520; width += 2) {
    for (const TextLine& l : Break(t, width, false)) {
      size_t k = l.end;
      while (k < t.chars.size() && t.chars[k] != u' ' && t.chars[k] != u'\n') ++k;
      INFO("width " << width << ": " << EncodeUtf8(Chars(t, l)));
      CHECK_FALSE((l.hyphen && (k == t.chars.size() || t.chars[k] == u'\n')));  // never «ра-» / «боте,»
      hyphenated = hyphenated || l.hyphen;
    }
  }
  CHECK(hyphenated);  // the other words do hyphenate
}

TEST_CASE("A last word wider than a narrow column is hyphenated, not cut off with one letter") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  const StyledText t = Text(writer, "учитель математики");
  for (float width = 40; width <= 80; width += 0.5f) {
    const std::vector<TextLine> lines = Break(t, width, false);
    for (const TextLine& l : lines) {
      INFO("width " << width << ": " << EncodeUtf8(Chars(t, l)));
      CHECK(l.end - l.begin >= 2);  // never «математик-» / «и»
    }
  }
}

TEST_CASE("Hyphenation keeps a vowel on both sides and spares short words") {
  const Hyphenator* h = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  REQUIRE(h != nullptr);
  std::vector<int> points;
  h->Points(u"Кирилл", &points);
  for (int p : points) CHECK(p != 4);  // never «Кири-лл»
  h->Points(u"мама", &points);
  CHECK(points.empty());
}

}  // namespace
}  // namespace nastavnik::render::pdf
