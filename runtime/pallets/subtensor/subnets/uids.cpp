// mirrors subnets/uids.rs, registration.rs get_neuron_to_prune and the per-UID accessors of
// utils/misc.rs (uids.hpp).
#include "runtime/pallets/subtensor/subnets/uids.hpp"

#include <optional>
#include <utility>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/check.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "storage/kv_store.hpp"

namespace subemu::runtime::subtensor {
namespace {

// mirrors set_element_at: writes only inside the vector.
template <class T>
void set_element_at(std::vector<T>& v, size_t position, T value) {
  if (position < v.size()) v[position] = value;
}

// `Item::mutate(netuid, |v| v.push(value))`.
template <class Item, class T>
void push_back(storage::Overlay& state, NetUid netuid, T value) {
  Item::mutate(state, netuid, [&](auto& v) { v.push_back(value); });
}

// `Item::mutate(netuid, |v| set_element_at(v, index, 0))`.
template <class Item>
void zero_at(storage::Overlay& state, NetUid netuid, size_t index) {
  Item::mutate(state, netuid, [&](auto& v) {
    using T = typename std::decay_t<decltype(v)>::value_type;
    set_element_at(v, index, T{0});
  });
}

}  // namespace

uint16_t get_subnetwork_n(const storage::Overlay& state, NetUid netuid) {
  return SubnetworkN::get(state, netuid);
}

void clear_neuron(storage::Overlay& state, NetUid netuid, Uid uid) {
  const size_t index = uid.value();
  zero_at<Emission>(state, netuid, index);
  zero_at<Trust>(state, netuid, index);
  zero_at<Consensus>(state, netuid, index);
  zero_at<Incentive>(state, netuid, index);
  zero_at<Dividends>(state, netuid, index);
  Bonds::remove(state, netuid, uid);
}

void replace_neuron(storage::Overlay& state, NetUid netuid, Uid uid_to_replace,
                    const AccountId& new_hotkey, uint64_t block_number) {
  // 1. The hotkey in the slot (the zero account for an empty slot).
  const AccountId old_hotkey = Keys::get(state, netuid, uid_to_replace);
  // The subnet owner's hotkey is never replaced.
  if (const std::optional<AccountId> owner_hotkey = SubnetOwnerHotkey::try_get(state, netuid);
      owner_hotkey.has_value() && *owner_hotkey == old_hotkey) {
    return;
  }
  // 2. Drop the old memberships.
  Uids::remove(state, netuid, old_hotkey);
  IsNetworkMember::remove(state, old_hotkey, netuid);
  Keys::remove(state, netuid, uid_to_replace);
  // 3. The new memberships.
  set_active_for_uid(state, netuid, uid_to_replace, true);
  Keys::insert(state, netuid, uid_to_replace, new_hotkey);
  Uids::insert(state, netuid, new_hotkey, uid_to_replace);
  BlockAtRegistration::insert(state, netuid, uid_to_replace, block_number);
  IsNetworkMember::insert(state, new_hotkey, netuid, true);
  // 4. The old hotkey's certificate.
  NeuronCertificates::remove(state, netuid, old_hotkey);
  // 5. Reset the slot's consensus values.
  clear_neuron(state, netuid, uid_to_replace);
  // 5a. The old hotkey's axon.
  Axons::remove(state, netuid, old_hotkey);
}

void append_neuron(storage::Overlay& state, NetUid netuid, const AccountId& new_hotkey,
                   uint64_t block_number) {
  // 1. The next UID is the current count.
  const uint16_t next = get_subnetwork_n(state, netuid);
  const Uid next_uid(next);
  // 2. One more slot (saturating at u16::MAX).
  SubnetworkN::insert(state, netuid, next == UINT16_MAX ? next : static_cast<uint16_t>(next + 1));
  // 3. One more position in each per-UID vector.
  push_back<Rank>(state, netuid, uint16_t{0});
  push_back<Trust>(state, netuid, uint16_t{0});
  push_back<Active>(state, netuid, true);
  push_back<Emission>(state, netuid, uint64_t{0});
  push_back<Consensus>(state, netuid, uint16_t{0});
  push_back<Incentive>(state, netuid, uint16_t{0});
  push_back<Dividends>(state, netuid, uint16_t{0});
  push_back<LastUpdate>(state, netuid, block_number);
  push_back<PruningScores>(state, netuid, uint16_t{0});
  push_back<ValidatorTrust>(state, netuid, uint16_t{0});
  push_back<ValidatorPermit>(state, netuid, false);
  // 4. The account's entries.
  Keys::insert(state, netuid, next_uid, new_hotkey);
  Uids::insert(state, netuid, new_hotkey, next_uid);
  BlockAtRegistration::insert(state, netuid, next_uid, block_number);
  IsNetworkMember::insert(state, new_hotkey, netuid, true);
}

bool is_uid_exist_on_network(const storage::Overlay& state, NetUid netuid, Uid uid) {
  return Keys::contains_key(state, netuid, uid);
}

bool is_hotkey_registered_on_network(const storage::Overlay& state, NetUid netuid,
                                     const AccountId& hotkey) {
  return Uids::contains_key(state, netuid, hotkey);
}

Result<AccountId, frame::DispatchError> get_hotkey_for_net_and_uid(const storage::Overlay& state,
                                                                   NetUid netuid, Uid uid) {
  std::optional<AccountId> hotkey = Keys::try_get(state, netuid, uid);
  if (!hotkey.has_value()) return unexpected(error(Error::kHotKeyNotRegisteredInSubNet));
  return *hotkey;
}

Result<Uid, frame::DispatchError> get_uid_for_net_and_hotkey(const storage::Overlay& state,
                                                             NetUid netuid,
                                                             const AccountId& hotkey) {
  const std::optional<Uid> uid = Uids::get(state, netuid, hotkey);
  if (!uid.has_value()) return unexpected(error(Error::kHotKeyNotRegisteredInSubNet));
  return *uid;
}

uint64_t get_stake_for_uid_and_subnetwork(const storage::Overlay& state, NetUid netuid, Uid uid) {
  const auto hotkey = get_hotkey_for_net_and_uid(state, netuid, uid);
  if (!hotkey.has_value()) return 0;
  return TotalHotkeyAlpha::get(state, *hotkey, netuid).to_u64();
}

std::vector<NetUid> get_registered_networks_for_hotkey(const storage::Overlay& state,
                                                       const AccountId& hotkey) {
  std::vector<NetUid> out;
  IsNetworkMember::iterate_prefix(state, hotkey, [&](const NetUid& netuid, const bool& is) {
    if (is) out.push_back(netuid);
  });
  return out;
}

bool is_hotkey_registered_on_any_network(const storage::Overlay& state, const AccountId& hotkey) {
  bool found = false;
  IsNetworkMember::iterate_prefix(state, hotkey, [&](const NetUid&, const bool& is) {
    if (!is) return storage::Visit::kContinue;
    found = true;
    return storage::Visit::kStop;
  });
  return found;
}

// ---- per-UID accessors ------------------------------------------------------------------------

uint16_t get_pruning_score_for_uid(const storage::Overlay& state, NetUid netuid, Uid uid) {
  const std::vector<uint16_t> scores = PruningScores::get(state, netuid);
  return uid.value() < scores.size() ? scores[uid.value()] : UINT16_MAX;
}

void set_pruning_score_for_uid(storage::Overlay& state, NetUid netuid, Uid uid, uint16_t score) {
  SUBEMU_CHECK(uid.value() < SubnetworkN::get(state, netuid));
  PruningScores::mutate(state, netuid,
                        [&](std::vector<uint16_t>& v) { set_element_at(v, uid.value(), score); });
}

uint64_t get_neuron_block_at_registration(const storage::Overlay& state, NetUid netuid, Uid uid) {
  return BlockAtRegistration::get(state, netuid, uid);
}

namespace {
bool is_immune(uint64_t current, uint64_t registered_at, uint16_t immunity_period) {
  const uint64_t age = current > registered_at ? current - registered_at : 0;
  return age < uint64_t{immunity_period};
}
}  // namespace

bool get_neuron_is_immune(const frame::Env& env, NetUid netuid, Uid uid) {
  return is_immune(current_block(env.state),
                   get_neuron_block_at_registration(env.state, netuid, uid),
                   ImmunityPeriod::get(env, netuid));
}

void set_active_for_uid(storage::Overlay& state, NetUid netuid, Uid uid, bool active) {
  std::vector<bool> flags = Active::get(state, netuid);
  if (uid.value() >= flags.size()) return;
  flags[uid.value()] = active;
  Active::insert(state, netuid, flags);
}

// ---- pruning ----------------------------------------------------------------------------------

namespace {

// Visits item[(netuid, uid)] for every stored uid < n in one ordered scan of the item's netuid
// prefix (instead of n point reads): fn(uid, value). An entry whose value does not decode is
// skipped and noted, exactly as get() treats it (absent).
template <class Item, class Fn>
void scan_uid_entries(const storage::Overlay& state, NetUid netuid, uint16_t n, Fn&& fn) {
  const Bytes prefix = Item::prefix_for(netuid);
  state.scan(storage::ScanRange::all_with_prefix(prefix), [&](ByteView key, ByteView raw) {
    const ByteView tail = key.subspan(prefix.size());
    if (tail.size() != 2) return storage::Visit::kContinue;  // not an Identity<u16> uid key
    const auto uid = static_cast<uint16_t>(tail[0] | (tail[1] << 8));
    if (uid >= n) return storage::Visit::kContinue;
    scale::Decoder d(raw);
    typename Item::Value value{};
    if (scale::decode_from(d, value)) {
      fn(uid, value);
    } else {
      state.note_decode_failure(key);
    }
    return storage::Visit::kContinue;
  });
}

}  // namespace

uint16_t select_neuron_to_prune(const std::vector<PruneCandidate>& candidates) {
  uint16_t min_score = UINT16_MAX;
  uint16_t min_score_immune = UINT16_MAX;
  uint64_t earliest = UINT64_MAX;
  uint64_t earliest_immune = UINT64_MAX;
  uint16_t pick = 0;
  uint16_t pick_immune = 0;
  // Upstream tracks this flag rather than testing min_score == u16::MAX, so a non-immune neuron
  // with score u16::MAX still wins over every immune one.
  bool found_non_immune = false;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const PruneCandidate& c = candidates[i];
    if (c.is_owner_hotkey) continue;
    const auto uid = static_cast<uint16_t>(i);
    if (c.is_immune) {
      if (c.pruning_score < min_score_immune ||
          (c.pruning_score == min_score_immune && c.block_at_registration < earliest_immune)) {
        min_score_immune = c.pruning_score;
        earliest_immune = c.block_at_registration;
        pick_immune = uid;
      }
    } else {
      found_non_immune = true;
      if (c.pruning_score < min_score ||
          (c.pruning_score == min_score && c.block_at_registration < earliest)) {
        min_score = c.pruning_score;
        earliest = c.block_at_registration;
        pick = uid;
      }
    }
  }
  return found_non_immune ? pick : pick_immune;
}

