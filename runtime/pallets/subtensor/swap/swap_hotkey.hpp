// Hotkey swap (mirrors pallets/subtensor/src/swap/swap_hotkey.rs at subtensor v3.0.0): a coldkey
// moves everything one of its hotkeys holds to a fresh hotkey, paying KeySwapCost, which is burned.
//
// do_swap_hotkey checks, in upstream order (the first failure is the error; nothing is written
// before the last check):
//   1. origin Signed (the coldkey)                        else BadOrigin
//   2. new != old                                         else NewHotKeyIsSameWithOld
//   3. no IsNetworkMember entry of new is true            else HotKeyAlreadyRegisteredInSubNet
//   4. Owner[old] == coldkey                              else NonAssociatedColdKey
//   5. not exceeds_tx_rate_limit(LastTxBlock[coldkey])    else HotKeySetTxRateLimitExceeded
//   6. the coldkey can pay KeySwapCost                    else NotEnoughBalanceToPaySwapHotKey
// then withdraws the cost (Preserve; a failed withdraw is its error), burns it from
// SubtensorModule.TotalIssuance, runs perform_hotkey_swap (its result is ignored, as upstream),
// sets LastTxBlock[coldkey] = block and deposits HotkeySwapped. The post-dispatch weight is the
// weight accumulated along the way (upstream's `Ok(Some(weight).into())`).
//
// perform_hotkey_swap moves, in this order (every step runs even when there is nothing to move):
//    1 Owner                 remove old, insert new -> coldkey
//    2 OwnedHotkeys[coldkey] push new if absent, drop old
//    3 TotalHotkeyAlpha      drain (old, *) and add each into (new, netuid)
//    4 TotalHotkeyShares     same
//    5 LastTxBlock, 6 LastTxBlockDelegateTake, 7 LastTxBlockChildKeyTake
//                            new := old's value (its default 0 included: the key is written),
//                            old removed
//    8 Senate membership     not modelled (the Senate pallet has no state here): never a member
//    9 Delegates             moved when old has an entry
//   10 per subnet (NetworksAdded, key order): IsNetworkMember (always written for new, false
//      included); when old was a member: Uids + Keys, Prometheus, Axons, WeightCommits,
//      LoadedEmission entries, NeuronCertificates
//   11 Alpha                 every (old, coldkey', netuid) share entry added into
//                            (new, coldkey', netuid); a coldkey' whose StakingHotkeys holds old
//                            gets old (and new) removed and new appended
//   12 ChildKeys[(old, n)]   moved to new for every subnet (an empty list is written too), and the
//                            children's ParentKeys rewritten old -> new
//   13 ParentKeys[(old, n)]  symmetric
//   14 PendingChildKeys      (n, old) moved to (n, new); in every pending list of the subnet the
//                            first child entry naming old is removed and re-appended as new
//   15 SubnetOwnerHotkey     old -> new where stored
//   16 for each (old, n) of TotalHotkeyAlphaLastEpoch (drained): it, AlphaDividendsPerSubnet and
//      TaoDividendsPerSubnet of (n, old) are added into new's entries (dividends of subnets without
//      a LastEpoch entry are not moved, as upstream)
// `weight` accumulates upstream's DbWeight accounting step by step.
//
// Upstream clears Alpha's old prefix with clear_prefix(limit = number of entries read); in
// Substrate the limit counts keys of the block's backend, including ones already deleted in the
// block, so a live key can survive in a corner case. We remove every entry read (the merged view,
// as docs/CHAIN.md describes for limited prefix removals).
//
// Owned by the chain thread; writes go through env.state.
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors do_swap_hotkey (see the file comment).
frame::DispatchResultWithPostInfo do_swap_hotkey(frame::Env& env, const frame::Origin& origin,
                                                 const AccountId& old_hotkey,
                                                 const AccountId& new_hotkey);

// mirrors perform_hotkey_swap. Always succeeds here (the only upstream failure is the Senate's
// swap_member, and the Senate is not modelled).
frame::DispatchResult perform_hotkey_swap(frame::Env& env, const AccountId& old_hotkey,
                                          const AccountId& new_hotkey, const AccountId& coldkey,
                                          frame::Weight& weight);

}  // namespace subemu::runtime::subtensor
