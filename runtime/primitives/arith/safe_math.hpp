// Port of subtensor v3.0.0 primitives/safe-math/src/lib.rs: SafeDiv (checked_div, or a default
// on division by zero / overflow) for integers and fixed-point types, and checked_sqrt (bisection
// with an epsilon and at most 129 refinements).
//
// Pure, header-only, constexpr.
#pragma once

#include <optional>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"

namespace subemu {

// a.checked_div(b).unwrap_or(def): Rust integer division truncates toward zero; None (-> def)
// when b == 0 or for signed min / -1. (Upstream implements it for u8..u64, i8..i64, usize.)
template <Integer Int>
constexpr Int safe_div_or(Int a, Int b, Int def) {
  if (b == 0) return def;
  if constexpr (kIsSignedInteger<Int>) {
    if (a == int_min<Int>() && b == Int{-1}) return def;
  }
  return static_cast<Int>(a / b);
}

// a.checked_div(b).unwrap_or_default(): 0 on division by zero or signed min / -1.
template <Integer Int>
constexpr Int safe_div(Int a, Int b) {
  return safe_div_or(a, b, Int{0});
}

// Fixed-point forms (same as the member functions), for generic code.
template <FixedPoint F>
constexpr F safe_div(F a, F b) {
  return a.safe_div(b);
}
template <FixedPoint F>
constexpr F safe_div_or(F a, F b, F def) {
  return a.safe_div_or(b, def);
}

namespace safe_math_detail {
template <FixedPoint F>
constexpr F abs_diff(F a, F b) {
  return a < b ? b.saturating_sub(a) : a.saturating_sub(b);
}
}  // namespace safe_math_detail

// Square root by bisection on [0, value] until |value / middle - middle| <= epsilon or 129
// refinements were made; nullopt only for negative values. Mirrors safe-math :: checked_sqrt
// step by step (saturating_add, safe_div by two, the same loop exit), so the result is the
// upstream bisection midpoint, not a correctly rounded root.
template <FixedPoint F>
constexpr std::optional<F> checked_sqrt(F value, F epsilon) {
  const F zero = F::saturating_from_num(0);
  const F two = F::saturating_from_num(2);
  if (value < zero) return std::nullopt;
  F high = value;
  F low = zero;
  F middle = high.saturating_add(low).safe_div(two);
  int iteration = 0;
  constexpr int kMaxIterations = 128;
  F check_val = value.safe_div(middle);
  while (safe_math_detail::abs_diff(check_val, middle) > epsilon) {
    if (check_val < middle) {
      high = middle;
    } else {
      low = middle;
    }
    middle = high.saturating_add(low).safe_div(two);
    check_val = value.safe_div(middle);
    ++iteration;  // i32 saturating_add never saturates below 129
    if (iteration > kMaxIterations) break;
  }
  return middle;
}

}  // namespace subemu
