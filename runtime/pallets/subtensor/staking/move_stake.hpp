// Moving stake between positions (mirrors subtensor v3.0.0 pallets/subtensor/src/staking/
// move_stake.rs, validate_stake_transition of staking/stake_utils.rs, and the move_stake /
// transfer_stake / swap_stake / swap_stake_limit arms of lib.rs SubtensorSignedExtension).
//
// A position is (hotkey, coldkey, netuid). The four calls move alpha from an origin position to a
// destination one through TAO:
//   move_stake       coldkey fixed;  origin_hotkey -> destination_hotkey; netuids free
//   transfer_stake   hotkey fixed;   signer -> destination_coldkey;       netuids free;
//                    both subnets must allow transfers (TransferToggle)
//   swap_stake(_limit) coldkey and hotkey fixed; origin_netuid -> destination_netuid (the same
//                    netuid is allowed: a round trip through the pool that pays the fee)
//
// validate_stake_transition checks, in upstream order (the first failure is the error):
//   1. NetworksAdded[origin_netuid]; when the netuids differ, NetworksAdded[destination_netuid]
//                                                               else SubnetNotExists
//   2. Owner contains origin_hotkey, then destination_hotkey    else HotKeyAccountNotExists
//   3. alpha_amount <= origin stake                             else NotEnoughStakeToWithdraw
//   4. sim_swap_alpha_for_tao(origin_netuid, alpha_amount) is Some
//                                                               else InsufficientLiquidity
//      and that TAO > DefaultMinStake (500,000, strictly)       else AmountTooLow
//   5. allow_partial == Some(false) -> alpha_amount <= max_amount
//                                                               else SlippageTooHigh
//   6. the destination hotkey's share pool on destination_netuid can take
//      sim_swap_tao_for_alpha(destination_netuid, that TAO) (None counts as 0)
//                                                               else InsufficientLiquidity
//   7. check_transfer_toggle -> TransferToggle[origin], then [destination]
//                                                               else TransferDisallowed
// The destination coldkey is not checked; a destination hotkey need not belong to anyone in
// particular (it becomes a delegate when its owner is not the destination coldkey).
//
// transition_stake_internal (the body of all four calls):
//   max  = limit ? get_max_amount_move(origin, destination, limit_price) : alpha_amount
//   validate_stake_transition(..., alpha_amount, max, allow_partial, toggle)
//   move = min(alpha_amount, max)
//   fee  = calculate_staking_fee(Some((origin_hotkey, origin_netuid)), origin_coldkey,
//                                Some((destination_hotkey, destination_netuid)),
//                                destination_coldkey, U96F32(alpha_amount)) / 2
//          (computed on the REQUESTED amount, charged once per leg)
//   tao  = unstake_from_subnet(origin position, move, fee)          -> StakeRemoved
//   if tao >= DefaultMinStake + fee:
//       Owner[destination_hotkey] != destination_coldkey -> maybe_become_delegate
//       stake_into_subnet(destination position, tao, fee)           -> StakeAdded
//   (else the unstaked TAO is credited to nobody: it leaves SubnetTAO and TotalStake and is
//   gone, as upstream)
//   returns tao - fee (saturating), the amount of the StakeMoved / StakeTransferred /
//   StakeSwapped event that follows.
//
// get_max_amount_move(origin, destination, limit_price): the largest origin alpha whose swap
// keeps the average origin/destination price at or above limit_price (rao per alpha, 1e9 = 1.0):
//   both root or stable       -> u64::MAX if limit_price <= 1e9, else 0
//   root/stable -> dynamic    -> u64::MAX if limit_price == 0, else
//                                get_max_amount_add(destination, floor(1e9 / lp * 1e9)) (U64F64)
//   dynamic -> root/stable    -> get_max_amount_remove(origin, limit_price)
//   (a mechanism other than 0 or 1 falls through to the dynamic formula)
//   SubnetTAO or SubnetAlphaIn of either is 0                -> 0
//   lp = limit_price / 1e9 (U64F64) > price(origin) / price(destination) (U96F32; compared by
//   exact value)                                             -> 0
//   limit_price == 0                                         -> u64::MAX
//   else, in U64F64 (saturating):
//     floor(alpha_in_2 * (tao_1 / (tao_1 + tao_2)) / lp - alpha_in_1 * (tao_2 / (tao_1 + tao_2)))
//
// Owned by the chain thread; the dispatch functions write through env.state, the validators read.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// Call indices of the stake-transition calls (macros/dispatches.rs).
inline constexpr uint8_t kMoveStakeCall = 85;
inline constexpr uint8_t kTransferStakeCall = 86;
inline constexpr uint8_t kSwapStakeCall = 87;
inline constexpr uint8_t kSwapStakeLimitCall = 90;

