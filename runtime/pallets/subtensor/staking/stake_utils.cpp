// Dynamic TAO stake accounting and subnet pools (stake_utils.hpp).
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"

#include <algorithm>
#include <vector>

#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/share_pool.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/arith/safe_math.hpp"
#include "runtime/primitives/balance.hpp"

namespace subemu::runtime::subtensor {
namespace {

// SubnetMechanism value of a dynamic (AMM) subnet.
constexpr uint16_t kDynamicMechanism = 1;

uint64_t sat_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }
uint64_t sat_sub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }
u128 sat_add_u128(u128 a, u128 b) { return a > ~u128{0} - b ? ~u128{0} : a + b; }

// The minimum liquidity compared as upstream does (U110F18 against I96F32 10,000,000: an exact
// value comparison).
constexpr U110F18 kMinLiquidity = U110F18::from_num(kDefaultMinimumPoolLiquidity);

PoolReserves reserves(const storage::Overlay& state, NetUid netuid) {
  return {SubnetTAO::get(state, netuid).to_u64(), SubnetAlphaIn::get(state, netuid).to_u64()};
}

// Rust `amount as i64` (wraps above i64::MAX).
int64_t as_i64(uint64_t v) { return static_cast<int64_t>(v); }
// Rust `x.max(0).unsigned_abs()`.
uint64_t clamp_positive(int64_t x) { return x > 0 ? static_cast<uint64_t>(x) : 0; }

// Rust `.saturating_mul(price).saturating_to_num::<u64>()` of an alpha amount.
uint64_t tao_value(uint64_t alpha, U96F32 price) {
  return U96F32::saturating_from_num(alpha).saturating_mul(price).saturating_to_num<uint64_t>();
}

}  // namespace

// ---- Pure pool arithmetic -----------------------------------------------------------------------

std::optional<uint64_t> quote_tao_for_alpha(const PoolReserves& pool, uint64_t tao) {
  const U110F18 tao_reserves = U110F18::saturating_from_num(pool.tao);
  const U110F18 alpha_reserves = U110F18::saturating_from_num(pool.alpha_in);
  const U110F18 k = alpha_reserves.saturating_mul(tao_reserves);
  const U110F18 new_alpha_reserves =
      k.safe_div(tao_reserves.saturating_add(U110F18::saturating_from_num(tao)));
  if (new_alpha_reserves < kMinLiquidity) return std::nullopt;
  return alpha_reserves.saturating_sub(new_alpha_reserves).saturating_to_num<uint64_t>();
}

std::optional<uint64_t> quote_alpha_for_tao(const PoolReserves& pool, uint64_t alpha) {
  const U110F18 tao_reserves = U110F18::saturating_from_num(pool.tao);
  const U110F18 alpha_reserves = U110F18::saturating_from_num(pool.alpha_in);
  const U110F18 k = alpha_reserves.saturating_mul(tao_reserves);
  const U110F18 new_tao_reserves =
      k.checked_div(alpha_reserves.saturating_add(U110F18::saturating_from_num(alpha)))
          .value_or(U110F18::saturating_from_num(0));
  if (new_tao_reserves < kMinLiquidity) return std::nullopt;
  return tao_reserves.saturating_sub(new_tao_reserves).saturating_to_num<uint64_t>();
}

// ---- Pool state ---------------------------------------------------------------------------------

uint64_t get_alpha_issuance(const storage::Overlay& state, NetUid netuid) {
  return sat_add(SubnetAlphaIn::get(state, netuid).to_u64(),
                 SubnetAlphaOut::get(state, netuid).to_u64());
}

U96F32 get_alpha_price(const storage::Overlay& state, NetUid netuid) {
  if (netuid == kRootNetUid) return U96F32::one();
  if (SubnetMechanism::get(state, netuid) == 0) return U96F32::one();
  const uint64_t alpha_in = SubnetAlphaIn::get(state, netuid).to_u64();
  if (alpha_in == 0) return U96F32::saturating_from_num(0);
  return U96F32::saturating_from_num(SubnetTAO::get(state, netuid).to_u64())
      .checked_div(U96F32::saturating_from_num(alpha_in))
      .value_or(U96F32::saturating_from_num(0));
}

U96F32 get_moving_alpha_price(const storage::Overlay& state, NetUid netuid) {
  if (netuid == kRootNetUid) return U96F32::one();
  if (SubnetMechanism::get(state, netuid) == 0) return U96F32::one();
  return U96F32::saturating_from_num(SubnetMovingPrice::get(state, netuid));
}

std::optional<uint64_t> sim_swap_tao_for_alpha(const storage::Overlay& state, NetUid netuid,
                                               uint64_t tao) {
  if (SubnetMechanism::get(state, netuid) != kDynamicMechanism) return tao;
  return quote_tao_for_alpha(reserves(state, netuid), tao);
}

std::optional<uint64_t> sim_swap_alpha_for_tao(const storage::Overlay& state, NetUid netuid,
                                               uint64_t alpha) {
  if (SubnetMechanism::get(state, netuid) != kDynamicMechanism) return alpha;
  return quote_alpha_for_tao(reserves(state, netuid), alpha);
}

