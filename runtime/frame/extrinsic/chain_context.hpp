// The chain facts that a signed extrinsic's additional_signed data is built from, passed in by
// the caller so that this module stays free of storage (the executive fills it from System
// storage; tests and the builder fill it by hand).
//
//   spec_version, transaction_version   the runtime's RuntimeVersion (CheckSpecVersion/TxVersion)
//   genesis_hash                        System::BlockHash[0] (CheckGenesis; also the birth hash
//                                       of every immortal era and of a mortal era born at 0)
//   current_block                       System::block_number() as the runtime sees it: the block
//                                       being built or imported; in validate_transaction the
//                                       runtime has initialised best + 1 (frame_executive)
//   block_hash                          System::BlockHash[n] for n > 0: nullopt when the entry is
//                                       absent (pruned after BlockHashCount = 2400 blocks, or not
//                                       yet built). Empty callback: only block 0 is known.
//   metadata_hash                       the RUNTIME_METADATA_HASH the runtime was built with
//                                       (subtensor's "metadata-hash" feature); nullopt without it
// Not thread-safe beyond what the callback is.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <functional>
#include <optional>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/version.hpp"

namespace subemu::runtime::frame::extrinsic {

// subtensor v3.0.0 runtime/src/lib.rs VERSION.transaction_version.
inline constexpr uint32_t kSubtensorTransactionVersion = 1;

struct ChainContext {
  uint32_t spec_version = kSpecVersion;
  uint32_t transaction_version = kSubtensorTransactionVersion;
  Hash256 genesis_hash;
  BlockNumber current_block = 0;
  std::function<std::optional<Hash256>(BlockNumber)> block_hash;
  std::optional<ByteArray<32>> metadata_hash;

  // System::BlockHash[n]: genesis_hash for 0, else block_hash(n) (nullopt without a callback).
  std::optional<Hash256> hash_of(BlockNumber n) const {
    if (n == 0) return genesis_hash;
    if (!block_hash) return std::nullopt;
    return block_hash(n);
  }
};

}  // namespace subemu::runtime::frame::extrinsic
