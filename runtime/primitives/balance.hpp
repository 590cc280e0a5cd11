// TaoBalance and AlphaBalance: distinct u64 amounts in their smallest unit (1 TAO = 10^9 rao; an
// alpha amount is likewise a raw u64 with 9 decimals), as subtensor v3.0.0 stores them (u64).
//
// Contract: no implicit conversion from/to integers or between the two types; arithmetic only
// through named operations mirroring Rust's (checked_* -> std::nullopt on overflow/underflow,
// saturating_* clamp to [0, u64::MAX]); multiplication is by a dimensionless u64 factor.
// SCALE encoding is the plain u64 (8 bytes, little endian). Literals (namespace
// subemu::literals): 5_rao / 2_tao (TaoBalance) and 5_alpha_rao / 2_alpha (AlphaBalance) are
// consteval and fail to compile when the amount exceeds u64::MAX rao.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

#include "runtime/primitives/codec/scale.hpp"

namespace subemu {

template <class Tag>
class Amount {
 public:
  static constexpr size_t kScaleMinSize = 8;
  static constexpr uint64_t kMaxRaw = ~uint64_t{0};

  constexpr Amount() = default;
  constexpr explicit Amount(uint64_t raw) : raw_(raw) {}
  static constexpr Amount zero() { return Amount(0); }
  static constexpr Amount max() { return Amount(kMaxRaw); }

  constexpr uint64_t to_u64() const { return raw_; }
  constexpr bool is_zero() const { return raw_ == 0; }

  constexpr std::optional<Amount> checked_add(Amount o) const {
    if (raw_ > kMaxRaw - o.raw_) return std::nullopt;
    return Amount(raw_ + o.raw_);
  }
  constexpr std::optional<Amount> checked_sub(Amount o) const {
    if (o.raw_ > raw_) return std::nullopt;
    return Amount(raw_ - o.raw_);
  }
  constexpr std::optional<Amount> checked_mul(uint64_t factor) const {
    if (factor != 0 && raw_ > kMaxRaw / factor) return std::nullopt;
    return Amount(raw_ * factor);
  }
  constexpr Amount saturating_add(Amount o) const {
    return raw_ > kMaxRaw - o.raw_ ? max() : Amount(raw_ + o.raw_);
  }
  constexpr Amount saturating_sub(Amount o) const {
    return o.raw_ > raw_ ? zero() : Amount(raw_ - o.raw_);
  }
  constexpr Amount saturating_mul(uint64_t factor) const {
    return (factor != 0 && raw_ > kMaxRaw / factor) ? max() : Amount(raw_ * factor);
  }

  friend constexpr auto operator<=>(const Amount&, const Amount&) = default;
  friend constexpr bool operator==(const Amount&, const Amount&) = default;

  void encode_to(scale::Encoder& e) const { scale::encode_to(e, raw_); }
  static bool decode_from(scale::Decoder& d, Amount& out) {
    return scale::decode_from(d, out.raw_);
  }

 private:
  uint64_t raw_ = 0;
};

struct TaoTag {};
struct AlphaTag {};
using TaoBalance = Amount<TaoTag>;
using AlphaBalance = Amount<AlphaTag>;

inline constexpr uint64_t kRaoPerTao = 1'000'000'000;

// Decimal raw units, e.g. "1000000000".
template <class Tag>
std::string to_string(Amount<Tag> a) {
  return std::to_string(a.to_u64());
}

namespace detail {
// Deliberately not constexpr: reaching it during constant evaluation is a compile error.
void balance_literal_out_of_range();

consteval uint64_t literal_raw(unsigned long long v, uint64_t scale) {
  if (v > ~uint64_t{0} / scale) balance_literal_out_of_range();
  return static_cast<uint64_t>(v) * scale;
}
}  // namespace detail

inline namespace literals {
consteval TaoBalance operator""_rao(unsigned long long v) {
  return TaoBalance(detail::literal_raw(v, 1));
}
consteval TaoBalance operator""_tao(unsigned long long v) {
  return TaoBalance(detail::literal_raw(v, kRaoPerTao));
}
consteval AlphaBalance operator""_alpha_rao(unsigned long long v) {
  return AlphaBalance(detail::literal_raw(v, 1));
}
consteval AlphaBalance operator""_alpha(unsigned long long v) {
  return AlphaBalance(detail::literal_raw(v, kRaoPerTao));
}
}  // namespace literals

}  // namespace subemu
