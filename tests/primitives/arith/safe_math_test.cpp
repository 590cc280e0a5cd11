// Port of subtensor v3.0.0 primitives/safe-math/src/lib.rs tests (identical inputs and
// assertions), plus exact result bits of checked_sqrt from the Rust oracle (see
// fixed_crate_oracle_test.cpp) and SafeDiv's integer/fixed semantics.
#include "runtime/primitives/arith/safe_math.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <optional>

#include "tests/testutil/fixed_float.hpp"

namespace subemu {
namespace {

using testutil::fixed_from_f64;

U110F18 abs_diff(U110F18 a, U110F18 b) { return a > b ? a - b : b - a; }

TEST(SafeMathCrateTest, CheckedSqrtPositiveValues) {
  const U110F18 value = fixed_from_f64<U110F18>(4.0);
  const U110F18 epsilon = fixed_from_f64<U110F18>(0.0001);
  const std::optional<U110F18> result = checked_sqrt(value, epsilon);
  ASSERT_TRUE(result.has_value());
  const U110F18 precise = fixed_from_f64<U110F18>(std::sqrt(4.0));
  EXPECT_LE(abs_diff(*result, precise), epsilon);
  EXPECT_EQ(result->to_bits(), u128{0x80000});
}

TEST(SafeMathCrateTest, CheckedSqrtLargeValue) {
  const U110F18 value = fixed_from_f64<U110F18>(1'000'000'000'000'000'000.0);
  const U110F18 epsilon = fixed_from_f64<U110F18>(0.0001);
  const std::optional<U110F18> result = checked_sqrt(value, epsilon);
  ASSERT_TRUE(result.has_value());
  const U110F18 precise = fixed_from_f64<U110F18>(std::sqrt(1'000'000'000'000'000'000.0));
  EXPECT_LE(abs_diff(*result, precise), epsilon);
  EXPECT_EQ(result->to_bits(), u128{0xee6b28000000});
}

TEST(SafeMathCrateTest, CheckedSqrt21mTaoValue) {
  const U110F18 value = fixed_from_f64<U110F18>(441'000'000'000'000'000'000'000'000'000'000.0);
  const U110F18 epsilon = fixed_from_f64<U110F18>(1000);
  const std::optional<U110F18> result = checked_sqrt(value, epsilon);
  ASSERT_TRUE(result.has_value());
  const U110F18 precise =
      fixed_from_f64<U110F18>(std::sqrt(441'000'000'000'000'000'000'000'000'000'000.0));
  EXPECT_LE(abs_diff(*result, precise), epsilon);
  EXPECT_EQ(result->to_bits(), (u128{0x12a} << 64) | 0x6d8e1121fe0fa7d1ULL);
}

TEST(SafeMathCrateTest, CheckedSqrtZero) {
  const U110F18 value = fixed_from_f64<U110F18>(0.0);
  const U110F18 epsilon = fixed_from_f64<U110F18>(0.0001);
  const std::optional<U110F18> result = checked_sqrt(value, epsilon);
  ASSERT_TRUE(result.has_value());
  EXPECT_EQ(*result, fixed_from_f64<U110F18>(0.0));
}

TEST(SafeMathCrateTest, CheckedSqrtPrecision) {
  const U110F18 value = fixed_from_f64<U110F18>(2.0);
  const U110F18 epsilon = fixed_from_f64<U110F18>(0.0001);
  const std::optional<U110F18> result = checked_sqrt(value, epsilon);
  ASSERT_TRUE(result.has_value());
  const U110F18 precise = fixed_from_f64<U110F18>(std::sqrt(2.0));
  EXPECT_LE(abs_diff(*result, precise), epsilon);
  EXPECT_EQ(result->to_bits(), u128{0x5a820});
}

TEST(SafeMathCrateTest, CheckedSqrtMaxIterations) {
  const U110F18 value = fixed_from_f64<U110F18>(2.0);
  const U110F18 epsilon = fixed_from_f64<U110F18>(1e-30);  // rounds to 0
  const std::optional<U110F18> result = checked_sqrt(value, epsilon);
  ASSERT_TRUE(result.has_value());  // terminates via the iteration cap
  EXPECT_EQ(result->to_bits(), u128{0x5a827});
}

TEST(SafeMathTest, CheckedSqrtNegativeIsNone) {
  EXPECT_EQ(checked_sqrt(I96F32::from_num(-1), I96F32::delta()), std::nullopt);
  EXPECT_EQ(checked_sqrt(I96F32::from_num(9), I96F32::delta()), I96F32::from_num(3));
  EXPECT_EQ(checked_sqrt(U64F64::from_num(16), U64F64::delta()), U64F64::from_num(4));
}

TEST(SafeMathTest, IntegerSafeDiv) {
  EXPECT_EQ(safe_div<uint64_t>(7, 2), 3U);
  EXPECT_EQ(safe_div<uint64_t>(7, 0), 0U);
  EXPECT_EQ(safe_div<int64_t>(-7, 2), -3);                  // truncation toward zero
  EXPECT_EQ(safe_div<int64_t>(int_min<int64_t>(), -1), 0);  // checked_div None
  EXPECT_EQ(safe_div_or<uint16_t>(7, 0, 9), 9);
  EXPECT_EQ(safe_div_or<int8_t>(-128, -1, 5), 5);
  EXPECT_EQ(safe_div_or<uint32_t>(9, 3, 5), 3U);
  EXPECT_EQ(safe_div<u128>(int_max<u128>(), 0), 0U);
}

TEST(SafeMathTest, FixedSafeDiv) {
  EXPECT_EQ(safe_div(I32F32::from_num(1), I32F32::zero()), I32F32::zero());
  EXPECT_EQ(safe_div_or(U96F32::from_num(1), U96F32::zero(), U96F32::max_value()),
            U96F32::max_value());
  // Overflow also yields the default (checked_div is None).
  EXPECT_EQ(safe_div(I64F64::max_value(), I64F64::delta()), I64F64::zero());
  EXPECT_EQ(safe_div(U64F64::from_num(3), U64F64::from_num(2)), fixed_from_f64<U64F64>(1.5));
}

}  // namespace
}  // namespace subemu
