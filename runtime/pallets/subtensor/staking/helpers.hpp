// The account, balance and origin helpers every SubtensorModule mechanism shares (mirrors
// staking/helpers.rs, the token and origin parts of utils/misc.rs, and get_current_block_as_u64
// at subtensor v3.0.0).
//
// Hotkey ownership: Owner[hotkey] = coldkey marks a hotkey account as existing; creating it also
// appends the hotkey to OwnedHotkeys[coldkey] and StakingHotkeys[coldkey] when absent.
//
// Balances go through pallet_balances' fungible API with the preservation, precision and
// fortitude upstream passes (see balances/fungible.hpp for the mapping); dropping the resulting
// imbalance moves Balances.TotalIssuance exactly as FRAME's OnDrop handlers do.
//
// SubtensorModule.TotalIssuance and TotalStake are the pallet's own counters (burn_tokens,
// coinbase, increase/decrease_total_stake), all saturating.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors get_current_block_as_u64.
uint64_t current_block(const storage::Overlay& state);

// mirrors if_subnet_exist: NetworksAdded[netuid].
bool subnet_exists(const storage::Overlay& state, NetUid netuid);

// mirrors hotkey_account_exists: Owner contains the hotkey.
bool hotkey_account_exists(const storage::Overlay& state, const AccountId& hotkey);
// mirrors coldkey_owns_hotkey.
bool coldkey_owns_hotkey(const storage::Overlay& state, const AccountId& coldkey,
                         const AccountId& hotkey);
// mirrors get_owning_coldkey_for_hotkey (the zero account when unowned).
AccountId owning_coldkey_for_hotkey(const storage::Overlay& state, const AccountId& hotkey);
// mirrors create_account_if_non_existent.
void create_account_if_non_existent(storage::Overlay& state, const AccountId& coldkey,
                                    const AccountId& hotkey);

// mirrors add_balance_to_coldkey_account (infallible: a failed deposit is ignored).
void add_balance_to_coldkey_account(frame::Env& env, const AccountId& coldkey, uint64_t amount);
// mirrors can_remove_balance_from_coldkey_account.
bool can_remove_balance_from_coldkey_account(const frame::Env& env, const AccountId& coldkey,
                                             uint64_t amount);
// mirrors get_coldkey_balance: the reducible balance (Expendable, Polite).
uint64_t coldkey_balance(const frame::Env& env, const AccountId& coldkey);
// mirrors remove_balance_from_coldkey_account: 0 for 0; BalanceWithdrawalError when the withdraw
// fails, ZeroBalanceAfterWithdrawn when it yields nothing; else the amount withdrawn.
Result<uint64_t, frame::DispatchError> remove_balance_from_coldkey_account(
    frame::Env& env, const AccountId& coldkey, uint64_t amount);
// mirrors kill_coldkey_account (Exact, Expendable, Force).
Result<uint64_t, frame::DispatchError> kill_coldkey_account(frame::Env& env,
                                                            const AccountId& coldkey,
                                                            uint64_t amount);

// mirrors burn_tokens / coinbase on SubtensorModule.TotalIssuance.
void burn_tokens(frame::Env& env, uint64_t amount);
void coinbase(frame::Env& env, uint64_t amount);
// mirrors increase_total_stake / decrease_total_stake.
void increase_total_stake(storage::Overlay& state, uint64_t amount);
void decrease_total_stake(storage::Overlay& state, uint64_t amount);

// mirrors clear_small_nomination_if_required: a stake of a coldkey that does not own the hotkey,
// below NominatorMinRequiredStake, is unstaken (no fee) and paid to the coldkey.
void clear_small_nomination_if_required(frame::Env& env, const AccountId& hotkey,
                                        const AccountId& coldkey, NetUid netuid);
// mirrors clear_small_nominations: every Alpha entry, in storage key order.
void clear_small_nominations(frame::Env& env);

// mirrors ensure_subnet_owner: Signed by SubnetOwner[netuid], else BadOrigin.
frame::DispatchResult ensure_subnet_owner(const storage::Overlay& state,
                                          const frame::Origin& origin, NetUid netuid);
// mirrors ensure_subnet_owner_or_root: Root, or Signed by SubnetOwner[netuid].
frame::DispatchResult ensure_subnet_owner_or_root(const storage::Overlay& state,
                                                  const frame::Origin& origin, NetUid netuid);

}  // namespace subemu::runtime::subtensor
