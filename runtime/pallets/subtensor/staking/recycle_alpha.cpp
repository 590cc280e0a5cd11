// Recycling and burning staked alpha (recycle_alpha.hpp).
#include "runtime/pallets/subtensor/staking/recycle_alpha.hpp"

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/balance.hpp"

namespace subemu::runtime::subtensor {
namespace {

// The checks shared by both calls (steps 2-6 of the header).
frame::DispatchResult validate_recycle_or_burn(const storage::Overlay& state,
                                               const AccountId& coldkey, const AccountId& hotkey,
                                               uint64_t amount, NetUid netuid) {
  if (!subnet_exists(state, netuid)) return unexpected(error(Error::kSubNetworkDoesNotExist));
  if (netuid == kRootNetUid) return unexpected(error(Error::kCannotBurnOrRecycleOnRootSubnet));
  if (!hotkey_account_exists(state, hotkey)) {
    return unexpected(error(Error::kHotKeyAccountNotExists));
  }
  if (!has_enough_stake_on_subnet(state, hotkey, coldkey, netuid, amount)) {
    return unexpected(error(Error::kNotEnoughStakeToWithdraw));
  }
  if (SubnetAlphaOut::get(state, netuid).to_u64() < amount) {
    return unexpected(error(Error::kInsufficientLiquidity));
  }
  return Ok{};
}

}  // namespace

// mirrors recycle_alpha.rs do_recycle_alpha
frame::DispatchResult do_recycle_alpha(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey, uint64_t amount, NetUid netuid) {
  // 1. The caller is the coldkey; validate everything before the first write.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  SUBEMU_TRY(validate_recycle_or_burn(env.state, coldkey, hotkey, amount, netuid));
  // 2. Sell the shares; the alpha leaves the issuance.
  const uint64_t removed =
      decrease_stake_for_hotkey_and_coldkey_on_subnet(env, hotkey, coldkey, netuid, amount);
  SubnetAlphaOut::mutate(env.state, netuid, [&](AlphaBalance& out) {
    out = out.saturating_sub(AlphaBalance(removed));
  });
  system::deposit(env, event::AlphaRecycled{coldkey, hotkey, AlphaBalance(removed), netuid});
  return Ok{};
}

// mirrors recycle_alpha.rs do_burn_alpha
frame::DispatchResult do_burn_alpha(frame::Env& env, const frame::Origin& origin,
                                    const AccountId& hotkey, uint64_t amount, NetUid netuid) {
  // 1. The caller is the coldkey; validate everything before the first write.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  SUBEMU_TRY(validate_recycle_or_burn(env.state, coldkey, hotkey, amount, netuid));
  // 2. Sell the shares; SubnetAlphaOut keeps counting the alpha.
  const uint64_t removed =
      decrease_stake_for_hotkey_and_coldkey_on_subnet(env, hotkey, coldkey, netuid, amount);
  system::deposit(env, event::AlphaBurned{coldkey, hotkey, AlphaBalance(removed), netuid});
  return Ok{};
}

}  // namespace subemu::runtime::subtensor
