// SubtensorSignedExtension (pallets/subtensor/src/lib.rs at v3.0.0): the pallet's checks on a
// signed extrinsic's top-level call, run by the pool (validate) and again when the extrinsic is
// applied (pre_dispatch calls validate and keeps only its error). A call nested in a batch, a
// proxy or sudo is not seen (is_sub_type matches the top level only).
//
// Rules modelled here (who = the signer):
//   SubtensorModule.register (6), burned_register (7)
//       ColdkeySwapScheduled[who] -> Custom(ColdkeyInSwapSchedule = 0);
//       RegistrationsThisInterval[netuid] >= 3 * TargetRegistrationsPerInterval[netuid] (u16
//       saturating) -> Custom(RateLimitExceeded = 6); else valid.
//   SubtensorModule.dissolve_network (61), Balances.transfer_allow_death (0) /
//   transfer_keep_alive (3) / transfer_all (4)
//       ColdkeySwapScheduled[who] -> Custom(ColdkeyInSwapSchedule = 0); else valid.
//   SubtensorModule.serve_axon (4)
//       validate_serve_axon (subnets/serving.hpp): its error mapped to a Custom code, else valid.
//   everything else: valid.
// "valid" is ValidTransaction{priority = u64::MAX (get_priority_vanilla), the other fields
// default}. Not yet modelled (their mechanisms arrive with later issues; until then they get the
// default "valid"): the weight calls (stake threshold, set-weights priority, longevity 1), the
// staking calls (validate_add_stake / validate_remove_stake / validate_stake_transition /
// validate_unstake_all with the staking priority).
//
// Pure over the state: reads only, never writes.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// lib.rs CustomTransactionError and its u8 codes (on the wire in InvalidTransaction::Custom).
enum class CustomTransactionError : uint8_t {
  kColdkeyInSwapSchedule = 0,
  kStakeAmountTooLow = 1,
  kBalanceTooLow = 2,
  kSubnetDoesntExist = 3,
  kHotkeyAccountDoesntExist = 4,
  kNotEnoughStakeToWithdraw = 5,
  kRateLimitExceeded = 6,
  kInsufficientLiquidity = 7,
  kSlippageTooHigh = 8,
  kTransferDisallowed = 9,
  kHotKeyNotRegisteredInNetwork = 10,
  kInvalidIpAddress = 11,
  kServingRateLimitExceeded = 12,
  kInvalidPort = 13,
  kBadRequest = 255,
};

// InvalidTransaction::Custom(code).
frame::extrinsic::TransactionValidityError custom_error(CustomTransactionError e);

// mirrors SubtensorSignedExtension::validate for the signer `who` and the encoded top-level
// RuntimeCall `call` (pallet index, call index, arguments; REQUIRES: it decodes against the
// registry, as every dispatched call does). pre_dispatch is the same check.
frame::extrinsic::TransactionValidity validate_subtensor_extension(const frame::Env& env,
                                                                   const AccountId& who,
                                                                   ByteView call);

}  // namespace subemu::runtime::subtensor
