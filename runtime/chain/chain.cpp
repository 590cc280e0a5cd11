#include "runtime/chain/chain.hpp"

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/timestamp/pallet.hpp"
#include "runtime/pallets/timestamp/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"

namespace subemu::runtime::chain {
namespace {

// Timestamp.set(now: Compact<u64>): pallet 2, call 0.
Bytes timestamp_set_call(uint64_t now_ms) {
  Bytes call{timestamp::kPalletIndex, 0};
  append(call, scale::encode(scale::Compact<uint64_t>{now_ms}));
  return call;
}

}  // namespace

Result<frame::Header, std::string> Chain::genesis_of(const GenesisConfig& genesis) {
  SUBEMU_CHECK(genesis.config != nullptr);
  storage::MemoryStore empty;
  storage::Overlay overlay(empty);
  frame::Env env{overlay, *genesis.config, runtime_registry()};
  SUBEMU_TRY(build_genesis_state(env, genesis));
  auto batch = overlay.drain_to_batch();
  SUBEMU_CHECK(batch.has_value());
  storage::StateTrie trie;
  trie.apply(*batch);
  return genesis_header(Hash256(trie.root()));
}

Chain::Chain(storage::KvStore& store, GenesisConfig genesis)
    : store_(store), genesis_(std::move(genesis)) {}

Chain::~Chain() {
  // The overlay reads the head snapshot: drop it first.
  executive_.reset();
  env_.reset();
  overlay_.reset();
  head_snapshot_.reset();
}

Result<std::unique_ptr<Chain>, Status> Chain::open(storage::KvStore& store,
                                                   const GenesisConfig& genesis) {
  std::unique_ptr<Chain> chain(new Chain(store, genesis));
  auto expected = genesis_of(genesis);
  if (!expected.has_value()) {
    return unexpected(Status::invalid_argument("bad genesis config", expected.error()));
  }
  chain->genesis_hash_ = expected->hash();

  auto head = read_head(store);
  if (!head.has_value()) return unexpected(head.error());
  Status s = head->has_value() ? chain->load_head() : chain->commit_genesis();
  if (!s.ok()) return unexpected(std::move(s));
  chain->open_block();
  if (chain->broken_) {
    Status why = chain->overlay_->backend_error();
    if (why.ok()) why = Status::io_error("reading the head state failed while opening a block");
    return unexpected(std::move(why));
  }
  return chain;
}

Status Chain::commit_genesis() {
  // A store without a head must hold no state either (else it is not ours).
  bool has_state = false;
  Status scanned = store_.scan(storage::ScanRange{}, [&](ByteView, ByteView) {
    has_state = true;
    return storage::Visit::kStop;
  });
  if (!scanned.ok()) return scanned;
  if (has_state) return Status::corruption("the store holds state but no chain head");

  storage::Overlay overlay(store_);
  frame::Env env{overlay, *genesis_.config, runtime_registry()};
  auto built = build_genesis_state(env, genesis_);
  if (!built.has_value()) return Status::invalid_argument("bad genesis config", built.error());
  auto batch = overlay.drain_to_batch();
  if (!batch.has_value()) return batch.error();

  trie_ = storage::StateTrie();
  trie_.apply(*batch);
  const frame::Header header = genesis_header(Hash256(trie_.root()));
  const Hash256 hash = header.hash();
  SUBEMU_CHECK(hash == genesis_hash_);
  put_block(*batch, BlockRecord{Block{header, {}}, {}}, hash);
  put_genesis(*batch, hash);
  Status applied = store_.apply(*batch);
  if (!applied.ok()) return applied;
  head_ = Head{0, hash};
  head_state_root_ = header.state_root;
  head_timestamp_ = genesis_.genesis_timestamp_ms;
  return Status();
}

Status Chain::load_head() {
  auto stored_genesis = read_genesis(store_);
  if (!stored_genesis.has_value()) return stored_genesis.error();
  if (!stored_genesis->has_value()) return Status::corruption("chain records lack the genesis");
  if (**stored_genesis != genesis_hash_) {
    return Status::invalid_argument("the store belongs to the chain with genesis " +
                                    (*stored_genesis)->to_hex() + ", expected genesis " +
                                    genesis_hash_.to_hex());
  }
  auto head = read_head(store_);
  if (!head.has_value()) return head.error();
  head_ = **head;
  auto record = read_block(store_, head_.hash);
  if (!record.has_value()) return record.error();
  if (!record->has_value()) {
    return Status::corruption("the head block " + head_.hash.to_hex() + " has no record");
  }
  auto trie = storage::StateTrie::build(store_);
  if (!trie.has_value()) return trie.error();
  trie_ = std::move(*trie);
  head_state_root_ = Hash256(trie_.root());
  if (head_state_root_ != (*record)->block.header.state_root) {
    return Status::corruption("the state does not match the head block's state root",
                              head_state_root_.to_hex() + " != " +
                                  (*record)->block.header.state_root.to_hex());
  }
  storage::Overlay reader(store_);
  head_timestamp_ =
      head_.number == 0 ? genesis_.genesis_timestamp_ms : timestamp::Now::get(reader);
  return Status();
}

uint64_t Chain::timestamp_for(BlockNumber /*number*/) const {
  return head_timestamp_ + genesis_.config->slot_duration_ms;
}

void Chain::open_block() {
  executive_.reset();
  env_.reset();
  overlay_.reset();
  head_snapshot_ = store_.snapshot();
  overlay_ = std::make_unique<storage::Overlay>(*head_snapshot_);
  env_ = std::make_unique<frame::Env>(frame::Env{*overlay_, *genesis_.config, runtime_registry()});
  executive_ =
      std::make_unique<executive::Executive>(*env_, frame::extrinsic::kSubtensorV300);
  pending_extrinsics_.clear();
  pending_applied_.clear();

  const BlockNumber number = head_.number + 1;
  executive_->initialize_block(number, head_.hash, frame::Digest{});

  pending_timestamp_ = next_timestamp_override_.value_or(timestamp_for(number));
  next_timestamp_override_.reset();
  SUBEMU_CHECK(timestamp::check_set(*env_, pending_timestamp_).has_value());
  const Bytes inherent = frame::extrinsic::encode_extrinsic(
      frame::extrinsic::build_bare(timestamp_set_call(pending_timestamp_)),
      frame::extrinsic::kSubtensorV300);
  auto applied = executive_->apply_extrinsic(inherent);
  if (!applied.has_value()) {
    // The inherent is ours: only a failing store can make it fail. The chain must be reopened.
    SUBEMU_CHECK(applied.error().kind == executive::ApplyError::Kind::kStorage);
    broken_ = true;
    return;
  }
  pending_extrinsics_.push_back(inherent);
  pending_applied_.push_back(std::move(*applied));
  system::note_inherents_applied(*env_);
}

Result<void, std::string> Chain::set_next_timestamp(uint64_t ms) {
  const uint64_t min_period = genesis_.config->minimum_period_ms;
  if (pending_timestamp_ != 0 &&
      (pending_timestamp_ > UINT64_MAX - min_period || ms < pending_timestamp_ + min_period)) {
    return unexpected("the next timestamp must be at least " +
                      std::to_string(pending_timestamp_) + " + " + std::to_string(min_period) +
                      " ms (Timestamp MinimumPeriod)");
  }
  next_timestamp_override_ = ms;
  return Ok{};
}

Result<executive::Applied, executive::ApplyError> Chain::submit(ByteView extrinsic) {
  if (broken_) {
    executive::ApplyError e;
    e.kind = executive::ApplyError::Kind::kStorage;
    e.reason = "the chain's store failed earlier; reopen it";
    return unexpected(std::move(e));
  }
  // A user's transaction: the pool's validation first, then the block builder's apply.
  auto applied = executive_->submit_extrinsic(extrinsic);
  if (applied.has_value()) {
    pending_extrinsics_.emplace_back(extrinsic.begin(), extrinsic.end());
    pending_applied_.push_back(*applied);
  }
  return applied;
}

Result<frame::DispatchResultWithPostInfo, std::string> Chain::dispatch(const frame::Origin& origin,
                                                                       ByteView call) {
  if (broken_) return unexpected(std::string("the chain's store failed earlier; reopen it"));
  auto info = frame::call_info(env_->registry, call);
  if (!info.has_value()) return unexpected(std::string(frame::to_string(info.error())));
  return executive_->dispatch_as(origin, call);
}

Result<SealedBlock, Status> Chain::seal() {
  if (broken_) return unexpected(Status::io_error("the chain failed to commit earlier; reopen it"));
  auto finalized = executive_->finalize_block();
  SUBEMU_CHECK(finalized.has_value());  // the chain always applies the timestamp inherent
  frame::Header header = std::move(*finalized);
  Bytes events = system::raw_events(*overlay_).value_or(Bytes{});
  auto batch = overlay_->drain_to_batch();
  if (!batch.has_value()) {
    broken_ = true;
    return unexpected(batch.error());
  }
  trie_.apply(*batch);
  header.state_root = Hash256(trie_.root());
  const Hash256 hash = header.hash();

  SealedBlock sealed;
  sealed.block = Block{header, std::move(pending_extrinsics_)};
  sealed.hash = hash;
  sealed.applied = std::move(pending_applied_);
  put_block(*batch, BlockRecord{sealed.block, std::move(events)}, hash);
  // Release the head snapshot before committing: a store whose snapshots are copy-on-write
  // (MemoryStore) would otherwise copy its whole content on every commit.
  executive_.reset();
  env_.reset();
  overlay_.reset();
  head_snapshot_.reset();
  Status s = store_.apply(*batch);
  if (!s.ok()) {
    // Nothing was written; the trie already moved on: the Chain must be reopened. Keep a
    // (read-only in practice) view of the head state so that pending_state() stays valid.
    broken_ = true;
    head_snapshot_ = store_.snapshot();
    overlay_ = std::make_unique<storage::Overlay>(*head_snapshot_);
    env_ = std::make_unique<frame::Env>(
        frame::Env{*overlay_, *genesis_.config, runtime_registry()});
    executive_ = std::make_unique<executive::Executive>(*env_, frame::extrinsic::kSubtensorV300);
    return unexpected(std::move(s));
  }
  head_ = Head{header.number, hash};
  head_state_root_ = header.state_root;
  head_timestamp_ = pending_timestamp_;
  open_block();
  // The block is committed even when opening the next one failed (then the chain is broken and
  // reports it on the next call).
  return sealed;
}

}  // namespace subemu::runtime::chain
