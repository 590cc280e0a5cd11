// pallet_insecure_randomness_collective_flip (index 1 in the subtensor runtime): every block's
// on_initialize records the parent hash in a ring of the last 81 (RandomMaterial); the runtime
// uses it for nothing we mirror, but the state carries it, so we keep it byte for byte.
#pragma once

#include "runtime/layer.hpp"

#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::pallets::randomness_collective_flip {

inline constexpr uint8_t kPalletIndex = 1;
inline constexpr storage::FixedString kPallet{"RandomnessCollectiveFlip"};
inline constexpr uint32_t kRandomMaterialLen = 81;

// VALUE: the last 81 parent hashes, a ring indexed by (block - 1) % 81.   lib.rs: RandomMaterial
using RandomMaterial =
    storage::StorageValue<kPallet, "RandomMaterial", std::vector<Hash256>, storage::ValueQuery<>>;

// mirrors Hooks::on_initialize
frame::Weight on_initialize(frame::Env& env, BlockNumber number, const Hash256& parent_hash);

metadata::PalletDesc describe();

}  // namespace subemu::runtime::pallets::randomness_collective_flip
