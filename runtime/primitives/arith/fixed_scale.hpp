// SCALE codec for Fixed<Repr, Frac>: the value's raw bits encoded as the Repr integer (little
// endian, sizeof(Repr) bytes), exactly as substrate_fixed's derived Encode/Decode do (the crate's
// FixedU128 etc. are `struct { bits: u128 }` with #[derive(Encode, Decode)]). No range check on
// decode: every bit pattern is a valid value.
//
// Include this header wherever a Fixed is stored or sent (storage items, events, calls); fixed.hpp
// itself stays free of the codec.
#pragma once

#include <cstddef>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::scale {

template <class Repr, int Frac>
struct Codec<Fixed<Repr, Frac>> {
  static constexpr size_t kMinSize = sizeof(Repr);
  static void encode(Encoder& e, const Fixed<Repr, Frac>& v) { encode_to(e, v.to_bits()); }
  static bool decode(Decoder& d, Fixed<Repr, Frac>& out) {
    Repr bits{};
    if (!decode_from(d, bits)) {
      out = Fixed<Repr, Frac>();
      return false;
    }
    out = Fixed<Repr, Frac>::from_bits(bits);
    return true;
  }
};

}  // namespace subemu::scale
