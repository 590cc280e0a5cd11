// The input checks of the add/remove staking calls (mirrors subtensor v3.0.0
// pallets/subtensor/src/staking/stake_utils.rs validate_add_stake, validate_remove_stake and
// validate_unstake_all). The dispatch functions (add_stake.hpp, remove_stake.hpp) and the
// staking arms of SubtensorSignedExtension (signed_extension.cpp) run the same checks, so a call
// the pool accepts fails in dispatch only if the state changed in between.
//
// Checks, in upstream order (the first failing one is the error):
//   validate_add_stake(coldkey, hotkey, netuid, amount, max_amount, allow_partial)
//     1. NetworksAdded[netuid]                                      else SubnetNotExists
//     2. amount >= DefaultMinStake + DefaultStakingFee (550,000)     else AmountTooLow
//     3. !allow_partial -> amount <= max_amount                     else SlippageTooHigh
//     4. the coldkey can withdraw `amount`                          else NotEnoughBalanceToStake
//     5. the hotkey has an Owner                                    else HotKeyAccountNotExists
//     6. sim_swap_tao_for_alpha(netuid, amount) is Some (the whole amount, fee included)
//                                                                   else InsufficientLiquidity
//     7. the hotkey's share pool can take that alpha (precision probe)
//                                                                   else InsufficientLiquidity
//   validate_remove_stake(coldkey, hotkey, netuid, alpha, max_amount, allow_partial)
//     1. NetworksAdded[netuid]                                      else SubnetNotExists
//     2. sim_swap_alpha_for_tao(netuid, alpha) is Some              else InsufficientLiquidity
//        and its TAO > DefaultMinStake (strictly)                    else AmountTooLow
//     3. !allow_partial -> alpha <= max_amount                      else SlippageTooHigh
//     4. the hotkey has an Owner                                    else HotKeyAccountNotExists
//     5. the coldkey's stake on (hotkey, netuid) >= alpha           else NotEnoughStakeToWithdraw
//   validate_unstake_all(coldkey, hotkey, only_alpha)
//     1. the hotkey has an Owner                                    else HotKeyAccountNotExists
//     2. some subnet (root skipped when only_alpha), in NetworksAdded key order, passes
//        validate_remove_stake for the coldkey's whole stake there  else AmountTooLow
//
// Reads only.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/env.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::subtensor {

// mirrors validate_add_stake.
Result<void, Error> validate_add_stake(const frame::Env& env, const AccountId& coldkey,
                                       const AccountId& hotkey, NetUid netuid,
                                       uint64_t stake_to_be_added, uint64_t max_amount,
                                       bool allow_partial);

// mirrors validate_remove_stake.
Result<void, Error> validate_remove_stake(const frame::Env& env, const AccountId& coldkey,
                                          const AccountId& hotkey, NetUid netuid,
                                          uint64_t alpha_unstaked, uint64_t max_amount,
                                          bool allow_partial);

// mirrors validate_unstake_all.
Result<void, Error> validate_unstake_all(const frame::Env& env, const AccountId& coldkey,
                                         const AccountId& hotkey, bool only_alpha);

}  // namespace subemu::runtime::subtensor
