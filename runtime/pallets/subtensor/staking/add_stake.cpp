// The add-stake calls (add_stake.hpp).
#include "runtime/pallets/subtensor/staking/add_stake.hpp"

#include <algorithm>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/staking/validate_stake.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/int128.hpp"

namespace subemu::runtime::subtensor {
namespace {

constexpr u128 kRaoPerTao = 1'000'000'000;

u128 sat_mul_u128(u128 a, u128 b) {
  u128 r = 0;
  return __builtin_mul_overflow(a, b, &r) ? ~u128{0} : r;
}

// Steps 3-4 of both calls: withdraw, then swap into the subnet with the flat fee.
frame::DispatchResult withdraw_and_stake(frame::Env& env, const AccountId& coldkey,
                                         const AccountId& hotkey, NetUid netuid, uint64_t amount) {
  SUBEMU_TRY_ASSIGN(const uint64_t tao_staked,
                    remove_balance_from_coldkey_account(env, coldkey, amount));
  stake_into_subnet(env, hotkey, coldkey, netuid, tao_staked, kDefaultStakingFee);
  return Ok{};
}

}  // namespace

frame::DispatchResult do_add_stake(frame::Env& env, const frame::Origin& origin,
                                   const AccountId& hotkey, NetUid netuid,
                                   uint64_t stake_to_be_added) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. Every check before the first write.
  if (auto r = validate_add_stake(env, coldkey, hotkey, netuid, stake_to_be_added,
                                  stake_to_be_added, false);
      !r) {
    return unexpected(error(r.error()));
  }
  // 3-4. Withdraw and stake.
  return withdraw_and_stake(env, coldkey, hotkey, netuid, stake_to_be_added);
}

frame::DispatchResult do_add_stake_limit(frame::Env& env, const frame::Origin& origin,
                                         const AccountId& hotkey, NetUid netuid,
                                         uint64_t stake_to_be_added, uint64_t limit_price,
                                         bool allow_partial) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. What the limit allows.
  const uint64_t max_amount = get_max_amount_add(env.state, netuid, limit_price);
  const uint64_t possible_stake = std::min(stake_to_be_added, max_amount);
  // 3. Every check, on the requested amount.
  if (auto r = validate_add_stake(env, coldkey, hotkey, netuid, stake_to_be_added, max_amount,
                                  allow_partial);
      !r) {
    return unexpected(error(r.error()));
  }
  // 4. Staking to somebody else's hotkey makes it a delegate.
  if (owning_coldkey_for_hotkey(env.state, hotkey) != coldkey) maybe_become_delegate(env, hotkey);
  // 5-6. Withdraw and stake what the limit allows.
  return withdraw_and_stake(env, coldkey, hotkey, netuid, possible_stake);
}

uint64_t get_max_amount_add(const storage::Overlay& state, NetUid netuid, uint64_t limit_price) {
  // Root and stable subnets trade 1:1.
  if (netuid == kRootNetUid || SubnetMechanism::get(state, netuid) == 0) {
    return limit_price >= 1'000'000'000 ? UINT64_MAX : 0;
  }
  const uint64_t alpha_in = SubnetAlphaIn::get(state, netuid).to_u64();
  if (alpha_in == 0) return 0;
  const uint64_t tao_reserve = SubnetTAO::get(state, netuid).to_u64();
  if (tao_reserve == 0) return 0;
  // The price cannot fall by staking (the spot price is truncated to whole TAO first).
  const u128 price_floor =
      sat_mul_u128(get_alpha_price(state, netuid).saturating_to_num<u128>(), kRaoPerTao);
  if (u128{limit_price} < price_floor || limit_price == 0) return 0;
  // limit_price * SubnetAlphaIn / 1e9 - SubnetTAO.
  const u128 scaled = sat_mul_u128(u128{limit_price}, u128{alpha_in}) / kRaoPerTao;
  const u128 result = scaled > u128{tao_reserve} ? scaled - u128{tao_reserve} : 0;
  return result < u128{UINT64_MAX} ? static_cast<uint64_t>(result) : UINT64_MAX;
}

void maybe_become_delegate(frame::Env& env, const AccountId& hotkey) {
  if (!Delegates::contains_key(env.state, hotkey)) {
    Delegates::insert(env.state, hotkey, Delegates::get(env, hotkey));
  }
}

}  // namespace subemu::runtime::subtensor
