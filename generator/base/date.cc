#include "base/date.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace nastavnik {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ReadNumber(std::string_view s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

}  // namespace

// Howard Hinnant's days-from-civil algorithm.
long Date::DaysSinceEpoch() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::FromDaysSinceEpoch(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::Russian() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", day, month, year);
  return buf;
}

std::string Date::RussianLong() const {
  static const char* kMonths[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                  "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
  return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(year) + " г.";
}

std::optional<Date> ParseDate(std::string_view s) {
  Date d;
  size_t dash1 = s.find('-');
  if (dash1 == 4) {
    size_t dash2 = s.find('-', dash1 + 1);
    if (dash2 != 7 || s.size() != 10) return std::nullopt;
    if (!ReadNumber(s.substr(0, 4), &d.year) || !ReadNumber(s.substr(5, 2), &d.month) ||
        !ReadNumber(s.substr(8, 2), &d.day))
      return std::nullopt;
  } else {
    size_t dot1 = s.find('.');
    size_t dot2 = dot1 == std::string_view::npos ? dot1 : s.find('.', dot1 + 1);
    if (dot2 == std::string_view::npos || s.size() - dot2 - 1 != 4) return std::nullopt;
    if (!ReadNumber(s.substr(0, dot1), &d.day) ||
        !ReadNumber(s.substr(dot1 + 1, dot2 - dot1 - 1), &d.month) ||
        !ReadNumber(s.substr(dot2 + 1), &d.year) || dot1 > 2 || dot2 - dot1 - 1 > 2)
      return std::nullopt;
  }
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month))
    return std::nullopt;
  return d;
}

long long BuildEpochSeconds() {
  if (const char* env = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(env, &end, 10);
    if (end != env && *end == '\0' && v >= 0) return v;
  }
  return static_cast<long long>(std::time(nullptr));
}

Date DateFromEpochSeconds(long long seconds) {
  long days = static_cast<long>(seconds / 86400);
  return Date::FromDaysSinceEpoch(days);
}

}  // namespace nastavnik
