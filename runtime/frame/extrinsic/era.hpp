// Era: the validity window of a signed transaction, as sp_runtime::generic::Era
// (primitives/runtime/src/generic/era.rs at polkadot-stable2409).
//
//   Immortal              valid forever; CheckMortality signs the genesis hash (birth block 0).
//   Mortal(period, phase) valid from its birth block for `period` blocks; period is a power of two
//                         in [4, 65536], phase < period (a multiple of max(period >> 12, 1)).
//
// SCALE layout (not a plain enum):
//   Immortal = 0x00
//   Mortal   = u16 LE of  (clamp(trailing_zeros(period) - 1, 1, 15)) | (phase / q) << 4,
//              q = max(period >> 12, 1). The low byte is never 0, so 0x00 is unambiguous.
// Decoding reads one byte; 0 is Immortal, else a second byte completes the u16 and
//   period = 2 << (encoded % 16), phase = (encoded >> 4) * q; it fails ("Invalid period and
//   phase", here scale::DecodeError::kInvalidEnumTag) unless period >= 4 and phase < period.
// Encoding a Mortal era that did not come from mortal() or decoding follows the same formula
// (lossy, like upstream); such values are never produced here.
// Pure value type; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string>

#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::frame::extrinsic {

class Era {
 public:
  static constexpr size_t kScaleMinSize = 1;

  constexpr Era() = default;  // Immortal
  static constexpr Era immortal() { return Era(); }
  // mirrors Era::mortal: period rounded up to a power of two and clamped to [4, 65536],
  // phase = current % period quantized down to a multiple of max(period >> 12, 1).
  static Era mortal(uint64_t period, uint64_t current);
  // Mortal(period, phase) as given (Era::Mortal). REQUIRES: a valid pair (see above) for a
  // faithful encoding.
  static constexpr Era mortal_raw(uint64_t period, uint64_t phase) {
    return Era(true, period, phase);
  }

  constexpr bool is_immortal() const { return !mortal_; }
  constexpr uint64_t period() const { return period_; }  // 0 when immortal
  constexpr uint64_t phase() const { return phase_; }    // 0 when immortal

  // First block of the era window that `current` belongs to (0 when immortal). mirrors Era::birth
  uint64_t birth(uint64_t current) const;
  // First block at which the era has ended (u64::MAX when immortal). mirrors Era::death
  uint64_t death(uint64_t current) const;

  friend constexpr bool operator==(const Era&, const Era&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, Era& out);

 private:
  constexpr Era(bool mortal, uint64_t period, uint64_t phase)
      : mortal_(mortal), period_(period), phase_(phase) {}

  bool mortal_ = false;
  uint64_t period_ = 0;
  uint64_t phase_ = 0;
};

// "Immortal" or "Mortal(period, phase)".
std::string to_string(const Era& era);

}  // namespace subemu::runtime::frame::extrinsic
