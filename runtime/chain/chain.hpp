// Chain: the emulated node's block production over a KvStore. It owns the state trie and an
// always-open "pending" block, the way Anvil keeps a pending block:
//
//   open(store, genesis)   an empty store gets the genesis state and block 0; a store with a head
//                          must hold the same genesis (else InvalidArgument). Then block head+1 is
//                          opened: System::initialize, on_initialize hooks, the Timestamp.set
//                          inherent.
//   submit(extrinsic)      a user's transaction: the pool's validate_transaction, then the block
//                          builder's apply in the pending block (or why not; an invalid one leaves
//                          no trace, an unsigned non-inherent one is refused: NoUnsignedValidator)
//   dispatch(origin, call) dispatches without an extrinsic (scenarios, dev impersonation)
//   seal()                 finalizes the pending block, computes the state root incrementally,
//                          commits state + block record in one atomic batch, opens the next block
//
// Reads: head() is the last sealed block; pending_state() is the overlay of the open block (its
// backend is a snapshot of the head state).
//
// Failure: a store error during seal() leaves the store as it was (the batch is atomic) and the
// Chain unusable until reopened (Status / kStorage returned from then on); the same holds when a
// read fails while the next block opens. An inherent failing otherwise is a bug (SUBEMU_CHECK).
//
// Not thread-safe: one owner thread; snapshots of the store may be read elsewhere.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "runtime/chain/block.hpp"
#include "runtime/chain/block_records.hpp"
#include "runtime/executive/executive.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/genesis.hpp"
#include "runtime/primitives/status.hpp"
#include "storage/kv_store.hpp"
#include "storage/overlay.hpp"
#include "storage/state_trie.hpp"

namespace subemu::runtime::chain {

// A block as sealed: its header, hash and the outcome of each extrinsic.
struct SealedBlock {
  Block block;
  Hash256 hash{};
  std::vector<executive::Applied> applied;  // one per extrinsic, in order
};

class Chain {
 public:
  // Builds the genesis state in memory and returns its block 0 header (hash = chain identity),
  // without a store: what `serve` needs before it can open the database.
  static Result<frame::Header, std::string> genesis_of(const GenesisConfig& genesis);

  static Result<std::unique_ptr<Chain>, Status> open(storage::KvStore& store,
                                                     const GenesisConfig& genesis);
  ~Chain();
  Chain(const Chain&) = delete;
  Chain& operator=(const Chain&) = delete;

  const Head& head() const { return head_; }
  const Hash256& genesis_hash() const { return genesis_hash_; }
  const GenesisConfig& genesis() const { return genesis_; }
  const frame::RuntimeConfig& config() const { return *genesis_.config; }
  BlockNumber pending_number() const { return head_.number + 1; }
  uint64_t pending_timestamp() const { return pending_timestamp_; }

  // Applies an extrinsic in the pending block.
  Result<executive::Applied, executive::ApplyError> submit(ByteView extrinsic);
  // Dispatches a call (pallet index ++ call index ++ args) with `origin` in the pending block.
  // REQUIRES: the call decodes (see frame::call_info); otherwise an error is returned.
  Result<frame::DispatchResultWithPostInfo, std::string> dispatch(const frame::Origin& origin,
                                                                  ByteView call);

  // Seals the pending block and opens the next one.
  Result<SealedBlock, Status> seal();

  // Timestamp (ms) of the block opened after the pending one (default: the pending block's +
  // the slot duration). Fails, changing nothing, when Timestamp.set would reject it (less than
  // MinimumPeriod after the pending block's).
  Result<void, std::string> set_next_timestamp(uint64_t ms);

  // What an extrinsic for the pending block is checked against (and signed over); valid until
  // the next seal().
  frame::extrinsic::ChainContext signing_context() const { return executive::chain_context(*env_); }

  // The open block's state (read and write: dev controls may set storage).
  storage::Overlay& pending_state() { return *overlay_; }
  frame::Env& pending_env() { return *env_; }
  // The state root of the head state.
  const Hash256& head_state_root() const { return head_state_root_; }
  // The store (reads of committed blocks and chain records).
  const storage::KvStore& store() const { return store_; }

 private:
  Chain(storage::KvStore& store, GenesisConfig genesis);
  Status commit_genesis();
  Status load_head();
  void open_block();
  uint64_t timestamp_for(BlockNumber number) const;

  storage::KvStore& store_;
  GenesisConfig genesis_;
  Hash256 genesis_hash_{};
  Head head_{};
  Hash256 head_state_root_{};
  uint64_t head_timestamp_ = 0;
  uint64_t pending_timestamp_ = 0;
  std::optional<uint64_t> next_timestamp_override_;

  storage::StateTrie trie_;
  std::unique_ptr<storage::KvSnapshot> head_snapshot_;
  std::unique_ptr<storage::Overlay> overlay_;
  std::unique_ptr<frame::Env> env_;
  std::unique_ptr<executive::Executive> executive_;
  std::vector<Bytes> pending_extrinsics_;
  std::vector<executive::Applied> pending_applied_;
  bool broken_ = false;
};

}  // namespace subemu::runtime::chain
