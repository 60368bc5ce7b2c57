// The year's orders as the people who sign them read them: the results annex carries no child's
// marks or scores, every adult an order names signs it and no pupil does, and a pair that starts
// before its order (or a mentor's consent dated after the work began) is flagged.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {


bool Has(const std::string& text, const std::string& piece) { return text.find(piece) != std::string::npos; }

// From the order's heading «№ number» to where the next order or the end of the file begins.
std::string OrderText(const std::string& text, const std::string& number) {
  const size_t from = text.find("№ " + number + " ");
  REQUIRE(from != std::string::npos);
  const size_t next = text.find("ПРИКАЗ ", from);
  return text.substr(from, next == std::string::npos ? std::string::npos : next - from);
}

// «С приказом ознакомлены: …» up to the order's annex.
std::string Signers(const std::string& order) {
  const size_t from = order.find("С приказом ознакомлены:");
  REQUIRE(from != std::string::npos);
  return order.substr(from, order.find("Приложение", from) - from);
}

}  // namespace

TEST_CASE("the results order's annex states each mentor's form and period, no minor mentee's name or marks", "[documents][orders][privacy]") {
  const std::string order = OrderText(FlatPdfText(BuiltExample() / "pdf/prikazy.pdf"), "61-од");
  for (const char* mentee : {"Голубев", "Дьяченко", "Шубин"}) CHECK_FALSE(Has(order, mentee));
  for (const char* data : {"с 3 до 4", "тревожност", "баллов", "двоек", "по алгебре", "по химии"}) {
    INFO(data);
    CHECK_FALSE(Has(order, data));
  }
  CHECK(Has(order, "Наставник Форма Период работы Результат работы"));
  CHECK(Has(order, "Рябинина Варвара Олеговна, 10А класс ученик – ученик с 22.09.2025 по 19.12.2025 работа по "
                   "индивидуальному плану развития завершена успешно"));
  CHECK(Has(order, "Имена и результаты наставляемых-обучающихся в приказе не приводятся"));
}

TEST_CASE("every adult an order names signs «С приказом ознакомлены», mentees included, and no pupil does", "[documents][orders]") {
  const std::string text = FlatPdfText(BuiltExample() / "pdf/prikazy.pdf");
  const std::string fixing = Signers(OrderText(text, "124-од"));
  for (const char* who : {"И. В. Сомова", "В. Н. Гордеева", "А. Р. Широкова", "Д. А. Зуева", "А. Ю. Мельников",
                          "А. В. Карпенко", "Н. С. Фомина", "К. И. Лебедева"}) {
    INFO(who);
    CHECK(Has(fixing, who));
  }
  const std::string pupils = Signers(OrderText(text, "131-од"));
  CHECK(Has(pupils, "С. А. Лаптев"));
  for (const char* pupil : {"М. А. Воронцова", "Е. П. Сафонов", "Наставник ", "Наставляемый"}) {
    INFO(pupil);
    CHECK_FALSE(Has(pupils, pupil));
  }
  CHECK_FALSE(Has(Signers(OrderText(text, "61-од")), "В. О. Рябинина"));
  CHECK(Has(OrderText(text, "131-од"), "ознакомить с настоящим приказом под подпись наставников и наставляемых из "
                                       "числа работников, а обучающихся и их родителей (законных представителей) — "
                                       "с составом и сроком работы их пары или группы"));
}

TEST_CASE("a pair that starts before its order warns at the order, and the mentor's consent is dated by the start", "[documents][orders]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  const stdfs::path orders = school / "content/data/orders.csv";
  std::string csv = ReadFile(orders);
  for (auto [from, to] : {std::pair<std::string, std::string>{"131-од,22.09.2025,", "131-од,13.10.2025,"},
                          {"142-од,07.11.2025,", "142-од,17.11.2025,"}}) {
    const size_t at = csv.find(from);
    REQUIRE(at != std::string::npos);
    csv.replace(at, from.size(), to);
  }
  WriteFile(orders, csv);
  const CommandResult r = Run("SOURCE_DATE_EPOCH=1764547200 " + Binary() + " build " + Quote(school) + " -o " +
                              Quote(tmp.path() / "out") + " 2>&1");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(Has(r.output, "content/data/orders.csv:3:31: предупреждение: пара PR05 начинает работу 29.09.2025, раньше "
                      "приказа № 131-од от 13.10.2025: пара работает только после приказа о закреплении и письменного "
                      "согласия наставника-работника (ст. 351.8 ТК РФ) — датируйте приказ не позднее 29.09.2025"));
  CHECK(Has(r.output, "content/data/orders.csv:4:29: предупреждение: пара PR15 прекращает работу 07.11.2025, раньше "
                      "приказа № 142-од от 17.11.2025: приказ не прекращает работу задним числом"));
  CHECK_FALSE(Has(r.output, "PR16 начинает"));  // appointed after the change order: in time
  // Лаптев's group works from 29.09.2025: his consent and agreement may not wait for the order.
  const std::string consents = FlatPdfText(tmp.path() / "out/pdf/soglasiya-nastavnikov.pdf");
  const size_t laptev = consents.find("Я, Лаптев Сергей Аркадьевич");
  REQUIRE(laptev != std::string::npos);
  CHECK(Has(consents.substr(laptev, 3000), "29 сентября 2025 г."));
  CHECK_FALSE(Has(consents.substr(laptev, 3000), "13 октября 2025 г."));
}

TEST_CASE("the example's orders come before the work of every pair they fix or end", "[documents][orders]") {
  TempDir tmp;
  const stdfs::path school = CopyExample(tmp);
  const CommandResult r = Run(Binary() + " check " + Quote(school) + " 2>&1");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK_FALSE(Has(r.output, "раньше приказа"));
}

}  // namespace nastavnik::testing
