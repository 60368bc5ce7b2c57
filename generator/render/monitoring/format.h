// Stage 4 (render): how monitoring figures are written in Russian documents: decimal comma,
// percentages, and the suppression of small groups in anything published.
#pragma once

#include <string>

#include "base/document.h"
#include "model/program.h"

namespace nastavnik::render::monitoring {

/// 8.4 → "8,4"; whole numbers without a fraction.
std::string Number(double x, int decimals = 1);
/// A figure to tenths, rounded half away from zero, a zero tenth dropped: 6.04 → "6", 35.29 → "35,3".
/// Charts state their values so.
std::string Tenths(double x);

/// The one rule for percentages in every output (report, site, charts): tenths of a percent,
/// rounded half away from zero, a zero tenth dropped: "6 %", "35,3 %", "100 %".
double PercentValue(double share);  // 0.06021 → 6.0, the number a chart is drawn with
std::string PercentNumber(double share);  // "35,3", without the sign
/// covered / total as "62,5 %"; "—" when total is 0.
std::string Percent(int covered, int total);
std::string Percent(double share);

/// Who reads: the school's own report may show every group; the published one hides small ones.
struct Audience {
  bool is_public = false;
  int min_group = 5;
  /// A count as published: "менее 5" for 1..min_group-1 in the public version.
  std::string Count(int n) const;
  /// Whether a group of n people may be described at all.
  bool Shows(int n) const { return !is_public || n == 0 || n >= min_group; }
  std::string Hidden() const { return "менее " + std::to_string(min_group); }
  /// part / whole as published: a share would give away a hidden count (44,4 % of 9 is 4 people),
  /// so it is "—" when the part or the whole is a group too small to show.
  std::string Share(int part, int whole) const {
    return Shows(part) && Shows(whole) ? Percent(part, whole) : "—";
  }
};

/// A row of coverage by category: «Обучающиеся», «Педагоги».
std::string CategoryLabel(model::Category category);
/// A row of pupils by grade: «5-е классы», or «класс не указан» for grade 0.
std::string GradeLabel(int grade);

doc::TableCell Cell(std::string text);
doc::Block Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
                 std::vector<double> widths = {});
doc::Block BulletList(const std::vector<std::string>& items);

}  // namespace nastavnik::render::monitoring
