// Stage 4 (render): how monitoring figures are written in Russian documents: decimal comma,
// percentages, and the suppression of small groups in anything published.
#pragma once

#include <string>

#include "base/document.h"

namespace nastavnik::render::monitoring {

/// 8.4 → "8,4"; whole numbers without a fraction.
std::string Number(double x, int decimals = 1);
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
};

doc::TableCell Cell(std::string text);
doc::Block Table(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
                 std::vector<double> widths = {});
doc::Block BulletList(const std::vector<std::string>& items);

}  // namespace nastavnik::render::monitoring
