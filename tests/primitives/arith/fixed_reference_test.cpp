// Randomized cross-check of Fixed mul/div (checked, saturating, wrapping, operators) for every
// alias against an independent reference: sign-magnitude integers on arrays of uint32 limbs
// with schoolbook multiplication and bit-by-bit long division, and the crate's rounding rules
// written out directly (mul: floor(a*b / 2^F); div: trunc(a*2^F / b); overflow iff outside the
// representation; wrap = low bits; saturate to min iff exactly one operand is negative).
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <optional>
#include <random>

#include "runtime/primitives/arith/fixed.hpp"

namespace subemu {
namespace {

// ---- Reference big integers (test-only, deliberately simple) ----

constexpr int kLimbs = 9;  // 288 bits: a 128-bit value shifted by 128, or a 128x128 product

struct Big {
  bool neg = false;
  std::array<uint32_t, kLimbs> mag{};  // little-endian limbs
};

Big big_from_u128(u128 v, bool neg) {
  Big b;
  for (int i = 0; i < 4; ++i)
    b.mag[static_cast<std::size_t>(i)] = static_cast<uint32_t>(v >> (32 * i));
  b.neg = neg && v != 0;
  return b;
}

template <class R>
Big big_from(R v) {
  if constexpr (kIsSignedInteger<R>) {
    return big_from_u128(static_cast<u128>(unsigned_abs(v)), v < 0);
  } else {
    return big_from_u128(static_cast<u128>(v), false);
  }
}

bool is_zero(const Big& b) {
  for (uint32_t l : b.mag) {
    if (l != 0) return false;
  }
  return true;
}

Big mul(const Big& a, const Big& b) {
  std::array<uint64_t, 2 * kLimbs> acc{};
  for (int i = 0; i < kLimbs; ++i) {
    uint64_t carry = 0;
    for (int j = 0; i + j < kLimbs; ++j) {
      const auto k = static_cast<std::size_t>(i + j);
      const uint64_t t = acc[k] +
                         static_cast<uint64_t>(a.mag[static_cast<std::size_t>(i)]) *
                             b.mag[static_cast<std::size_t>(j)] +
                         carry;
      acc[k] = t & 0xFFFFFFFFu;
      carry = t >> 32;
    }
  }
  Big r;
  for (int i = 0; i < kLimbs; ++i)
    r.mag[static_cast<std::size_t>(i)] = static_cast<uint32_t>(acc[static_cast<std::size_t>(i)]);
  r.neg = (a.neg != b.neg) && !is_zero(r);
  return r;
}

bool get_bit(const Big& b, int i) {
  return ((b.mag[static_cast<std::size_t>(i / 32)] >> (i % 32)) & 1U) != 0;
}
void set_bit(Big& b, int i) { b.mag[static_cast<std::size_t>(i / 32)] |= 1U << (i % 32); }

Big shl(const Big& a, int s) {
  Big r;
  r.neg = a.neg;
  const int words = s / 32;
  const int bits = s % 32;
  for (int i = kLimbs - 1; i >= words; --i) {
    const auto src = static_cast<std::size_t>(i - words);
    uint32_t v = a.mag[src] << bits;
    if (bits != 0 && src > 0) v |= a.mag[src - 1] >> (32 - bits);
    r.mag[static_cast<std::size_t>(i)] = v;
  }
  return r;
}

// floor(a / 2^s) for signed a.
Big floor_shr(const Big& a, int s) {
  Big r;
  bool lost = false;
  for (int i = 0; i < 32 * kLimbs; ++i) {
    if (!get_bit(a, i)) continue;
    if (i >= s) {
      set_bit(r, i - s);
    } else {
      lost = true;
    }
  }
  if (a.neg && lost) {  // magnitude + 1
    for (auto& l : r.mag) {
      if (++l != 0) break;
    }
  }
  r.neg = a.neg && !is_zero(r);
  return r;
}

int cmp_mag(const Big& a, const Big& b) {
  for (int i = kLimbs - 1; i >= 0; --i) {
    const auto k = static_cast<std::size_t>(i);
    if (a.mag[k] != b.mag[k]) return a.mag[k] < b.mag[k] ? -1 : 1;
  }
  return 0;
}

void sub_mag(Big& a, const Big& b) {  // a -= b, |a| >= |b|
  int64_t borrow = 0;
  for (int i = 0; i < kLimbs; ++i) {
    const auto k = static_cast<std::size_t>(i);
    int64_t t = static_cast<int64_t>(a.mag[k]) - b.mag[k] - borrow;
    borrow = t < 0 ? 1 : 0;
    if (t < 0) t += int64_t{1} << 32;
    a.mag[k] = static_cast<uint32_t>(t);
  }
}

// trunc(a / b), one quotient bit at a time. REQUIRES: b != 0.
Big trunc_div(const Big& a, const Big& b) {
  Big q, rem;
  int top = 32 * kLimbs - 1;
  while (top >= 0 && !get_bit(a, top)) --top;
  for (int i = top; i >= 0; --i) {
    uint32_t carry = get_bit(a, i) ? 1U : 0U;  // rem = rem * 2 + bit
    for (auto& l : rem.mag) {
      const uint32_t next = l >> 31;
      l = (l << 1) | carry;
      carry = next;
    }
    if (cmp_mag(rem, b) >= 0) {
      sub_mag(rem, b);
      set_bit(q, i);
    }
  }
  q.neg = (a.neg != b.neg) && !is_zero(q);
  return q;
}

// Whether the exact value fits R, and its low bits as R (two's complement).
template <class R>
std::pair<bool, R> fit_and_wrap(const Big& v) {
  u128 low = 0;
  for (int i = 0; i < 4; ++i)
    low |= static_cast<u128>(v.mag[static_cast<std::size_t>(i)]) << (32 * i);
  bool high_zero = true;
  for (int i = 4; i < kLimbs; ++i) high_zero = high_zero && v.mag[static_cast<std::size_t>(i)] == 0;
  u128 limit = static_cast<u128>(int_max<R>());
  if (v.neg) limit = kIsSignedInteger<R> ? limit + 1 : 0;
  const bool fits = high_zero && low <= limit;
  using UR = make_unsigned_t<R>;
  auto bits = static_cast<UR>(low);
  if (v.neg) bits = static_cast<UR>(UR{0} - bits);
  return {fits, static_cast<R>(bits)};
}

// ---- Inputs: a mix of shapes so that both sides of every boundary get exercised ----

template <class F>
F random_value(std::mt19937_64& rng) {
  using R = typename F::repr_type;
  using UR = make_unsigned_t<R>;
  constexpr int kBits = kBitWidth<R>;
  const u128 raw = (static_cast<u128>(rng()) << 64) | rng();
  const uint64_t pick = rng() % 16;
  UR u;
  if (pick == 0) {  // special values
    const R specials[] = {R{0},
                          R{1},
                          int_max<R>(),
                          int_min<R>(),
                          static_cast<R>(R{1} << F::kFracBits),
                          static_cast<R>(int_max<R>() - 1),
                          static_cast<R>(int_min<R>() + 1),
                          static_cast<R>(~R{0})};
    return F::from_bits(specials[rng() % 8]);
  } else if (pick < 4) {  // full-width bit patterns
    u = static_cast<UR>(raw);
  } else {  // random magnitude width
    const int w = static_cast<int>(rng() % kBits) + 1;
    u = static_cast<UR>(w >= 128 ? raw : raw & ((static_cast<u128>(1) << w) - 1));
    if (F::kSigned && (rng() & 1) != 0) u = static_cast<UR>(UR{0} - u);
  }
  return F::from_bits(static_cast<R>(u));
}

template <class F>
void cross_check(uint64_t seed, int cases) {
  using R = typename F::repr_type;
  std::mt19937_64 rng(seed);
  int mul_overflows = 0;
  int div_overflows = 0;
  for (int n = 0; n < cases; ++n) {
    const F a = random_value<F>(rng);
    const F b = random_value<F>(rng);
    const Big ba = big_from(a.to_bits());
    const Big bb = big_from(b.to_bits());
    const bool opposite = a.is_negative() != b.is_negative();
    const F saturated = opposite ? F::min_value() : F::max_value();

    // mul: floor(a * b / 2^F).
    const auto [mul_fits, mul_bits] = fit_and_wrap<R>(floor_shr(mul(ba, bb), F::kFracBits));
    mul_overflows += mul_fits ? 0 : 1;
    ASSERT_EQ(a.wrapping_mul(b).to_bits(), mul_bits) << a.to_string() << " * " << b.to_string();
    ASSERT_EQ((a * b).to_bits(), mul_bits);
    ASSERT_EQ(a.checked_mul(b).has_value(), mul_fits) << a.to_string() << " * " << b.to_string();
    ASSERT_EQ(a.saturating_mul(b), mul_fits ? F::from_bits(mul_bits) : saturated);

    // div: trunc(a * 2^F / b); b == 0 -> checked None.
    if (b.is_zero()) {
      ASSERT_EQ(a.checked_div(b), std::nullopt);
      ASSERT_EQ(a.safe_div(b), F::zero());
      continue;
    }
    const auto [div_fits, div_bits] = fit_and_wrap<R>(trunc_div(shl(ba, F::kFracBits), bb));
    div_overflows += div_fits ? 0 : 1;
    ASSERT_EQ(a.wrapping_div(b).to_bits(), div_bits) << a.to_string() << " / " << b.to_string();
    ASSERT_EQ((a / b).to_bits(), div_bits);
    ASSERT_EQ(a.checked_div(b).has_value(), div_fits) << a.to_string() << " / " << b.to_string();
    ASSERT_EQ(a.saturating_div(b), div_fits ? F::from_bits(div_bits) : saturated);
    ASSERT_EQ(a.safe_div(b), div_fits ? F::from_bits(div_bits) : F::zero());
  }
  // Both outcomes must actually be exercised.
  EXPECT_GT(mul_overflows, cases / 20);
  EXPECT_LT(mul_overflows, cases - cases / 20);
  EXPECT_GT(div_overflows, cases / 50);
  EXPECT_LT(div_overflows, cases - cases / 20);
}

constexpr int kCases = 20000;

TEST(FixedReferenceTest, I32F32) { cross_check<I32F32>(1, kCases); }
TEST(FixedReferenceTest, U32F32) { cross_check<U32F32>(2, kCases); }
TEST(FixedReferenceTest, I64F64) { cross_check<I64F64>(3, kCases); }
TEST(FixedReferenceTest, U64F64) { cross_check<U64F64>(4, kCases); }
TEST(FixedReferenceTest, I96F32) { cross_check<I96F32>(5, kCases); }
TEST(FixedReferenceTest, U96F32) { cross_check<U96F32>(6, kCases); }
TEST(FixedReferenceTest, I110F18) { cross_check<I110F18>(7, kCases); }
TEST(FixedReferenceTest, U110F18) { cross_check<U110F18>(8, kCases); }

}  // namespace
}  // namespace subemu
