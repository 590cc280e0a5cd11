// pallet_admin_utils (opentensor/subtensor v3.0.0, pallets/admin-utils/src/lib.rs) at
// construct_runtime! index 19: the root / subnet-owner setters of SubtensorModule's
// hyperparameters, with WeightInfo = pallet_admin_utils::weights::SubstrateWeight (RocksDbWeight).
//
// Origin rules (all failures are BadOrigin):
//   Root         ensure_root;
//   OwnerOrRoot  pallet_subtensor::ensure_subnet_owner_or_root: Root, or Signed by
//                SubnetOwner(netuid) (a zero account for an unknown netuid, so a normal signer
//                fails there before the existence check);
//   Owner        pallet_subtensor::ensure_subnet_owner: Signed by SubnetOwner(netuid) only.
// After the origin, most netuid setters check NetworksAdded(netuid) (else this pallet's
// SubnetDoesNotExist), then the bounds listed in pallet.cpp, then write through the
// pallet_subtensor setter, which deposits its SubtensorModule event. Every call returns the
// default post info (no actual weight, Pays::Yes); the declared DispatchInfo is either the
// benchmarked weight (Normal, Pays::Yes) or the explicit (w, Operational, Pays::No) tuple.
//
// Not modelled (no descriptor, so such a call does not decode): 0 swap_authorities (Aura),
// 59 schedule_grandpa_change (Grandpa). 58 sudo_set_evm_chain_id writes EVMChainId.ChainId
// (storage.hpp) although that pallet is not modelled.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/admin_utils/storage.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::admin_utils {

inline constexpr uint8_t kPalletIndex = 19;  // construct_runtime!: AdminUtils = 19

enum class Error : uint8_t {
  kSubnetDoesNotExist = 0,
  kMaxValidatorsLargerThanMaxUIds = 1,
  kMaxAllowedUIdsLessThanCurrentUIds = 2,
};

constexpr frame::DispatchError error(Error e) {
  return frame::DispatchError::module(kPalletIndex, static_cast<uint8_t>(e));
}

namespace event {
// PrecompileUpdated { precompile_id, enabled }
struct PrecompileUpdated {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 0;
  PrecompileEnum precompile_id;
  bool enabled = false;
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    precompile_id.encode_to(e);
    scale::encode_to(e, enabled);
  }
};
}  // namespace event

metadata::PalletDesc describe();

}  // namespace subemu::runtime::admin_utils
