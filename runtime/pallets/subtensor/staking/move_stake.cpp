// Moving stake between positions (move_stake.hpp).
#include "runtime/pallets/subtensor/staking/move_stake.hpp"

#include <algorithm>

#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/signed_extension.hpp"
#include "runtime/pallets/subtensor/staking/add_stake.hpp"
#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/remove_stake.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/serving.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/balance.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::extrinsic::TransactionValidity;
using frame::extrinsic::ValidTransaction;

// SubnetMechanism values.
constexpr uint16_t kStableMechanism = 0;
constexpr uint16_t kDynamicMechanism = 1;
constexpr uint64_t kRaoPerTao = 1'000'000'000;

bool root_or_stable(const storage::Overlay& state, NetUid netuid) {
  return netuid == kRootNetUid || SubnetMechanism::get(state, netuid) == kStableMechanism;
}

// Rust's `lhs > rhs` for U64F64 against U96F32: substrate_fixed compares the exact values.
bool greater_than(U64F64 lhs, U96F32 rhs) {
  const u128 rhs_bits = rhs.to_bits();
  // rhs >= 2^64 exceeds every U64F64.
  if ((rhs_bits >> 96) != 0) return false;
  // Below 2^64, rhs shifted to 64 fractional bits is exact.
  return lhs.to_bits() > (rhs_bits << 32);
}

// mirrors move_stake.rs transition_stake_internal: returns the TAO moved (after the fee).
Result<uint64_t, Error> transition_stake_internal(
    frame::Env& env, const AccountId& origin_coldkey, const AccountId& destination_coldkey,
    const AccountId& origin_hotkey, const AccountId& destination_hotkey, NetUid origin_netuid,
    NetUid destination_netuid, uint64_t alpha_amount, std::optional<uint64_t> maybe_limit_price,
    std::optional<bool> maybe_allow_partial, bool check_transfer_toggle) {
  // 1. The most the limit price lets through.
  const uint64_t max_amount =
      maybe_limit_price
          ? get_max_amount_move(env.state, origin_netuid, destination_netuid, *maybe_limit_price)
          : alpha_amount;
  // 2. Every check, on the requested amount.
  SUBEMU_TRY(validate_stake_transition(env.state, origin_coldkey, origin_hotkey, destination_hotkey,
                                       origin_netuid, destination_netuid, alpha_amount, max_amount,
                                       maybe_allow_partial, check_transfer_toggle));
  const uint64_t move_amount = std::min(alpha_amount, max_amount);
  // 3. Half the fee (of the requested amount) per leg.
  const uint64_t fee =
      calculate_staking_fee(env.state, StakeSide{origin_hotkey, origin_netuid}, origin_coldkey,
                            StakeSide{destination_hotkey, destination_netuid}, destination_coldkey,
                            U96F32::saturating_from_num(alpha_amount)) /
      2;
  // 4. Out of the origin position.
  const uint64_t tao_unstaked =
      unstake_from_subnet(env, origin_hotkey, origin_coldkey, origin_netuid, move_amount, fee);
  // 5. Into the destination, unless too little is left after the fee.
  const uint64_t min_restake =
      fee > UINT64_MAX - kDefaultMinStake ? UINT64_MAX : kDefaultMinStake + fee;
  if (tao_unstaked >= min_restake) {
    if (owning_coldkey_for_hotkey(env.state, destination_hotkey) != destination_coldkey) {
      maybe_become_delegate(env, destination_hotkey);
    }
    stake_into_subnet(env, destination_hotkey, destination_coldkey, destination_netuid,
                      tao_unstaked, fee);
  }
  return tao_unstaked > fee ? tao_unstaked - fee : 0;
}


}  // namespace

