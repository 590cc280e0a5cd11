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
//   SubtensorModule.add_stake (2) / add_stake_limit (88)
//       ColdkeySwapScheduled[who] -> Custom(ColdkeyInSwapSchedule = 0); else
//       result_to_validity(validate_add_stake(who, hotkey, netuid, amount_staked, max,
//       allow_partial), get_priority_staking(who, hotkey, amount_staked)) with max = amount_staked,
//       allow_partial = false for add_stake, max = get_max_amount_add(netuid, limit_price) for
//       add_stake_limit (staking/validate_stake.hpp, staking/add_stake.hpp).
//   SubtensorModule.remove_stake (3) / remove_stake_limit (89)
//       the same with validate_remove_stake and get_max_amount_remove, amount_unstaked; no
//       swap-schedule check.
//   SubtensorModule.unstake_all (83) / unstake_all_alpha (84)
//       result_to_validity(validate_unstake_all(who, hotkey, only_alpha), u64::MAX).
//   everything else: valid.
// "valid" is ValidTransaction{priority = u64::MAX (get_priority_vanilla), the other fields
// default}. SubtensorModule.move_stake (85) / transfer_stake (86) / swap_stake (87) /
// swap_stake_limit (90): ColdkeyInSwapSchedule first, then validate_stake_transition with the
// staking priority (staking/move_stake.hpp validate_stake_transition_extension). Not yet
// modelled (issue #6; until then "valid"): the weight calls (stake threshold, set-weights
// priority, longevity 1).
//
// Pure over the state: reads only, never writes.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

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

// mirrors Pallet::get_priority_staking: with a LastColdkeyHotkeyStakeBlock[coldkey, hotkey] entry
// b, (now - b) + u32::MAX + stake_amount (all saturating); without one, stake_amount.
uint64_t get_priority_staking(const storage::Overlay& state, const AccountId& coldkey,
                              const AccountId& hotkey, uint64_t stake_amount);

// mirrors SubtensorSignedExtension::validate for the signer `who` and the encoded top-level
// RuntimeCall `call` (pallet index, call index, arguments; REQUIRES: it decodes against the
// registry, as every dispatched call does). pre_dispatch is the same check.
frame::extrinsic::TransactionValidity validate_subtensor_extension(const frame::Env& env,
                                                                   const AccountId& who,
                                                                   ByteView call);

}  // namespace subemu::runtime::subtensor
