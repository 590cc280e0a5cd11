// The add-stake calls (mirrors subtensor v3.0.0 pallets/subtensor/src/staking/add_stake.rs
// do_add_stake, do_add_stake_limit, get_max_amount_add, and staking/helpers.rs
// maybe_become_delegate).
//
// do_add_stake(origin, hotkey, netuid, amount):
//   1. the origin is signed (the coldkey)                       else BadOrigin
//   2. validate_add_stake(coldkey, hotkey, netuid, amount, amount, false) (validate_stake.hpp)
//   3. withdraw `amount` from the coldkey (Preserve: the existential deposit stays, so staking
//      the whole balance withdraws amount - ED)    else BalanceWithdrawalError / ZeroBalance...
//   4. stake_into_subnet(hotkey, coldkey, netuid, withdrawn, DefaultStakingFee)
// do_add_stake_limit(origin, hotkey, netuid, amount, limit_price, allow_partial):
//   max = get_max_amount_add(netuid, limit_price); possible = min(amount, max);
//   validate_add_stake(..., amount, max, allow_partial) -- every check on the full amount;
//   when the coldkey does not own the hotkey, maybe_become_delegate(hotkey); then steps 3-4 with
//   `possible` (which may be 0: a zero stake that still emits StakeAdded).
// get_max_amount_add(netuid, limit_price): the TAO whose AVERAGE fill price equals the limit
// (limit_price is rao per alpha, 1e9 = 1.0):
//   root or stable subnet          -> u64::MAX if limit_price >= 1e9, else 0
//   SubnetAlphaIn == 0 or SubnetTAO == 0                    -> 0
//   limit_price == 0 or limit_price < floor(spot price) * 1e9 (the price truncated to whole
//   TAO: upstream's quirk)                                  -> 0
//   else min(limit_price * SubnetAlphaIn / 1e9 - SubnetTAO (u128, saturating), u64::MAX)
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors do_add_stake.
frame::DispatchResult do_add_stake(frame::Env& env, const frame::Origin& origin,
                                   const AccountId& hotkey, NetUid netuid,
                                   uint64_t stake_to_be_added);

// mirrors do_add_stake_limit.
frame::DispatchResult do_add_stake_limit(frame::Env& env, const frame::Origin& origin,
                                         const AccountId& hotkey, NetUid netuid,
                                         uint64_t stake_to_be_added, uint64_t limit_price,
                                         bool allow_partial);

// mirrors get_max_amount_add.
uint64_t get_max_amount_add(const storage::Overlay& state, NetUid netuid, uint64_t limit_price);

// mirrors maybe_become_delegate: a hotkey without a Delegates entry gets one holding its current
// take (the DefaultDelegateTake of the configuration).
void maybe_become_delegate(frame::Env& env, const AccountId& hotkey);

}  // namespace subemu::runtime::subtensor
