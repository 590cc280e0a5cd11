// mirrors frame_system lib.rs: initialize, note_*, register_extra_weight_unchecked, deposit_log,
// finalize, GenesisConfig::build.
#include "runtime/pallets/system/block.hpp"

#include <array>
#include <vector>

#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/limits.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/storage_key.hpp"
#include "storage/trie_root.hpp"

namespace subemu::runtime::system {

namespace {

ByteView key_of(std::string_view well_known) { return as_bytes(well_known); }

void put_extrinsic_index(frame::Env& env, uint32_t i) {
  env.state.put(key_of(storage::kExtrinsicIndexKey), scale::encode(i));
}

}  // namespace

void initialize(frame::Env& env, BlockNumber number, const Hash256& parent_hash,
                const frame::Digest& digest) {
  ExecutionPhase::put(env.state, Phase::initialization());
  put_extrinsic_index(env, 0);
  // (b"frame_system::initialize", parent_hash).using_encoded(blake2_256): a byte array encodes
  // without a length prefix.
  Bytes seed(as_bytes("frame_system::initialize").begin(),
             as_bytes("frame_system::initialize").end());
  append(seed, parent_hash.view());
  const crypto::Hash256 entropy = crypto::blake2_256(seed);
  env.state.put(key_of(storage::kIntrablockEntropyKey), ByteView(entropy));
  Number::put(env.state, number);
  Digest::put(env.state, digest);
  ParentHash::put(env.state, parent_hash);
  BlockHash::insert(env.state, number - 1, parent_hash);
  InherentsApplied::kill(env.state);
  BlockWeight::kill(env.state);
}

void note_finished_initialize(frame::Env& env) {
  ExecutionPhase::put(env.state, Phase::apply_extrinsic(0));
}

void note_extrinsic(frame::Env& env, Bytes encoded_extrinsic) {
  ExtrinsicData::insert(env.state, extrinsic_index(env.state).value_or(0), encoded_extrinsic);
}

void note_applied_extrinsic(frame::Env& env, const frame::DispatchResultWithPostInfo& result,
                            frame::DispatchInfo info) {
  const frame::PostDispatchInfo& post =
      result.has_value() ? result.value() : result.error().post_info;
  info.weight = post.calc_actual_weight(info).saturating_add(
      block_weights(env.config).get(info.dispatch_class).base_extrinsic);
  info.pays_fee = post.pays(info);
  if (result.has_value()) {
    deposit(env, event::ExtrinsicSuccess{info});
  } else {
    deposit(env, event::ExtrinsicFailed{result.error().error, info});
  }
  const uint32_t next = extrinsic_index(env.state).value_or(0) + 1;
  put_extrinsic_index(env, next);
  ExecutionPhase::put(env.state, Phase::apply_extrinsic(next));
}

void note_finished_extrinsics(frame::Env& env) {
  const ByteView key = key_of(storage::kExtrinsicIndexKey);
  const uint32_t count = extrinsic_index(env.state).value_or(0);
  // unhashed::take removes the key only when a value decoded.
  if (extrinsic_index(env.state).has_value()) env.state.remove(key);
  ExtrinsicCount::put(env.state, count);
  ExecutionPhase::put(env.state, Phase::finalization());
}

void note_inherents_applied(frame::Env& env) { InherentsApplied::put(env.state, true); }

bool inherents_applied(const storage::Overlay& state) { return InherentsApplied::get(state); }

void register_extra_weight_unchecked(frame::Env& env, const frame::Weight& weight,
                                     frame::DispatchClass c) {
  BlockWeight::mutate(env.state, [&](ConsumedWeight& w) { w.accrue(weight, c); });
}

void deposit_log(frame::Env& env, const frame::DigestItem& item) {
  storage_append(env.state, Digest::hashed_key(), scale::encode(item));
}

frame::Header finalize(frame::Env& env) {
  ExecutionPhase::kill(env.state);
  AllExtrinsicsLen::kill(env.state);
  env.state.remove(key_of(storage::kIntrablockEntropyKey));
  InherentsApplied::kill(env.state);

  frame::Header header;
  header.number = Number::get(env.state);
  header.parent_hash = ParentHash::get(env.state);
  header.digest = Digest::get(env.state);

  const uint32_t count = ExtrinsicCount::take(env.state).value_or(0);
  std::vector<Bytes> extrinsics;
  extrinsics.reserve(count);
  for (uint32_t i = 0; i < count; ++i) extrinsics.push_back(ExtrinsicData::take(env.state, i));
  header.extrinsics_root =
      Hash256(storage::ordered_trie_root(extrinsics, storage::StateVersion::kV0));

  // Move the block hash pruning window by one block; keep the genesis hash.
  const BlockNumber count_kept = env.config.block_hash_count;
  const BlockNumber n = header.number;
  const BlockNumber to_remove = n > count_kept ? n - count_kept - 1 : 0;
  if (to_remove != 0) BlockHash::remove(env.state, to_remove);
  return header;
}

BlockNumber block_number(const storage::Overlay& state) { return Number::get(state); }
Hash256 parent_hash(const storage::Overlay& state) { return ParentHash::get(state); }
Hash256 block_hash(const storage::Overlay& state, BlockNumber n) {
  return BlockHash::get(state, n);
}

std::optional<uint32_t> extrinsic_index(const storage::Overlay& state) {
  const std::optional<Bytes> raw = state.get(as_bytes(storage::kExtrinsicIndexKey));
  if (!raw.has_value()) return std::nullopt;
  // unhashed::get decodes with `decode` (trailing bytes ignored); undecodable reads as absent.
  scale::Decoder d(*raw);
  uint32_t v = 0;
  if (!scale::decode_from(d, v)) return std::nullopt;
  return v;
}

uint32_t extrinsic_count(const storage::Overlay& state) {
  return ExtrinsicCount::get(state).value_or(0);
}
uint32_t all_extrinsics_len(const storage::Overlay& state) {
  return AllExtrinsicsLen::get(state).value_or(0);
}
ConsumedWeight block_weight(const storage::Overlay& state) { return BlockWeight::get(state); }

void build_genesis(frame::Env& env) {
  Hash256 hash69;
  {
    ByteArray<32> b;
    b.fill(69);
    hash69 = Hash256(b);
  }
  BlockHash::insert(env.state, 0, hash69);
  ParentHash::put(env.state, hash69);
  LastRuntimeUpgrade::put(env.state, LastRuntimeUpgradeInfo{env.config.spec_version,
                                                            std::string(env.config.spec_name)});
  UpgradedToU32RefCount::put(env.state, true);
  UpgradedToTripleRefCount::put(env.state, true);
  put_extrinsic_index(env, 0);
}

}  // namespace subemu::runtime::system
