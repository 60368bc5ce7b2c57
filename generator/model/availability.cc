#include "model/availability.h"

#include <array>

#include "base/text.h"
#include "base/utf8.h"

namespace nastavnik::model {
namespace {

constexpr std::array<const char32_t*, 7> kShort = {U"пн", U"вт", U"ср", U"чт", U"пт", U"сб", U"вс"};
constexpr std::array<const char32_t*, 7> kFull = {U"понедельник", U"вторник", U"среда",      U"четверг",
                                                  U"пятница",     U"суббота", U"воскресенье"};

std::u32string Folded(const std::string& token) {
  std::u32string out;
  for (char32_t c : utf8::Decode(text::ToLower(text::Trim(token)))) {
    if (c == U'.') continue;
    out += c == U'ё' ? U'е' : c;
  }
  return out;
}

// «пн–пт», «пн-пт», «пн — пт»: the two ends, or false when the token holds no dash.
bool SplitRange(const std::string& token, std::string* from, std::string* to) {
  for (const char* dash : {"–", "—", "-"}) {
    size_t at = token.find(dash);
    if (at == std::string::npos) continue;
    *from = token.substr(0, at);
    *to = token.substr(at + std::string(dash).size());
    return true;
  }
  return false;
}

std::string ShortName(int day) {
  std::string out;
  for (const char32_t* c = kShort[static_cast<size_t>(day)]; *c; ++c) utf8::Append(&out, *c);
  return out;
}

// Words that name several days at once.
std::vector<int> NamedDays(const std::u32string& t) {
  if (t == U"будни" || t == U"будние" || t == U"будние дни" || t == U"рабочие дни") return {0, 1, 2, 3, 4};
  if (t == U"выходные" || t == U"выходные дни") return {5, 6};
  if (t == U"ежедневно" || t == U"каждый день" || t == U"любой день") return {0, 1, 2, 3, 4, 5, 6};
  return {};
}

}  // namespace

int ParseWeekday(const std::string& token) {
  std::u32string t = Folded(token);
  if (t.size() < 2) return -1;
  for (char32_t c : t) {
    if (c < U'а' || c > U'я') return -1;  // «вторник - четверг» is a range, not Tuesday
  }
  for (int d = 0; d < 7; ++d) {
    std::u32string full = kFull[static_cast<size_t>(d)];
    if (t == kShort[static_cast<size_t>(d)]) return d;
    // A prefix of the name («пят», «понед») or the name in another case («среду», «пятницу»).
    if (t.size() >= 3 && full.compare(0, t.size(), t) == 0) return d;
    if (t.size() >= 5 && t.compare(0, 4, full, 0, 4) == 0) return d;
  }
  return -1;
}

std::vector<std::string> ParseAvailability(const std::string& cell, const Location& where, Diagnostics& diags) {
  std::vector<std::string> days;
  std::vector<std::string> unknown;
  for (const std::string& token : text::SplitList(cell)) {
    if (ParseWeekday(token) >= 0) {
      days.push_back(token);
      continue;
    }
    std::vector<int> named = NamedDays(Folded(token));
    std::string from, to;
    if (named.empty() && SplitRange(token, &from, &to)) {
      int a = ParseWeekday(from), b = ParseWeekday(to);
      // A range runs forward through the week and may wrap past Sunday («пт–пн»).
      for (int d = a; a >= 0 && b >= 0; d = (d + 1) % 7) {
        named.push_back(d);
        if (d == b) break;
      }
    }
    if (named.empty()) {
      unknown.push_back("«" + token + "»");
      continue;
    }
    for (int d : named) days.push_back(ShortName(d));
  }
  if (!unknown.empty()) {
    std::string list;
    for (const std::string& u : unknown) list += (list.empty() ? "" : ", ") + u;
    diags.Warning(where, std::string("в ячейке «Время» ") + (unknown.size() == 1 ? "не распознано значение " : "не распознаны значения ") + list +
                             ": ожидаются дни недели, например «пн; ср», «пн–пт», «будни»; " +
                             (unknown.size() == 1 ? "оно не учтено" : "они не учтены"));
  }
  return days;
}

}  // namespace nastavnik::model
