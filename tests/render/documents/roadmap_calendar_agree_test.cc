// The example's roadmap, calendar plan and programme are approved by one order: an inspector reads
// them side by side, so an event they share has the same dates in each, and the news and the
// mentors' page tell the same story.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "test_util.h"

namespace nastavnik::testing {
namespace stdfs = std::filesystem;
namespace {

// pdftotext -raw: a table row's cells in the order painted, lines run together.
std::string Raw(const stdfs::path& pdf) {
  return std::regex_replace(Run("pdftotext -raw -enc UTF-8 " + Quote(pdf) + " -").output, std::regex("\\s+"), " ");
}

// The first term after the event's name: «15.09.2025 – 17.09.2025», «16.09.2025 и 18.09.2025» or
// one date; empty when the document does not name the event.
// The calendar names the event in the nominative, the roadmap and the programme in a sentence:
// the markers are its names in either, tried in turn.
std::string TermAfter(const std::string& text, const std::vector<std::string>& event) {
  size_t at = std::string::npos;
  for (const std::string& name : event) at = std::min(at, text.find(name));
  if (at == std::string::npos) return "";
  static const std::regex term("\\d\\d\\.\\d\\d\\.\\d{4}(?: (?:–|и) \\d\\d\\.\\d\\d\\.\\d{4})?");
  std::smatch m;
  const std::string rest = text.substr(at);
  return std::regex_search(rest, m, term) ? m.str() : "";
}

}  // namespace

TEST_CASE("the example's roadmap, calendar and programme give one term for each event they share", "[documents][roadmap]") {
  const std::string calendar = Raw(BuiltExample() / "pdf/kalendarnyj-plan.pdf");
  const std::string roadmap = Raw(BuiltExample() / "pdf/dorozhnaya-karta.pdf");
  const std::string programme = Raw(BuiltExample() / "pdf/programma.pdf");
  const std::vector<std::pair<std::vector<std::string>, std::string>> events = {
      {{"Собеседования с кандидатами в наставники"}, "15.09.2025 – 17.09.2025"},
      {{"«Школа наставника»", "«Школе наставника»"}, "16.09.2025 и 18.09.2025"},
      {{"Встреча-знакомство наставников и наставляемых"}, "19.09.2025"},
      {{"Неделя наставничества"}, "17.11.2025 – 21.11.2025"},
      {{"Промежуточный мониторинг"}, "15.12.2025 – 26.12.2025"},
      {{"Итоговая конференция"}, "26.05.2026"},
  };
  for (const auto& [event, term] : events) {
    INFO(event.front());
    CHECK(TermAfter(calendar, event) == term);
    CHECK(TermAfter(roadmap, event) == term);
    CHECK(TermAfter(programme, event) == term);
  }
  // «Школа наставника» is two sessions, 16 and 18 September, wherever it is described.
  CHECK(roadmap.find("Четыре занятия") == std::string::npos);
  CHECK(roadmap.find("Два занятия: роль и этика наставника") != std::string::npos);
  CHECK(calendar.find("два обучающих занятия") != std::string::npos);
  const std::string news =
      std::regex_replace(ReadFile(BuiltExample() / "site/news/2025-09-15-start.html"), std::regex("\u00A0|\\s+"), " ");
  CHECK(news.find("собеседование с 15 по 17") != std::string::npos);
  CHECK(news.find("два занятия «Школы наставника»") != std::string::npos);
  // The mentors' page lists the same days among the year's key dates.
  const std::string mentors =
      std::regex_replace(ReadFile(BuiltExample() / "site/for-mentors.html"), std::regex("\u00A0|\\s+"), " ");
  CHECK(mentors.find("16 и 18 сентября 2025</td><td>«Школа наставника», занятия 1 и 2") != std::string::npos);
  CHECK(mentors.find("19 сентября 2025</td><td>Встреча-знакомство") != std::string::npos);
}

}  // namespace nastavnik::testing
