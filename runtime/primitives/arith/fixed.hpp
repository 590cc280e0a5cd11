// Fixed<Repr, Frac>: binary fixed-point numbers with the exact semantics of the `substrate-fixed`
// crate v0.5.9 (a fork of `fixed`) as compiled into the subtensor v3.0.0 runtime, i.e. with
// Cargo's release profile (debug assertions and overflow checks off).
//
// A value is bits / 2^Frac, bits being a two's-complement Repr (int64_t, uint64_t, i128, u128).
// Names follow the crate so that a C++ line reads against its Rust line (STYLE.md C3).
//
// Semantics pinned from the crate (file :: function), checked by tests/primitives/arith:
// * mul (src/arith.rs :: MulDivOverflow::mul_overflow): exact product shifted right by Frac,
//   i.e. rounded toward -inf (floor), also for negative operands. Overflow iff the floored
//   product is outside Repr; the wrapped result is its low bits.
// * div (src/arith.rs :: div_overflow, src/wide_div.rs): (a * 2^Frac) / b truncated toward
//   zero. Overflow iff the quotient is outside Repr; wrapped = low bits. b == 0 panics in Rust
//   for every variant except checked_div (None): here SUBEMU_CHECK.
// * saturating_mul/saturating_div saturate to min when exactly one operand is negative, else max.
// * conversions (src/int_helper.rs :: to_fixed_helper, src/traits.rs :: FromFixed): the exact
//   value floor(src * 2^(Frac - SrcFrac)); extra fraction bits are dropped toward -inf (so
//   to_num::<int>() is floor, -0.5 -> -1). Overflow iff that value is outside the target range.
// * from_num / to_num / operators / ceil / round / abs on overflow: the crate only has
//   debug_assert! there, so the release runtime WRAPS; we wrap too (no check). Division by zero
//   is a hard panic in Rust in every build, so it is SUBEMU_CHECK here.
//
// Pure, header-only, no allocation except to_string().
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/arith/wide.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu {

template <class Repr, int Frac>
class Fixed;

template <class T>
struct IsFixed : std::false_type {};
template <class R, int F>
struct IsFixed<Fixed<R, F>> : std::true_type {};

// Any Fixed<R, F> instantiation.
template <class T>
concept FixedPoint = IsFixed<std::remove_cv_t<T>>::value;

// The representations the crate types used upstream are built on.
template <class T>
concept FixedRepr = std::is_same_v<T, int64_t> || std::is_same_v<T, uint64_t> ||
    std::is_same_v<T, i128> || std::is_same_v<T, u128>;

// Anything from_num accepts: an integer (standard or 128-bit) or another Fixed.
template <class T>
concept FixedSource = Integer<T> || FixedPoint<T>;

namespace fixed_detail {

template <class R>
struct Overflowing {
  R value;
  bool overflow;
};

template <class R>
struct Converted {
  R bits;         // low bits of the exact converted value (the crate's wrapped result)
  bool overflow;  // the exact value does not fit R
  bool negative;  // the source value is negative (decides the saturation side)
};

// floor(src * 2^(DstFrac - src_frac)) into Dst, as substrate-fixed's to_fixed_helper +
// FromFixed::overflowing_from_fixed. REQUIRES: 0 <= src_frac <= 128, 0 <= DstFrac <= 128.
template <Integer Dst, int DstFrac, Integer Src>
constexpr Converted<Dst> convert(Src bits, int src_frac) {
  bool neg = false;
  if constexpr (kIsSignedInteger<Src>) neg = bits < 0;
  const auto mag = static_cast<u128>(unsigned_abs(bits));
  const int shift = DstFrac - src_frac;
  U256 m{0, mag};
  if (shift > 0) {
    m = wide::shl(m, shift);
  } else if (shift < 0) {
    const bool lost = wide::low_bits_nonzero(m, -shift);
    m = wide::shr(m, -shift);
    if (neg && lost) m = wide::add_small(m, 1);  // -ceil(|x|) == floor(x)
  }
  using UD = make_unsigned_t<Dst>;
  u128 limit = static_cast<u128>(int_max<Dst>());
  if (neg) limit = kIsSignedInteger<Dst> ? limit + 1 : 0;
  const bool overflow = m.hi != 0 || m.lo > limit;
  auto low = static_cast<UD>(m.lo);
  if (neg) low = static_cast<UD>(UD{0} - low);
  return {static_cast<Dst>(low), overflow, neg};
}

// floor(a * b / 2^frac) -- src/arith.rs :: mul_overflow (mul_div_widen / mul_div_fallback).
template <FixedRepr R>
constexpr Overflowing<R> mul_bits(R a, R b, int frac) {
  if constexpr (sizeof(R) == 8) {
    if constexpr (kIsSignedInteger<R>) {
      const i128 q = (static_cast<i128>(a) * static_cast<i128>(b)) >> frac;
      return {static_cast<R>(q), q < int_min<R>() || q > int_max<R>()};
    } else {
      const u128 q = (static_cast<u128>(a) * static_cast<u128>(b)) >> frac;
      return {static_cast<R>(q), q > int_max<R>()};
    }
  } else if constexpr (kIsSignedInteger<R>) {
    const U256 q = wide::sar(wide::mul_i128(a, b), frac);
    const auto lo = static_cast<i128>(q.lo);
    return {lo, q.hi != (lo < 0 ? ~u128{0} : u128{0})};
  } else {
    const U256 q = wide::shr(wide::mul_u128(a, b), frac);
    return {q.lo, q.hi != 0};
  }
}

// trunc(a * 2^frac / b) -- src/arith.rs :: div_overflow, src/wide_div.rs. REQUIRES: b != 0.
template <FixedRepr R>
constexpr Overflowing<R> div_bits(R a, R b, int frac) {
  SUBEMU_CHECK(b != 0);  // Rust: "attempt to divide by zero" / "division by zero"
  if constexpr (sizeof(R) == 8) {
    if constexpr (kIsSignedInteger<R>) {
      const i128 n = static_cast<i128>(static_cast<u128>(static_cast<i128>(a)) << frac);
      // Only reachable with Frac == 64 (I0F64): i128::MIN / -1 panics in Rust too.
      SUBEMU_CHECK(!(n == int_min<i128>() && b == -1));
      const i128 q = n / b;
      return {static_cast<R>(q), q < int_min<R>() || q > int_max<R>()};
    } else {
      const u128 q = (static_cast<u128>(a) << frac) / b;
      return {static_cast<R>(q), q > int_max<R>()};
    }
  } else if constexpr (kIsSignedInteger<R>) {
    const U256 n = wide::shl(U256{0, unsigned_abs(a)}, frac);
    U256 q = wide::divrem(n, unsigned_abs(b)).quot;
    if ((a < 0) != (b < 0)) q = wide::negate(q);
    const auto lo = static_cast<i128>(q.lo);
    return {lo, q.hi != (lo < 0 ? ~u128{0} : u128{0})};
  } else {
    const U256 q = wide::divrem(wide::shl(U256{0, a}, frac), b).quot;
    return {q.lo, q.hi != 0};
  }
}

template <class>
inline constexpr bool kDependentFalse = false;

}  // namespace fixed_detail

template <class Repr, int Frac>
class Fixed {
  static_assert(FixedRepr<Repr>, "Repr must be int64_t, uint64_t, i128 or u128");
  static_assert(Frac >= 0 && Frac <= kBitWidth<Repr>, "0 <= Frac <= bits(Repr)");

  using URepr = make_unsigned_t<Repr>;

 public:
  using repr_type = Repr;
  static constexpr int kFracBits = Frac;
  static constexpr int kIntBits = kBitWidth<Repr> - Frac;
  static constexpr bool kSigned = kIsSignedInteger<Repr>;

  constexpr Fixed() = default;  // zero

  static constexpr Fixed from_bits(Repr bits) {
    Fixed f;
    f.bits_ = bits;
    return f;
  }
  constexpr Repr to_bits() const { return bits_; }

  static constexpr Fixed zero() { return Fixed{}; }
  // 1.0; only where representable (an integer bit, plus a sign bit for signed types).
  static constexpr Fixed one() requires(kIntBits >= (kSigned ? 2 : 1)) {
    return from_bits(static_cast<Repr>(Repr{1} << Frac));
  }
  static constexpr Fixed min_value() { return from_bits(int_min<Repr>()); }
  static constexpr Fixed max_value() { return from_bits(int_max<Repr>()); }
  // The smallest positive value, 2^-Frac.
  static constexpr Fixed delta() { return from_bits(Repr{1}); }

  // ---- Conversions (crate: from_num / to_num and their checked/saturating/wrapping forms) ----

  // Release-build from_num: wraps on overflow (the crate only debug_assert!s).
  template <FixedSource T>
  static constexpr Fixed from_num(T src) {
    return wrapping_from_num(src);
  }
  template <FixedSource T>
  static constexpr Fixed wrapping_from_num(T src) {
    return from_bits(convert_from(src).bits);
  }
  template <FixedSource T>
  static constexpr Fixed saturating_from_num(T src) {
    const auto c = convert_from(src);
    if (c.overflow) return c.negative ? min_value() : max_value();
    return from_bits(c.bits);
  }
  template <FixedSource T>
  static constexpr std::optional<Fixed> checked_from_num(T src) {
    const auto c = convert_from(src);
    if (c.overflow) return std::nullopt;
    return from_bits(c.bits);
  }

  // To an integer: floor (toward -inf); release-build wrapping on overflow.
  template <Integer Int>
  constexpr Int to_num() const {
    return fixed_detail::convert<Int, 0>(bits_, Frac).bits;
  }
  template <Integer Int>
  constexpr Int saturating_to_num() const {
    const auto c = fixed_detail::convert<Int, 0>(bits_, Frac);
    if (c.overflow) return c.negative ? int_min<Int>() : int_max<Int>();
    return c.bits;
  }
  template <Integer Int>
  constexpr std::optional<Int> checked_to_num() const {
    const auto c = fixed_detail::convert<Int, 0>(bits_, Frac);
    if (c.overflow) return std::nullopt;
    return c.bits;
  }
  template <Integer Int>
  constexpr Int wrapping_to_num() const {
    return to_num<Int>();
  }

  // Same as F2::from_num(*this) and friends.
  template <FixedPoint F2>
  constexpr F2 to_fixed() const {
    return F2::from_num(*this);
  }
  template <FixedPoint F2>
  constexpr F2 saturating_to_fixed() const {
    return F2::saturating_from_num(*this);
  }
  template <FixedPoint F2>
  constexpr std::optional<F2> checked_to_fixed() const {
    return F2::checked_from_num(*this);
  }
  template <FixedPoint F2>
  constexpr F2 wrapping_to_fixed() const {
    return F2::wrapping_from_num(*this);
  }

  // ---- Checked arithmetic: nullopt exactly where the crate returns None ----

  constexpr std::optional<Fixed> checked_add(Fixed rhs) const {
    Repr r{};
    if (__builtin_add_overflow(bits_, rhs.bits_, &r)) return std::nullopt;
    return from_bits(r);
  }
  constexpr std::optional<Fixed> checked_sub(Fixed rhs) const {
    Repr r{};
    if (__builtin_sub_overflow(bits_, rhs.bits_, &r)) return std::nullopt;
    return from_bits(r);
  }
  constexpr std::optional<Fixed> checked_mul(Fixed rhs) const {
    const auto r = fixed_detail::mul_bits<Repr>(bits_, rhs.bits_, Frac);
    if (r.overflow) return std::nullopt;
    return from_bits(r.value);
  }
  // None on division by zero or overflow.
  constexpr std::optional<Fixed> checked_div(Fixed rhs) const {
    if (rhs.bits_ == 0) return std::nullopt;
    const auto r = fixed_detail::div_bits<Repr>(bits_, rhs.bits_, Frac);
    if (r.overflow) return std::nullopt;
    return from_bits(r.value);
  }
  // Signed: None for min_value(). Unsigned: Some(0) for zero, None otherwise (Rust ints).
  constexpr std::optional<Fixed> checked_neg() const {
    if constexpr (kSigned) {
      if (bits_ == int_min<Repr>()) return std::nullopt;
      return from_bits(static_cast<Repr>(-bits_));
    } else {
      if (bits_ != 0) return std::nullopt;
      return Fixed{};
    }
  }
  constexpr std::optional<Fixed> checked_mul_int(Repr rhs) const {
    Repr r{};
    if (__builtin_mul_overflow(bits_, rhs, &r)) return std::nullopt;
    return from_bits(r);
  }
  // Integer division of the bits, truncating; None on zero divisor or min / -1.
  constexpr std::optional<Fixed> checked_div_int(Repr rhs) const {
    if (rhs == 0) return std::nullopt;
    if constexpr (kSigned) {
      if (bits_ == int_min<Repr>() && rhs == -1) return std::nullopt;
    }
    return from_bits(static_cast<Repr>(bits_ / rhs));
  }

  // ---- Saturating arithmetic ----

  constexpr Fixed saturating_add(Fixed rhs) const {
    Repr r{};
    if (!__builtin_add_overflow(bits_, rhs.bits_, &r)) return from_bits(r);
    if constexpr (kSigned) return rhs.bits_ < 0 ? min_value() : max_value();
    return max_value();
  }
  constexpr Fixed saturating_sub(Fixed rhs) const {
    Repr r{};
    if (!__builtin_sub_overflow(bits_, rhs.bits_, &r)) return from_bits(r);
    if constexpr (kSigned) return rhs.bits_ < 0 ? max_value() : min_value();
    return min_value();
  }
  constexpr Fixed saturating_mul(Fixed rhs) const {
    const auto r = fixed_detail::mul_bits<Repr>(bits_, rhs.bits_, Frac);
    if (!r.overflow) return from_bits(r.value);
    return is_negative() != rhs.is_negative() ? min_value() : max_value();
  }
  // REQUIRES: rhs != 0 (the crate panics; SUBEMU_CHECK).
  constexpr Fixed saturating_div(Fixed rhs) const {
    const auto r = fixed_detail::div_bits<Repr>(bits_, rhs.bits_, Frac);
    if (!r.overflow) return from_bits(r.value);
    return is_negative() != rhs.is_negative() ? min_value() : max_value();
  }
  constexpr Fixed saturating_neg() const {
    if constexpr (kSigned) {
      return bits_ == int_min<Repr>() ? max_value() : from_bits(static_cast<Repr>(-bits_));
    } else {
      return Fixed{};
    }
  }
  constexpr Fixed saturating_mul_int(Repr rhs) const {
    Repr r{};
    if (!__builtin_mul_overflow(bits_, rhs, &r)) return from_bits(r);
    if constexpr (kSigned) return (bits_ < 0) != (rhs < 0) ? min_value() : max_value();
    return max_value();
  }

  // ---- Wrapping arithmetic ----

  constexpr Fixed wrapping_add(Fixed rhs) const {
    return from_bits(static_cast<Repr>(static_cast<URepr>(bits_) + static_cast<URepr>(rhs.bits_)));
  }
  constexpr Fixed wrapping_sub(Fixed rhs) const {
    return from_bits(static_cast<Repr>(static_cast<URepr>(bits_) - static_cast<URepr>(rhs.bits_)));
  }
  constexpr Fixed wrapping_mul(Fixed rhs) const {
    return from_bits(fixed_detail::mul_bits<Repr>(bits_, rhs.bits_, Frac).value);
  }
  // REQUIRES: rhs != 0.
  constexpr Fixed wrapping_div(Fixed rhs) const {
    return from_bits(fixed_detail::div_bits<Repr>(bits_, rhs.bits_, Frac).value);
  }
  constexpr Fixed wrapping_neg() const {
    return from_bits(static_cast<Repr>(URepr{0} - static_cast<URepr>(bits_)));
  }
  constexpr Fixed wrapping_mul_int(Repr rhs) const {
    return from_bits(static_cast<Repr>(static_cast<URepr>(bits_) * static_cast<URepr>(rhs)));
  }
  // REQUIRES: rhs != 0. min / -1 wraps to min.
  constexpr Fixed wrapping_div_int(Repr rhs) const {
    SUBEMU_CHECK(rhs != 0);
    if constexpr (kSigned) {
      if (bits_ == int_min<Repr>() && rhs == -1) return min_value();
    }
    return from_bits(static_cast<Repr>(bits_ / rhs));
  }

  // ---- subtensor primitives/safe-math :: SafeDiv ----

  // checked_div, or zero on division by zero / overflow.
  constexpr Fixed safe_div(Fixed rhs) const { return checked_div(rhs).value_or(Fixed{}); }
  // checked_div, or `def` on division by zero / overflow.
  constexpr Fixed safe_div_or(Fixed rhs, Fixed def) const { return checked_div(rhs).value_or(def); }

  // ---- Sign and rounding (src/macros_no_frac.rs, src/macros_round.rs) ----

  // Release build: abs(min_value()) wraps to min_value().
  constexpr Fixed abs() const {
    if constexpr (kSigned) return bits_ < 0 ? wrapping_neg() : *this;
    return *this;
  }
  constexpr bool is_negative() const {
    if constexpr (kSigned) return bits_ < 0;
    return false;
  }
  constexpr bool is_zero() const { return bits_ == 0; }

  // The crate's int(): bits with the fraction cleared (floor, also for negatives).
  constexpr Fixed int_part() const { return from_bits(static_cast<Repr>(ubits() & ~kFracMask)); }
  // The crate's frac(): the fraction bits, always >= 0 (so -2.25 -> 0.75).
  constexpr Fixed frac() const { return from_bits(static_cast<Repr>(ubits() & kFracMask)); }
  constexpr Fixed floor() const { return int_part(); }
  // Toward +inf; wraps on overflow (release build).
  constexpr Fixed ceil() const {
    if ((ubits() & kFracMask) == 0) return int_part();
    return int_part().wrapping_add(int_lsb());
  }
  // To nearest, ties away from zero; wraps on overflow (release build).
  constexpr Fixed round() const {
    if constexpr (Frac == 0) {
      return *this;
    } else {
      const Fixed i = int_part();
      if ((ubits() & kFracMsb) == 0) return i;
      if constexpr (kSigned) {
        const bool tie = (ubits() & kFracMask) == kFracMsb;
        if (tie && bits_ < 0) return i;
      }
      return i.wrapping_add(int_lsb());
    }
  }

  // ---- Operators: release-build semantics (wrap on overflow; division by zero aborts) ----

  friend constexpr Fixed operator+(Fixed a, Fixed b) { return a.wrapping_add(b); }
  friend constexpr Fixed operator-(Fixed a, Fixed b) { return a.wrapping_sub(b); }
  friend constexpr Fixed operator*(Fixed a, Fixed b) { return a.wrapping_mul(b); }
  friend constexpr Fixed operator/(Fixed a, Fixed b) { return a.wrapping_div(b); }
  constexpr Fixed operator-() const requires kSigned { return wrapping_neg(); }
  constexpr Fixed& operator+=(Fixed rhs) { return *this = *this + rhs; }
  constexpr Fixed& operator-=(Fixed rhs) { return *this = *this - rhs; }
  constexpr Fixed& operator*=(Fixed rhs) { return *this = *this * rhs; }
  constexpr Fixed& operator/=(Fixed rhs) { return *this = *this / rhs; }
  // Bit shifts of the representation (Rust `>>`/`<<` on fixed); the release build masks the
  // shift amount to the bit width. `>>` is arithmetic for signed types.
  constexpr Fixed operator>>(int n) const { return from_bits(static_cast<Repr>(bits_ >> mask(n))); }
  constexpr Fixed operator<<(int n) const {
    return from_bits(static_cast<Repr>(static_cast<URepr>(bits_) << mask(n)));
  }

  friend constexpr bool operator==(Fixed a, Fixed b) { return a.bits_ == b.bits_; }
  friend constexpr std::strong_ordering operator<=>(Fixed a, Fixed b) {
    if (a.bits_ < b.bits_) return std::strong_ordering::less;
    if (a.bits_ > b.bits_) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
  }

  // Exact decimal value: integer part, then '.' and every fraction digit up to the last
  // non-zero one (a binary fraction always terminates). "-" for negatives. Examples: "0",
  // "-1.5", "0.00000000023283064365386962890625". The crate's Display prints fewer digits (see
  // display_string()); this is the form for logs, RPC and golden files.
  std::string to_string() const { return format(false); }
  // The crate's Display ("{}", src/display.rs :: fmt_dec, automatic precision): digits until the
  // value is identified within half an ulp, then rounded half to even. E.g. I32F32::delta() ->
  // "0.0000000002".
  std::string display_string() const { return format(true); }

 private:
  static constexpr URepr kFracMask =
      Frac == 0
          ? URepr{0}
          : (Frac >= kBitWidth<Repr> ? ~URepr{0} : static_cast<URepr>((URepr{1} << Frac) - 1));
  static constexpr URepr kFracMsb = Frac == 0 ? URepr{0} : URepr{1} << (Frac == 0 ? 0 : Frac - 1);

  constexpr URepr ubits() const { return static_cast<URepr>(bits_); }

  static constexpr Fixed int_lsb() {
    if constexpr (Frac >= kBitWidth<Repr>) {
      return Fixed{};
    } else {
      return from_bits(static_cast<Repr>(URepr{1} << Frac));
    }
  }
  static constexpr int mask(int n) { return n & (kBitWidth<Repr> - 1); }

  template <FixedSource T>
  static constexpr fixed_detail::Converted<Repr> convert_from(T src) {
    if constexpr (Integer<T>) {
      return fixed_detail::convert<Repr, Frac>(src, 0);
    } else {
      return fixed_detail::convert<Repr, Frac>(src.to_bits(), T::kFracBits);
    }
  }

  std::string format(bool shortest) const;

  Repr bits_ = 0;
};

// ---- Text ---------------------------------------------------------------------------------------

template <class Repr, int Frac>
std::string Fixed<Repr, Frac>::format(bool shortest) const {
  const bool neg = is_negative();
  const auto mag = static_cast<u128>(unsigned_abs(bits_));
  u128 int_value = Frac >= 128 ? u128{0} : (mag >> Frac);
  // The fraction, left-aligned in 128 bits (value = frac / 2^128).
  const u128 frac128 = Frac == 0 ? u128{0} : (mag << (128 - Frac));
  std::string digits;
  if (!shortest) {
    // Exact: multiply the fraction by 10 repeatedly; the carry-out is the next digit.
    u128 f = frac128;
    while (f != 0) {
      const U256 p = wide::mul_u128(f, 10);
      digits.push_back(static_cast<char>('0' + static_cast<int>(p.hi)));
      f = p.lo;
    }
  } else {
    // src/display.rs :: fmt_dec / write_frac_dec with automatic precision. The crate works in a
    // register of w bits: the representation's width, halved while Frac < w / 2 (down to 8).
    int w = kBitWidth<Repr>;
    while (w > 8 && Frac < w / 2) w /= 2;
    const u128 mask = w == 128 ? ~u128{0} : ((u128{1} << w) - 1);
    const u128 msb = u128{1} << (w - 1);
    // Multiplies a w-bit register by 10 in place, returning the carry-out digit.
    const auto mul10 = [&](u128& x) -> unsigned {
      const U256 p = wide::mul_u128(x, 10);
      if (w == 128) {
        x = p.lo;
        return static_cast<unsigned>(p.hi);
      }
      x = p.lo & mask;
      return static_cast<unsigned>(p.lo >> w);
    };
    u128 f = w == 128 ? frac128 : (frac128 >> (128 - w));
    const int tie_shift = Frac >= w ? 0 : Frac;
    u128 tie = Frac >= w ? u128{0} : (msb >> tie_shift);  // half an ulp
    bool add_5 = Frac >= w;
    // ceil(Frac * log10(2)) digits at most (ceil_log10_2_times).
    const auto max_digits =
        static_cast<int>((static_cast<uint64_t>(Frac) * 0x4D104D43ULL + 0xFFFFFFFFULL) >> 32);
    for (int i = 0; i < max_digits; ++i) {
      digits.push_back(static_cast<char>('0' + mul10(f)));
      const u128 neg_f = (u128{0} - f) & mask;
      if (f < 10 || neg_f < 10) break;
      mul10(tie);
      if (add_5) {
        tie += 5;
        add_5 = false;
      }
      if (f < tie || neg_f < tie) break;
    }
    // Round half to even on what is left (Buffer::round_and_trim).
    const bool odd = digits.empty() ? (int_value & 1) != 0 : ((digits.back() - '0') & 1) != 0;
    if (f > msb || (f == msb && odd)) {
      while (!digits.empty() && digits.back() == '9') digits.pop_back();
      if (digits.empty()) {
        ++int_value;
      } else {
        ++digits.back();
      }
    }
  }
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  std::string out = neg ? "-" : "";
  out += to_decimal(int_value);
  if (!digits.empty()) out += "." + digits;
  return out;
}

// ---- The aliases used upstream ----------------------------------------------------------------

using I32F32 = Fixed<int64_t, 32>;
using U32F32 = Fixed<uint64_t, 32>;
using I64F64 = Fixed<i128, 64>;
using U64F64 = Fixed<u128, 64>;
using I96F32 = Fixed<i128, 32>;
using U96F32 = Fixed<u128, 32>;
using I110F18 = Fixed<i128, 18>;
using U110F18 = Fixed<u128, 18>;

}  // namespace subemu
