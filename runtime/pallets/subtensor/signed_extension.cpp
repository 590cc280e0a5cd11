// mirrors lib.rs SubtensorSignedExtension::validate (signed_extension.hpp).
#include "runtime/pallets/subtensor/signed_extension.hpp"

#include <optional>

#include "runtime/pallets/balances/events.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/staking/add_stake.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/remove_stake.hpp"
#include "runtime/pallets/subtensor/staking/validate_stake.hpp"
#include "runtime/pallets/subtensor/staking/move_stake.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/registration.hpp"
#include "runtime/pallets/subtensor/subnets/serving.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::extrinsic::TransactionValidity;
using frame::extrinsic::ValidTransaction;

// Call indices (macros/dispatches.rs; pallet_balances).
constexpr uint8_t kAddStake = 2;
constexpr uint8_t kRemoveStake = 3;
constexpr uint8_t kServeAxon = 4;
constexpr uint8_t kUnstakeAll = 83;
constexpr uint8_t kUnstakeAllAlpha = 84;
constexpr uint8_t kAddStakeLimit = 88;
constexpr uint8_t kRemoveStakeLimit = 89;
constexpr uint8_t kRegister = 6;
constexpr uint8_t kBurnedRegister = 7;
constexpr uint8_t kDissolveNetwork = 61;
constexpr uint8_t kTransferAllowDeath = 0;
constexpr uint8_t kTransferKeepAlive = 3;
constexpr uint8_t kTransferAll = 4;

ValidTransaction vanilla() {
  ValidTransaction v;
  v.priority = UINT64_MAX;  // get_priority_vanilla
  return v;
}

bool swap_scheduled(const frame::Env& env, const AccountId& who) {
  return ColdkeySwapScheduled::contains_key(env.state, who);
}

uint64_t sat_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }

// The add_stake / add_stake_limit / remove_stake / remove_stake_limit arms. Arguments:
// (hotkey, netuid, amount[, limit_price, allow_partial]).
TransactionValidity validate_stake_call(const frame::Env& env, const AccountId& who, uint8_t index,
                                        ByteView args) {
  const bool adding = index == kAddStake || index == kAddStakeLimit;
  const bool limited = index == kAddStakeLimit || index == kRemoveStakeLimit;
  if (adding && swap_scheduled(env, who)) {
    return unexpected(custom_error(CustomTransactionError::kColdkeyInSwapSchedule));
  }
  scale::Decoder d(args);
  AccountId hotkey;
  NetUid netuid;
  uint64_t amount = 0, limit_price = 0;
  bool allow_partial = false;
  bool decoded = scale::decode_from(d, hotkey) && scale::decode_from(d, netuid) &&
                 scale::decode_from(d, amount);
  if (decoded && limited) {
    decoded = scale::decode_from(d, limit_price) && scale::decode_from(d, allow_partial);
  }
  if (!decoded) return vanilla();  // cannot happen for a decoded call
  uint64_t max_amount = amount;
  if (limited) {
    max_amount = adding ? get_max_amount_add(env.state, netuid, limit_price)
                        : get_max_amount_remove(env.state, netuid, limit_price);
  }
  const Result<void, Error> checked =
      adding ? validate_add_stake(env, who, hotkey, netuid, amount, max_amount, allow_partial)
             : validate_remove_stake(env, who, hotkey, netuid, amount, max_amount, allow_partial);
  return result_to_validity(checked, get_priority_staking(env.state, who, hotkey, amount));
}

}  // namespace

uint64_t get_priority_staking(const storage::Overlay& state, const AccountId& coldkey,
                              const AccountId& hotkey, uint64_t stake_amount) {
  const std::optional<uint64_t> last = LastColdkeyHotkeyStakeBlock::get(state, coldkey, hotkey);
  if (!last.has_value()) return stake_amount;
  const uint64_t now = current_block(state);
  const uint64_t since = now > *last ? now - *last : 0;
  return sat_add(sat_add(since, uint64_t{UINT32_MAX}), stake_amount);
}

frame::extrinsic::TransactionValidityError custom_error(CustomTransactionError e) {
  return frame::extrinsic::TransactionValidityError::invalid_custom(static_cast<uint8_t>(e));
}

TransactionValidity validate_subtensor_extension(const frame::Env& env, const AccountId& who,
                                                 ByteView call) {
  if (call.size() < 2) return vanilla();
  const uint8_t pallet = call[0];
  const uint8_t index = call[1];
  if (pallet == kPalletIndex && index == kServeAxon) {
    return validate_serve_axon_extension(env, who, call.subspan(2));
  }
  if (pallet == kPalletIndex && (index == kAddStake || index == kAddStakeLimit ||
                                 index == kRemoveStake || index == kRemoveStakeLimit)) {
    return validate_stake_call(env, who, index, call.subspan(2));
  }
  if (pallet == kPalletIndex && (index == kUnstakeAll || index == kUnstakeAllAlpha)) {
    scale::Decoder d(call.subspan(2));
    AccountId hotkey;
    if (!scale::decode_from(d, hotkey)) return vanilla();  // cannot happen for a decoded call
    // get_priority_vanilla.
    return result_to_validity(validate_unstake_all(env, who, hotkey, index == kUnstakeAllAlpha),
                              UINT64_MAX);
  }
  if (pallet == kPalletIndex) {
    // move_stake (85), transfer_stake (86), swap_stake (87), swap_stake_limit (90).
    if (auto moved = validate_stake_transition_extension(env, who, index, call.subspan(2))) {
      return *moved;
    }
  }
  if (pallet == kPalletIndex && (index == kRegister || index == kBurnedRegister)) {
    if (swap_scheduled(env, who)) {
      return unexpected(custom_error(CustomTransactionError::kColdkeyInSwapSchedule));
    }
    // netuid is the first argument of both calls.
    scale::Decoder d(call.subspan(2));
    NetUid netuid;
    if (!scale::decode_from(d, netuid)) return vanilla();  // cannot happen for a decoded call
    if (interval_registrations_exhausted(env, netuid)) {
      return unexpected(custom_error(CustomTransactionError::kRateLimitExceeded));
    }
    return vanilla();
  }
  const bool swap_checked =
      (pallet == kPalletIndex && index == kDissolveNetwork) ||
      (pallet == balances::kPalletIndex &&
       (index == kTransferAllowDeath || index == kTransferKeepAlive || index == kTransferAll));
  if (swap_checked && swap_scheduled(env, who)) {
    return unexpected(custom_error(CustomTransactionError::kColdkeyInSwapSchedule));
  }
  return vanilla();
}

}  // namespace subemu::runtime::subtensor
