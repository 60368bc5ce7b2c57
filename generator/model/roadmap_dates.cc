// Stage 2 (model): a roadmap's results are printed into the programme and the roadmap, both
// approved by the order of [approval]. A result naming a later date («приказ от 15.09.2025
// № 124-од») was written after the fact: an inspector reads an August document citing September.
#include <cctype>
#include <regex>

#include "base/text.h"
#include "model/build_program.h"

namespace nastavnik::model {
namespace {

// «до 15.09.2025», «к 15.09.2025», «не позднее 15.09.2025» set a term: an expectation, not a fact.
bool IsTermWord(const std::string& word) {
  return word == "до" || word == "к" || word == "по" || word == "позднее";
}

// The width in bytes of the space that ends text at end: 1, 2 for a no-break space, 0 for none.
size_t SpaceBefore(const std::string& text, size_t end) {
  if (end >= 1 && (text[end - 1] == ' ' || text[end - 1] == '\t')) return 1;
  if (end >= 2 && text.compare(end - 2, 2, "\xC2\xA0") == 0) return 2;
  return 0;
}

// The word just before pos, lower case; letters only (a Cyrillic letter is two bytes ≥ 0x80).
std::string WordBefore(const std::string& text, size_t pos) {
  size_t end = pos;
  while (size_t width = SpaceBefore(text, end)) end -= width;
  size_t start = end;
  while (start > 0 && SpaceBefore(text, start) == 0) {
    const unsigned char c = static_cast<unsigned char>(text[start - 1]);
    if (c < 0x80 && !std::isalpha(c)) break;
    --start;
  }
  return text::ToLower(text.substr(start, end - start));
}

// The dates in ДД.ММ.ГГГГ form that text names after day, terms («до …») left out.
std::vector<Date> DatesAfter(const std::string& text, Date day) {
  static const std::regex kDate(R"((\d{1,2})\.(\d{1,2})\.(\d{4}))");
  std::vector<Date> later;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kDate); it != std::sregex_iterator(); ++it) {
    const size_t at = static_cast<size_t>(it->position(0));
    const size_t end = at + static_cast<size_t>(it->length(0));
    auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
    if ((at > 0 && digit(at - 1)) || (end < text.size() && digit(end))) continue;  // part of a longer number
    std::optional<Date> date = ParseDate(it->str(0));
    if (!date || *date <= day || IsTermWord(WordBefore(text, at))) continue;
    later.push_back(*date);
  }
  return later;
}

std::string Listed(const std::vector<Date>& dates) {
  std::string out;
  for (size_t i = 0; i < dates.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == dates.size() ? " и " : ", ") + dates[i].Russian();
  }
  return out;
}

}  // namespace

void CheckRoadmapDates(const Program& program, Diagnostics& diags) {
  const Approval& a = program.approval;
  if (!a.order_date) return;
  const std::string order = "приказа от " + a.order_date->Russian() + (a.order_number.empty() ? "" : " № " + a.order_number);
  for (const RoadmapAction& action : program.roadmap) {
    if (action.result_where.path.empty()) continue;  // the methodology's default roadmap
    std::vector<Date> later = DatesAfter(action.result, *a.order_date);
    if (later.empty()) continue;
    diags.Warning(action.result_where,
                  std::string(later.size() == 1 ? "в результате названа дата " : "в результате названы даты ") +
                      Listed(later) + " — позже " + order +
                      ", которым утверждены программа и дорожная карта с этим результатом: в утверждённом документе "
                      "пишут ожидаемый результат, без дат и номеров приказов, изданных после утверждения");
  }
}

}  // namespace nastavnik::model