uint64_t swap_tao_for_alpha(frame::Env& env, NetUid netuid, uint64_t tao) {
  const std::optional<uint64_t> quoted = sim_swap_tao_for_alpha(env.state, netuid, tao);
  if (!quoted.has_value()) return 0;
  const uint64_t alpha = *quoted;
  SubnetAlphaIn::mutate(env.state, netuid,
                        [&](AlphaBalance& v) { v = v.saturating_sub(AlphaBalance(alpha)); });
  SubnetAlphaOut::mutate(env.state, netuid,
                         [&](AlphaBalance& v) { v = v.saturating_add(AlphaBalance(alpha)); });
  SubnetTAO::mutate(env.state, netuid,
                    [&](TaoBalance& v) { v = v.saturating_add(TaoBalance(tao)); });
  TotalStake::mutate(env.state, [&](TaoBalance& v) { v = v.saturating_add(TaoBalance(tao)); });
  SubnetVolume::mutate(env.state, netuid, [&](u128& v) { v = sat_add_u128(v, u128{tao}); });
  return alpha;
}

uint64_t swap_alpha_for_tao(frame::Env& env, NetUid netuid, uint64_t alpha) {
  const std::optional<uint64_t> quoted = sim_swap_alpha_for_tao(env.state, netuid, alpha);
  if (!quoted.has_value()) return 0;
  const uint64_t tao = *quoted;
  SubnetAlphaIn::mutate(env.state, netuid,
                        [&](AlphaBalance& v) { v = v.saturating_add(AlphaBalance(alpha)); });
  SubnetAlphaOut::mutate(env.state, netuid,
                         [&](AlphaBalance& v) { v = v.saturating_sub(AlphaBalance(alpha)); });
  SubnetTAO::mutate(env.state, netuid,
                    [&](TaoBalance& v) { v = v.saturating_sub(TaoBalance(tao)); });
  TotalStake::mutate(env.state, [&](TaoBalance& v) { v = v.saturating_sub(TaoBalance(tao)); });
  SubnetVolume::mutate(env.state, netuid, [&](u128& v) { v = sat_add_u128(v, u128{tao}); });
  return tao;
}

// ---- Stake --------------------------------------------------------------------------------------

uint64_t get_stake_for_hotkey_and_coldkey_on_subnet(const storage::Overlay& state,
                                                    const AccountId& hotkey,
                                                    const AccountId& coldkey, NetUid netuid) {
  return get_alpha_share_pool_view(state, hotkey, netuid).try_get_value(coldkey).value_or(0);
}

uint64_t get_stake_for_hotkey_on_subnet(const storage::Overlay& state, const AccountId& hotkey,
                                        NetUid netuid) {
  return TotalHotkeyAlpha::get(state, hotkey, netuid).to_u64();
}

bool has_enough_stake_on_subnet(const storage::Overlay& state, const AccountId& hotkey,
                                const AccountId& coldkey, NetUid netuid, uint64_t decrement) {
  return get_stake_for_hotkey_and_coldkey_on_subnet(state, hotkey, coldkey, netuid) >= decrement;
}

void increase_stake_for_hotkey_on_subnet(frame::Env& env, const AccountId& hotkey, NetUid netuid,
                                         uint64_t amount) {
  get_alpha_share_pool(env, hotkey, netuid).update_value_for_all(as_i64(amount));
}

void decrease_stake_for_hotkey_on_subnet(frame::Env& env, const AccountId& hotkey, NetUid netuid,
                                         uint64_t amount) {
  get_alpha_share_pool(env, hotkey, netuid)
      .update_value_for_all(share_pool_detail::wrapping_neg(as_i64(amount)));
}

uint64_t increase_stake_for_hotkey_and_coldkey_on_subnet(frame::Env& env, const AccountId& hotkey,
                                                         const AccountId& coldkey, NetUid netuid,
                                                         uint64_t amount) {
  AlphaSharePool pool = get_alpha_share_pool(env, hotkey, netuid);
  return clamp_positive(pool.update_value_for_one(coldkey, as_i64(amount)));
}

bool try_increase_stake_for_hotkey_and_coldkey_on_subnet(const storage::Overlay& state,
                                                         const AccountId& hotkey, NetUid netuid,
                                                         uint64_t amount) {
  return get_alpha_share_pool_view(state, hotkey, netuid).sim_update_value_for_one(as_i64(amount));
}

uint64_t decrease_stake_for_hotkey_and_coldkey_on_subnet(frame::Env& env, const AccountId& hotkey,
                                                         const AccountId& coldkey, NetUid netuid,
                                                         uint64_t amount) {
  AlphaSharePool pool = get_alpha_share_pool(env, hotkey, netuid);
  int64_t actual_alpha = 0;
  const std::optional<uint64_t> value = pool.try_get_value(coldkey);
  if (value.has_value() && *value >= amount) {
    actual_alpha =
        pool.update_value_for_one(coldkey, share_pool_detail::wrapping_neg(as_i64(amount)));
  }
  return clamp_positive(share_pool_detail::wrapping_neg(actual_alpha));
}

