// tests/testutil/fixed_float.hpp: float <-> fixed with substrate-fixed v0.5.9's rounding
// (src/float_helper.rs), using the crate's doc examples and its display.rs tests `dec` and
// `close_to_round_decimal` (which also pin Fixed::display_string against Rust's float Display).
#include "tests/testutil/fixed_float.hpp"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "runtime/primitives/arith/fixed.hpp"

namespace subemu {
namespace {

using testutil::checked_fixed_from_f64;
using testutil::fixed_from_f32;
using testutil::fixed_from_f64;
using testutil::fixed_to_f64;
using testutil::saturating_fixed_from_f64;
using testutil::wrapping_fixed_from_f64;

template <class T>
class FixedFloatDocTest : public ::testing::Test {};
using DocTypes =
    ::testing::Types<Fixed<int64_t, 4>, Fixed<uint64_t, 4>, Fixed<i128, 4>, Fixed<u128, 4>>;
TYPED_TEST_SUITE(FixedFloatDocTest, DocTypes);

TYPED_TEST(FixedFloatDocTest, MacrosFromToExamples) {
  using Fix = TypeParam;
  using R = typename Fix::repr_type;
  // 1.75 is 1.11 in binary.
  const Fix expected = Fix::from_bits(R{0b111} << (4 - 2));
  EXPECT_EQ(testutil::checked_fixed_from_f32<Fix>(1.75f), expected);
  EXPECT_EQ(testutil::saturating_fixed_from_f32<Fix>(1.75f), expected);
  EXPECT_EQ(fixed_from_f32<Fix>(1.75f), expected);
  EXPECT_EQ(saturating_fixed_from_f64<Fix>(2e38), Fix::max_value());
  EXPECT_EQ(saturating_fixed_from_f64<Fix>(-std::numeric_limits<double>::infinity()),
            Fix::min_value());
  EXPECT_EQ(checked_fixed_from_f64<Fix>(2e38), std::nullopt);
  EXPECT_EQ(checked_fixed_from_f64<Fix>(std::numeric_limits<double>::quiet_NaN()), std::nullopt);
  if constexpr (Fix::kSigned) {
    EXPECT_EQ(checked_fixed_from_f64<Fix>(-1.75), -expected);
  } else {
    EXPECT_EQ(checked_fixed_from_f64<Fix>(-1.75), std::nullopt);
    EXPECT_EQ(saturating_fixed_from_f64<Fix>(-1.75), Fix::zero());
  }
  // one_point_625.to_num::<f64>() == 1.625
  EXPECT_EQ(fixed_to_f64(Fix::from_bits(R{0b1101} << (4 - 3))), 1.625);
}

TEST(FixedFloatTest, RoundsToNearestTiesToEven) {
  const double ulp = std::ldexp(1.0, -32);
  EXPECT_EQ(fixed_from_f64<I32F32>(0.5 * ulp), I32F32::zero());          // tie -> even 0
  EXPECT_EQ(fixed_from_f64<I32F32>(1.5 * ulp), I32F32::from_bits(2));    // tie -> even 2
  EXPECT_EQ(fixed_from_f64<I32F32>(2.5 * ulp), I32F32::from_bits(2));    // tie -> even 2
  EXPECT_EQ(fixed_from_f64<I32F32>(-1.5 * ulp), I32F32::from_bits(-2));  // symmetric
  EXPECT_EQ(fixed_from_f64<I32F32>(-0.5 * ulp), I32F32::zero());
  EXPECT_EQ(fixed_from_f64<I32F32>(0.50001 * ulp), I32F32::from_bits(1));  // above the tie
  EXPECT_EQ(fixed_from_f64<I32F32>(0.1), I32F32::from_bits(429496730));    // 0.1 * 2^32 = ...729.6
  EXPECT_EQ(fixed_from_f64<I96F32>(0.000003), I96F32::from_bits(12885));   // ...12884.9
  EXPECT_EQ(fixed_from_f64<U64F64>(1e-30), U64F64::zero());
  EXPECT_EQ(fixed_from_f64<I110F18>(-0.0), I110F18::zero());
  EXPECT_EQ(fixed_from_f64<U110F18>(1e18), U110F18::from_num(uint64_t{1'000'000'000'000'000'000}));
  EXPECT_EQ(fixed_from_f64<I64F64>(std::numeric_limits<double>::denorm_min()), I64F64::zero());
}

TEST(FixedFloatTest, OverflowPolicies) {
  EXPECT_EQ(checked_fixed_from_f64<I32F32>(2147483648.0), std::nullopt);
  EXPECT_EQ(checked_fixed_from_f64<I32F32>(-2147483648.0), I32F32::min_value());
  // Rounds up into overflow: max_value + half an ulp (as a double) is 2^31 after rounding.
  EXPECT_EQ(checked_fixed_from_f64<I32F32>(2147483647.9999999999), std::nullopt);
  EXPECT_EQ(saturating_fixed_from_f64<U96F32>(-1e-20), U96F32::zero());  // rounds to 0: fits
  EXPECT_EQ(checked_fixed_from_f64<U96F32>(-1e-9), std::nullopt);        // rounds to -4 ulp
  EXPECT_EQ(saturating_fixed_from_f64<U96F32>(-1e-9), U96F32::zero());
  EXPECT_EQ(wrapping_fixed_from_f64<I32F32>(2147483648.0), I32F32::min_value());  // release wrap
  EXPECT_EQ(saturating_fixed_from_f64<I64F64>(1e300), I64F64::max_value());
  EXPECT_DEATH((void)fixed_from_f64<I32F32>(1e300), "");
  EXPECT_DEATH((void)saturating_fixed_from_f64<I32F32>(std::nan("")), "");
}

TEST(FixedFloatTest, ToF64RoundsToNearestEven) {
  const i128 one = i128{1} << 64;
  EXPECT_EQ(fixed_to_f64(I64F64::from_bits(one + (i128{1} << 11))), 1.0);  // 1 + 2^-53: tie
  EXPECT_EQ(fixed_to_f64(I64F64::from_bits(one + (i128{3} << 11))), 1.0 + std::ldexp(1.0, -51));
  EXPECT_EQ(fixed_to_f64(I64F64::from_bits(-(one + (i128{3} << 11)))),
            -(1.0 + std::ldexp(1.0, -51)));
  EXPECT_EQ(fixed_to_f64(U64F64::max_value()), 18446744073709551616.0);
  EXPECT_EQ(fixed_to_f64(I32F32::min_value()), -2147483648.0);
  EXPECT_EQ(fixed_to_f64(I32F32::delta()), std::ldexp(1.0, -32));
}

std::string float_display(float f) {  // Rust's `{}` for f32: shortest round-trip, no exponent
  char buf[64];
  const auto res = std::to_chars(buf, buf + sizeof(buf), f, std::chars_format::fixed);
  return std::string(buf, res.ptr);
}

// display.rs :: tests::dec with U25F7 (a u32 repr; Fixed<uint64_t, 7> uses the same 8-bit
// display register).
TEST(FixedFloatCrateTest, DisplayDec) {
  using U25F7 = Fixed<uint64_t, 7>;
  for (uint32_t i = 0; i < (1U << 7); ++i) {
    const uint32_t bits = (~uint32_t{0} >> 8) ^ i;
    const U25F7 fix = U25F7::from_bits(bits);
    const float flt = static_cast<float>(bits) / std::exp2(7.0f);
    EXPECT_EQ(fix.display_string(), float_display(flt)) << bits;
    EXPECT_EQ(fixed_from_f32<U25F7>(flt), fix);
    EXPECT_EQ(fixed_to_f64(fix), static_cast<double>(flt));
  }
}

// display.rs :: tests::close_to_round_decimal with U9F23 (u32 repr; same 32-bit register here).
TEST(FixedFloatCrateTest, DisplayCloseToRoundDecimal) {
  using U9F23 = Fixed<uint64_t, 23>;
  for (int i = 0; i < 1000; ++i) {
    const float flt = static_cast<float>(i + 1000) / 1000.0f;
    const U9F23 fix = fixed_from_f32<U9F23>(flt);
    std::string check = "1." + std::string(i < 10 ? "00" : i < 100 ? "0" : "") + std::to_string(i);
    while (check.back() == '0') check.pop_back();
    if (check.back() == '.') check.pop_back();
    EXPECT_EQ(fix.display_string(), check) << i;
    EXPECT_EQ(fix.display_string(), float_display(flt)) << i;
  }
}

}  // namespace
}  // namespace subemu
