// Exactness of epoch::quantile against upstream's f64 arithmetic. Upstream (subtensor v3.0.0
// epoch/math.rs :: quantile) computes `pos = q * (len - 1) as f64`, floor/ceil `as usize` and
// `I32F32::saturating_from_num(pos - low as f64)` in f64; our runtime has no floating point and
// takes q as a rational num/den. Here the f64 algorithm is replayed literally with doubles (fine
// in tests) and compared bit for bit on many random inputs, including the pallet's 1/4 and 3/4.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "runtime/pallets/subtensor/epoch/math.hpp"
#include "tests/runtime/pallets/subtensor/epoch/math_test_util.hpp"

namespace subemu::epoch_test {
namespace {

using runtime::subtensor::epoch::quantile;
using runtime::subtensor::epoch::quantile_position;
using runtime::subtensor::epoch::QuantilePosition;

// Rust `f64 as usize` (64-bit): saturating, NaN -> 0.
uint64_t f64_as_usize(double v) {
  if (!(v > 0.0)) return 0;
  if (v >= 18446744073709551616.0) return std::numeric_limits<uint64_t>::max();
  return static_cast<uint64_t>(v);
}

// The f64 nearest to num/den: both operands are exact doubles (< 2^53), so IEEE division rounds
// the exact quotient once, as rustc rounds a decimal literal.
double ratio_f64(uint64_t num, uint64_t den) {
  return static_cast<double>(num) / static_cast<double>(den);
}

QuantilePosition reference_position(uint64_t last_index, double q) {
  const double pos = q * static_cast<double>(last_index);
  QuantilePosition out;
  out.low = f64_as_usize(std::floor(pos));
  out.high = f64_as_usize(std::ceil(pos));
  if (out.low != out.high) {
    out.weight = saturating_fixed_from_f64<I32F32>(pos - static_cast<double>(out.low));
  }
  return out;
}

// Upstream quantile, literally, with the f64 quantile.
I32F32 reference_quantile(std::vector<I32F32> data, double q) {
  std::sort(data.begin(), data.end());
  const size_t len = data.size();
  if (len == 0) return I32F32::zero();
  const QuantilePosition p = reference_position(len - 1, q);
  auto get = [&](uint64_t i) { return i < len ? data[i] : I32F32::zero(); };
  if (p.low == p.high) return get(p.low);
  const I32F32 low_value = get(p.low);
  const I32F32 high_value = get(p.high);
  return low_value.saturating_add(high_value.saturating_sub(low_value).saturating_mul(p.weight));
}

::testing::AssertionResult same_position(const QuantilePosition& a, const QuantilePosition& b) {
  if (a.low == b.low && a.high == b.high && (a.low == a.high || a.weight == b.weight)) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "low " << a.low << " vs " << b.low << ", high " << a.high << " vs " << b.high
         << ", weight " << show(a.weight) << " vs " << show(b.weight);
}

TEST(EpochMathQuantile, PalletQuantilesMatchF64OnRandomData) {
  std::mt19937_64 rng(0x9a4e'0001);
  for (int iter = 0; iter < 20000; ++iter) {
    const size_t len = iter < 300 ? static_cast<size_t>(iter) : rng() % 2049;
    std::vector<I32F32> data;
    data.reserve(len);
    for (size_t i = 0; i < len; ++i) {
      switch (rng() % 4) {
        case 0:  // consensus-like values in [0, 1]
          data.push_back(
              I32F32::from_bits(static_cast<int64_t>(rng() % ((uint64_t{1} << 32) + 1))));
          break;
        case 1:  // arbitrary bits, extremes included
          data.push_back(I32F32::from_bits(static_cast<int64_t>(rng())));
          break;
        case 2:  // duplicates
          data.push_back(data.empty() ? I32F32::max_value() : data[rng() % data.size()]);
          break;
        default:
          data.push_back(rng() % 2 == 0 ? I32F32::min_value() : I32F32::max_value());
      }
    }
    ASSERT_TRUE(bits_eq(quantile(data, 1, 4), reference_quantile(data, 0.25))) << "len " << len;
    ASSERT_TRUE(bits_eq(quantile(data, 3, 4), reference_quantile(data, 0.75))) << "len " << len;
  }
}

TEST(EpochMathQuantile, ArbitraryRationalsMatchF64) {
  std::mt19937_64 rng(0x9a4e'0002);
  for (int iter = 0; iter < 200000; ++iter) {
    uint64_t den = 0;
    uint64_t num = 0;
    switch (iter % 4) {
      case 0:  // decimal literals like 0.66
        den = 100;
        num = rng() % 101;
        break;
      case 1:
        den = 1 + rng() % 1000;
        num = rng() % (den + 1);
        break;
      case 2:  // 53-bit operands (still exact doubles), quantiles above 1 included
        den = 1 + (rng() >> 11);
        num = rng() >> 11;
        break;
      default:
        den = 1 + rng() % (uint64_t{1} << 20);
        num = rng() % (2 * den + 1);
    }
    const uint64_t last_index = iter % 2 == 0 ? rng() % 5000 : rng() >> (rng() % 64);
    ASSERT_TRUE(same_position(quantile_position(last_index, num, den),
                              reference_position(last_index, ratio_f64(num, den))))
        << num << "/" << den << " * " << last_index;
  }
}

TEST(EpochMathQuantile, EdgeCases) {
  const uint64_t u64_max = std::numeric_limits<uint64_t>::max();
  for (const uint64_t n :
       {uint64_t{0}, uint64_t{1}, uint64_t{2}, uint64_t{3}, uint64_t{4095}, (uint64_t{1} << 53) - 1,
        uint64_t{1} << 53, (uint64_t{1} << 53) + 1, u64_max - 1, u64_max}) {
    for (const auto& [num, den] :
         std::vector<std::pair<uint64_t, uint64_t>>{{0, 1},
                                                    {1, 4},
                                                    {3, 4},
                                                    {1, 3},
                                                    {2, 3},
                                                    {1, 1},
                                                    {66, 100},
                                                    {99, 100},
                                                    {5, 4},
                                                    {1, 1ULL << 52},
                                                    {(1ULL << 53) - 1, 1ULL << 53}}) {
      EXPECT_TRUE(
          same_position(quantile_position(n, num, den), reference_position(n, ratio_f64(num, den))))
          << num << "/" << den << " * " << n;
    }
  }
  // Empty data -> 0; a single value is returned whatever the quantile.
  EXPECT_TRUE(bits_eq(quantile(std::vector<I32F32>{}, 3, 4), I32F32::zero()));
  EXPECT_TRUE(bits_eq(quantile(std::vector<I32F32>{fx(0.3)}, 1, 4), fx(0.3)));
  // Quantile above 1 (not used by the pallet): indices past the end read as 0, as `get()`.
  const std::vector<I32F32> data{fxi(1), fxi(2), fxi(3)};
  EXPECT_TRUE(bits_eq(quantile(data, 5, 4), reference_quantile(data, 1.25)));
  EXPECT_TRUE(bits_eq(quantile(data, 2, 1), reference_quantile(data, 2.0)));
}

TEST(EpochMathQuantileDeathTest, ZeroDenominatorIsABug) {
  EXPECT_DEATH(static_cast<void>(quantile_position(3, 1, 0)), "SUBEMU_CHECK");
}

}  // namespace
}  // namespace subemu::epoch_test