uint64_t stake_into_subnet(frame::Env& env, const AccountId& hotkey, const AccountId& coldkey,
                           NetUid netuid, uint64_t tao, uint64_t fee) {
  // 1. The fee stays in the pool.
  const uint64_t tao_staked = sat_sub(tao, fee);
  const uint64_t actual_fee = sat_sub(tao, tao_staked);

  // 2. Swap, 3. credit the coldkey's shares, 4. remember the staking hotkey.
  const uint64_t alpha = swap_tao_for_alpha(env, netuid, tao_staked);
  uint64_t actual_alpha = 0;
  if (tao_staked > 0 && alpha > 0) {
    actual_alpha =
        increase_stake_for_hotkey_and_coldkey_on_subnet(env, hotkey, coldkey, netuid, alpha);
    std::vector<AccountId> staking_hotkeys = StakingHotkeys::get(env.state, coldkey);
    if (std::find(staking_hotkeys.begin(), staking_hotkeys.end(), hotkey) ==
        staking_hotkeys.end()) {
      staking_hotkeys.push_back(hotkey);
      StakingHotkeys::insert(env.state, coldkey, staking_hotkeys);
    }
  }

  // 5. The fee goes to the pool's TAO reserve.
  SubnetTAO::mutate(env.state, netuid,
                    [&](TaoBalance& v) { v = v.saturating_add(TaoBalance(actual_fee)); });
  TotalStake::mutate(env.state,
                     [&](TaoBalance& v) { v = v.saturating_add(TaoBalance(actual_fee)); });
  LastColdkeyHotkeyStakeBlock::insert(env.state, coldkey, hotkey, current_block(env.state));

  // 6. StakeAdded.
  system::deposit(env, event::StakeAdded{.coldkey = coldkey,
                                         .hotkey = hotkey,
                                         .tao = TaoBalance(tao_staked),
                                         .alpha = AlphaBalance(actual_alpha),
                                         .netuid = netuid,
                                         .fee = TaoBalance(actual_fee)});
  return actual_alpha;
}

uint64_t unstake_from_subnet(frame::Env& env, const AccountId& hotkey, const AccountId& coldkey,
                             NetUid netuid, uint64_t alpha, uint64_t fee) {
  // 1. Sell the coldkey's shares, 2. swap the alpha removed for TAO. (Upstream's step 3, pruning
  // StakingHotkeys, is commented out at v3.0.0.)
  const uint64_t actual_alpha_decrease =
      decrease_stake_for_hotkey_and_coldkey_on_subnet(env, hotkey, coldkey, netuid, alpha);
  const uint64_t tao = swap_alpha_for_tao(env, netuid, actual_alpha_decrease);

  // 4. The fee stays in the pool's TAO reserve.
  const uint64_t tao_unstaked = sat_sub(tao, fee);
  const uint64_t actual_fee = sat_sub(tao, tao_unstaked);
  SubnetTAO::mutate(env.state, netuid,
                    [&](TaoBalance& v) { v = v.saturating_add(TaoBalance(actual_fee)); });
  TotalStake::mutate(env.state,
                     [&](TaoBalance& v) { v = v.saturating_add(TaoBalance(actual_fee)); });
  LastColdkeyHotkeyStakeBlock::insert(env.state, coldkey, hotkey, current_block(env.state));

  // 5. StakeRemoved.
  system::deposit(env, event::StakeRemoved{.coldkey = coldkey,
                                           .hotkey = hotkey,
                                           .tao = TaoBalance(tao_unstaked),
                                           .alpha = AlphaBalance(actual_alpha_decrease),
                                           .netuid = netuid,
                                           .fee = TaoBalance(actual_fee)});
  return tao_unstaked;
}

// ---- Totals -------------------------------------------------------------------------------------

uint64_t get_total_stake_for_hotkey(const storage::Overlay& state, const AccountId& hotkey) {
  uint64_t total = 0;
  NetworksAdded::iterate(state, [&](const NetUid& netuid, const bool&) {
    total += tao_value(get_stake_for_hotkey_on_subnet(state, hotkey, netuid),
                       get_alpha_price(state, netuid));  // Iterator::sum: wraps (release)
  });
  return total;
}

uint64_t get_total_stake_for_coldkey(const storage::Overlay& state, const AccountId& coldkey) {
  uint64_t total = 0;
  for (const AccountId& hotkey : StakingHotkeys::get(state, coldkey)) {
    uint64_t hotkey_total = 0;
    Alpha::iterate_prefix(
        state, std::tie(hotkey, coldkey), [&](const NetUid& netuid, const U64F64&) {
          const uint64_t alpha =
              get_stake_for_hotkey_and_coldkey_on_subnet(state, hotkey, coldkey, netuid);
          hotkey_total = sat_add(hotkey_total, tao_value(alpha, get_alpha_price(state, netuid)));
        });
    total += hotkey_total;  // Iterator::sum: wraps (release)
  }
  return total;
}

}  // namespace subemu::runtime::subtensor
