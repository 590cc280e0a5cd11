// The staking fee (fees.hpp).
#include "runtime/pallets/subtensor/staking/fees.hpp"

#include <algorithm>

#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"

namespace subemu::runtime::subtensor {

// mirrors stake_utils.rs calculate_staking_fee.
uint64_t calculate_staking_fee(const storage::Overlay& state,
                               const std::optional<StakeSide>& origin,
                               const AccountId& /*origin_coldkey*/,
                               const std::optional<StakeSide>& destination,
                               const AccountId& /*destination_coldkey*/, U96F32 alpha_estimate) {
  // Adding stake: the flat fee.
  if (!origin.has_value()) return kDefaultStakingFee;
  const AccountId& origin_hotkey = origin->first;
  const NetUid origin_netuid = origin->second;
  // A move that stays on the origin's subnet: the flat fee.
  if (destination.has_value() && destination->second == origin_netuid) return kDefaultStakingFee;
  // Leaving root or a stable subnet: the flat fee.
  if (origin_netuid == kRootNetUid || SubnetMechanism::get(state, origin_netuid) == 0) {
    return kDefaultStakingFee;
  }
  // Leaving a dynamic subnet: the TAO value times last epoch's dividend yield, floored at the
  // rate floor and at the flat fee.
  const U96F32 tao_estimate = U96F32::saturating_from_num(
      sim_swap_alpha_for_tao(state, origin_netuid, alpha_estimate.saturating_to_num<uint64_t>())
          .value_or(0));
  const U96F32 dividends = U96F32::saturating_from_num(
      AlphaDividendsPerSubnet::get(state, origin_netuid, origin_hotkey).to_u64());
  const U96F32 last_epoch_alpha = U96F32::saturating_from_num(
      TotalHotkeyAlphaLastEpoch::get(state, origin_hotkey, origin_netuid).to_u64());
  uint64_t fee = tao_estimate.saturating_mul(dividends.safe_div(last_epoch_alpha))
                     .saturating_to_num<uint64_t>();
  fee = std::max(fee,
                 tao_estimate.saturating_mul(kStakingFeeFloorRate).saturating_to_num<uint64_t>());
  return std::max(fee, kDefaultStakingFee);
}

}  // namespace subemu::runtime::subtensor
