// The remove-stake calls (remove_stake.hpp).
#include "runtime/pallets/subtensor/staking/remove_stake.hpp"

#include <algorithm>
#include <optional>
#include <vector>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/staking/validate_stake.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/primitives/arith/int128.hpp"

namespace subemu::runtime::subtensor {
namespace {

constexpr u128 kRaoPerTao = 1'000'000'000;

u128 sat_mul_u128(u128 a, u128 b) {
  u128 r = 0;
  return __builtin_mul_overflow(a, b, &r) ? ~u128{0} : r;
}

// The unstake fee of a removal from (hotkey, netuid), computed on `alpha`.
uint64_t removal_fee(const storage::Overlay& state, const AccountId& coldkey,
                     const AccountId& hotkey, NetUid netuid, uint64_t alpha) {
  return calculate_staking_fee(state, StakeSide{hotkey, netuid}, coldkey, std::nullopt, coldkey,
                               U96F32::saturating_from_num(alpha));
}

// Steps 5-6 of remove_stake(_limit): nomination clean-up, then the pending children of a hotkey
// whose total stake fell below StakeThreshold.
void after_removal(frame::Env& env, const AccountId& coldkey, const AccountId& hotkey,
                   NetUid netuid) {
  clear_small_nomination_if_required(env, hotkey, coldkey, netuid);
  if (get_total_stake_for_hotkey(env.state, hotkey) < StakeThreshold::get(env.state)) {
    for (const NetUid m : all_subnet_netuids(env.state)) {
      PendingChildKeys::remove(env.state, m, hotkey);
    }
  }
}

// do_unstake_all(_alpha): the sum of the TAO unstaked (deposited to the coldkey as it goes when
// `deposit`), skipping root when `only_alpha`.
uint64_t unstake_everywhere(frame::Env& env, const AccountId& coldkey, const AccountId& hotkey,
                            bool only_alpha, bool deposit) {
  uint64_t total = 0;
  for (const NetUid netuid : all_subnet_netuids(env.state)) {
    if (only_alpha && netuid == kRootNetUid) continue;
    const uint64_t alpha =
        get_stake_for_hotkey_and_coldkey_on_subnet(env.state, hotkey, coldkey, netuid);
    if (!validate_remove_stake(env, coldkey, hotkey, netuid, alpha, alpha, false)) continue;
    const uint64_t fee = removal_fee(env.state, coldkey, hotkey, netuid, alpha);
    if (alpha == 0) continue;
    const uint64_t tao = unstake_from_subnet(env, hotkey, coldkey, netuid, alpha, fee);
    if (deposit) {
      add_balance_to_coldkey_account(env, coldkey, tao);
    } else {
      total = total > UINT64_MAX - tao ? UINT64_MAX : total + tao;
    }
    clear_small_nomination_if_required(env, hotkey, coldkey, netuid);
  }
  return total;
}

}  // namespace

frame::DispatchResult do_remove_stake(frame::Env& env, const frame::Origin& origin,
                                      const AccountId& hotkey, NetUid netuid,
                                      uint64_t alpha_unstaked) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. Every check before the first write.
  if (auto r = validate_remove_stake(env, coldkey, hotkey, netuid, alpha_unstaked, alpha_unstaked,
                                     false);
      !r) {
    return unexpected(error(r.error()));
  }
  // 3. Sell the alpha, pay the coldkey.
  const uint64_t fee = removal_fee(env.state, coldkey, hotkey, netuid, alpha_unstaked);
  const uint64_t tao = unstake_from_subnet(env, hotkey, coldkey, netuid, alpha_unstaked, fee);
  add_balance_to_coldkey_account(env, coldkey, tao);
  // 4-5. Clean-ups.
  after_removal(env, coldkey, hotkey, netuid);
  return Ok{};
}

frame::DispatchResult do_remove_stake_limit(frame::Env& env, const frame::Origin& origin,
                                            const AccountId& hotkey, NetUid netuid,
                                            uint64_t alpha_unstaked, uint64_t limit_price,
                                            bool allow_partial) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. What the limit allows.
  const uint64_t max_amount = get_max_amount_remove(env.state, netuid, limit_price);
  const uint64_t possible_alpha = std::min(alpha_unstaked, max_amount);
  // 3. Every check, on the requested amount.
  if (auto r = validate_remove_stake(env, coldkey, hotkey, netuid, alpha_unstaked, max_amount,
                                     allow_partial);
      !r) {
    return unexpected(error(r.error()));
  }
  // 4. The fee on the requested amount; sell what the limit allows; pay the coldkey.
  const uint64_t fee = removal_fee(env.state, coldkey, hotkey, netuid, alpha_unstaked);
  const uint64_t tao = unstake_from_subnet(env, hotkey, coldkey, netuid, possible_alpha, fee);
  add_balance_to_coldkey_account(env, coldkey, tao);
  // 5-6. Clean-ups.
  after_removal(env, coldkey, hotkey, netuid);
  return Ok{};
}

frame::DispatchResult do_unstake_all(frame::Env& env, const frame::Origin& origin,
                                     const AccountId& hotkey) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  if (!hotkey_account_exists(env.state, hotkey)) {
    return unexpected(error(Error::kHotKeyAccountNotExists));
  }
  unstake_everywhere(env, coldkey, hotkey, /*only_alpha=*/false, /*deposit=*/true);
  return Ok{};
}

frame::DispatchResult do_unstake_all_alpha(frame::Env& env, const frame::Origin& origin,
                                           const AccountId& hotkey) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  if (!hotkey_account_exists(env.state, hotkey)) {
    return unexpected(error(Error::kHotKeyAccountNotExists));
  }
  const uint64_t total =
      unstake_everywhere(env, coldkey, hotkey, /*only_alpha=*/true, /*deposit=*/false);
  // Restake the proceeds on root, without a fee (even when nothing was unstaked).
  stake_into_subnet(env, hotkey, coldkey, kRootNetUid, total, 0);
  return Ok{};
}

uint64_t get_max_amount_remove(const storage::Overlay& state, NetUid netuid, uint64_t limit_price) {
  // Root and stable subnets trade 1:1.
  if (netuid == kRootNetUid || SubnetMechanism::get(state, netuid) == 0) {
    return limit_price <= 1'000'000'000 ? UINT64_MAX : 0;
  }
  const uint64_t alpha_in = SubnetAlphaIn::get(state, netuid).to_u64();
  if (alpha_in == 0) return 0;
  const uint64_t tao_reserve = SubnetTAO::get(state, netuid).to_u64();
  if (tao_reserve == 0) return 0;
  // No division by a zero limit: everything may be sold.
  if (limit_price == 0) return UINT64_MAX;
  // The price cannot rise by unstaking.
  const u128 tao_scaled = sat_mul_u128(u128{tao_reserve}, kRaoPerTao);
  if (u128{limit_price} >= tao_scaled / u128{alpha_in}) return 0;
  // SubnetTAO * 1e9 / limit_price - SubnetAlphaIn.
  const u128 quotient = tao_scaled / u128{limit_price};
  const u128 result = quotient > u128{alpha_in} ? quotient - u128{alpha_in} : 0;
  return result < u128{UINT64_MAX} ? static_cast<uint64_t>(result) : UINT64_MAX;
}

}  // namespace subemu::runtime::subtensor
