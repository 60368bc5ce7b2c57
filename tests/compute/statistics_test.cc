// The signed-rank test against values worked out by hand.
#include <catch2/catch.hpp>

#include <cmath>

#include "compute/monitoring/statistics.h"

namespace nastavnik::testing {
namespace {

using namespace compute::monitoring;

TEST_CASE("mean and median", "[statistics]") {
  CHECK(Mean({}) == 0);
  CHECK(Mean({1, 2, 6}) == Catch::Detail::Approx(3));
  CHECK(Median({5, 1, 3}) == 3);
  CHECK(Median({4, 1, 3, 2}) == Catch::Detail::Approx(2.5));
}

TEST_CASE("Wilcoxon exact: six improvements of distinct size", "[statistics]") {
  // W+ = 1+…+6 = 21, the largest of 2^6 equally likely sums: p = 2 · 1/64.
  SignedRankTest t = WilcoxonSignedRank({1, 2, 3, 4, 5, 6});
  CHECK(t.n == 6);
  CHECK(t.w_plus == 21);
  CHECK(t.w_minus == 0);
  CHECK(t.exact);
  REQUIRE(t.p_value);
  CHECK(*t.p_value == Catch::Detail::Approx(2.0 / 64));
}

TEST_CASE("Wilcoxon exact: zeros dropped, ties share their rank", "[statistics]") {
  // Non-zero: −1, 2, 2, 3, 4, 5 → |d| ranks 1, 2.5, 2.5, 4, 5, 6; W− = 1, W+ = 20.
  // W+ ≥ 20 happens for the all-positive assignment (21) and the one flipping rank 1 (20): 2/64 each tail.
  SignedRankTest t = WilcoxonSignedRank({0, -1, 2, 2, 0, 3, 4, 5});
  CHECK(t.n == 6);
  CHECK(t.w_minus == 1);
  CHECK(t.w_plus == 20);
  REQUIRE(t.p_value);
  CHECK(*t.p_value == Catch::Detail::Approx(4.0 / 64));
  // All equal: every rank is 4 (of 1..7); only the all-positive assignment reaches W+ = 28.
  SignedRankTest same = WilcoxonSignedRank({1, 1, 1, 1, 1, 1, 1});
  CHECK(same.w_plus == 28);
  CHECK(*same.p_value == Catch::Detail::Approx(2.0 / 128));
}

TEST_CASE("Wilcoxon: a balanced sample is not significant", "[statistics]") {
  SignedRankTest t = WilcoxonSignedRank({1, -1, 2, -2, 3, -3, 4, -4});
  CHECK(t.w_plus == t.w_minus);
  CHECK(*t.p_value == Catch::Detail::Approx(1));
}

TEST_CASE("Wilcoxon: fewer than six changes is too small a sample", "[statistics]") {
  CHECK_FALSE(WilcoxonSignedRank({1, 2, 3, 4, 5}).p_value);
  CHECK_FALSE(WilcoxonSignedRank({1, 2, 3, 0, 0, 0, 0}).p_value);
}

TEST_CASE("Wilcoxon normal approximation above 25 changes", "[statistics]") {
  std::vector<double> d;
  for (int i = 1; i <= 30; ++i) d.push_back(i);
  SignedRankTest t = WilcoxonSignedRank(d);
  CHECK_FALSE(t.exact);
  CHECK(t.w_plus == 465);
  // mean 30·31/4 = 232.5; variance 30·31·61/24 = 2363.75; z = (465 − 232.5 − 0.5) / √2363.75.
  CHECK(t.z == Catch::Detail::Approx(232.0 / std::sqrt(2363.75)));
  CHECK(*t.p_value == Catch::Detail::Approx(std::erfc(232.0 / std::sqrt(2363.75) / std::sqrt(2.0))));
  CHECK(*t.p_value < 0.0001);
  // Ties reduce the variance by Σ(t³ − t)/48: 26 equal changes and 4 others.
  std::vector<double> tied(26, 1.0);
  for (double x : {2.0, 3.0, 4.0, -5.0}) tied.push_back(x);
  SignedRankTest u = WilcoxonSignedRank(tied);
  double variance = 30.0 * 31 * 61 / 24 - (26.0 * 26 * 26 - 26) / 48;
  CHECK(u.w_minus == 30);
  CHECK(u.z == Catch::Detail::Approx((465 - 30 - 232.5 - 0.5) / std::sqrt(variance)));
}

}  // namespace
}  // namespace nastavnik::testing
