// The block lifecycle functions of frame_system (polkadot-stable2409) that the executive calls,
// in frame_executive's order:
//
//   initialize_block:  reset_events (events.hpp), [runtime upgrade hooks], initialize(number,
//                      parent_hash, digest), on_initialize hooks, register_extra_weight_unchecked
//                      (hooks + base_block, Mandatory), note_finished_initialize
//   inherents:         note_extrinsic, dispatch, note_applied_extrinsic; then
//   note_inherents_applied extrinsics:        note_extrinsic, (signed extensions), dispatch,
//   note_applied_extrinsic finalize_block:    note_finished_extrinsics, on_idle / on_finalize
//   hooks, finalize
//
// finalize() does every state change of frame_system::finalize (kills the per-block entries, takes
// ExtrinsicCount / ExtrinsicData, prunes BlockHash to BlockHashCount, computes the extrinsics root
// as the V0 ordered trie root of the encoded extrinsics) and returns the header with state_root
// left zero: the storage root needs the backend, so the executive computes it over the final state
// and sets header.state_root (then the block hash is header.hash()).
//
// The well-known key :extrinsic_index holds the index of the extrinsic being applied (SCALE u32);
// :intrablock_entropy is set by initialize and removed by finalize.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/header.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::system {

// mirrors Pallet::initialize.
void initialize(frame::Env& env, BlockNumber number, const Hash256& parent_hash,
                const frame::Digest& digest);
// mirrors Pallet::note_finished_initialize: ExecutionPhase = ApplyExtrinsic(0).
void note_finished_initialize(frame::Env& env);
// mirrors Pallet::note_extrinsic: ExtrinsicData[extrinsic_index] = encoded extrinsic.
void note_extrinsic(frame::Env& env, Bytes encoded_extrinsic);
// mirrors Pallet::note_applied_extrinsic: ExtrinsicSuccess / ExtrinsicFailed with the actual
// weight plus the class's base_extrinsic and the actual pays_fee; :extrinsic_index += 1 and
// ExecutionPhase = ApplyExtrinsic(next).
void note_applied_extrinsic(frame::Env& env, const frame::DispatchResultWithPostInfo& result,
                            frame::DispatchInfo info);
// mirrors Pallet::note_finished_extrinsics: ExtrinsicCount = take(:extrinsic_index),
// ExecutionPhase = Finalization.
void note_finished_extrinsics(frame::Env& env);
// mirrors Pallet::note_inherents_applied / inherents_applied.
void note_inherents_applied(frame::Env& env);
bool inherents_applied(const storage::Overlay& state);
// mirrors Pallet::register_extra_weight_unchecked: BlockWeight[class] += weight (saturating).
void register_extra_weight_unchecked(frame::Env& env, const frame::Weight& weight,
                                     frame::DispatchClass c);
// mirrors Pallet::deposit_log: appends to the Digest.
void deposit_log(frame::Env& env, const frame::DigestItem& item);
// mirrors Pallet::finalize (see the file comment: state_root is left zero).
frame::Header finalize(frame::Env& env);

// Readers.
BlockNumber block_number(const storage::Overlay& state);
Hash256 parent_hash(const storage::Overlay& state);
Hash256 block_hash(const storage::Overlay& state, BlockNumber n);
// :extrinsic_index (nullopt when not set).
std::optional<uint32_t> extrinsic_index(const storage::Overlay& state);
uint32_t extrinsic_count(const storage::Overlay& state);
uint32_t all_extrinsics_len(const storage::Overlay& state);
ConsumedWeight block_weight(const storage::Overlay& state);

// Genesis (GenesisConfig::build): BlockHash[0] = ParentHash = [69; 32], LastRuntimeUpgrade =
// (config.spec_version, config.spec_name), UpgradedToU32RefCount = UpgradedToTripleRefCount = true,
// :extrinsic_index = 0.
void build_genesis(frame::Env& env);

}  // namespace subemu::runtime::system
