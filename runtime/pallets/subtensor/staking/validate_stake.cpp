// The input checks of the add/remove staking calls (validate_stake.hpp).
#include "runtime/pallets/subtensor/staking/validate_stake.hpp"

#include <optional>
#include <vector>

#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"

namespace subemu::runtime::subtensor {
Result<void, Error> validate_add_stake(const frame::Env& env, const AccountId& coldkey,
                                       const AccountId& hotkey, NetUid netuid,
                                       uint64_t stake_to_be_added, uint64_t max_amount,
                                       bool allow_partial) {
  if (!subnet_exists(env.state, netuid)) return unexpected(Error::kSubnetNotExists);
  // DefaultMinStake + DefaultStakingFee (saturating; constants, so it cannot saturate).
  constexpr uint64_t kMinAmount = kDefaultMinStake + kDefaultStakingFee;
  if (stake_to_be_added < kMinAmount) return unexpected(Error::kAmountTooLow);
  if (!allow_partial && stake_to_be_added > max_amount) {
    return unexpected(Error::kSlippageTooHigh);
  }
  if (!can_remove_balance_from_coldkey_account(env, coldkey, stake_to_be_added)) {
    return unexpected(Error::kNotEnoughBalanceToStake);
  }
  if (!hotkey_account_exists(env.state, hotkey)) return unexpected(Error::kHotKeyAccountNotExists);
  const std::optional<uint64_t> expected_alpha =
      sim_swap_tao_for_alpha(env.state, netuid, stake_to_be_added);
  if (!expected_alpha.has_value()) return unexpected(Error::kInsufficientLiquidity);
  if (!try_increase_stake_for_hotkey_and_coldkey_on_subnet(env.state, hotkey, netuid,
                                                           *expected_alpha)) {
    return unexpected(Error::kInsufficientLiquidity);
  }
  return Ok{};
}

Result<void, Error> validate_remove_stake(const frame::Env& env, const AccountId& coldkey,
                                          const AccountId& hotkey, NetUid netuid,
                                          uint64_t alpha_unstaked, uint64_t max_amount,
                                          bool allow_partial) {
  if (!subnet_exists(env.state, netuid)) return unexpected(Error::kSubnetNotExists);
  const std::optional<uint64_t> tao_equivalent =
      sim_swap_alpha_for_tao(env.state, netuid, alpha_unstaked);
  if (!tao_equivalent.has_value()) return unexpected(Error::kInsufficientLiquidity);
  if (*tao_equivalent <= kDefaultMinStake) return unexpected(Error::kAmountTooLow);
  if (!allow_partial && alpha_unstaked > max_amount) return unexpected(Error::kSlippageTooHigh);
  if (!hotkey_account_exists(env.state, hotkey)) return unexpected(Error::kHotKeyAccountNotExists);
  if (!has_enough_stake_on_subnet(env.state, hotkey, coldkey, netuid, alpha_unstaked)) {
    return unexpected(Error::kNotEnoughStakeToWithdraw);
  }
  return Ok{};
}

Result<void, Error> validate_unstake_all(const frame::Env& env, const AccountId& coldkey,
                                         const AccountId& hotkey, bool only_alpha) {
  const std::vector<NetUid> subnets = all_subnet_netuids(env.state);
  if (!hotkey_account_exists(env.state, hotkey)) return unexpected(Error::kHotKeyAccountNotExists);
  bool unstaking_any = false;
  for (const NetUid netuid : subnets) {
    if (only_alpha && netuid == kRootNetUid) continue;
    const uint64_t alpha =
        get_stake_for_hotkey_and_coldkey_on_subnet(env.state, hotkey, coldkey, netuid);
    if (validate_remove_stake(env, coldkey, hotkey, netuid, alpha, alpha, false).has_value()) {
      unstaking_any = true;
    }
  }
  if (!unstaking_any) return unexpected(Error::kAmountTooLow);
  return Ok{};
}

}  // namespace subemu::runtime::subtensor
