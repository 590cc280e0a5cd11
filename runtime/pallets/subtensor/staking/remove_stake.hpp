// The remove-stake calls (mirrors subtensor v3.0.0 pallets/subtensor/src/staking/remove_stake.rs
// do_remove_stake, do_remove_stake_limit, do_unstake_all, do_unstake_all_alpha,
// get_max_amount_remove).
//
// do_remove_stake(origin, hotkey, netuid, alpha):
//   1. the origin is signed (the coldkey)                       else BadOrigin
//   2. validate_remove_stake(coldkey, hotkey, netuid, alpha, alpha, false) (validate_stake.hpp)
//   3. fee = calculate_staking_fee(Some((hotkey, netuid)), None, alpha) (fees.hpp);
//      tao = unstake_from_subnet(hotkey, coldkey, netuid, alpha, fee); deposit tao to the coldkey
//   4. clear_small_nomination_if_required(hotkey, coldkey, netuid)
//   5. when get_total_stake_for_hotkey(hotkey) < StakeThreshold: PendingChildKeys[m, hotkey] is
//      removed for every subnet m
// do_remove_stake_limit(origin, hotkey, netuid, alpha, limit_price, allow_partial):
//   max = get_max_amount_remove(netuid, limit_price); possible = min(alpha, max);
//   validate_remove_stake(..., alpha, max, allow_partial) and the fee on the REQUESTED alpha;
//   then steps 3-5 unstaking `possible`.
// do_unstake_all(origin, hotkey) / do_unstake_all_alpha(origin, hotkey):
//   the hotkey has an Owner                                     else HotKeyAccountNotExists;
//   for every subnet in NetworksAdded key order (root skipped by _alpha): the coldkey's whole
//   stake, skipped unless validate_remove_stake passes for it; fee as above; unstake;
//   unstake_all deposits each amount, unstake_all_alpha adds them up; nomination clean-up. Then
//   unstake_all_alpha restakes the sum on root: stake_into_subnet(hotkey, coldkey, 0, sum, 0)
//   (always, even for a zero sum: it then emits a StakeAdded of zeros).
// get_max_amount_remove(netuid, limit_price): the alpha whose AVERAGE fill price equals the limit:
//   root or stable subnet          -> u64::MAX if limit_price <= 1e9, else 0
//   SubnetAlphaIn == 0 or SubnetTAO == 0                    -> 0
//   limit_price == 0                                        -> u64::MAX
//   limit_price >= SubnetTAO * 1e9 / SubnetAlphaIn           -> 0
//   else min(SubnetTAO * 1e9 / limit_price - SubnetAlphaIn (u128, saturating), u64::MAX)
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors do_remove_stake.
frame::DispatchResult do_remove_stake(frame::Env& env, const frame::Origin& origin,
                                      const AccountId& hotkey, NetUid netuid,
                                      uint64_t alpha_unstaked);

// mirrors do_remove_stake_limit.
frame::DispatchResult do_remove_stake_limit(frame::Env& env, const frame::Origin& origin,
                                            const AccountId& hotkey, NetUid netuid,
                                            uint64_t alpha_unstaked, uint64_t limit_price,
                                            bool allow_partial);

// mirrors do_unstake_all.
frame::DispatchResult do_unstake_all(frame::Env& env, const frame::Origin& origin,
                                     const AccountId& hotkey);

// mirrors do_unstake_all_alpha.
frame::DispatchResult do_unstake_all_alpha(frame::Env& env, const frame::Origin& origin,
                                           const AccountId& hotkey);

// mirrors get_max_amount_remove.
uint64_t get_max_amount_remove(const storage::Overlay& state, NetUid netuid, uint64_t limit_price);

}  // namespace subemu::runtime::subtensor