// mirrors stake_utils.rs validate_stake_transition
Result<void, Error> validate_stake_transition(
    const storage::Overlay& state, const AccountId& origin_coldkey, const AccountId& origin_hotkey,
    const AccountId& destination_hotkey, NetUid origin_netuid, NetUid destination_netuid,
    uint64_t alpha_amount, uint64_t max_amount, std::optional<bool> maybe_allow_partial,
    bool check_transfer_toggle) {
  // 1. Both subnets exist.
  if (!subnet_exists(state, origin_netuid)) return unexpected(Error::kSubnetNotExists);
  if (origin_netuid != destination_netuid && !subnet_exists(state, destination_netuid)) {
    return unexpected(Error::kSubnetNotExists);
  }
  // 2. Both hotkeys exist.
  if (!hotkey_account_exists(state, origin_hotkey)) {
    return unexpected(Error::kHotKeyAccountNotExists);
  }
  if (!hotkey_account_exists(state, destination_hotkey)) {
    return unexpected(Error::kHotKeyAccountNotExists);
  }
  // 3. Enough stake in the origin position.
  const uint64_t origin_alpha = get_stake_for_hotkey_and_coldkey_on_subnet(
      state, origin_hotkey, origin_coldkey, origin_netuid);
  if (alpha_amount > origin_alpha) return unexpected(Error::kNotEnoughStakeToWithdraw);
  // 4. Worth more than the minimum stake in TAO.
  const std::optional<uint64_t> tao_equivalent =
      sim_swap_alpha_for_tao(state, origin_netuid, alpha_amount);
  if (!tao_equivalent) return unexpected(Error::kInsufficientLiquidity);
  if (*tao_equivalent <= kDefaultMinStake) return unexpected(Error::kAmountTooLow);
  // 5. Fill-or-kill within the limit price.
  if (maybe_allow_partial.has_value() && !*maybe_allow_partial && alpha_amount > max_amount) {
    return unexpected(Error::kSlippageTooHigh);
  }
  // 6. The destination pool is precise enough for what arrives.
  const uint64_t expected_alpha =
      sim_swap_tao_for_alpha(state, destination_netuid, *tao_equivalent).value_or(0);
  if (!try_increase_stake_for_hotkey_and_coldkey_on_subnet(state, destination_hotkey,
                                                           destination_netuid, expected_alpha)) {
    return unexpected(Error::kInsufficientLiquidity);
  }
  // 7. Transfers allowed on both subnets.
  if (check_transfer_toggle && (!TransferToggle::get(state, origin_netuid) ||
                                !TransferToggle::get(state, destination_netuid))) {
    return unexpected(Error::kTransferDisallowed);
  }
  return Ok{};
}

