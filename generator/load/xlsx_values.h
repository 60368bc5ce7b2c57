// Stage 1 (load): what an XLSX cell's number means as text. A number format code says whether
// a serial number is shown as a date, a time or a number; the value is then written as a CSV
// would hold it (ДД.ММ.ГГГГ [ЧЧ:ММ], or the shortest number that reads back the same).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace nastavnik::load::xlsx {

enum class Shown { kNumber, kDate, kDateTime, kTime };

/// How a cell with number format `id` (a built-in one, or one of `custom`) is shown.
Shown ClassifyFormat(int id, const std::map<int, std::string>& custom);
/// An Excel serial number as the text a CSV would hold; nullopt when it is no real day.
std::optional<std::string> SerialText(double serial, Shown shown, bool date1904);
/// The shortest text that reads back as the same number, without an exponent for whole numbers.
std::string NumberText(double v);
/// A number written as text, spaces around it allowed; nullopt when it is not one.
std::optional<double> ParseNumber(std::string_view s);
/// "2025-09-15" or "2025-09-15T10:30:00" (cells of type d) as ДД.ММ.ГГГГ [ЧЧ:ММ].
std::optional<std::string> IsoText(std::string_view s);

}  // namespace nastavnik::load::xlsx
