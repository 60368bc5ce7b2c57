#include "compute/monitoring/statistics.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace nastavnik::compute::monitoring {

double Mean(const std::vector<double>& values) {
  if (values.empty()) return 0;
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(values.size());
}

double Median(const std::vector<double>& values) {
  if (values.empty()) return 0;
  std::vector<double> v = values;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

namespace {

// Two-sided exact p: the share of the 2^n sign assignments whose W+ is at least as far from the
// centre as the observed one. Ranks are doubled so that shared (half-integer) ranks stay integers.
double ExactP(const std::vector<int>& doubled_ranks, int observed_doubled) {
  int total = 0;
  for (int r : doubled_ranks) total += r;
  std::vector<double> ways(total + 1, 0.0);
  ways[0] = 1;
  for (int r : doubled_ranks) {
    for (int s = total; s >= r; --s) ways[s] += ways[s - r];
  }
  double all = std::ldexp(1.0, static_cast<int>(doubled_ranks.size()));
  double lower = 0, upper = 0;
  for (int s = 0; s <= total; ++s) {
    if (s <= observed_doubled) lower += ways[s];
    if (s >= observed_doubled) upper += ways[s];
  }
  return std::min(1.0, 2 * std::min(lower, upper) / all);
}

}  // namespace

SignedRankTest WilcoxonSignedRank(const std::vector<double>& differences) {
  SignedRankTest t;
  std::vector<double> d;
  for (double x : differences) {
    if (x != 0) d.push_back(x);
  }
  t.n = static_cast<int>(d.size());
  std::sort(d.begin(), d.end(), [](double a, double b) { return std::fabs(a) < std::fabs(b); });
  // Ranks 1..n; a run of equal |d| from i to j-1 shares rank (i+1 + j)/2, doubled: i+1+j.
  std::vector<int> doubled(d.size());
  double tie_term = 0;
  for (size_t i = 0; i < d.size();) {
    size_t j = i;
    while (j < d.size() && std::fabs(d[j]) == std::fabs(d[i])) ++j;
    for (size_t k = i; k < j; ++k) doubled[k] = static_cast<int>(i + 1 + j);
    double run = static_cast<double>(j - i);
    tie_term += run * run * run - run;
    i = j;
  }
  int w_plus_doubled = 0, w_minus_doubled = 0;
  for (size_t i = 0; i < d.size(); ++i) (d[i] > 0 ? w_plus_doubled : w_minus_doubled) += doubled[i];
  t.w_plus = w_plus_doubled / 2.0;
  t.w_minus = w_minus_doubled / 2.0;
  if (t.n < kMinSample) return t;
  if (t.n <= kMaxExact) {
    t.exact = true;
    t.p_value = ExactP(doubled, w_plus_doubled);
    return t;
  }
  double n = t.n;
  double mean = n * (n + 1) / 4;
  double variance = n * (n + 1) * (2 * n + 1) / 24 - tie_term / 48;
  if (variance <= 0) {
    t.p_value = 1;
    return t;
  }
  double diff = t.w_plus - mean;
  double corrected = std::max(0.0, std::fabs(diff) - 0.5);
  t.z = (diff < 0 ? -corrected : corrected) / std::sqrt(variance);
  t.p_value = std::min(1.0, std::erfc(std::fabs(t.z) / std::sqrt(2.0)));
  return t;
}

}  // namespace nastavnik::compute::monitoring
