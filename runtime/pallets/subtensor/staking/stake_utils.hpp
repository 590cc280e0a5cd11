// Dynamic TAO stake accounting and the constant-product pool of each subnet (mirrors subtensor
// v3.0.0 pallets/subtensor/src/staking/stake_utils.rs, and get_total_stake_for_hotkey /
// get_total_stake_for_coldkey of staking/helpers.rs).
//
// Pool. A dynamic subnet (SubnetMechanism == 1) trades TAO against its alpha in a pool of
// reserves SubnetTAO (TAO) and SubnetAlphaIn (alpha); SubnetAlphaOut counts the alpha held as
// stake. A swap keeps k = tao * alpha_in (in U110F18, saturating) and pays out
// reserve - k / (other reserve + amount in); it is refused (nullopt / 0) when the reserve paid
// out would fall below DefaultMinimumPoolLiquidity (10,000,000 rao). Any other mechanism is
// "stable": swaps are 1:1 and move the same counters. Price = SubnetTAO / SubnetAlphaIn in
// U96F32 (1 for root and stable subnets, 0 with no alpha in the pool).
//
// Stake. What a coldkey holds on (hotkey, netuid) is its value in the hotkey's alpha share pool
// (share_pool.hpp); TotalHotkeyAlpha is the pool's total.
//
// Writes and events are upstream's, in its order:
//   swap_tao_for_alpha   SubnetAlphaIn -= a, SubnetAlphaOut += a, SubnetTAO += t,
//                        TotalStake += t, SubnetVolume += t           (nothing when refused)
//   swap_alpha_for_tao   SubnetAlphaIn += a, SubnetAlphaOut -= a, SubnetTAO -= t,
//                        TotalStake -= t, SubnetVolume += t           (nothing when refused)
//   stake_into_subnet    swap (tao - fee); if both > 0: pool credit, StakingHotkeys[coldkey]
//                        gains the hotkey; then SubnetTAO += fee, TotalStake += fee,
//                        LastColdkeyHotkeyStakeBlock[coldkey, hotkey] = block, StakeAdded
//   unstake_from_subnet  pool debit (only when the coldkey holds enough), swap the alpha
//                        actually removed; SubnetTAO += fee, TotalStake += fee,
//                        LastColdkeyHotkeyStakeBlock, StakeRemoved
// All counters saturate. None of these functions fails: the callers (issue #5's calls and
// registration's burn) validate first, as upstream does.
//
// Signatures: reads take the overlay, writes take the Env. Amounts are u64 rao as upstream.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// lib.rs DefaultMinimumPoolLiquidity: I96F32 10,000,000; a swap may not leave less in the
// reserve it pays out of.
inline constexpr uint64_t kDefaultMinimumPoolLiquidity = 10'000'000;

// ---- Pure pool arithmetic (values in, values out) -----------------------------------------------

// The reserves of a dynamic subnet's pool.
struct PoolReserves {
  uint64_t tao = 0;       // SubnetTAO
  uint64_t alpha_in = 0;  // SubnetAlphaIn
};

// sim_swap_tao_for_alpha's dynamic branch: alpha out for `tao` in, or nullopt when the alpha
// reserve would fall below the minimum liquidity.
std::optional<uint64_t> quote_tao_for_alpha(const PoolReserves& pool, uint64_t tao);
// sim_swap_alpha_for_tao's dynamic branch: TAO out for `alpha` in, or nullopt when the TAO
// reserve would fall below the minimum liquidity.
std::optional<uint64_t> quote_alpha_for_tao(const PoolReserves& pool, uint64_t alpha);

// ---- Pool state ---------------------------------------------------------------------------------

// mirrors get_alpha_issuance: SubnetAlphaIn + SubnetAlphaOut (saturating).
uint64_t get_alpha_issuance(const storage::Overlay& state, NetUid netuid);
// mirrors get_alpha_price.
U96F32 get_alpha_price(const storage::Overlay& state, NetUid netuid);
// mirrors get_moving_alpha_price: 1 for root and stable subnets, else SubnetMovingPrice
// (negative saturates to 0).
U96F32 get_moving_alpha_price(const storage::Overlay& state, NetUid netuid);

// mirrors sim_swap_tao_for_alpha: quote_tao_for_alpha on the subnet's reserves, or 1:1 unless
// SubnetMechanism == 1.
std::optional<uint64_t> sim_swap_tao_for_alpha(const storage::Overlay& state, NetUid netuid,
                                               uint64_t tao);
