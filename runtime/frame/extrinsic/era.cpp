#include "runtime/frame/extrinsic/era.hpp"

#include <bit>

namespace subemu::runtime::frame::extrinsic {

namespace {
constexpr uint64_t kMaxPeriod = uint64_t{1} << 16;

uint64_t quantize_factor(uint64_t period) {
  const uint64_t q = period >> 12;
  return q > 1 ? q : 1;
}
}  // namespace

Era Era::mortal(uint64_t period, uint64_t current) {
  // checked_next_power_of_two: 0 -> 1; above 2^63 there is none (-> 65536).
  uint64_t p = kMaxPeriod;
  if (period <= (uint64_t{1} << 63)) p = std::bit_ceil(period == 0 ? uint64_t{1} : period);
  if (p < 4) p = 4;
  if (p > kMaxPeriod) p = kMaxPeriod;
  const uint64_t q = quantize_factor(p);
  const uint64_t phase = current % p / q * q;
  return Era(true, p, phase);
}

uint64_t Era::birth(uint64_t current) const {
  if (!mortal_) return 0;
  const uint64_t from = current > phase_ ? current : phase_;
  return (from - phase_) / period_ * period_ + phase_;
}

uint64_t Era::death(uint64_t current) const {
  if (!mortal_) return ~uint64_t{0};
  return birth(current) + period_;
}

void Era::encode_to(scale::Encoder& e) const {
  if (!mortal_) {
    e.put_byte(0);
    return;
  }
  // trailing_zeros(period) - 1 in u32 arithmetic (wraps for an odd period, then clamps to 15).
  const uint32_t tz_minus_1 = static_cast<uint32_t>(std::countr_zero(period_)) - 1U;
  const uint32_t low = tz_minus_1 < 1 ? 1 : (tz_minus_1 > 15 ? 15 : tz_minus_1);
  const uint64_t high = (phase_ / quantize_factor(period_)) << 4;
  const auto encoded =
      static_cast<uint16_t>(static_cast<uint16_t>(low) | static_cast<uint16_t>(high));
  scale::encode_to(e, encoded);
}

bool Era::decode_from(scale::Decoder& d, Era& out) {
  out = Era();
  uint8_t first = 0;
  if (!d.read_byte(first)) return false;
  if (first == 0) return true;
  uint8_t second = 0;
  if (!d.read_byte(second)) return false;
  const uint64_t encoded = uint64_t{first} | (uint64_t{second} << 8);
  const uint64_t period = uint64_t{2} << (encoded % 16);
  const uint64_t phase = (encoded >> 4) * quantize_factor(period);
  if (period < 4 || phase >= period) {
    d.fail(scale::DecodeError::kInvalidEnumTag);  // "Invalid period and phase"
    return false;
  }
  out = Era(true, period, phase);
  return true;
}

std::string to_string(const Era& era) {
  if (era.is_immortal()) return "Immortal";
  return "Mortal(" + std::to_string(era.period()) + ", " + std::to_string(era.phase()) + ")";
}

}  // namespace subemu::runtime::frame::extrinsic
