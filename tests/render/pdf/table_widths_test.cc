// Tables sized from their content: a date, a number, a phone never break; words break only at
// hyphenation points with a visible hyphen; e-mails at "@" or "."; an empty column stays narrow.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "test_pdf_resources.h"
#include "render/pdf/hyphenate.h"
#include "render/pdf/layout.h"
#include "render/pdf/pdf.h"
#include "render/pdf/pdf_writer.h"
#include "render/pdf/text_layout.h"

namespace nastavnik::render::pdf {
namespace {

doc::TableCell Cell(const std::string& s) { return doc::TableCell{{doc::Text(s)}}; }

// A registry as wide as the paperwork makes them: eight columns on a portrait page.
doc::Document Registry() {
  doc::Document d;
  doc::Block t;
  t.kind = doc::BlockKind::kTable;
  t.table.header_rows = 1;
  t.table.rows.push_back({Cell("№"), Cell("Фамилия, имя, отчество"), Cell("Дата рождения"), Cell("Телефон"),
                          Cell("Электронная почта"), Cell("Дата включения в базу"), Cell("Интересы"),
                          Cell("Подпись")});
  for (int i = 1; i <= 6; ++i) {
    t.table.rows.push_back({Cell(std::to_string(i)), Cell("Константинопольская Александра Владимировна"),
                            Cell("0" + std::to_string(i) + ".09.2011"), Cell("+7 (912) 345-67-8" + std::to_string(i)),
                            Cell("konstantinopolskaya.aleksandra@school-example.ru"), Cell("15.09.2025"),
                            Cell("робототехника, программирование, естественнонаучные исследования"), Cell("")});
  }
  d.blocks.push_back(std::move(t));
  return d;
}

TEST_CASE("a wide table never cuts a date, a number or a phone and breaks words with a hyphen") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LayoutOptions options;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  Result<LaidOutDocument> laid = LayoutDocument(Registry(), writer, options);
  REQUIRE(laid.ok());
  const std::regex date(R"(\d\d\.\d\d\.\d{4})");
  int dates = 0;
  int phones = 0;
  for (const Page& page : laid->pages) {
    for (const TextRun& run : page.content.texts) {
      std::string line = EncodeUtf8(run.text);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      INFO("line «" << line << "»");
      for (std::sregex_iterator it(line.begin(), line.end(), date), end; it != end; ++it) ++dates;
      if (line.find("+7 (912) 345-67-8") != std::string::npos) ++phones;
      // A line ending in letters ends a word or shows the cut with a hyphen.
      if (std::regex_search(line, std::regex("[0-9]$")) && line.size() > 2) {
        CHECK_FALSE(std::regex_search(line, std::regex(R"(\d\d\.\d\d\.\d{0,3}$)")));
      }
      if (std::regex_search(line, std::regex("[a-z]$"))) {
        // An e-mail breaks before "@" or after "." or "-", never inside a name.
        CHECK(std::regex_search(line, std::regex(R"((aleksandra|ru|\.|-)$)")));
      }
      // A word in a cell ends whole or shows its cut with a hyphen.
      CHECK_FALSE(std::regex_search(line, std::regex(R"((Константи|Александ|Владими|робототех)$)")));
    }
  }
  CHECK(dates == 12);
  CHECK(phones == 6);
}

TEST_CASE("a date under a long header word stays whole when the table is squeezed") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LayoutOptions options;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  // Wider than the page even at its narrowest: six addresses with a long piece between their
  // dots, and a date whose column is wide only for its header's word.
  doc::Document d;
  doc::Block t;
  t.kind = doc::BlockKind::kTable;
  t.table.header_rows = 1;
  std::vector<doc::TableCell> header = {Cell("№"), Cell("Дата завершения наставничества")};
  std::vector<doc::TableCell> row = {Cell("1"), Cell("26.12.2025")};
  for (int i = 0; i < 6; ++i) {
    header.push_back(Cell("Ссылка"));
    row.push_back(Cell("https://konstantinopolskayaaleks.example.ru/"));
  }
  t.table.rows = {header, row};
  d.blocks.push_back(std::move(t));
  Result<LaidOutDocument> laid = LayoutDocument(d, writer, options);
  REQUIRE(laid.ok());
  bool whole = false;
  for (const TextRun& run : laid->pages[0].content.texts) {
    INFO("line «" << EncodeUtf8(run.text) << "»");
    whole = whole || EncodeUtf8(run.text).find("26.12.2025") != std::string::npos;
  }
  CHECK(whole);
}

