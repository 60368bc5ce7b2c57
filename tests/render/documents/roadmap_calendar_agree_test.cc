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

// The first term after the event's name: «22.09.2025 – 26.09.2025», «23.09.2025 и 30.09.2025» or
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
      {{"Собеседования с кандидатами в наставники"}, "22.09.2025 – 26.09.2025"},
      {{"«Школа наставника»", "«Школе наставника»"}, "23.09.2025 и 30.09.2025"},
      {{"Встреча-знакомство наставников и наставляемых"}, "02.10.2025"},
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
  // «Школа наставника» is two sessions, 23 and 30 September, wherever it is described.
  CHECK(roadmap.find("Четыре занятия") == std::string::npos);
  CHECK(roadmap.find("Два занятия: роль и этика наставника") != std::string::npos);
  CHECK(calendar.find("два обучающих занятия") != std::string::npos);
  const std::string news =
      std::regex_replace(ReadFile(BuiltExample() / "site/news/2025-09-15-start.html"), std::regex("\u00A0|\\s+"), " ");
  CHECK(news.find("собеседование с 22 по 26") != std::string::npos);
  CHECK(news.find("два занятия «Школы наставника»") != std::string::npos);
}

}  // namespace nastavnik::testing
