// The staking fee and the stake minimum (mirrors subtensor v3.0.0
// pallets/subtensor/src/staking/stake_utils.rs calculate_staking_fee, and lib.rs's type values
// DefaultMinStake / DefaultStakingFee).
//
// The fee is a TAO amount (rao) that the stake paths keep out of the trade and add to the pool's
// TAO reserve of the subnet where the leg executes (stake_into_subnet / unstake_from_subnet).
//   origin None (adding stake)                              -> DefaultStakingFee (50,000)
//   destination on the origin's subnet (same-subnet move)  -> DefaultStakingFee
//   origin on root or on a stable subnet (mechanism 0)     -> DefaultStakingFee
//   otherwise (leaving a dynamic subnet), in U96F32:
//     te  = sim_swap_alpha_for_tao(origin netuid, floor(alpha_estimate)) or 0
//     fee = floor(te * safe_div(AlphaDividendsPerSubnet[netuid, hotkey],
//                               TotalHotkeyAlphaLastEpoch[hotkey, netuid]))
//     fee = max(fee, floor(te * U96F32(0.00005)), DefaultStakingFee)
// U96F32(0.00005) is upstream's f64 literal converted to nearest: bits 214,748.
// The coldkeys are accepted and ignored, as upstream does.
//
// Pure over the state: reads only.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <utility>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// lib.rs DefaultMinStake: the smallest stake, in rao, an add or remove may move.
inline constexpr uint64_t kDefaultMinStake = 500'000;
// lib.rs DefaultStakingFee: the flat staking fee, in rao.
inline constexpr uint64_t kDefaultStakingFee = 50'000;
// U96F32::saturating_from_num(0.00005): the fee floor's rate (f64 -> nearest, 214,748 / 2^32).
inline constexpr U96F32 kStakingFeeFloorRate = U96F32::from_bits(214'748);

// DefaultMinStake::<T>::get() / DefaultStakingFee::<T>::get().
constexpr uint64_t default_min_stake() { return kDefaultMinStake; }
constexpr uint64_t default_staking_fee() { return kDefaultStakingFee; }

// A stake position's side of a fee computation: (hotkey, netuid).
using StakeSide = std::pair<AccountId, NetUid>;

// mirrors calculate_staking_fee(origin, origin_coldkey, destination, destination_coldkey,
// alpha_estimate): the fee in rao (see above).
uint64_t calculate_staking_fee(const storage::Overlay& state,
                               const std::optional<StakeSide>& origin,
                               const AccountId& origin_coldkey,
                               const std::optional<StakeSide>& destination,
                               const AccountId& destination_coldkey, U96F32 alpha_estimate);

}  // namespace subemu::runtime::subtensor