// mirrors stake_utils.rs validate_stake_transition (the destination coldkey is unused upstream
// and not taken here).
Result<void, Error> validate_stake_transition(
    const storage::Overlay& state, const AccountId& origin_coldkey, const AccountId& origin_hotkey,
    const AccountId& destination_hotkey, NetUid origin_netuid, NetUid destination_netuid,
    uint64_t alpha_amount, uint64_t max_amount, std::optional<bool> maybe_allow_partial,
    bool check_transfer_toggle);

// mirrors get_max_amount_move.
uint64_t get_max_amount_move(const storage::Overlay& state, NetUid origin_netuid,
                             NetUid destination_netuid, uint64_t limit_price);

// mirrors do_move_stake.
frame::DispatchResult do_move_stake(frame::Env& env, const frame::Origin& origin,
                                    const AccountId& origin_hotkey,
                                    const AccountId& destination_hotkey, NetUid origin_netuid,
                                    NetUid destination_netuid, uint64_t alpha_amount);
// mirrors do_transfer_stake.
frame::DispatchResult do_transfer_stake(frame::Env& env, const frame::Origin& origin,
                                        const AccountId& destination_coldkey,
                                        const AccountId& hotkey, NetUid origin_netuid,
                                        NetUid destination_netuid, uint64_t alpha_amount);
// mirrors do_swap_stake.
frame::DispatchResult do_swap_stake(frame::Env& env, const frame::Origin& origin,
                                    const AccountId& hotkey, NetUid origin_netuid,
                                    NetUid destination_netuid, uint64_t alpha_amount);
// mirrors do_swap_stake_limit.
frame::DispatchResult do_swap_stake_limit(frame::Env& env, const frame::Origin& origin,
                                          const AccountId& hotkey, NetUid origin_netuid,
                                          NetUid destination_netuid, uint64_t alpha_amount,
                                          uint64_t limit_price, bool allow_partial);

// The move_stake / transfer_stake / swap_stake / swap_stake_limit arms of
// SubtensorSignedExtension::validate, for a SubtensorModule call `call_index` with SCALE
// arguments `args` signed by `who`; nullopt for any other call index. Each arm:
//   ColdkeySwapScheduled[who]                       -> Custom(ColdkeyInSwapSchedule = 0)
//   validate_stake_transition(who, <hotkeys>, <netuids>, alpha_amount, max, partial, toggle)
//     failing                                       -> Custom(code of the error, as
//                                                      result_to_validity maps it)
//   else ValidTransaction{priority = get_priority_staking(who, <origin hotkey>, alpha_amount)}
// with max = alpha_amount, partial = None, except swap_stake_limit (max = get_max_amount_move,
// partial = Some(allow_partial)); toggle only for transfer_stake. Arguments that do not decode
// give the vanilla validity (cannot happen for a call that decoded against the registry).
std::optional<frame::extrinsic::TransactionValidity> validate_stake_transition_extension(
    const frame::Env& env, const AccountId& who, uint8_t call_index, ByteView args);

}  // namespace subemu::runtime::subtensor
