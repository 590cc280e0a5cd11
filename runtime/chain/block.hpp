// A block: header + extrinsics, SCALE-identical to sp_runtime::generic::Block<Header,
// OpaqueExtrinsic>: header ++ Compact(count) ++ each extrinsic as Vec<u8>. An extrinsic is kept as
// its full encoding, which already starts with its Compact length, so the body is the plain
// concatenation of the stored extrinsics.
#pragma once

#include "runtime/layer.hpp"

#include <vector>

#include "runtime/frame/header.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::chain {

struct Block {
  frame::Header header;
  std::vector<Bytes> extrinsics;  // each: Compact(len) ++ body, as submitted

  friend bool operator==(const Block&, const Block&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, Block& out);
};

}  // namespace subemu::runtime::chain