TEST_CASE("a column with nothing under its header stays narrow") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LayoutOptions options;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  doc::Document d;
  doc::Block t;
  t.kind = doc::BlockKind::kTable;
  t.table.header_rows = 1;
  t.table.rows.push_back({Cell("Мероприятие"), Cell("Отметка о выполнении")});
  t.table.rows.push_back({Cell("Встреча"), Cell("")});
  d.blocks.push_back(std::move(t));
  Result<LaidOutDocument> laid = LayoutDocument(d, writer, options);
  REQUIRE(laid.ok());
  // The header of the empty column wraps to its longest word rather than taking half the page.
  float x_mark = 0;
  for (const TextRun& run : laid->pages[0].content.texts) {
    if (EncodeUtf8(run.text).find("выполнении") != std::string::npos) x_mark = run.x;
  }
  CHECK(x_mark > 400);
}

// The year's pair list as the paperwork sets it: seven columns on a portrait page, the form and
// the role model short phrases beside columns of long names and positions.
doc::Document PairList() {
  doc::Document d;
  doc::Block t;
  t.kind = doc::BlockKind::kTable;
  t.table.header_rows = 1;
  t.table.rows.push_back({Cell("№"), Cell("Наставник"), Cell("Наставляемые"), Cell("Форма"), Cell("Ролевая модель"),
                          Cell("Срок"), Cell("Приказ")});
  const std::vector<std::vector<std::string>> rows = {
      {"Сомова Ирина Викторовна, заместитель директора по воспитательной работе",
       "Широкова Алина Рустамовна, учитель русского языка и литературы", "учитель – учитель",
       "опытный педагог – молодой специалист"},
      {"Гордеева Валентина Николаевна, учитель математики", "Зуева Дарья Алексеевна, учитель математики",
       "учитель – учитель", "опытный классный руководитель – начинающий классный руководитель"},
      {"Лаптев Сергей Аркадьевич, учитель физики",
       "Сафонов Егор Павлович, 9Б класс; Трофимова Полина Витальевна, 8А класс; Латыпов Руслан Маратович, 8А класс",
       "учитель – ученик", "руководитель проекта – проектная группа"},
      {"Воронцова Милана Андреевна, 10А класс", "Голубева Мария Александровна, 7А класс", "ученик – ученик",
       "успевающий – неуспевающий"},
  };
  int n = 0;
  for (const auto& r : rows) {
    t.table.rows.push_back({Cell(std::to_string(++n)), Cell(r[0]), Cell(r[1]), Cell(r[2]), Cell(r[3]),
                            Cell("с 15.09.2025 по 29.05.2026"), Cell("от 15.09.2025 № 124-од")});
  }
  d.blocks.push_back(std::move(t));
  return d;
}

TEST_CASE("a short phrase column keeps its words whole beside long text columns") {
  PdfWriter writer(nastavnik::testing::TestPdfResources());
  LayoutOptions options;
  options.hyphenator = Hyphenator::Shared(nastavnik::testing::TestPdfResources());
  Result<LaidOutDocument> laid = LayoutDocument(PairList(), writer, options);
  REQUIRE(laid.ok());
  // The words of the form and the role model; none may end a line cut with a hyphen, as
  // «учи-» / «тель – учитель» or «ру-» / «ководитель» did.
  const std::vector<std::string> phrase_words = {"учитель", "ученик", "опытный", "педагог", "молодой",
                                                 "специалист", "классный", "руководитель", "начинающий",
                                                 "проекта", "проектная", "группа", "успевающий", "неуспевающий"};
  int forms = 0;
  int hyphenated = 0;
  for (const TextRun& run : laid->pages[0].content.texts) {
    std::string line = EncodeUtf8(run.text);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    INFO("line «" << line << "»");
    if (line.rfind("учитель –", 0) == 0 || line.rfind("ученик –", 0) == 0) ++forms;
    if (line.size() < 2 || line.back() != '-') continue;
    ++hyphenated;
    const size_t space = line.find_last_of(' ');
    const std::string cut = line.substr(space == std::string::npos ? 0 : space + 1);
    const std::string stem = cut.substr(0, cut.size() - 1);
    for (const std::string& word : phrase_words) CHECK(word.rfind(stem, 0) != 0);
  }
  // Every form starts a line of its own: «учитель – учитель» whole or «учитель –» / «учитель».
  CHECK(forms == 4);
  CHECK(hyphenated <= 2);
}

}  // namespace
}  // namespace nastavnik::render::pdf
