// mirrors sp_runtime generic/block.rs (Block<Header, OpaqueExtrinsic> SCALE layout)
#include "runtime/chain/block.hpp"

namespace subemu::runtime::chain {

void Block::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, header);
  scale::encode_to(e, scale::Compact<uint32_t>{static_cast<uint32_t>(extrinsics.size())});
  for (const Bytes& xt : extrinsics) e.put_bytes(xt);
}

bool Block::decode_from(scale::Decoder& d, Block& out) {
  if (!scale::decode_from(d, out.header)) return false;
  scale::Compact<uint32_t> count{};
  if (!scale::decode_from(d, count)) return false;
  out.extrinsics.clear();
  for (uint32_t i = 0; i < count.value; ++i) {
    // Each OpaqueExtrinsic is a Vec<u8>: keep its length prefix with it.
    const size_t start = d.offset();
    Bytes body;
    if (!scale::decode_from(d, body)) return false;
    Bytes full = scale::encode(scale::Compact<uint32_t>{static_cast<uint32_t>(body.size())});
    full.insert(full.end(), body.begin(), body.end());
    if (full.size() != d.offset() - start) {
      d.fail(scale::DecodeError::kNonCanonicalCompact);
      return false;
    }
    out.extrinsics.push_back(std::move(full));
  }
  return true;
}

}  // namespace subemu::runtime::chain
