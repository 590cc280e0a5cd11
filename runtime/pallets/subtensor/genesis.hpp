// SubtensorModule's genesis build (mirrors pallets/subtensor/src/macros/genesis.rs, v3.0.0).
//
// build_genesis writes, into an empty-for-this-pallet state:
//   TotalIssuance = balances_issuance (the GenesisConfig field; the dev spec leaves it 0);
//   the root network 0: NetworksAdded, SubnetworkN 0, MaxAllowedUids 64, MaxAllowedValidators
//     64, MinAllowedWeights 0, MaxWeightsLimit u16::MAX, Tempo 100, NetworkRegistrationAllowed,
//     TargetRegistrationsPerInterval 1;
//   subnet 1 owned by the all-zero account (DefaultAccount) acting as hotkey and coldkey:
//     dynamic mechanism, pool SubnetTAO = SubnetAlphaIn = 10 TAO, SubnetAlphaOut 1 TAO held as
//     the owner's stake (Alpha, TotalHotkeyAlpha, TotalHotkeyShares, StakingHotkeys), the
//     network parameters as for root (MaxAllowedUids 256), SubnetOwner, SubnetLocked =
//     LargestLocked = 1 rao, and one neuron (uid 0 = the owner) with its per-uid vectors and
//     maps, registered at the current block;
//   TotalNetworks = 2.
// The "test" configuration (the unit-test mock) has no genesis build: callers skip it.
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/env.hpp"
#include "runtime/primitives/balance.hpp"

namespace subemu::runtime::subtensor {

// mirrors GenesisConfig::build of pallets/subtensor/src/macros/genesis.rs.
void build_genesis(frame::Env& env, TaoBalance balances_issuance);

}  // namespace subemu::runtime::subtensor
