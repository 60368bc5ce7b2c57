// The papers of the year's end as the director signs them and the mentors' families read them:
// the change and results orders in correct Russian cases, and thank-you letters that carry no
// other child's data and are dated with the order that awards them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// The PDF's text on one line: line breaks inside a sentence become spaces.

bool Has(const std::string& text, const std::string& piece) { return text.find(piece) != std::string::npos; }

// Builds a copy of the example whose orders.csv has `from` replaced by `to`, into tmp/out.
void BuildWithOrders(const TempDir& tmp, const std::string& from, const std::string& to) {
  const stdfs::path school = CopyExample(tmp);
  const stdfs::path orders = school / "content/data/orders.csv";
  std::string csv = ReadFile(orders);
  const size_t at = csv.find(from);
  REQUIRE(at != std::string::npos);
  WriteFile(orders, csv.replace(at, from.size(), to));
  const CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(school) + " -o " +
                              Quote(tmp.path() / "out") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
}

}  // namespace

TEST_CASE("the results order thanks the mentors in the dative and ends the list with a full stop", "[documents][orders]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/prikazy.pdf");
  CHECK(Has(text, "вручить им благодарственные письма: – Кудряшовой Людмиле Геннадьевне, учителю химии и биологии; "
                  "– Воронцовой Милане Андреевне, обучающейся 10А класса; "
                  "– Рябининой Варваре Олеговне, обучающейся 10А класса. 3."));
  CHECK_FALSE(Has(text, "– Кудряшова Людмила Геннадьевна, учитель химии и биологии;"));
}

TEST_CASE("the change order appoints a mentor in the accusative for one mentee in the genitive, without pair codes", "[documents][orders]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/prikazy.pdf");
  const size_t from = text.find("№ 142-од");
  REQUIRE(from != std::string::npos);
  const std::string order = text.substr(from, text.find("Директор", from) - from);
  CHECK(Has(order, "Прекратить досрочно с 07.11.2025 работу наставнической пары: наставник — Абрамова Софья "
                   "Денисовна, обучающаяся 9А класса; наставляемая — Соколова Дарина Игоревна, обучающаяся 6Б класса."));
  CHECK(Has(order, "Назначить с 17.11.2025 Белову Ульяну Сергеевну, обучающуюся 11А класса, наставником наставляемой "
                   "Соколовой Дарины Игоревны, обучающейся 6Б класса, вместо Абрамовой Софьи Денисовны"));
  CHECK(Has(order, "2. Новому наставнику в течение двух недель составить вместе с наставляемой индивидуальный план"));
  CHECK_FALSE(Has(order, "наставляемых"));
  CHECK_FALSE(Has(order, "наставляемыми"));
  CHECK_FALSE(Has(order, "PR1"));
}

TEST_CASE("the orders' annexes name pairs by their people, without the data's pair codes", "[documents][orders]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/prikazy.pdf");
  CHECK(Has(text, "Сомова Ирина Викторовна"));
  CHECK_FALSE(std::regex_search(text, std::regex("PR[0-9]{2}")));
}

TEST_CASE("thank-you letters carry no minor mentee's name, grades, scores or role label", "[documents][privacy]") {
  const std::string letters = FlatPdfText(BuiltExample() / "pdf/blagodarnosti.pdf");
  for (const char* mentee : {"Голубев", "Дьяченко", "Шубин"}) CHECK_FALSE(Has(letters, mentee));
  for (const char* data : {"с 3 до 4", "тревожность", "неуспевающ", "баллов", "двоек"}) CHECK_FALSE(Has(letters, data));
  CHECK(Has(letters, "Твоя наставническая работа (с 22.09.2025 по 26.12.2025) завершилась успешно"));
  CHECK(Has(letters, "наставническая работа Рябининой Варвары Олеговны (с 22.09.2025 по 19.12.2025) завершилась успешно"));
}

TEST_CASE("thank-you letters bear the date of the results order that awards them", "[documents][orders]") {
  const std::string letters = FlatPdfText(BuiltExample() / "pdf/blagodarnosti.pdf");
  size_t dated = 0;
  for (size_t at = 0; (at = letters.find("(подпись) 27 мая 2026 г.", at)) != std::string::npos; ++at) ++dated;
  CHECK(dated == 5);
  CHECK_FALSE(Has(letters, "декабря 2025 г."));
}

TEST_CASE("without a results order the letters bear the program's end, later than the pairs' ends", "[documents][orders]") {
  TempDir tmp;
  BuildWithOrders(tmp, "61-од,27.05.2026,итоги,,\n", "");
  const std::string letters = FlatPdfText(tmp.path() / "out/pdf/blagodarnosti.pdf");
  size_t dated = 0;
  for (size_t at = 0; (at = letters.find("(подпись) 31 мая 2026 г.", at)) != std::string::npos; ++at) ++dated;
  CHECK(dated == 5);
}

TEST_CASE("a change order that only ends a pair gives no task to a new mentor and numbers its items on", "[documents][orders]") {
  TempDir tmp;
  BuildWithOrders(tmp, "PR15; PR16", "PR15");
  const std::string text = FlatPdfText(tmp.path() / "out/pdf/prikazy.pdf");
  const size_t from = text.find("№ 142-од");
  REQUIRE(from != std::string::npos);
  const std::string order = text.substr(from, text.find("Директор", from) - from);
  CHECK(Has(order, "Прекратить досрочно с 07.11.2025"));
  CHECK_FALSE(Has(order, "Назначить"));
  CHECK_FALSE(Has(order, "Новому наставнику"));
  CHECK(Has(order, "2. Куратору программы наставничества ознакомить"));
  CHECK(Has(order, "3. Контроль за исполнением"));
}

}  // namespace nastavnik::testing
