// mirrors lib.rs SubtensorSignedExtension::validate (signed_extension.hpp).
#include "runtime/pallets/subtensor/signed_extension.hpp"

#include "runtime/pallets/balances/events.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/serving.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::extrinsic::TransactionValidity;
using frame::extrinsic::ValidTransaction;

// Call indices (macros/dispatches.rs; pallet_balances).
constexpr uint8_t kServeAxon = 4;
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

uint16_t saturating_mul3(uint16_t a) {
  const uint32_t r = uint32_t{a} * 3U;
  return r > UINT16_MAX ? UINT16_MAX : static_cast<uint16_t>(r);
}

}  // namespace

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
  if (pallet == kPalletIndex && (index == kRegister || index == kBurnedRegister)) {
    if (swap_scheduled(env, who)) {
      return unexpected(custom_error(CustomTransactionError::kColdkeyInSwapSchedule));
    }
    // netuid is the first argument of both calls.
    scale::Decoder d(call.subspan(2));
    NetUid netuid;
    if (!scale::decode_from(d, netuid)) return vanilla();  // cannot happen for a decoded call
    const uint16_t registrations = RegistrationsThisInterval::get(env.state, netuid);
    const uint16_t target = TargetRegistrationsPerInterval::get(env, netuid);
    if (registrations >= saturating_mul3(target)) {
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