// mirrors move_stake.rs get_max_amount_move
uint64_t get_max_amount_move(const storage::Overlay& state, NetUid origin_netuid,
                             NetUid destination_netuid, uint64_t limit_price) {
  const U64F64 tao = U64F64::saturating_from_num(kRaoPerTao);
  const bool origin_flat = root_or_stable(state, origin_netuid);
  const bool destination_flat = root_or_stable(state, destination_netuid);

  // Both sides trade 1:1: the price stays 1.0.
  if (origin_flat && destination_flat) {
    return limit_price > tao.saturating_to_num<uint64_t>() ? 0 : UINT64_MAX;
  }
  // Flat -> dynamic: an add with the inverted limit price.
  if (origin_flat && SubnetMechanism::get(state, destination_netuid) == kDynamicMechanism) {
    if (limit_price == 0) return UINT64_MAX;
    const uint64_t destination_price = tao.safe_div(U64F64::saturating_from_num(limit_price))
                                           .saturating_mul(tao)
                                           .saturating_to_num<uint64_t>();
    return get_max_amount_add(state, destination_netuid, destination_price);
  }
  // Dynamic -> flat: a remove with the same limit price.
  if (destination_flat && SubnetMechanism::get(state, origin_netuid) == kDynamicMechanism) {
    return get_max_amount_remove(state, origin_netuid, limit_price);
  }

  // Dynamic -> dynamic. Empty reserves: nothing can move.
  const uint64_t subnet_tao_1 = SubnetTAO::get(state, origin_netuid).to_u64();
  const uint64_t subnet_tao_2 = SubnetTAO::get(state, destination_netuid).to_u64();
  if (subnet_tao_1 == 0 || subnet_tao_2 == 0) return 0;
  const uint64_t alpha_in_1 = SubnetAlphaIn::get(state, origin_netuid).to_u64();
  const uint64_t alpha_in_2 = SubnetAlphaIn::get(state, destination_netuid).to_u64();
  if (alpha_in_1 == 0 || alpha_in_2 == 0) return 0;
  const U64F64 tao_1 = U64F64::saturating_from_num(subnet_tao_1);
  const U64F64 tao_2 = U64F64::saturating_from_num(subnet_tao_2);
  const U64F64 alpha_1 = U64F64::saturating_from_num(alpha_in_1);
  const U64F64 alpha_2 = U64F64::saturating_from_num(alpha_in_2);

  // The relative price can only fall by moving: a limit above it lets nothing through.
  const U64F64 limit = U64F64::saturating_from_num(limit_price)
                           .checked_div(U64F64::saturating_from_num(kRaoPerTao))
                           .value_or(U64F64::saturating_from_num(0));
  const U96F32 current_price =
      get_alpha_price(state, origin_netuid).safe_div(get_alpha_price(state, destination_netuid));
  if (greater_than(limit, current_price)) return 0;
  if (limit_price == 0) return UINT64_MAX;

  // alpha_in_2 * t1/(t1+t2) / limit - alpha_in_1 * t2/(t1+t2), in a non-overflowing order.
  const U64F64 tao_sum = tao_2.saturating_add(tao_1);
  const U64F64 t1_over_sum = tao_1.safe_div(tao_sum);
  const U64F64 t2_over_sum = tao_2.safe_div(tao_sum);
  return alpha_2.saturating_mul(t1_over_sum)
      .safe_div(limit)
      .saturating_sub(alpha_1.saturating_mul(t2_over_sum))
      .saturating_to_num<uint64_t>();
}

// mirrors move_stake.rs do_move_stake
frame::DispatchResult do_move_stake(frame::Env& env, const frame::Origin& origin,
                                    const AccountId& origin_hotkey,
                                    const AccountId& destination_hotkey, NetUid origin_netuid,
                                    NetUid destination_netuid, uint64_t alpha_amount) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  const auto moved = transition_stake_internal(
      env, coldkey, coldkey, origin_hotkey, destination_hotkey, origin_netuid, destination_netuid,
      alpha_amount, std::nullopt, std::nullopt, false);
  if (!moved) return unexpected(error(moved.error()));
  system::deposit(env, event::StakeMoved{coldkey, origin_hotkey, origin_netuid, destination_hotkey,
                                         destination_netuid, TaoBalance(*moved)});
  return Ok{};
}

// mirrors move_stake.rs do_transfer_stake
frame::DispatchResult do_transfer_stake(frame::Env& env, const frame::Origin& origin,
                                        const AccountId& destination_coldkey,
                                        const AccountId& hotkey, NetUid origin_netuid,
                                        NetUid destination_netuid, uint64_t alpha_amount) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  const auto moved =
      transition_stake_internal(env, coldkey, destination_coldkey, hotkey, hotkey, origin_netuid,
                                destination_netuid, alpha_amount, std::nullopt, std::nullopt, true);
  if (!moved) return unexpected(error(moved.error()));
  system::deposit(env, event::StakeTransferred{coldkey, destination_coldkey, hotkey, origin_netuid,
                                               destination_netuid, TaoBalance(*moved)});
  return Ok{};
}

