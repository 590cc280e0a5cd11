// 128-bit integers for the deterministic core: i128/u128 aliases, our own integer traits (under
// -std=c++20 without GNU extensions std::integral<__int128> and std::numeric_limits<__int128> are
// not provided by libstdc++), bit helpers, and exact decimal print/parse.
//
// Pure, header-only, no allocation except the std::string returned by to_decimal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

namespace subemu {

__extension__ typedef __int128 i128;           // NOLINT(modernize-use-using): needs __extension__
__extension__ typedef unsigned __int128 u128;  // NOLINT(modernize-use-using)

// ---- Traits -------------------------------------------------------------------------------------

// True for the standard integer types (bool and character types excluded) and for i128/u128.
template <class T>
inline constexpr bool kIsInteger = (std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                                    !std::is_same_v<T, char> && !std::is_same_v<T, char8_t> &&
                                    !std::is_same_v<T, char16_t> && !std::is_same_v<T, char32_t> &&
                                    !std::is_same_v<T, wchar_t>) ||
                                   std::is_same_v<T, i128> || std::is_same_v<T, u128>;

template <class T>
concept Integer = kIsInteger<std::remove_cv_t<T>>;

template <class T>
inline constexpr bool kIsSignedInteger = kIsInteger<T> &&
                                         (std::is_same_v<T, i128> ||
                                          (!std::is_same_v<T, u128> && std::is_signed_v<T>));

template <class T>
concept SignedInteger = Integer<T> && kIsSignedInteger<std::remove_cv_t<T>>;
template <class T>
concept UnsignedInteger = Integer<T> && !kIsSignedInteger<std::remove_cv_t<T>>;

// Width in bits of an integer type (kBitWidth<u128> == 128).
template <Integer T>
inline constexpr int kBitWidth = static_cast<int>(sizeof(T) * 8);

namespace detail {
template <class T>
struct MakeUnsigned {
  using type = std::make_unsigned_t<T>;
};
template <>
struct MakeUnsigned<i128> {
  using type = u128;
};
template <>
struct MakeUnsigned<u128> {
  using type = u128;
};
template <class T>
struct MakeSigned {
  using type = std::make_signed_t<T>;
};
template <>
struct MakeSigned<i128> {
  using type = i128;
};
template <>
struct MakeSigned<u128> {
  using type = i128;
};
}  // namespace detail

template <Integer T>
using make_unsigned_t = typename detail::MakeUnsigned<std::remove_cv_t<T>>::type;
template <Integer T>
using make_signed_t = typename detail::MakeSigned<std::remove_cv_t<T>>::type;

// Smallest and largest value of an integer type (std::numeric_limits replacement).
template <Integer T>
constexpr T int_max() {
  using U = make_unsigned_t<T>;
  if constexpr (kIsSignedInteger<T>) {
    return static_cast<T>(static_cast<U>(~U{0}) >> 1);
  } else {
    return static_cast<T>(~U{0});
  }
}
template <Integer T>
constexpr T int_min() {
  if constexpr (kIsSignedInteger<T>) {
    return static_cast<T>(-int_max<T>() - 1);
  } else {
    return T{0};
  }
}

// ---- Bit helpers --------------------------------------------------------------------------------

// Number of leading zero bits; 128 for 0.
constexpr int clz128(u128 v) {
  const auto hi = static_cast<uint64_t>(v >> 64);
  const auto lo = static_cast<uint64_t>(v);
  if (hi != 0) return __builtin_clzll(hi);
  if (lo != 0) return 64 + __builtin_clzll(lo);
  return 128;
}
constexpr int clz64(uint64_t v) { return v == 0 ? 64 : __builtin_clzll(v); }

// |v| as the unsigned type of the same width (exact also for the minimum value).
template <Integer T>
constexpr make_unsigned_t<T> unsigned_abs(T v) {
  using U = make_unsigned_t<T>;
  if constexpr (kIsSignedInteger<T>) {
    return v < 0 ? static_cast<U>(U{0} - static_cast<U>(v)) : static_cast<U>(v);
  } else {
    return v;
  }
}

// ---- Decimal text -------------------------------------------------------------------------------

// Exact base-10 text of an unsigned 128-bit value, e.g. "340282366920938463463374607431768211455".
inline std::string to_decimal(u128 v) {
  char buf[40];
  int pos = 40;
  do {
    buf[--pos] = static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  } while (v != 0);
  return std::string(buf + pos, static_cast<std::size_t>(40 - pos));
}

// Exact base-10 text of a signed 128-bit value, with a leading '-' when negative.
inline std::string to_decimal(i128 v) {
  if (v < 0) return "-" + to_decimal(unsigned_abs(v));
  return to_decimal(static_cast<u128>(v));
}

// Parses [0-9]+ (no sign, no spaces, no leading '+'). nullopt when empty, malformed or > u128 max.
constexpr std::optional<u128> parse_u128(std::string_view text) {
  if (text.empty()) return std::nullopt;
  u128 acc = 0;
  constexpr u128 kMax = int_max<u128>();
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    const auto digit = static_cast<u128>(c - '0');
    if (acc > (kMax - digit) / 10) return std::nullopt;
    acc = acc * 10 + digit;
  }
  return acc;
}

// Parses an optional '-' followed by [0-9]+. nullopt when malformed or out of i128 range.
constexpr std::optional<i128> parse_i128(std::string_view text) {
  const bool neg = !text.empty() && text.front() == '-';
  if (neg) text.remove_prefix(1);
  const std::optional<u128> mag = parse_u128(text);
  if (!mag) return std::nullopt;
  const auto limit = static_cast<u128>(int_max<i128>()) + (neg ? 1U : 0U);
  if (*mag > limit) return std::nullopt;
  return neg ? static_cast<i128>(u128{0} - *mag) : static_cast<i128>(*mag);
}

}  // namespace subemu
