// The state-dependent part of subtensor v3.0.0's SignedExtra (runtime/src/lib.rs), run by the
// executive after Checkable::check, in tuple order:
//
//   CheckNonZeroSender   all-zero signer -> BadSigner
//   CheckSpecVersion, CheckTxVersion, CheckGenesis, CheckMortality
//                        additional_signed only (done by check); nothing at dispatch
//   CheckNonce           runtime/src/check_nonce.rs: Payment when the fee is paid and the account
//                        has no providers and no sufficients; Stale / Future; nonce += 1 (writes
//                        the account even when it did not exist)
//   CheckWeight          block length and weight limits -> ExhaustsResources; notes
//                        AllExtrinsicsLen / BlockWeight; post: refunds unspent weight
//   ChargeTransactionPayment
//                        withdraws the fee (Payment when it cannot); post: refunds the unused
//                        part, emits TransactionFeePaid (transaction_payment pallet)
//   SubtensorSignedExtension, CommitmentsSignedExtension
//                        call-specific rules; no call of the modelled pallets is affected yet
//                        (the subtensor issues plug their rules into subtensor_pre_dispatch)
//   CheckMetadataHash    additional_signed only
//
// Unsigned (bare) extrinsics only go through CheckWeight.
//
// validate (the pool's check, SignedExtension::validate of each, combined with
// ValidTransaction::combine_with in tuple order):
//   CheckNonZeroSender   BadSigner
//   CheckMortality       longevity = era.death(current) - current (immortal: u64::MAX - current)
//   CheckNonce           Payment as above; Stale; provides (who, nonce), requires (who, nonce - 1)
//                        when the nonce is ahead of the account's (a future nonce is valid)
//   CheckWeight          do_validate: the block length limit of the class against an empty block
//                        and max_extrinsic (ExhaustsResources); no block weight check
//   ChargeTransactionPayment
//                        withdraws the fee (Payment when it cannot; the caller discards the
//                        writes); priority get_priority(info, len, tip, fee incl. tip)
//   SubtensorSignedExtension, CommitmentsSignedExtension
//                        priority u64::MAX (get_priority_vanilla) for every modelled call
// validate_unsigned is CheckWeight::do_validate alone.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/check.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/pallets/transaction_payment/pallet.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::executive {

using frame::extrinsic::TransactionValidityError;

// What pre_dispatch hands to post_dispatch (the tuple's Pre).
struct SignedPre {
  AccountId who{};
  transaction_payment::Pre payment;  // ChargeTransactionPayment's Pre (tip, withdrawn credit)
};

// mirrors SignedExtra::pre_dispatch for a signed extrinsic.
Result<SignedPre, TransactionValidityError> pre_dispatch_signed(
    frame::Env& env, const frame::extrinsic::CheckedExtrinsic& xt, const frame::DispatchInfo& info,
    uint32_t len);

// mirrors SignedExtra::pre_dispatch_unsigned (CheckWeight only).
Result<void, TransactionValidityError> pre_dispatch_unsigned(frame::Env& env,
                                                             const frame::DispatchInfo& info,
                                                             uint32_t len);

// mirrors SignedExtra::validate for a signed extrinsic. Writes (the fee withdrawal): run it in a
// storage transaction that is rolled back.
frame::extrinsic::TransactionValidity validate_signed(frame::Env& env,
                                                      const frame::extrinsic::CheckedExtrinsic& xt,
                                                      const frame::DispatchInfo& info,
                                                      uint32_t len);

// mirrors SignedExtra::validate_unsigned (CheckWeight::do_validate only); reads nothing.
frame::extrinsic::TransactionValidity validate_unsigned(const frame::Env& env,
                                                        const frame::DispatchInfo& info,
                                                        uint32_t len);

// mirrors SignedExtra::post_dispatch; returns the actual fee charged (0 for unsigned).
Result<uint64_t, TransactionValidityError> post_dispatch(frame::Env& env,
                                                         std::optional<SignedPre> pre,
                                                         const frame::DispatchInfo& info,
                                                         const frame::PostDispatchInfo& post_info,
                                                         uint32_t len);

// CheckWeight pieces (frame_system extensions/check_weight.rs at stable2409), exposed for tests.
Result<void, TransactionValidityError> check_weight_pre_dispatch(frame::Env& env,
                                                                 const frame::DispatchInfo& info,
                                                                 uint32_t len);
void check_weight_post_dispatch(frame::Env& env, const frame::DispatchInfo& info,
                                const frame::PostDispatchInfo& post_info);
// CheckWeight::do_validate: the class's block length limit against an empty block, and
// max_extrinsic (ExhaustsResources).
Result<void, TransactionValidityError> check_weight_validate(const frame::Env& env,
                                                             const frame::DispatchInfo& info,
                                                             uint32_t len);

}  // namespace subemu::runtime::executive
