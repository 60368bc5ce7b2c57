// Stage 1 (load): number formats and cell values of an XLSX sheet as text (xlsx_values.h).
#include "load/xlsx_values.h"

#include <charconv>
#include <cmath>

#include "base/date.h"

namespace nastavnik::load::xlsx {
namespace {
// Whether a format code shows a date or a time: its letters d, m, y, h, s outside quoted text,
// escapes and [colour] brackets ([h] and [mm] of durations count as time).
Shown ClassifyCode(std::string_view code) {
  bool date = false, time = false;
  for (size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (c == '"') {
      size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      size_t end = code.find(']', i);
      if (end == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, end - i - 1);
      if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' || inside[0] == 's')) time = true;
      i = end;
    } else if (c == ';') {
      break;  // the first section decides
    } else {
      char l = static_cast<char>(c | 0x20);
      if (l == 'd' || l == 'y' || l == 'm') date = true;  // m alone is a month; "h:mm" is caught by h
      if (l == 'h' || l == 's') time = true;
    }
  }
  // "h:mm" sets m as well: a format with h or s and no d or y is a time of day.
  bool has_day_or_year = code.find_first_of("dDyYдДгГ") != std::string_view::npos;
  if (time && !has_day_or_year) return Shown::kTime;
  if (date && time) return Shown::kDateTime;
  if (date) return Shown::kDate;
  return Shown::kNumber;
}

}  // namespace

Shown ClassifyFormat(int id, const std::map<int, std::string>& custom) {
  if (auto it = custom.find(id); it != custom.end()) return ClassifyCode(it->second);
  // The built-in formats of ECMA-376 that show dates or times (and their East Asian variants).
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58)) {
    return Shown::kDate;
  }
  if (id == 22) return Shown::kDateTime;
  if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47)) return Shown::kTime;
  return Shown::kNumber;
}

namespace {

std::string TwoDigits(long v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// ДД.ММ.ГГГГ without snprintf: a sheet of dates formats thousands of them.
std::string DayText(const Date& d) {
  if (d.year < 0 || d.year > 9999) return d.Russian();
  char b[10] = {static_cast<char>('0' + d.day / 10),  static_cast<char>('0' + d.day % 10),   '.',
                static_cast<char>('0' + d.month / 10), static_cast<char>('0' + d.month % 10), '.',
                static_cast<char>('0' + d.year / 1000), static_cast<char>('0' + d.year / 100 % 10),
                static_cast<char>('0' + d.year / 10 % 10), static_cast<char>('0' + d.year % 10)};
  return std::string(b, sizeof b);
}

}  // namespace

// An Excel serial number as the text a CSV would hold; nullopt when it is no real day.
std::optional<std::string> SerialText(double serial, Shown shown, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial > 2958466) return std::nullopt;  // to 31.12.9999
  long long seconds = std::llround(serial * 86400.0);
  long days = static_cast<long>(seconds / 86400);
  long in_day = static_cast<long>(seconds % 86400);
  auto clock = [in_day] { return TwoDigits(in_day / 3600) + ":" + TwoDigits(in_day / 60 % 60); };
  if (shown == Shown::kTime) return clock();
  long epoch_days;
  if (date1904) {
    epoch_days = days - 24107;
  } else {
    // 1900 counts a 29 February that never was (serial 60), as Lotus 1-2-3 did.
    if (days == 60 || days == 0) return std::nullopt;
    epoch_days = days < 60 ? days - 25568 : days - 25569;
  }
  std::string text = DayText(Date::FromDaysSinceEpoch(epoch_days));
  if (shown == Shown::kDateTime && in_day != 0) text += " " + clock();
  return text;
}

// The shortest text that reads back as the same number, without an exponent for whole numbers.
std::string NumberText(double v) {
  if (v == 0) return "0";
  if (std::fabs(v) < 1e15 && v == std::trunc(v)) return std::to_string(static_cast<long long>(v));
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
  return ec == std::errc() ? std::string(buffer, end) : std::string();
}

std::optional<double> ParseNumber(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

// "2025-09-15" or "2025-09-15T10:30:00" (cells of type d) as ДД.ММ.ГГГГ [ЧЧ:ММ].
std::optional<std::string> IsoText(std::string_view s) {
  std::optional<Date> d = ParseDate(s.substr(0, 10));
  if (!d || (s.size() > 10 && s[10] != 'T')) return std::nullopt;
  std::string text = DayText(*d);
  if (s.size() >= 16 && s.substr(11, 5) != "00:00") text += " " + std::string(s.substr(11, 5));
  return text;
}

}  // namespace nastavnik::load::xlsx
