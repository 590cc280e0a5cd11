// The subnet's moving (EMA) alpha price (mirrors update_moving_price of
// pallets/subtensor/src/staking/stake_utils.rs at subtensor v3.0.0; the read side,
// get_moving_alpha_price, is in stake_utils.hpp).
//
// Mechanism, all in U96F32 with substrate-fixed's floor rounding and saturation:
//   start = FirstEmissionBlockNumber[netuid] (0 when unset) - 1       (u64, saturating: the block
//                                                                      start_call was made)
//   b     = current block - start                                      (u64, saturating)
//   h     = EMAPriceHalvingBlocks[netuid]                              (config default)
//   alpha = SubnetMovingAlpha * safe_div(b, b + h)                    (0 when b + h == 0)
//   new   = alpha * min(spot price, 1) + (1 - alpha) * moving price   (moving price: 1 on root and
//                                                                      stable subnets)
//   SubnetMovingPrice[netuid] := I96F32(new)                           (saturating conversion)
// So the input price is capped at 1 TAO per alpha, and the step size ramps up with the blocks
// since start_call (half of SubnetMovingAlpha after h blocks). Called by the coinbase once per
// block for each emitting subnet (issue #6); writes only SubnetMovingPrice[netuid].
//
// Owned by the chain thread; not thread-safe.
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/env.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors update_moving_price (see the file comment). Never fails.
void update_moving_price(frame::Env& env, NetUid netuid);

}  // namespace subemu::runtime::subtensor
