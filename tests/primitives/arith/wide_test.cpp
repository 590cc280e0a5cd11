// int128.hpp traits/text and wide.hpp 256-bit helpers: boundaries, plus randomized checks of
// divrem (q * d + r == n, r < d) and of the products against 64-bit-limb recomputation.
#include "runtime/primitives/arith/wide.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>

#include "runtime/primitives/arith/int128.hpp"

namespace subemu {
namespace {

constexpr u128 U(uint64_t hi, uint64_t lo) { return (static_cast<u128>(hi) << 64) | lo; }

TEST(Int128Test, Traits) {
  static_assert(Integer<i128> && Integer<u128> && Integer<int8_t> && Integer<uint64_t>);
  static_assert(!Integer<bool> && !Integer<char> && !Integer<double>);
  static_assert(SignedInteger<i128> && !SignedInteger<u128> && UnsignedInteger<u128>);
  static_assert(kBitWidth<i128> == 128 && kBitWidth<uint16_t> == 16);
  static_assert(int_max<i128>() == static_cast<i128>(~u128{0} >> 1));
  static_assert(int_min<i128>() == -int_max<i128>() - 1);
  static_assert(int_max<u128>() == ~u128{0} && int_min<u128>() == 0);
  static_assert(std::is_same_v<make_unsigned_t<i128>, u128>);
  static_assert(std::is_same_v<make_signed_t<u128>, i128>);
  static_assert(unsigned_abs(int_min<i128>()) == u128{1} << 127);
  static_assert(clz128(0) == 128 && clz128(1) == 127 && clz128(~u128{0}) == 0);
  static_assert(clz128(u128{1} << 64) == 63);
}

TEST(Int128Test, DecimalText) {
  EXPECT_EQ(to_decimal(u128{0}), "0");
  EXPECT_EQ(to_decimal(int_max<u128>()), "340282366920938463463374607431768211455");
  EXPECT_EQ(to_decimal(int_min<i128>()), "-170141183460469231731687303715884105728");
  EXPECT_EQ(to_decimal(int_max<i128>()), "170141183460469231731687303715884105727");
  EXPECT_EQ(to_decimal(i128{-42}), "-42");
  EXPECT_EQ(parse_u128("340282366920938463463374607431768211455"), int_max<u128>());
  EXPECT_EQ(parse_u128("340282366920938463463374607431768211456"), std::nullopt);
  EXPECT_EQ(parse_u128(""), std::nullopt);
  EXPECT_EQ(parse_u128("12a"), std::nullopt);
  EXPECT_EQ(parse_u128("-1"), std::nullopt);
  EXPECT_EQ(parse_i128("-170141183460469231731687303715884105728"), int_min<i128>());
  EXPECT_EQ(parse_i128("-170141183460469231731687303715884105729"), std::nullopt);
  EXPECT_EQ(parse_i128("170141183460469231731687303715884105728"), std::nullopt);
  EXPECT_EQ(parse_i128("-0"), i128{0});
  EXPECT_EQ(parse_i128("-"), std::nullopt);
  std::mt19937_64 rng(11);
  for (int i = 0; i < 2000; ++i) {
    const u128 v = U(rng(), rng()) >> (rng() % 128);
    EXPECT_EQ(parse_u128(to_decimal(v)), v);
    const auto s = static_cast<i128>(U(rng(), rng()));
    EXPECT_EQ(parse_i128(to_decimal(s)), s);
  }
}

TEST(WideTest, ProductsAtBoundaries) {
  const u128 max = ~u128{0};
  // (2^128 - 1)^2 = 2^256 - 2^129 + 1.
  EXPECT_EQ(wide::mul_u128(max, max), (U256{max - 1, 1}));
  EXPECT_EQ(wide::mul_u128(0, max), (U256{0, 0}));
  // Signed: min * min = 2^254; min * -1 = 2^127; -1 * -1 = 1; -1 * 1 = -1.
  const i128 min = int_min<i128>();
  EXPECT_EQ(wide::mul_i128(min, min), (U256{u128{1} << 126, 0}));
  EXPECT_EQ(wide::mul_i128(min, -1), (U256{0, u128{1} << 127}));
  EXPECT_EQ(wide::mul_i128(-1, -1), (U256{0, 1}));
  EXPECT_EQ(wide::mul_i128(-1, 1), (U256{max, max}));
  EXPECT_EQ(wide::negate(U256{0, 1}), (U256{max, max}));
  EXPECT_EQ(wide::negate(U256{0, 0}), (U256{0, 0}));
  EXPECT_EQ(wide::sar(U256{max, max - 2}, 1), (U256{max, max - 1}));  // floor(-3 / 2) = -2
  EXPECT_EQ(wide::sar(U256{max, max}, 200), (U256{max, max}));
  EXPECT_EQ(wide::shl(U256{0, 1}, 255), (U256{u128{1} << 127, 0}));
  EXPECT_EQ(wide::shr(U256{u128{1} << 127, 0}, 255), (U256{0, 1}));
  EXPECT_TRUE(wide::low_bits_nonzero(U256{1, 0}, 129));
  EXPECT_FALSE(wide::low_bits_nonzero(U256{1, 0}, 128));
}

// Signed product recomputed from the unsigned one of the magnitudes.
U256 signed_product_reference(i128 a, i128 b) {
  const U256 p = wide::mul_u128(unsigned_abs(a), unsigned_abs(b));
  return (a < 0) != (b < 0) ? wide::negate(p) : p;
}

TEST(WideTest, RandomProductsAndDivisions) {
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 50000; ++i) {
    const u128 a = U(rng(), rng()) >> (rng() % 128);
    const u128 b = U(rng(), rng()) >> (rng() % 128);
    // Products: commutative, and (a*b) / b == a with zero remainder.
    const U256 p = wide::mul_u128(a, b);
    EXPECT_EQ(p, wide::mul_u128(b, a));
    if (b != 0) {
      const wide::DivRem qr = wide::divrem(p, b);
      EXPECT_EQ(qr.quot, (U256{0, a}));
      EXPECT_EQ(qr.rem, u128{0});
    }
    EXPECT_EQ(wide::mul_i128(static_cast<i128>(a), static_cast<i128>(b)),
              signed_product_reference(static_cast<i128>(a), static_cast<i128>(b)));
    // Division of an arbitrary 256-bit value: n == q * d + r, r < d.
    const U256 n{U(rng(), rng()) >> (rng() % 128), U(rng(), rng())};
    const u128 d = U(rng(), rng()) >> (rng() % 128);
    if (d == 0) continue;
    const wide::DivRem qr = wide::divrem(n, d);
    EXPECT_LT(qr.rem, d);
    // q * d = (q.hi * 2^128 + q.lo) * d; q.hi * d fits in 128 bits because n < 2^256.
    const U256 lo_part = wide::mul_u128(qr.quot.lo, d);
    U256 back = wide::add_small(lo_part, qr.rem);
    back.hi += qr.quot.hi * d;
    ASSERT_EQ(back, n) << i;
  }
}

TEST(WideTest, KnuthCorrectionCases) {
  // Divisors with a high half at its maximum and dividends that force qhat corrections.
  const u128 max = ~u128{0};
  const u128 divisors[] = {U(0x8000000000000000ULL, 0),
                           U(0x8000000000000000ULL, 1),
                           U(~uint64_t{0}, ~uint64_t{0}),
                           U(1, 0),
                           U(1, ~uint64_t{0}),
                           U(0x7FFFFFFFFFFFFFFFULL, ~uint64_t{0})};
  const U256 dividends[] = {U256{max, max}, U256{max - 1, 0}, U256{U(0x7FFFFFFFFFFFFFFFULL, 0), 1},
                            U256{1, 0}, U256{U(0, ~uint64_t{0}), max}};
  for (const u128 d : divisors) {
    for (const U256& n : dividends) {
      const wide::DivRem qr = wide::divrem(n, d);
      EXPECT_LT(qr.rem, d);
      U256 back = wide::add_small(wide::mul_u128(qr.quot.lo, d), qr.rem);
      back.hi += qr.quot.hi * d;
      EXPECT_EQ(back, n);
    }
  }
}

TEST(WideTest, DivisionByZeroAborts) {
  EXPECT_DEATH((void)wide::divrem(U256{0, 1}, 0), "SUBEMU_CHECK");
}

}  // namespace
}  // namespace subemu
