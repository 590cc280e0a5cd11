// update_moving_price (moving_price.hpp).
#include "runtime/pallets/subtensor/staking/moving_price.hpp"

#include <algorithm>
#include <cstdint>

#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {

// mirrors stake_utils.rs update_moving_price
void update_moving_price(frame::Env& env, NetUid netuid) {
  const uint64_t start_call_block = FirstEmissionBlockNumber::get(env.state, netuid).value_or(0);
  const uint64_t start = start_call_block == 0 ? 0 : start_call_block - 1;  // saturating_sub(1)
  const uint64_t now = current_block(env.state);
  const U96F32 blocks_since_start_call =
      U96F32::saturating_from_num(now >= start ? now - start : uint64_t{0});

  const uint64_t halving_time = EMAPriceHalvingBlocks::get(env, netuid);
  const U96F32 current_ma_unsigned = U96F32::saturating_from_num(SubnetMovingAlpha::get(env.state));
  const U96F32 alpha = current_ma_unsigned.saturating_mul(blocks_since_start_call.safe_div(
      blocks_since_start_call.saturating_add(U96F32::saturating_from_num(halving_time))));
  const U96F32 one_minus_alpha = U96F32::one().saturating_sub(alpha);
  const U96F32 current_price =
      alpha.saturating_mul(std::min(get_alpha_price(env.state, netuid), U96F32::one()));
  const U96F32 current_moving =
      one_minus_alpha.saturating_mul(get_moving_alpha_price(env.state, netuid));
  const I96F32 new_moving =
      I96F32::saturating_from_num(current_price.saturating_add(current_moving));
  SubnetMovingPrice::insert(env.state, netuid, new_moving);
}

}  // namespace subemu::runtime::subtensor
