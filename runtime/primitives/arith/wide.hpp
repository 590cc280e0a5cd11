// 256-bit helpers for 128-bit fixed-point arithmetic: the full 128x128 product (unsigned and
// two's-complement signed), shifts, negation and the division of a 256-bit dividend by a 128-bit
// divisor. Used by fixed.hpp for the 128-bit representations (I64F64, U64F64, I96F32, ...), in
// the role that substrate-fixed v0.5.9 gives to `mul_div_fallback` (src/arith.rs) and
// `WideDivRem` (src/wide_div.rs). Results are exact; rounding policy lives in fixed.hpp.
//
// Pure, header-only, constexpr.
#pragma once

#include <cstdint>

#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu {

// An unsigned 256-bit value (or the bit pattern of a two's-complement signed one): hi:lo.
struct U256 {
  u128 hi = 0;
  u128 lo = 0;
  friend constexpr bool operator==(const U256&, const U256&) = default;
};

namespace wide {

constexpr uint64_t lo64(u128 v) { return static_cast<uint64_t>(v); }
constexpr uint64_t hi64(u128 v) { return static_cast<uint64_t>(v >> 64); }
constexpr u128 make_u128(uint64_t hi, uint64_t lo) { return (static_cast<u128>(hi) << 64) | lo; }

// Full unsigned product a * b.
constexpr U256 mul_u128(u128 a, u128 b) {
  const u128 p00 = static_cast<u128>(lo64(a)) * lo64(b);
  const u128 p01 = static_cast<u128>(lo64(a)) * hi64(b);
  const u128 p10 = static_cast<u128>(hi64(a)) * lo64(b);
  const u128 p11 = static_cast<u128>(hi64(a)) * hi64(b);
  // Middle column: at most 3 * (2^64 - 1), fits in 128 bits.
  const u128 mid = static_cast<u128>(hi64(p00)) + lo64(p01) + lo64(p10);
  U256 r;
  r.lo = (mid << 64) | lo64(p00);
  r.hi = p11 + hi64(p01) + hi64(p10) + hi64(mid);
  return r;
}

// Full signed product a * b as a 256-bit two's-complement bit pattern.
constexpr U256 mul_i128(i128 a, i128 b) {
  U256 r = mul_u128(static_cast<u128>(a), static_cast<u128>(b));
  // The unsigned product of the bit patterns over-counts 2^128 * (b if a < 0, a if b < 0).
  if (a < 0) r.hi -= static_cast<u128>(b);
  if (b < 0) r.hi -= static_cast<u128>(a);
  return r;
}

constexpr bool is_negative(const U256& v) { return (v.hi >> 127) != 0; }

// Two's-complement negation modulo 2^256.
constexpr U256 negate(const U256& v) {
  U256 r;
  r.lo = u128{0} - v.lo;
  r.hi = u128{0} - v.hi - (v.lo != 0 ? 1U : 0U);
  return r;
}

constexpr U256 add_small(const U256& v, u128 x) {
  U256 r;
  r.lo = v.lo + x;
  r.hi = v.hi + (r.lo < v.lo ? 1U : 0U);
  return r;
}

// v << s for 0 <= s < 256 (bits shifted out are lost).
constexpr U256 shl(const U256& v, int s) {
  SUBEMU_DCHECK(s >= 0 && s < 256);
  if (s == 0) return v;
  if (s >= 128) return U256{v.lo << (s - 128), 0};
  return U256{(v.hi << s) | (v.lo >> (128 - s)), v.lo << s};
}

// Logical v >> s for 0 <= s < 256.
constexpr U256 shr(const U256& v, int s) {
  SUBEMU_DCHECK(s >= 0 && s < 256);
  if (s == 0) return v;
  if (s >= 128) return U256{0, v.hi >> (s - 128)};
  return U256{v.hi >> s, (v.lo >> s) | (v.hi << (128 - s))};
}

// Arithmetic (sign-propagating, i.e. floor) v >> s for 0 <= s < 256.
constexpr U256 sar(const U256& v, int s) {
  if (!is_negative(v)) return shr(v, s);
  // For negative v, floor(v / 2^s) == ~(~v >> s).
  const U256 sh = shr(U256{~v.hi, ~v.lo}, s);
  return U256{~sh.hi, ~sh.lo};
}

// True when the low `s` bits (0 <= s <= 256) of v are not all zero.
constexpr bool low_bits_nonzero(const U256& v, int s) {
  if (s <= 0) return false;
  if (s >= 256) return v.hi != 0 || v.lo != 0;
  if (s >= 128) return v.lo != 0 || (s > 128 && (v.hi << (256 - s)) != 0);
  return (v.lo << (128 - s)) != 0;
}

struct DivRem {
  U256 quot;
  u128 rem = 0;
};

// Truncating unsigned division n / d with remainder. REQUIRES: d != 0.
constexpr DivRem divrem(const U256& n, u128 d) {
  SUBEMU_CHECK(d != 0);
  DivRem out;
  if (hi64(d) == 0) {
    // One-digit divisor (64-bit digits): schoolbook short division, each partial dividend
    // (rem:digit) is below d * 2^64 <= 2^128.
    const uint64_t digits[4] = {hi64(n.hi), lo64(n.hi), hi64(n.lo), lo64(n.lo)};
    uint64_t q[4] = {};
    u128 rem = 0;
    for (int i = 0; i < 4; ++i) {
      const u128 cur = (rem << 64) | digits[i];
      q[i] = static_cast<uint64_t>(cur / d);
      rem = cur % d;
    }
    out.quot = U256{make_u128(q[0], q[1]), make_u128(q[2], q[3])};
    out.rem = rem;
    return out;
  }
  // Two-digit divisor: Knuth's algorithm D (TAOCP 4.3.1) with 64-bit digits, three quotient
  // digits. Normalize so the divisor's top bit is set.
  const int s = clz128(d);
  const u128 v = d << s;
  const uint64_t v1 = hi64(v);
  const uint64_t v0 = lo64(v);
  // u[0..4]: little-endian digits of n << s (five digits: the shift may spill into u[4]).
  uint64_t u[5] = {lo64(n.lo), hi64(n.lo), lo64(n.hi), hi64(n.hi), 0};
  if (s != 0) {
    u[4] = u[3] >> (64 - s);
    for (int i = 3; i > 0; --i) u[i] = (u[i] << s) | (u[i - 1] >> (64 - s));
    u[0] <<= s;
  }
  constexpr u128 kBase = static_cast<u128>(1) << 64;
  uint64_t q[3] = {};
  for (int j = 2; j >= 0; --j) {
    const u128 num = make_u128(u[j + 2], u[j + 1]);
    u128 qhat = num / v1;
    u128 rhat = num % v1;
    while (qhat >= kBase || qhat * v0 > ((rhat << 64) | u[j])) {
      --qhat;
      rhat += v1;
      if (rhat >= kBase) break;
    }
    // (u[j+2] u[j+1] u[j]) -= qhat * (v1 v0).
    const u128 t0 = qhat * v0;
    const u128 t1 = qhat * v1 + hi64(t0);
    const uint64_t p[3] = {lo64(t0), lo64(t1), hi64(t1)};
    uint64_t borrow = 0;
    for (int i = 0; i < 3; ++i) {
      const uint64_t x = u[j + i];
      const uint64_t y = p[i];
      const uint64_t diff = x - y - borrow;
      borrow = (x < y || (x == y && borrow != 0)) ? 1U : 0U;
      u[j + i] = diff;
    }
    if (borrow != 0) {
      // qhat was one too large: add the divisor back (the final carry cancels the borrow).
      --qhat;
      const uint64_t a[2] = {v0, v1};
      uint64_t carry = 0;
      for (int i = 0; i < 2; ++i) {
        const u128 sum = static_cast<u128>(u[j + i]) + a[i] + carry;
        u[j + i] = lo64(sum);
        carry = hi64(sum);
      }
      u[j + 2] += carry;
    }
    q[j] = lo64(qhat);
  }
  out.quot = U256{q[2], make_u128(q[1], q[0])};
  out.rem = make_u128(u[1], u[0]) >> s;
  return out;
}

}  // namespace wide
}  // namespace subemu
