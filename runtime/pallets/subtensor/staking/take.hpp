// Delegate take: the share of its nominators' dividends a hotkey keeps (Delegates[hotkey], a u16
// fraction of 65_535), and the hotkey-association call. Mirrors subtensor v3.0.0
// pallets/subtensor/src/staking/increase_take.rs, decrease_take.rs, account.rs, the delegate
// helpers of staking/helpers.rs and do_take_checks of utils/misc.rs.
//
// do_increase_take / do_decrease_take check, in upstream order (the first failure is the error;
// nothing is written before the last check):
//   1. origin Signed (the coldkey)                          else BadOrigin
//   2. Owner contains the hotkey                            else HotKeyAccountNotExists
//   3. Owner[hotkey] == coldkey                             else NonAssociatedColdKey
//   increase:
//   4. take > Delegates[hotkey] when an entry exists        else DelegateTakeTooLow
//   5. take <= MaxDelegateTake                              else DelegateTakeTooHigh
//   6. not exceeds_tx_delegate_take_rate_limit(LastTxBlockDelegateTake[hotkey], block)
//                                                           else DelegateTxRateLimitExceeded
//   decrease:
//   4. take < Delegates[hotkey] when an entry exists        else DelegateTakeTooLow
//   5. take >= MinDelegateTake                              else DelegateTakeTooLow
//      (no rate limit on a decrease)
// then LastTxBlockDelegateTake[hotkey] = block, Delegates[hotkey] = take (increase writes the
// block first, decrease the take first: the order does not show in state), and TakeIncreased /
// TakeDecreased(coldkey, hotkey, take). A decrease therefore arms the rate limit of the next
// increase.
//
// become_delegate (call 1) is deprecated at v3.0.0: its body is `Ok(())` for any origin and is in
// move_calls.cpp. try_associate_hotkey (91) creates the Owner entry when absent and never fails
// for a signed origin.
//
// Owned by the chain thread; writes go through env.state.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors hotkey_is_delegate: Delegates contains the hotkey.
bool hotkey_is_delegate(const storage::Overlay& state, const AccountId& hotkey);
// mirrors delegate_hotkey: Delegates[hotkey] = take.
void delegate_hotkey(storage::Overlay& state, const AccountId& hotkey, uint16_t take);
// mirrors get_hotkey_take: Delegates[hotkey] (DefaultDelegateTake when absent).
// (maybe_become_delegate is in add_stake.hpp.)
uint16_t get_hotkey_take(const frame::Env& env, const AccountId& hotkey);

// mirrors do_take_checks (steps 2-3 above).
frame::DispatchResult do_take_checks(const storage::Overlay& state, const AccountId& coldkey,
                                     const AccountId& hotkey);

// mirrors do_increase_take.
frame::DispatchResult do_increase_take(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey, uint16_t take);
// mirrors do_decrease_take.
frame::DispatchResult do_decrease_take(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey, uint16_t take);

// mirrors do_try_associate_hotkey: create_account_if_non_existent(coldkey, hotkey); always Ok.
frame::DispatchResult do_try_associate_hotkey(storage::Overlay& state, const AccountId& coldkey,
                                              const AccountId& hotkey);

}  // namespace subemu::runtime::subtensor
