// Recycling and burning staked alpha (mirrors subtensor v3.0.0
// pallets/subtensor/src/staking/recycle_alpha.rs).
//
// A coldkey gives up `amount` of the alpha it holds on (hotkey, netuid). Both calls check, in
// upstream order (the first failure is the error; nothing is written before the last check):
//   1. origin Signed (the coldkey)                        else BadOrigin
//   2. NetworksAdded[netuid]                              else SubNetworkDoesNotExist
//   3. netuid != root (0)                                 else CannotBurnOrRecycleOnRootSubnet
//   4. Owner contains the hotkey                          else HotKeyAccountNotExists
//   5. the coldkey's stake on (hotkey, netuid) >= amount  else NotEnoughStakeToWithdraw
//   6. SubnetAlphaOut[netuid] >= amount                   else InsufficientLiquidity
// then sell the coldkey's shares worth `amount` (decrease_stake_for_hotkey_and_coldkey_on_subnet:
// the whole position when the remainder would be too small to keep), and
//   recycle: SubnetAlphaOut[netuid] -= the alpha removed (saturating); AlphaRecycled
//   burn:    SubnetAlphaOut unchanged (the alpha stays counted as issued);  AlphaBurned
// with (coldkey, hotkey, alpha removed, netuid). Neither touches TAO, the pool reserves or
// TotalStake. An amount of 0 passes every check and removes nothing.
//
// Owned by the chain thread; writes go through env.state.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors do_recycle_alpha.
frame::DispatchResult do_recycle_alpha(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey, uint64_t amount, NetUid netuid);
// mirrors do_burn_alpha.
frame::DispatchResult do_burn_alpha(frame::Env& env, const frame::Origin& origin,
                                    const AccountId& hotkey, uint64_t amount, NetUid netuid);

}  // namespace subemu::runtime::subtensor
