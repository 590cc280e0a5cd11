// Registration of a hotkey on the root network, netuid 0 (mirrors coinbase/root.rs
// do_root_register, get_num_root_validators, get_max_root_validators and the part of
// join_senate_if_eligible that reads SubtensorModule state, at subtensor v3.0.0).
//
// Order: NetworksAdded[0] (RootNetworkDoesNotExist, before the origin check); signed (the
// coldkey); RegistrationsThisBlock[0] < MaxRegistrationsPerBlock[0]
// (TooManyRegistrationsThisBlock); RegistrationsThisInterval[0] < 3 * Target... (u16 saturating;
// TooManyRegistrationsThisInterval); hotkey not in Uids[0] (HotKeyAlreadyRegisteredInSubNet);
// create the hotkey account for the caller (no ownership check: anyone may root-register a hotkey
// that another coldkey owns). Then
//   * room left (SubnetworkN[0] < MaxAllowedUids[0]): append the hotkey;
//   * full: over Keys[0, *] in storage order (Identity u16 keys: little-endian bytes, so uid 256
//     comes right after uid 0), the first UID with the strictly smallest TotalHotkeyAlpha[(hk, 0)]
//     (starting from u64::MAX, uid 0); its slot must hold a hotkey (HotKeyNotRegisteredInSubNet);
//     that stake must be below the caller hotkey's root alpha (StakeTooLowForRoot); replace it.
// join_senate_if_eligible: the hotkey must now hold a root UID (HotKeyNotRegisteredInSubNet; this
// fails when the replaced slot was SubnetOwnerHotkey[0], which replace_neuron never replaces).
// Then Delegates[hotkey] = 11_796 when absent, RegistrationsThisInterval[0] += 1,
// RegistrationsThisBlock[0] += 1, event NeuronRegistered(0, uid, hotkey).
//
// Not modelled: the Senate. Upstream's join_senate_if_eligible then goes on to the SenateMembers
// pallet (pallet_membership instance 2, at most 12 members): a hotkey that is already a member
// fails with HotKeyAlreadyRegisteredInSubNet (possible only for a hotkey that was pruned from root
// and registers again, since pruning does not remove membership); with fewer than 12 members it
// is added (SenateMembers.Members, the Senate collective's Members, event
// SenateMembers.MemberAdded before NeuronRegistered); with 12 the member with the least root alpha
// is swapped out when the hotkey has more (SenateMembers.MembersSwapped, its Triumvirate votes
// removed), CouldNotJoinSenate when the membership pallet refuses. Here no senate state exists:
// every hotkey is treated as a non-member, and nothing of the Senate is written or emitted.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// The delegate take given to every root registrant that is not yet a delegate (18%).
inline constexpr uint16_t kRootDelegateTake = 11'796;

// mirrors get_num_root_validators: SubnetworkN[0].
uint16_t get_num_root_validators(const frame::Env& env);
// mirrors get_max_root_validators: MaxAllowedUids[0].
uint16_t get_max_root_validators(const frame::Env& env);

// mirrors do_root_register (see the file comment).
frame::DispatchResult do_root_register(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey);

}  // namespace subemu::runtime::subtensor