// mirrors move_stake.rs do_swap_stake
frame::DispatchResult do_swap_stake(frame::Env& env, const frame::Origin& origin,
                                    const AccountId& hotkey, NetUid origin_netuid,
                                    NetUid destination_netuid, uint64_t alpha_amount) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  const auto moved = transition_stake_internal(env, coldkey, coldkey, hotkey, hotkey, origin_netuid,
                                               destination_netuid, alpha_amount, std::nullopt,
                                               std::nullopt, false);
  if (!moved) return unexpected(error(moved.error()));
  system::deposit(env, event::StakeSwapped{coldkey, hotkey, origin_netuid, destination_netuid,
                                           TaoBalance(*moved)});
  return Ok{};
}

// mirrors move_stake.rs do_swap_stake_limit
frame::DispatchResult do_swap_stake_limit(frame::Env& env, const frame::Origin& origin,
                                          const AccountId& hotkey, NetUid origin_netuid,
                                          NetUid destination_netuid, uint64_t alpha_amount,
                                          uint64_t limit_price, bool allow_partial) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  const auto moved = transition_stake_internal(env, coldkey, coldkey, hotkey, hotkey, origin_netuid,
                                               destination_netuid, alpha_amount, limit_price,
                                               allow_partial, false);
  if (!moved) return unexpected(error(moved.error()));
  system::deposit(env, event::StakeSwapped{coldkey, hotkey, origin_netuid, destination_netuid,
                                           TaoBalance(*moved)});
  return Ok{};
}

// mirrors the four stake-transition arms of lib.rs SubtensorSignedExtension::validate
std::optional<TransactionValidity> validate_stake_transition_extension(const frame::Env& env,
                                                                       const AccountId& who,
                                                                       uint8_t call_index,
                                                                       ByteView args) {
  if (call_index != kMoveStakeCall && call_index != kTransferStakeCall &&
      call_index != kSwapStakeCall && call_index != kSwapStakeLimitCall) {
    return std::nullopt;
  }
  if (ColdkeySwapScheduled::contains_key(env.state, who)) {
    return TransactionValidity(
        unexpected(custom_error(CustomTransactionError::kColdkeyInSwapSchedule)));
  }
  AccountId origin_hotkey, destination_hotkey, destination_coldkey = who;
  NetUid origin_netuid, destination_netuid;
  uint64_t alpha_amount = 0, limit_price = 0;
  bool allow_partial = false;
  bool decoded = false;
  switch (call_index) {
    case kMoveStakeCall:
      decoded = pallets::decode_args(args, origin_hotkey, destination_hotkey, origin_netuid,
                                     destination_netuid, alpha_amount);
      break;
    case kTransferStakeCall:
      decoded = pallets::decode_args(args, destination_coldkey, origin_hotkey, origin_netuid,
                                     destination_netuid, alpha_amount);
      destination_hotkey = origin_hotkey;
      break;
    case kSwapStakeCall:
      decoded = pallets::decode_args(args, origin_hotkey, origin_netuid, destination_netuid,
                                     alpha_amount);
      destination_hotkey = origin_hotkey;
      break;
    default:  // kSwapStakeLimitCall
      decoded = pallets::decode_args(args, origin_hotkey, origin_netuid, destination_netuid,
                                     alpha_amount, limit_price, allow_partial);
      destination_hotkey = origin_hotkey;
      break;
  }
  if (!decoded) {
    ValidTransaction vanilla;
    vanilla.priority = UINT64_MAX;
    return TransactionValidity(vanilla);
  }
  const bool limited = call_index == kSwapStakeLimitCall;
  const uint64_t max_amount =
      limited ? get_max_amount_move(env.state, origin_netuid, destination_netuid, limit_price)
              : alpha_amount;
  const std::optional<bool> partial = limited ? std::optional<bool>(allow_partial) : std::nullopt;
  const Result<void, Error> checked = validate_stake_transition(
      env.state, who, origin_hotkey, destination_hotkey, origin_netuid, destination_netuid,
      alpha_amount, max_amount, partial, call_index == kTransferStakeCall);
  return result_to_validity(checked,
                             get_priority_staking(env.state, who, origin_hotkey, alpha_amount));
}

}  // namespace subemu::runtime::subtensor
