// TEST-ONLY float <-> Fixed conversions with substrate-fixed v0.5.9's exact rules, so tests can
// write `fixed_from_f64<I96F32>(0.000003)` where upstream writes `I96F32::from_num(0.000003)`.
// Never include this from runtime/ (floats are banned there; constants are raw bits).
//
// Rules, from src/float_helper.rs (to_float_kind / from_to_float_helper) and src/helpers.rs:
// * f64/f32 -> fixed: the exact binary value of the float rounded to the nearest multiple of
//   2^-Frac, ties to even (on the magnitude, so symmetric around zero). f32 goes through the
//   exact f32 -> f64 widening, which changes nothing.
// * NaN panics in every variant (checked_ returns None). Infinity: from_num panics, saturating
//   gives min/max, checked gives None.
// * Out of range: the release runtime wraps (the crate only debug_assert!s); upstream's own
//   tests run with debug assertions and would panic. fixed_from_f64 therefore aborts the test
//   (a constant that does not fit is a test bug); wrapping_fixed_from_f64 gives release bits.
// * fixed -> f64: round to nearest, ties to even (exact when the value has <= 53 significant
//   bits).
#pragma once

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/wide.hpp"

namespace subemu::testutil {

namespace fixed_float_detail {

enum class Kind { kFinite, kInfinite, kNaN };

struct Rounded {
  Kind kind = Kind::kFinite;
  bool neg = false;
  U256 mag;              // round_half_even(|x| * 2^Frac), valid when !too_big
  bool too_big = false;  // magnitude >= 2^256 (certainly out of range)
};

inline Rounded round_to_frac(double x, int frac) {
  Rounded r;
  const auto bits = std::bit_cast<uint64_t>(x);
  r.neg = (bits >> 63) != 0;
  const auto biased = static_cast<int>((bits >> 52) & 0x7FF);
  uint64_t mant = bits & ((uint64_t{1} << 52) - 1);
  if (biased == 0x7FF) {
    r.kind = mant == 0 ? Kind::kInfinite : Kind::kNaN;
    return r;
  }
  int exp2;  // x = mant * 2^exp2
  if (biased == 0) {
    exp2 = -1074;
  } else {
    mant |= uint64_t{1} << 52;
    exp2 = biased - 1075;
  }
  if (mant == 0) return r;
  const int shift = exp2 + frac;  // |x| * 2^frac = mant * 2^shift
  if (shift >= 0) {
    if (shift >= 256 - 53) {
      r.too_big = true;
      return r;
    }
    r.mag = wide::shl(U256{0, mant}, shift);
    return r;
  }
  const int k = -shift;
  if (k > 54) return r;  // |x| * 2^frac < 2^-1: rounds to zero
  // 1 <= k <= 54 and mant < 2^53: all shifts below are in range.
  const uint64_t removed = mant & ((uint64_t{1} << k) - 1);
  const uint64_t half = uint64_t{1} << (k - 1);
  uint64_t q = mant >> k;
  if (removed > half || (removed == half && (q & 1) != 0)) ++q;
  r.mag = U256{0, q};
  return r;
}

template <class F>
struct FromFloat {
  F value;
  bool overflow;
};

template <class F>
FromFloat<F> finite_to_fixed(const Rounded& r) {
  using R = typename F::repr_type;
  using UR = make_unsigned_t<R>;
  u128 limit = static_cast<u128>(int_max<R>());
  if (r.neg) limit = F::kSigned ? limit + 1 : 0;
  const bool overflow = r.too_big || r.mag.hi != 0 || r.mag.lo > limit;
  auto low = static_cast<UR>(r.mag.lo);
  if (r.neg) low = static_cast<UR>(UR{0} - low);
  return {F::from_bits(static_cast<R>(low)), overflow};
}

}  // namespace fixed_float_detail

// Release-build from_num(f64): wraps on overflow; aborts on NaN/infinity (Rust panics).
template <class F>
F wrapping_fixed_from_f64(double x) {
  const auto r = fixed_float_detail::round_to_frac(x, F::kFracBits);
  if (r.kind != fixed_float_detail::Kind::kFinite) std::abort();
  return fixed_float_detail::finite_to_fixed<F>(r).value;
}

// from_num(f64) for test constants: aborts on NaN, infinity and overflow.
template <class F>
F fixed_from_f64(double x) {
  const auto r = fixed_float_detail::round_to_frac(x, F::kFracBits);
  if (r.kind != fixed_float_detail::Kind::kFinite) std::abort();
  const auto c = fixed_float_detail::finite_to_fixed<F>(r);
  if (c.overflow) std::abort();
  return c.value;
}

// checked_from_num(f64): nullopt on NaN, infinity or overflow.
template <class F>
std::optional<F> checked_fixed_from_f64(double x) {
  const auto r = fixed_float_detail::round_to_frac(x, F::kFracBits);
  if (r.kind != fixed_float_detail::Kind::kFinite) return std::nullopt;
  const auto c = fixed_float_detail::finite_to_fixed<F>(r);
  if (c.overflow) return std::nullopt;
  return c.value;
}

// saturating_from_num(f64): min/max on overflow or infinity; aborts on NaN (Rust panics).
template <class F>
F saturating_fixed_from_f64(double x) {
  const auto r = fixed_float_detail::round_to_frac(x, F::kFracBits);
  if (r.kind == fixed_float_detail::Kind::kNaN) std::abort();
  if (r.kind == fixed_float_detail::Kind::kInfinite) return r.neg ? F::min_value() : F::max_value();
  const auto c = fixed_float_detail::finite_to_fixed<F>(r);
  if (c.overflow) return r.neg ? F::min_value() : F::max_value();
  return c.value;
}

// The f32 forms: f32 -> f64 widening is exact, so the result is the same as the crate's f32 path.
template <class F>
F fixed_from_f32(float x) {
  return fixed_from_f64<F>(static_cast<double>(x));
}
template <class F>
F saturating_fixed_from_f32(float x) {
  return saturating_fixed_from_f64<F>(static_cast<double>(x));
}
template <class F>
std::optional<F> checked_fixed_from_f32(float x) {
  return checked_fixed_from_f64<F>(static_cast<double>(x));
}

// to_num::<f64>(): nearest double, ties to even.
template <class F>
double fixed_to_f64(F v) {
  const u128 mag = static_cast<u128>(unsigned_abs(v.to_bits()));
  // u128 -> double rounds to nearest-even (libgcc __floatuntidf); the scaling is exact.
  const double d = std::ldexp(static_cast<double>(mag), -F::kFracBits);
  return v.is_negative() ? -d : d;
}

}  // namespace subemu::testutil
