// exp, ln and log2 on signed fixed-point numbers, bit-exact ports of substrate-fixed v0.5.9
// src/transcendental.rs as called by subtensor v3.0.0 (epoch/math.rs: exp, ln on I32F32;
// coinbase/block_emission.rs: log2 on I96F32). Only the S == D instantiation (argument and
// result of the same type) is provided, which is the only one upstream uses.
//
// The algorithms are deliberately the crate's (a truncated Taylor series for exp, bit-by-bit
// squaring for log2, ln = log2 / log2(e) with a 23-bit log2(e)); they are not correctly rounded
// and must not be "improved". Err(()) in Rust is std::nullopt here. Every multiplication,
// division and conversion goes through Fixed, so rounding is the crate's (see fixed.hpp).
//
// Pure, header-only, constexpr.
#pragma once

#include <optional>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu {

namespace transcendental_detail {

// The crate's constants are I9F23 (32-bit, 23 fraction bits), derived from its 128-bit consts.
inline constexpr int kConstFrac = 23;
// e ~= 2.7182817459106445 (consts::E.to_bits() >> 103).
inline constexpr int64_t kEBitsI9F23 = 0x15BF0A8;
// log2(e) ~= 1.4426950216293335 (consts::LOG2_E.to_bits() >> 104).
inline constexpr int64_t kLog2EBitsI9F23 = 0xB8AA3B;

// The lossless From<I9F23> conversion (needs >= 23 fraction and >= 9 integer bits).
template <class F>
constexpr F from_i9f23_bits(int64_t bits) {
  static_assert(F::kFracBits >= kConstFrac && F::kIntBits >= 9,
                "the crate requires D: From<I9F23> for exp/ln");
  return F::from_bits(static_cast<typename F::repr_type>(static_cast<typename F::repr_type>(bits)
                                                         << (F::kFracBits - kConstFrac)));
}

// The crate's rs(): halve, rounding half up in the last bit ((x >> 1) + (x & lsb)).
template <class F>
constexpr F halve_round(F x) {
  using R = typename F::repr_type;
  return F::from_bits(static_cast<R>((x.to_bits() >> 1) + (x.to_bits() & R{1})));
}

// log2_inner: log2(x) for x >= 1, one result bit per squaring.
template <class F>
constexpr F log2_inner(F x) {
  using R = typename F::repr_type;
  const F two = F::from_num(2);
  R result = 0;
  while (x >= two) {
    result += 1;
    x = halve_round(x);
  }
  if (x == F::one()) return F::from_num(result);  // note: from_num of the integer count
  for (int i = 0; i < F::kFracBits; ++i) {
    x = x * x;  // release-build `*=`
    result = static_cast<R>(result << 1);
    if (x >= two) {
      result |= R{1};
      x = halve_round(x);
    }
  }
  return F::from_bits(result);
}

}  // namespace transcendental_detail

// log2(x); nullopt for x <= 0. Mirrors transcendental::log2.
template <FixedPoint F>
constexpr std::optional<F> log2(F x) {
  static_assert(F::kSigned, "the crate's log2 requires FixedSigned");
  if (x <= F::zero()) return std::nullopt;
  if (x < F::one()) {
    // The crate unwrap()s this checked_div: a panic when 1/x overflows.
    const std::optional<F> inverse = F::one().checked_div(x);
    SUBEMU_CHECK(inverse.has_value());
    return -transcendental_detail::log2_inner(*inverse);
  }
  return transcendental_detail::log2_inner(x);
}

// ln(x) = log2(x) / log2(e) with the crate's 23-bit log2(e); nullopt for x <= 0.
// Mirrors transcendental::ln.
template <FixedPoint F>
constexpr std::optional<F> ln(F x) {
  const std::optional<F> l2 = log2(x);
  if (!l2) return std::nullopt;
  return *l2 / transcendental_detail::from_i9f23_bits<F>(transcendental_detail::kLog2EBitsI9F23);
}

// e^x by the crate's Taylor series 1 + x + x^2/2! + ... with terms i = 2 .. Frac-1, computed on
// |x| and inverted for x < 0. nullopt whenever a checked step overflows. Mirrors
// transcendental::exp (including exp(1) returning the 23-bit constant e).
template <FixedPoint F>
constexpr std::optional<F> exp(F x) {
  static_assert(F::kSigned, "the crate's exp requires FixedSigned");
  if (x == F::zero()) return F::one();
  if (x == F::one()) {
    return transcendental_detail::from_i9f23_bits<F>(transcendental_detail::kEBitsI9F23);
  }
  const bool neg = x < F::zero();
  if (neg) x = -x;  // release-build Neg (wraps for min_value())
  F result = x + F::one();
  F term = x;
  for (int i = 2; i < F::kFracBits; ++i) {
    const std::optional<F> t1 = term.checked_mul(x);
    if (!t1) return std::nullopt;
    const std::optional<F> t2 = t1->checked_div(F::from_num(i));
    if (!t2) return std::nullopt;
    term = *t2;
    const std::optional<F> sum = result.checked_add(term);
    if (!sum) return std::nullopt;
    result = *sum;
  }
  if (neg) {
    const std::optional<F> inv = F::one().checked_div(result);
    if (!inv) return std::nullopt;
    result = *inv;
  }
  return result;
}

}  // namespace subemu
