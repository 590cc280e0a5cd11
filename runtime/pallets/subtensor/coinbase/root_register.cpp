// mirrors coinbase/root.rs do_root_register (root_register.hpp).
#include "runtime/pallets/subtensor/coinbase/root_register.hpp"

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/registration.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::subtensor {
namespace {

uint64_t root_stake(const storage::Overlay& state, const AccountId& hotkey) {
  return TotalHotkeyAlpha::get(state, hotkey, kRootNetUid).to_u64();
}

// `*val += 1` on a u16 counter (cannot overflow here: the limit checks keep it below u16::MAX).
template <class Item>
void increment(storage::Overlay& state, NetUid netuid) {
  Item::mutate(state, netuid, [](uint16_t& v) { v = static_cast<uint16_t>(v + 1); });
}

}  // namespace

uint16_t get_num_root_validators(const frame::Env& env) {
  return get_subnetwork_n(env.state, kRootNetUid);
}

uint16_t get_max_root_validators(const frame::Env& env) {
  return MaxAllowedUids::get(env, kRootNetUid);
}

frame::DispatchResult do_root_register(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey) {
  const NetUid root = kRootNetUid;
  const uint64_t now = current_block(env.state);
  // 0. The root network exists (checked before the origin).
  if (!subnet_exists(env.state, root)) return unexpected(error(Error::kRootNetworkDoesNotExist));
  // 1. Signed by the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2-3. Per-block and per-interval limits of the root network.
  SUBEMU_TRY(check_registration_limits(env, root));
  // 4. Not yet on root.
  if (Uids::contains_key(env.state, root, hotkey)) {
    return unexpected(error(Error::kHotKeyAlreadyRegisteredInSubNet));
  }
  // 6. The hotkey account (no ownership check).
  create_account_if_non_existent(env.state, coldkey, hotkey);
  // 7-8. Append, or replace the root neuron with the least root alpha.
  const uint16_t n = get_num_root_validators(env);
  Uid uid(n);
  if (n < get_max_root_validators(env)) {
    append_neuron(env.state, root, hotkey, now);
  } else {
    uint64_t lowest_stake = UINT64_MAX;
    Uid lowest_uid(0);
    Keys::iterate_prefix(env.state, root, [&](const Uid& uid_i, const AccountId& hotkey_i) {
      const uint64_t stake_i = root_stake(env.state, hotkey_i);
      if (stake_i < lowest_stake) {
        lowest_stake = stake_i;
        lowest_uid = uid_i;
      }
    });
    uid = lowest_uid;
    SUBEMU_TRY(get_hotkey_for_net_and_uid(env.state, root, uid));
    if (!(lowest_stake < root_stake(env.state, hotkey))) {
      return unexpected(error(Error::kStakeTooLowForRoot));
    }
    replace_neuron(env.state, root, uid, hotkey, now);
  }
  // 13. join_senate_if_eligible: its SubtensorModule check (the Senate itself is not modelled).
  if (!Uids::contains_key(env.state, root, hotkey)) {
    return unexpected(error(Error::kHotKeyNotRegisteredInSubNet));
  }
  // 14. Every root member is a delegate.
  if (!Delegates::contains_key(env.state, hotkey)) {
    Delegates::insert(env.state, hotkey, kRootDelegateTake);
  }
  // 15. Count the registration.
  increment<RegistrationsThisInterval>(env.state, root);
  increment<RegistrationsThisBlock>(env.state, root);
  // 16. Announce it.
  system::deposit(env, event::NeuronRegistered{root, uid, hotkey});
  return Ok{};
}

}  // namespace subemu::runtime::subtensor
