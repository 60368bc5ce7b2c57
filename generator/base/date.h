// Base: calendar dates as the school writes them (ДД.ММ.ГГГГ or ISO), and the build's clock.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace nastavnik {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  bool valid() const { return year > 0; }
  /// Days since 1970-01-01.
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  /// "2025-09-01".
  std::string Iso() const;
  /// "01.09.2025".
  std::string Russian() const;
  /// "1 сентября 2025 г." (the long form of official documents).
  std::string RussianLong() const;

  friend bool operator==(const Date&, const Date&) = default;
  friend auto operator<=>(const Date&, const Date&) = default;
};

/// Parses "ДД.ММ.ГГГГ" (also Д.М.ГГГГ) or "ГГГГ-ММ-ДД"; nullopt when neither or not a real day.
std::optional<Date> ParseDate(std::string_view s);

/// The build's date and time as Unix seconds: SOURCE_DATE_EPOCH when set, else the clock.
/// Read only by main and passed down, so that every stage is reproducible.
long long BuildEpochSeconds();
/// The calendar day (UTC) of Unix seconds.
Date DateFromEpochSeconds(long long seconds);

}  // namespace nastavnik
