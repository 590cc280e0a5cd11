// Behaviour of Fixed<Repr, Frac> pinned against substrate-fixed v0.5.9: its doc examples
// (src/macros_frac.rs, macros_no_frac.rs, macros_round.rs, macros_from_to.rs), its arith.rs unit
// tests, and the rounding/saturation rules read from arith.rs, wide_div.rs and int_helper.rs.
#include "runtime/primitives/arith/fixed.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>

namespace subemu {
namespace {

// ---- Doc examples, generic over the representation with Frac = 4 ("Fix = FixedX<U4>") ----

template <class T>
class FixedDocTest : public ::testing::Test {};
using DocTypes =
    ::testing::Types<Fixed<int64_t, 4>, Fixed<uint64_t, 4>, Fixed<i128, 4>, Fixed<u128, 4>>;
TYPED_TEST_SUITE(FixedDocTest, DocTypes);

TYPED_TEST(FixedDocTest, CheckedMul) {
  using Fix = TypeParam;
  EXPECT_EQ(Fix::max_value().checked_mul(Fix::from_num(1)), Fix::max_value());
  EXPECT_EQ(Fix::max_value().checked_mul(Fix::from_num(2)), std::nullopt);
}

TYPED_TEST(FixedDocTest, CheckedDiv) {
  using Fix = TypeParam;
  EXPECT_EQ(Fix::max_value().checked_div(Fix::from_num(1)), Fix::max_value());
  EXPECT_EQ(Fix::max_value().checked_div(Fix::from_num(1) / Fix::from_num(2)), std::nullopt);
  EXPECT_EQ(Fix::from_num(1).checked_div(Fix::zero()), std::nullopt);
}

TYPED_TEST(FixedDocTest, SaturatingMulDiv) {
  using Fix = TypeParam;
  EXPECT_EQ(Fix::from_num(3).saturating_mul(Fix::from_num(2)), Fix::from_num(6));
  EXPECT_EQ(Fix::max_value().saturating_mul(Fix::from_num(2)), Fix::max_value());
  const Fix one_half = Fix::from_num(1).wrapping_div_int(2);
  EXPECT_EQ(Fix::from_num(1).saturating_div(Fix::from_num(2)), one_half);
  EXPECT_EQ(Fix::max_value().saturating_div(one_half), Fix::max_value());
}

TYPED_TEST(FixedDocTest, WrappingMulDiv) {
  using Fix = TypeParam;
  using R = typename Fix::repr_type;
  const Fix wrapped = Fix::from_bits(static_cast<R>(~R{0} << 2));
  EXPECT_EQ(Fix::from_num(3).wrapping_mul(Fix::from_num(2)), Fix::from_num(6));
  EXPECT_EQ(Fix::max_value().wrapping_mul(Fix::from_num(4)), wrapped);
  const Fix one_point_5 = Fix::from_bits(R{0b11} << (4 - 1));
  EXPECT_EQ(Fix::from_num(3).wrapping_div(Fix::from_num(2)), one_point_5);
  const Fix quarter = Fix::from_num(1) / Fix::from_num(4);
  EXPECT_EQ(Fix::max_value().wrapping_div(quarter), wrapped);
  // Release-build operators are the wrapping forms.
  EXPECT_EQ(Fix::max_value() * Fix::from_num(4), wrapped);
  EXPECT_EQ(Fix::max_value() / quarter, wrapped);
}

TYPED_TEST(FixedDocTest, ConversionsAndRounding) {
  using Fix = TypeParam;
  using R = typename Fix::repr_type;
  // 2.5 is 10.1 in binary.
  const Fix two_point_5 = Fix::from_bits(R{0b101} << (4 - 1));
  EXPECT_EQ(two_point_5.template to_num<int32_t>(), 2);
  EXPECT_EQ(two_point_5.template checked_to_num<int32_t>(), 2);
  EXPECT_EQ(two_point_5.template saturating_to_num<int32_t>(), 2);
  EXPECT_EQ(two_point_5.round(), Fix::from_num(3));
  EXPECT_EQ(two_point_5.ceil(), Fix::from_num(3));
  EXPECT_EQ(two_point_5.floor(), Fix::from_num(2));
  EXPECT_EQ(two_point_5.int_part(), Fix::from_num(2));
  EXPECT_EQ(two_point_5.frac(), Fix::from_bits(R{0b1} << (4 - 1)));
  // 1.75 is 1.11 in binary; widening to I16F16-like precision is exact.
  const Fix one_75 = Fix::from_bits(R{0b111} << (4 - 2));
  EXPECT_EQ(one_75.template to_fixed<I32F32>(), I32F32::from_bits(int64_t{0b111} << 30));
  // Too few integer bits: checked None, saturating max.
  using TooFewIntBits = Fixed<R, Fix::kFracBits + Fix::kIntBits - 2>;
  EXPECT_EQ(Fix::max_value().template checked_to_fixed<TooFewIntBits>(), std::nullopt);
  EXPECT_EQ(Fix::max_value().template saturating_to_fixed<TooFewIntBits>(),
            TooFewIntBits::max_value());
  // saturating_from_num(3) and of a too large integer.
  EXPECT_EQ(Fix::saturating_from_num(3), Fix::from_bits(R{3} << 4));
  EXPECT_EQ(Fix::saturating_from_num(int_max<u128>()), Fix::max_value());
  EXPECT_EQ(Fix::checked_from_num(int_max<u128>()), std::nullopt);
}

TYPED_TEST(FixedDocTest, SaturatingAddSubNeg) {
  using Fix = TypeParam;
  EXPECT_EQ(Fix::from_num(3).saturating_add(Fix::from_num(2)), Fix::from_num(5));
  EXPECT_EQ(Fix::max_value().saturating_add(Fix::from_num(1)), Fix::max_value());
  EXPECT_EQ(Fix::min_value().saturating_sub(Fix::from_num(1)), Fix::min_value());
  EXPECT_EQ(Fix::max_value().checked_add(Fix::delta()), std::nullopt);
  EXPECT_EQ(Fix::min_value().checked_sub(Fix::delta()), std::nullopt);
  EXPECT_EQ(Fix::from_num(5).checked_mul_int(2), Fix::from_num(10));
  EXPECT_EQ(Fix::max_value().checked_mul_int(2), std::nullopt);
  EXPECT_EQ(Fix::max_value().saturating_mul_int(2), Fix::max_value());
  EXPECT_EQ(Fix::from_num(5).checked_div_int(0), std::nullopt);
  if constexpr (Fix::kSigned) {
    EXPECT_EQ(Fix::min_value().checked_neg(), std::nullopt);
    EXPECT_EQ(Fix::min_value().saturating_neg(), Fix::max_value());
    EXPECT_EQ(Fix::min_value().wrapping_neg(), Fix::min_value());
    EXPECT_EQ(Fix::from_num(5).checked_neg(), Fix::from_num(-5));
    EXPECT_EQ(Fix::min_value().saturating_add(-Fix::from_num(1)), Fix::min_value());
    EXPECT_EQ(Fix::max_value().saturating_sub(-Fix::from_num(1)), Fix::max_value());
    EXPECT_EQ(Fix::min_value().checked_div_int(-1), std::nullopt);
    EXPECT_EQ(Fix::min_value().wrapping_div_int(-1), Fix::min_value());
    EXPECT_EQ(Fix::min_value().saturating_mul_int(2), Fix::min_value());
    EXPECT_EQ(Fix::max_value().saturating_mul_int(-2), Fix::min_value());
    EXPECT_EQ(Fix::min_value().abs(), Fix::min_value());  // release build wraps
  } else {
    EXPECT_EQ(Fix::zero().checked_neg(), Fix::zero());
    EXPECT_EQ(Fix::from_num(5).checked_neg(), std::nullopt);
    EXPECT_EQ(Fix::from_num(5).saturating_neg(), Fix::zero());
  }
}

// ---- arith.rs unit tests fixed_i128 / fixed_u128 (Frac = 7) ----

TEST(FixedCrateArithTest, FixedI128Frac7) {
  using F = Fixed<i128, 7>;
  constexpr int kFrac = 7;
  const i128 a0 = (static_cast<i128>(0x0003456789abcdefULL) << 64) | 0x0123456789abcdefULL;
  const i128 b0 = 5;
  const std::pair<i128, i128> cases[] = {{a0, b0}, {a0, -b0}, {-a0, b0}, {-a0, -b0},
                                         {b0, a0}, {b0, -a0}, {-b0, a0}, {-b0, -a0}};
  for (const auto& [a, b] : cases) {
    const F af = F::from_num(a);
    const F bf = F::from_num(b);
    EXPECT_EQ((af + bf).to_bits(), (a << kFrac) + (b << kFrac));
    EXPECT_EQ((af - bf).to_bits(), (a << kFrac) - (b << kFrac));
    EXPECT_EQ((af * bf).to_bits(), (a << kFrac) * b);
    EXPECT_EQ((af / bf).to_bits(), (a << kFrac) / b);
    EXPECT_EQ((-af).to_bits(), -(a << kFrac));
    EXPECT_EQ((af << 4).to_bits(), (a << kFrac) << 4);
    EXPECT_EQ((af >> 4).to_bits(), (a << kFrac) >> 4);
    EXPECT_EQ(af.wrapping_mul_int(b).to_bits(), (a << kFrac) * b);
    EXPECT_EQ(af.wrapping_div_int(b).to_bits(), (a << kFrac) / b);
  }
}

TEST(FixedCrateArithTest, FixedU128Frac7) {
  using F = Fixed<u128, 7>;
  constexpr int kFrac = 7;
  const u128 a0 = (static_cast<u128>(0x0003456789abcdefULL) << 64) | 0x0123456789abcdefULL;
  const u128 b0 = 5;
  const std::pair<u128, u128> cases[] = {{a0, b0}, {b0, a0}};
  for (const auto& [a, b] : cases) {
    const F af = F::from_num(a);
    const F bf = F::from_num(b);
    EXPECT_EQ((af + bf).to_bits(), (a << kFrac) + (b << kFrac));
    if (a > b) {
      EXPECT_EQ((af - bf).to_bits(), (a << kFrac) - (b << kFrac));
    }
    EXPECT_EQ((af * bf).to_bits(), (a << kFrac) * b);
    EXPECT_EQ((af / bf).to_bits(), (a << kFrac) / b);
    EXPECT_EQ((af << 4).to_bits(), (a << kFrac) << 4);
    EXPECT_EQ((af >> 4).to_bits(), (a << kFrac) >> 4);
  }
}

// ---- Rounding rules for negative operands (arith.rs mul_overflow / div_overflow) ----

TEST(FixedRoundingTest, MulFloorsTowardMinusInfinity) {
  // delta * 0.5 = 2^-33: floor gives 0 for +, -delta for -.
  const I32F32 half = I32F32::from_bits(int64_t{1} << 31);
  EXPECT_EQ(I32F32::delta().saturating_mul(half), I32F32::zero());
  EXPECT_EQ((-I32F32::delta()).saturating_mul(half), -I32F32::delta());
  EXPECT_EQ(I32F32::delta().saturating_mul(-half), -I32F32::delta());
  EXPECT_EQ((-I32F32::delta()).saturating_mul(-half), I32F32::zero());
  // Same on the 128-bit path.
  const I64F64 h64 = I64F64::from_bits(static_cast<i128>(1) << 63);
  EXPECT_EQ((-I64F64::delta()).checked_mul(h64), -I64F64::delta());
  EXPECT_EQ(I64F64::delta().checked_mul(h64), I64F64::zero());
  const I96F32 h96 = I96F32::from_bits(static_cast<i128>(1) << 31);
  EXPECT_EQ((-I96F32::delta()) * h96, -I96F32::delta());
  // -1.5 * 0.75 = -1.125 exactly; -3 * delta / 4 floors to -1 delta.
  EXPECT_EQ(I110F18::from_bits(-3).saturating_mul(I110F18::from_bits(1 << 16)),
            I110F18::from_bits(-1));
}

TEST(FixedRoundingTest, DivTruncatesTowardZero) {
  // 1 delta / 2 = 0 (trunc), -1 delta / 2 = 0 (trunc, not -1 as floor would give).
  const I32F32 two = I32F32::from_num(2);
  EXPECT_EQ(I32F32::delta().checked_div(two), I32F32::zero());
  EXPECT_EQ((-I32F32::delta()).checked_div(two), I32F32::zero());
  EXPECT_EQ((-I32F32::delta()).checked_div(-two), I32F32::zero());
  // -1 / 3: bits = trunc(-2^32 / 3) = -1431655765.
  EXPECT_EQ(I32F32::from_num(-1).checked_div(I32F32::from_num(3))->to_bits(), -1431655765);
  EXPECT_EQ(I32F32::from_num(1).checked_div(I32F32::from_num(-3))->to_bits(), -1431655765);
  const I64F64 three = I64F64::from_num(3);
  EXPECT_EQ(I64F64::from_num(-1).checked_div(three)->to_bits(),
            -static_cast<i128>((static_cast<u128>(1) << 64) / 3));
  EXPECT_EQ((-I96F32::delta()).checked_div(I96F32::from_num(2)), I96F32::zero());
  EXPECT_EQ((-I110F18::from_bits(5)).checked_div(I110F18::from_num(2)), -I110F18::from_bits(2));
}

TEST(FixedRoundingTest, SaturationSides) {
  // Exactly one negative operand -> min, otherwise max.
  EXPECT_EQ(I32F32::max_value().saturating_mul(I32F32::from_num(-2)), I32F32::min_value());
  EXPECT_EQ(I32F32::min_value().saturating_mul(I32F32::from_num(-2)), I32F32::max_value());
  EXPECT_EQ(I32F32::min_value().saturating_mul(I32F32::from_num(2)), I32F32::min_value());
  EXPECT_EQ(I64F64::min_value().saturating_div(-I64F64::delta()), I64F64::max_value());
  EXPECT_EQ(I64F64::max_value().saturating_div(-I64F64::delta()), I64F64::min_value());
  EXPECT_EQ(I96F32::min_value().saturating_div(I96F32::delta()), I96F32::min_value());
  EXPECT_EQ(U64F64::max_value().saturating_mul(U64F64::max_value()), U64F64::max_value());
  EXPECT_EQ(U96F32::max_value().saturating_div(U96F32::delta()), U96F32::max_value());
  // min / -1 for the 128-bit signed path overflows (the crate's 256-bit division).
  EXPECT_EQ(I64F64::min_value().checked_div(-I64F64::one()), std::nullopt);
  EXPECT_EQ(I64F64::min_value().checked_mul(-I64F64::one()), std::nullopt);
  EXPECT_EQ(I32F32::min_value().checked_div(-I32F32::one()), std::nullopt);
  // Exactly representable extremes do not overflow.
  EXPECT_EQ(I32F32::min_value().checked_div(I32F32::one()), I32F32::min_value());
  EXPECT_EQ(U110F18::max_value().checked_mul(U110F18::one()), U110F18::max_value());
}

// ---- Conversions: floor on dropped fraction bits, overflow iff out of range ----

TEST(FixedConversionTest, ToNumFloors) {
  EXPECT_EQ(I32F32::from_bits(-1).to_num<int64_t>(), -1);                   // -2^-32 -> -1
  EXPECT_EQ(I32F32::from_bits(-(int64_t{1} << 31)).to_num<int32_t>(), -1);  // -0.5 -> -1
  EXPECT_EQ(I32F32::from_bits((int64_t{5} << 31)).to_num<int32_t>(), 2);    // 2.5 -> 2
  EXPECT_EQ(I32F32::from_bits(-(int64_t{5} << 31)).to_num<int32_t>(), -3);  // -2.5 -> -3
  EXPECT_EQ(I96F32::from_bits(-1).to_num<i128>(), -1);
  EXPECT_EQ(U64F64::from_bits(~u128{0}).to_num<uint64_t>(), int_max<uint64_t>());
  EXPECT_EQ(I110F18::from_bits(-(1 << 17)).to_num<int8_t>(), -1);
  // Out of range: checked None, saturating clamps, plain (release) wraps.
  EXPECT_EQ(I32F32::from_num(-1).checked_to_num<uint32_t>(), std::nullopt);
  EXPECT_EQ(I32F32::from_num(-1).saturating_to_num<uint32_t>(), 0U);
  EXPECT_EQ(I32F32::from_num(-1).to_num<uint32_t>(), 0xFFFFFFFFU);
  EXPECT_EQ(I32F32::from_num(300).saturating_to_num<uint8_t>(), 255);
  EXPECT_EQ(I32F32::from_num(300).to_num<uint8_t>(), 44);
  EXPECT_EQ(I32F32::from_num(-300).saturating_to_num<int8_t>(), -128);
  EXPECT_EQ(U96F32::max_value().saturating_to_num<uint64_t>(), int_max<uint64_t>());
  EXPECT_EQ(U96F32::max_value().checked_to_num<u128>(), int_max<u128>() >> 32);
}

TEST(FixedConversionTest, FixedToFixedDropsBitsTowardMinusInfinity) {
  // I64F64 -> I32F32 / I110F18: extra fraction bits are floored.
  const I64F64 tiny = I64F64::from_bits(1);  // 2^-64
  EXPECT_EQ(tiny.to_fixed<I32F32>(), I32F32::zero());
  EXPECT_EQ((-tiny).to_fixed<I32F32>(), I32F32::from_bits(-1));
  EXPECT_EQ((-tiny).to_fixed<I110F18>(), I110F18::from_bits(-1));
  EXPECT_EQ(I32F32::from_bits(-(int64_t{1} << 13)).to_fixed<I110F18>(), I110F18::from_bits(-1));
  EXPECT_EQ(I32F32::from_bits((int64_t{1} << 14) + 1).to_fixed<I110F18>(), I110F18::from_bits(1));
  // Unsigned destination from negative source: overflow; saturates at 0.
  EXPECT_EQ(I64F64::from_num(-1).checked_to_fixed<U64F64>(), std::nullopt);
  EXPECT_EQ(I64F64::from_num(-1).saturating_to_fixed<U64F64>(), U64F64::zero());
  EXPECT_EQ((-tiny).checked_to_fixed<U96F32>(), std::nullopt);  // floors to -2^-32
  // Signed destination from large unsigned source.
  EXPECT_EQ(U64F64::max_value().checked_to_fixed<I64F64>(), std::nullopt);
  EXPECT_EQ(U64F64::max_value().saturating_to_fixed<I64F64>(), I64F64::max_value());
  EXPECT_EQ(U96F32::max_value().saturating_to_fixed<I32F32>(), I32F32::max_value());
  EXPECT_EQ(I96F32::min_value().saturating_to_fixed<I32F32>(), I32F32::min_value());
  EXPECT_EQ(I96F32::from_num(int64_t{1} << 31).checked_to_fixed<I32F32>(), std::nullopt);
  EXPECT_EQ(I96F32::from_num(-(int64_t{1} << 31)).checked_to_fixed<I32F32>(), I32F32::min_value());
  // Widening is exact.
  EXPECT_EQ(I32F32::min_value().to_fixed<I64F64>().to_fixed<I32F32>(), I32F32::min_value());
  EXPECT_EQ(I32F32::from_bits(int64_t{3} << 30).to_fixed<U64F64>(),
            U64F64::from_bits(static_cast<u128>(3) << 62));
}

TEST(FixedConversionTest, FromIntegerRanges) {
  EXPECT_EQ(I32F32::checked_from_num(int64_t{1} << 31), std::nullopt);
  EXPECT_EQ(I32F32::checked_from_num(-(int64_t{1} << 31)), I32F32::min_value().int_part());
  EXPECT_EQ(I32F32::saturating_from_num(int_min<i128>()), I32F32::min_value());
  EXPECT_EQ(U64F64::checked_from_num(-1), std::nullopt);
  EXPECT_EQ(U64F64::saturating_from_num(-1), U64F64::zero());
  EXPECT_EQ(U64F64::checked_from_num(int_max<uint64_t>())->to_num<uint64_t>(), int_max<uint64_t>());
  EXPECT_EQ(I110F18::checked_from_num(int_max<i128>()), std::nullopt);
  EXPECT_EQ(U110F18::saturating_from_num(int_max<u128>()), U110F18::max_value());
  // Release from_num wraps: 2^31 in I32F32 -> bits 2^63 -> min_value.
  EXPECT_EQ(I32F32::from_num(int64_t{1} << 31), I32F32::min_value());
  EXPECT_EQ(I32F32::wrapping_from_num(uint64_t{1} << 32), I32F32::zero());
}

TEST(FixedRoundTest, CrateRoundingFunctions) {
  const I32F32 m25 = I32F32::from_bits(-(int64_t{5} << 31));  // -2.5
  EXPECT_EQ(m25.floor(), I32F32::from_num(-3));
  EXPECT_EQ(m25.ceil(), I32F32::from_num(-2));
  EXPECT_EQ(m25.round(), I32F32::from_num(-3));  // ties away from zero
  EXPECT_EQ(m25.int_part(), I32F32::from_num(-3));
  EXPECT_EQ(m25.frac(), I32F32::from_bits(int64_t{1} << 31));  // 0.5
  const I32F32 m21 = I32F32::from_bits(-(int64_t{21} << 32) / 10);
  EXPECT_EQ(m21.round(), I32F32::from_num(-2));
  EXPECT_EQ(I32F32::from_bits((int64_t{5} << 31) + 1).round(), I32F32::from_num(3));
  EXPECT_EQ(U64F64::from_bits(static_cast<u128>(5) << 63).round(), U64F64::from_num(3));
  EXPECT_EQ(I32F32::max_value().ceil(), I32F32::min_value().int_part());  // wraps (release)
}

TEST(FixedTextTest, ExactDecimal) {
  EXPECT_EQ(I32F32::zero().to_string(), "0");
  EXPECT_EQ(I32F32::from_num(-3).to_string(), "-3");
  EXPECT_EQ(I32F32::from_bits(-(int64_t{3} << 31)).to_string(), "-1.5");
  EXPECT_EQ(I32F32::delta().to_string(), "0.00000000023283064365386962890625");
  EXPECT_EQ(I32F32::min_value().to_string(), "-2147483648");
  EXPECT_EQ(
      U64F64::max_value().to_string(),
      "18446744073709551615.9999999999999999999457898913757247782996273599565029144287109375");
  EXPECT_EQ(I96F32::max_value().to_num<i128>(), int_max<i128>() >> 32);
  EXPECT_EQ(I110F18::from_bits(1).to_string(), "0.000003814697265625");
}

TEST(FixedTextTest, CrateDisplayAutoPrecision) {
  // display.rs tests display_frac, for the widths we can instantiate with the same register.
  EXPECT_EQ((Fixed<i128, 128>::from_bits(-1).display_string()),
            "-0.000000000000000000000000000000000000003");
  EXPECT_EQ((Fixed<int64_t, 64>::from_bits(-1).display_string()), "-0.00000000000000000005");
  EXPECT_EQ((Fixed<u128, 128>::from_bits(~u128{0}).display_string()),
            "0.999999999999999999999999999999999999997");
  EXPECT_EQ((Fixed<uint64_t, 64>::from_bits(~uint64_t{0}).display_string()),
            "0.99999999999999999995");
  const u128 no_internal_overflow = (static_cast<u128>(0xe666666666666665ULL) << 64) | ~uint64_t{0};
  const u128 internal_overflow = (static_cast<u128>(0xe666666666666666ULL) << 64) | ~uint64_t{0};
  EXPECT_EQ((Fixed<u128, 128>::from_bits(no_internal_overflow).display_string()),
            "0.899999999999999999978315956550289911317");
  EXPECT_EQ((Fixed<u128, 128>::from_bits(internal_overflow).display_string()),
            "0.900000000000000000032526065174565133017");
  // Ours.
  EXPECT_EQ(I32F32::from_bits(-(int64_t{3} << 31)).display_string(), "-1.5");
  EXPECT_EQ(I32F32::delta().display_string(), "0.0000000002");
  EXPECT_EQ(I32F32::from_num(7).display_string(), "7");
  EXPECT_EQ(I32F32::from_num(-7).display_string(), "-7");
}

TEST(FixedBasicsTest, Constants) {
  EXPECT_EQ(I32F32::one().to_bits(), int64_t{1} << 32);
  EXPECT_EQ(U64F64::one().to_bits(), static_cast<u128>(1) << 64);
  EXPECT_EQ(I110F18::delta().to_bits(), 1);
  EXPECT_EQ(U96F32::min_value(), U96F32::zero());
  EXPECT_EQ(I64F64::kIntBits, 64);
  EXPECT_EQ(U110F18::kIntBits, 110);
  EXPECT_TRUE(I32F32::from_num(-1) < I32F32::zero());
  EXPECT_TRUE(U64F64::max_value() > U64F64::one());
  EXPECT_TRUE((-I96F32::one()).is_negative());
  EXPECT_FALSE(U96F32::max_value().is_negative());
  EXPECT_TRUE(I96F32::zero().is_zero());
  EXPECT_EQ(I96F32::from_num(-7).abs(), I96F32::from_num(7));
  static_assert(I32F32::from_num(6).saturating_div(I32F32::from_num(4)) ==
                I32F32::from_bits(int64_t{3} << 31));
  static_assert(U64F64::one().safe_div(U64F64::zero()) == U64F64::zero());
  static_assert(U64F64::one().safe_div_or(U64F64::zero(), U64F64::one()) == U64F64::one());
}

}  // namespace
}  // namespace subemu