// mirrors sim_swap_alpha_for_tao.
std::optional<uint64_t> sim_swap_alpha_for_tao(const storage::Overlay& state, NetUid netuid,
                                               uint64_t alpha);
// mirrors swap_tao_for_alpha: the alpha bought (0 when refused, nothing written then).
uint64_t swap_tao_for_alpha(frame::Env& env, NetUid netuid, uint64_t tao);
// mirrors swap_alpha_for_tao: the TAO received (0 when refused, nothing written then).
uint64_t swap_alpha_for_tao(frame::Env& env, NetUid netuid, uint64_t alpha);

// ---- Stake --------------------------------------------------------------------------------------

// mirrors get_stake_for_hotkey_and_coldkey_on_subnet (0 without a share entry).
uint64_t get_stake_for_hotkey_and_coldkey_on_subnet(const storage::Overlay& state,
                                                    const AccountId& hotkey,
                                                    const AccountId& coldkey, NetUid netuid);
// mirrors get_stake_for_hotkey_on_subnet: TotalHotkeyAlpha.
uint64_t get_stake_for_hotkey_on_subnet(const storage::Overlay& state, const AccountId& hotkey,
                                        NetUid netuid);
// mirrors has_enough_stake_on_subnet: stake >= decrement.
bool has_enough_stake_on_subnet(const storage::Overlay& state, const AccountId& hotkey,
                                const AccountId& coldkey, NetUid netuid, uint64_t decrement);

// mirrors increase_stake_for_hotkey_on_subnet: the pool's value grows by `amount` (every
// coldkey in proportion; `amount as i64`).
void increase_stake_for_hotkey_on_subnet(frame::Env& env, const AccountId& hotkey, NetUid netuid,
                                         uint64_t amount);
// mirrors decrease_stake_for_hotkey_on_subnet.
void decrease_stake_for_hotkey_on_subnet(frame::Env& env, const AccountId& hotkey, NetUid netuid,
                                         uint64_t amount);
// mirrors increase_stake_for_hotkey_and_coldkey_on_subnet: buys shares; returns the alpha
// credited (0 if the update was not positive).
uint64_t increase_stake_for_hotkey_and_coldkey_on_subnet(frame::Env& env, const AccountId& hotkey,
                                                         const AccountId& coldkey, NetUid netuid,
                                                         uint64_t amount);
// mirrors try_increase_stake_for_hotkey_and_coldkey_on_subnet: would buying `amount` move any
// shares (precision check)? Writes nothing.
bool try_increase_stake_for_hotkey_and_coldkey_on_subnet(const storage::Overlay& state,
                                                         const AccountId& hotkey, NetUid netuid,
                                                         uint64_t amount);
// mirrors decrease_stake_for_hotkey_and_coldkey_on_subnet: sells shares worth `amount` when the
// coldkey holds at least that much (else nothing); returns the alpha actually removed (the whole
// position when the remainder would be too small to keep).
uint64_t decrease_stake_for_hotkey_and_coldkey_on_subnet(frame::Env& env, const AccountId& hotkey,
                                                         const AccountId& coldkey, NetUid netuid,
                                                         uint64_t amount);

// mirrors stake_into_subnet: TAO already taken from the coldkey; returns the alpha credited.
uint64_t stake_into_subnet(frame::Env& env, const AccountId& hotkey, const AccountId& coldkey,
                           NetUid netuid, uint64_t tao, uint64_t fee);
// mirrors unstake_from_subnet: returns the TAO to pay the coldkey (after the fee).
uint64_t unstake_from_subnet(frame::Env& env, const AccountId& hotkey, const AccountId& coldkey,
                             NetUid netuid, uint64_t alpha, uint64_t fee);

// ---- Totals (staking/helpers.rs) ----------------------------------------------------------------

// mirrors get_total_stake_for_hotkey: sum over NetworksAdded (key order) of
// TotalHotkeyAlpha * price, each term floored to u64; the sum wraps like Rust's release-build
// Iterator::sum.
uint64_t get_total_stake_for_hotkey(const storage::Overlay& state, const AccountId& hotkey);
// mirrors get_total_stake_for_coldkey: for each hotkey of StakingHotkeys[coldkey], the
// saturating sum over its Alpha entries with this coldkey of stake * price; the per-hotkey totals
// are summed wrapping.
uint64_t get_total_stake_for_coldkey(const storage::Overlay& state, const AccountId& coldkey);

}  // namespace subemu::runtime::subtensor
