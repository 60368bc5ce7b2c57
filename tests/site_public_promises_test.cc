// The example's public pages against the papers a parent or a mentor signs: what the site says the
// school collects and how often it asks must not be less than the consent and the questionnaires.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// A page's text as a reader meets it: no tags, entities of the kinds the site writes undone,
// whitespace (line breaks, no-break spaces) one space.
std::string PageText(const stdfs::path& html) {
  std::string t = std::regex_replace(ReadFile(html), std::regex("<script[\\s\\S]*?</script>|<[^>]+>"), " ");
  t = std::regex_replace(t, std::regex("&nbsp;|\u00A0"), " ");
  t = std::regex_replace(t, std::regex("&laquo;"), "«");
  t = std::regex_replace(t, std::regex("&raquo;"), "»");
  return std::regex_replace(t, std::regex("\\s+"), " ");
}

std::string Flat(const stdfs::path& pdf) { return std::regex_replace(PdfText(pdf), std::regex("[\\s\\f]+"), " "); }

}  // namespace

TEST_CASE("the parents' page names what the processing consent covers and the three survey stages", "[site][privacy]") {
  const std::string consent = Flat(BuiltExample() / "pdf/soglasiya-obrabotka-pd.pdf");
  const std::string page = PageText(BuiltExample() / "site/for-parents.html");
  INFO(page);
  // Each kind of data the parent consents to, as the consent names it, is on the page too.
  for (const char* kind : {"отчество", "дата рождения", "телефон", "электронная почта", "запрос", "анкет"}) {
    INFO(kind);
    CHECK(consent.find(kind) != std::string::npos);
    CHECK(page.find(kind) != std::string::npos);
  }
  CHECK(page.find("Мы собираем только") == std::string::npos);
  // The questionnaires are answered at entry, mid-year and exit.
  CHECK(page.find("Два раза в год") == std::string::npos);
  CHECK(page.find("Три раза за учебный год — при входе в программу, в середине года и в конце") != std::string::npos);
  // The consent's term and the separate consent for the site.
  CHECK(page.find("до окончания программы наставничества и ещё один год после него") != std::string::npos);
  CHECK(page.find("отдельное согласие на распространение персональных данных") != std::string::npos);
}

TEST_CASE("the mentors' page asks for the questionnaire at all three stages and describes the pay as agreed",
          "[site]") {
  const std::string page = PageText(BuiltExample() / "site/for-mentors.html");
  CHECK(page.find("в начале и в конце работы пары") == std::string::npos);
  CHECK(page.find("три раза: в начале работы, в середине учебного года и в конце") != std::string::npos);
  // The supplementary agreement sets a доплата by the school's pay rules, not a bonus.
  CHECK(Flat(BuiltExample() / "pdf/soglasiya-nastavnikov.pdf").find("Оплата работы по наставничеству: доплата") !=
        std::string::npos);
  CHECK(page.find("стимулирующей части фонда оплаты труда") == std::string::npos);
  CHECK(page.find("доплата, размер и порядок которой установлены локальным актом школы об оплате труда") !=
        std::string::npos);
}

TEST_CASE("the news publishes no pupil's mark and promises no photos the site does not have", "[site][privacy]") {
  const std::string week = PageText(BuiltExample() / "site/news/2025-11-20-week.html");
  CHECK(week.find("на «четыре»") == std::string::npos);
  CHECK(week.find("появятся в разделе «Наставники»") == std::string::npos);
}

}  // namespace nastavnik::testing