Uid get_neuron_to_prune(frame::Env& env, NetUid netuid) {
  const uint16_t n = get_subnetwork_n(env.state, netuid);
  if (n == 0) return Uid(0);
  // Everything the loop reads, read once: nothing is written before the choice is made.
  const std::optional<AccountId> owner_hotkey = SubnetOwnerHotkey::try_get(env.state, netuid);
  const std::vector<uint16_t> scores = PruningScores::get(env.state, netuid);
  const uint64_t now = current_block(env.state);
  const uint16_t immunity_period = ImmunityPeriod::get(env, netuid);
  std::vector<PruneCandidate> candidates(n);
  // Keys: only the slot holding the owner hotkey matters (an empty slot is never skipped).
  if (owner_hotkey.has_value()) {
    scan_uid_entries<Keys>(env.state, netuid, n, [&](uint16_t uid, const AccountId& hotkey) {
      candidates[uid].is_owner_hotkey = hotkey == *owner_hotkey;
    });
  }
  // BlockAtRegistration: absent is 0, the ValueQuery default.
  scan_uid_entries<BlockAtRegistration>(
      env.state, netuid, n,
      [&](uint16_t uid, const uint64_t& at) { candidates[uid].block_at_registration = at; });
  for (uint16_t i = 0; i < n; ++i) {
    PruneCandidate& c = candidates[i];
    c.pruning_score = i < scores.size() ? scores[i] : UINT16_MAX;
    c.is_immune = is_immune(now, c.block_at_registration, immunity_period);
  }
  const Uid chosen(select_neuron_to_prune(candidates));
  set_pruning_score_for_uid(env.state, netuid, chosen, UINT16_MAX);
  return chosen;
}

}  // namespace subemu::runtime::subtensor
