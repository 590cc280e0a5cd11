// Block records in the store's chain-record space (storage Space::kChain), written in the same
// atomic batch as the block's state changes. Layout (docs/STATE_FORMAT.md, "Chain records"):
//
//   "head"                      -> SCALE(number u32, hash H256)        the last committed block
//   "genesis"                   -> hash H256                           block 0's hash
//   "num" ++ u32 big-endian     -> hash H256                           canonical hash by number
//   "blk" ++ hash               -> SCALE(BlockRecord)                  the block and its events
//
// Big-endian numbers keep the "num" records in block order for scans.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/chain/block.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"
#include "runtime/primitives/status.hpp"
#include "storage/kv_store.hpp"

namespace subemu::runtime::chain {

struct Head {
  BlockNumber number = 0;
  Hash256 hash{};
  friend bool operator==(const Head&, const Head&) = default;
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, number);
    scale::encode_to(e, hash);
  }
  static bool decode_from(scale::Decoder& d, Head& out) {
    return scale::decode_from(d, out.number) && scale::decode_from(d, out.hash);
  }
};

// What the chain keeps per block: the block, and System.Events as they stood when it was sealed
// (the SCALE bytes of Vec<EventRecord>; empty when the block emitted none, e.g. genesis), so that
// a block's events stay readable after later blocks reset them.
struct BlockRecord {
  Block block;
  Bytes events;
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, block);
    scale::encode_to(e, events);
  }
  static bool decode_from(scale::Decoder& d, BlockRecord& out) {
    return scale::decode_from(d, out.block) && scale::decode_from(d, out.events);
  }
};

// Appends the records of `record` (as the new head) to `batch`.
void put_block(storage::WriteBatch& batch, const BlockRecord& record, const Hash256& hash);
void put_genesis(storage::WriteBatch& batch, const Hash256& hash);

// Reads. A record that does not decode is Corruption.
Result<std::optional<Head>, Status> read_head(const storage::KvReader& store);
Result<std::optional<Hash256>, Status> read_genesis(const storage::KvReader& store);
Result<std::optional<Hash256>, Status> read_hash(const storage::KvReader& store,
                                                 BlockNumber number);
Result<std::optional<BlockRecord>, Status> read_block(const storage::KvReader& store,
                                                      const Hash256& hash);

}  // namespace subemu::runtime::chain
