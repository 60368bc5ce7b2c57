// Stage 3 (compute): the small statistics the monitoring report needs, on plain numbers.
#pragma once

#include <optional>
#include <vector>

namespace nastavnik::compute::monitoring {

double Mean(const std::vector<double>& values);    // 0 for none
double Median(const std::vector<double>& values);  // 0 for none; the mean of the middle two when even

/// Wilcoxon signed-rank test of paired differences against "no change", two-sided.
/// Zero differences are dropped (Wilcoxon's rule); equal |d| share the mean of their ranks.
/// n ≤ 25 non-zero differences: the exact distribution of W+ (ties included, by counting subsets
/// of the doubled ranks); above that the normal approximation with the ties correction of the
/// variance and a continuity correction of 0.5.
struct SignedRankTest {
  int n = 0;            // non-zero differences
  double w_plus = 0;    // sum of the ranks of positive differences
  double w_minus = 0;   // sum of the ranks of negative differences
  bool exact = false;
  double z = 0;         // normal approximation only
  std::optional<double> p_value;  // none when n < kMinSample: «выборка мала»
};
inline constexpr int kMinSample = 6;
inline constexpr int kMaxExact = 25;

SignedRankTest WilcoxonSignedRank(const std::vector<double>& differences);

}  // namespace nastavnik::compute::monitoring
