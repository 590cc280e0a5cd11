// A subnet's neuron table: UID slots, their hotkeys and the per-UID vectors the epoch fills
// (mirrors subnets/uids.rs at subtensor v3.0.0, get_neuron_to_prune of subnets/registration.rs and
// the per-UID accessors of utils/misc.rs it needs).
//
// Layout. SubnetworkN[netuid] = n slots, UIDs 0..n-1; Keys[(netuid, uid)] = hotkey and
// Uids[(netuid, hotkey)] = uid are inverse maps; IsNetworkMember[(hotkey, netuid)] = true marks
// membership; BlockAtRegistration[(netuid, uid)] is the block the slot was last (re)filled. The
// vectors Rank, Trust, Active, Emission, Consensus, Incentive, Dividends, LastUpdate,
// PruningScores, ValidatorTrust and ValidatorPermit are indexed by UID.
//
// append_neuron grows the table by one slot (n becomes n+1, every vector gets a default element;
// LastUpdate the registration block, Active true). replace_neuron reuses a slot: it drops the old
// hotkey's Uids / IsNetworkMember / NeuronCertificates / Axons entries and its Bonds row, zeroes
// the slot's Emission / Trust / Consensus / Incentive / Dividends, sets Active, and leaves Rank,
// LastUpdate, PruningScores, ValidatorTrust and ValidatorPermit as they were (upstream does). The
// subnet owner's hotkey (SubnetOwnerHotkey, when stored) is never replaced: replace_neuron returns
// without a write.
//
// Pruning choice (get_neuron_to_prune): among UIDs whose hotkey is not the stored owner hotkey,
// the lowest pruning score outside the immunity period wins, ties to the earliest registration,
// then the lowest UID; only when every candidate is immune is the same rule applied to the immune
// ones. The chosen UID's pruning score becomes u16::MAX. Immune means
// current_block - BlockAtRegistration < ImmunityPeriod (saturating). The choice itself is a pure
// function (select_neuron_to_prune) over values read once.
//
// Writes go through env.state; owned by the chain thread.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors get_subnetwork_n: SubnetworkN[netuid].
uint16_t get_subnetwork_n(const storage::Overlay& state, NetUid netuid);

// mirrors clear_neuron: zeroes Emission / Trust / Consensus / Incentive / Dividends at uid (a
// missing position is left alone, but each vector is written back) and removes Bonds[(netuid,
// uid)].
void clear_neuron(storage::Overlay& state, NetUid netuid, Uid uid);

// mirrors replace_neuron (see the file comment).
void replace_neuron(storage::Overlay& state, NetUid netuid, Uid uid_to_replace,
                    const AccountId& new_hotkey, uint64_t block_number);

// mirrors append_neuron (see the file comment).
void append_neuron(storage::Overlay& state, NetUid netuid, const AccountId& new_hotkey,
                   uint64_t block_number);

// mirrors is_uid_exist_on_network: Keys contains (netuid, uid).
bool is_uid_exist_on_network(const storage::Overlay& state, NetUid netuid, Uid uid);
// mirrors is_hotkey_registered_on_network: Uids contains (netuid, hotkey).
bool is_hotkey_registered_on_network(const storage::Overlay& state, NetUid netuid,
                                     const AccountId& hotkey);
// mirrors get_hotkey_for_net_and_uid: HotKeyNotRegisteredInSubNet when the slot is empty.
Result<AccountId, frame::DispatchError> get_hotkey_for_net_and_uid(const storage::Overlay& state,
                                                                   NetUid netuid, Uid uid);
// mirrors get_uid_for_net_and_hotkey: HotKeyNotRegisteredInSubNet when not registered.
Result<Uid, frame::DispatchError> get_uid_for_net_and_hotkey(const storage::Overlay& state,
                                                             NetUid netuid,
                                                             const AccountId& hotkey);
// mirrors get_stake_for_uid_and_subnetwork: TotalHotkeyAlpha[(hotkey, netuid)] of the slot's
// hotkey, 0 for an empty slot.
uint64_t get_stake_for_uid_and_subnetwork(const storage::Overlay& state, NetUid netuid, Uid uid);
// mirrors get_registered_networks_for_hotkey: the netuids with IsNetworkMember true, in storage
// order (Identity-hashed u16: little-endian byte order).
std::vector<NetUid> get_registered_networks_for_hotkey(const storage::Overlay& state,
                                                       const AccountId& hotkey);
// mirrors is_hotkey_registered_on_any_network.
bool is_hotkey_registered_on_any_network(const storage::Overlay& state, const AccountId& hotkey);

// ---- per-UID accessors (utils/misc.rs) --------------------------------------------------------

// mirrors get_pruning_score_for_uid: u16::MAX past the end of the vector.
uint16_t get_pruning_score_for_uid(const storage::Overlay& state, NetUid netuid, Uid uid);
// mirrors set_pruning_score_for_uid. REQUIRES: uid < SubnetworkN[netuid] (upstream asserts).
void set_pruning_score_for_uid(storage::Overlay& state, NetUid netuid, Uid uid, uint16_t score);
// mirrors get_neuron_block_at_registration.
uint64_t get_neuron_block_at_registration(const storage::Overlay& state, NetUid netuid, Uid uid);
// mirrors get_neuron_is_immune.
bool get_neuron_is_immune(const frame::Env& env, NetUid netuid, Uid uid);
// mirrors set_active_for_uid: writes Active only when uid is inside the vector.
void set_active_for_uid(storage::Overlay& state, NetUid netuid, Uid uid, bool active);

// ---- pruning ----------------------------------------------------------------------------------

// One UID as get_neuron_to_prune sees it.
struct PruneCandidate {
  bool is_owner_hotkey = false;  // Keys has the slot and it holds SubnetOwnerHotkey (skipped)
  uint16_t pruning_score = 0;
  uint64_t block_at_registration = 0;
  bool is_immune = false;
};

// The selection rule of get_neuron_to_prune over candidates indexed by UID (pure); 0 when the list
// is empty or every candidate is skipped.
uint16_t select_neuron_to_prune(const std::vector<PruneCandidate>& candidates);

// mirrors get_neuron_to_prune: 0 for an empty subnet (no write); otherwise the selected UID, whose
// pruning score is set to u16::MAX.
Uid get_neuron_to_prune(frame::Env& env, NetUid netuid);

}  // namespace subemu::runtime::subtensor
