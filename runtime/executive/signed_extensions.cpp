// mirrors runtime/src/check_nonce.rs (CheckNonce) and, at polkadot-stable2409,
// frame/system/src/extensions/{check_non_zero_sender,check_weight}.rs and
// frame/transaction-payment/src/lib.rs (ChargeTransactionPayment).
#include "runtime/executive/signed_extensions.hpp"

#include "runtime/pallets/subtensor/signed_extension.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/limits.hpp"
#include "runtime/pallets/system/storage.hpp"

namespace subemu::runtime::executive {
namespace {

using frame::extrinsic::InvalidTransaction;
using frame::extrinsic::ValidTransaction;

TransactionValidityError invalid(InvalidTransaction r) {
  return TransactionValidityError::invalid(r);
}

// CheckNonZeroSender::validate
Result<void, TransactionValidityError> check_non_zero_sender(const AccountId& who) {
  if (who.is_zero()) return unexpected(invalid(InvalidTransaction::kBadSigner));
  return Ok{};
}

// CheckNonce's pool tag: (who, nonce).encode().
Bytes nonce_tag(const AccountId& who, uint32_t nonce) {
  Bytes tag(who.view().begin(), who.view().end());
  append(tag, scale::encode(nonce));
  return tag;
}

// check_nonce.rs CheckNonce::pre_dispatch
Result<void, TransactionValidityError> check_nonce(frame::Env& env, const AccountId& who,
                                                   uint32_t nonce,
                                                   const frame::DispatchInfo& info) {
  system::AccountInfo account = system::Account::get(env.state, who);
  if (info.pays_fee == frame::Pays::kYes && account.providers == 0 && account.sufficients == 0) {
    return unexpected(invalid(InvalidTransaction::kPayment));
  }
  if (nonce != account.nonce) {
    return unexpected(
        invalid(nonce < account.nonce ? InvalidTransaction::kStale : InvalidTransaction::kFuture));
  }
  account.nonce = account.nonce == UINT32_MAX ? account.nonce : account.nonce + 1;
  system::Account::insert(env.state, who, account);
  return Ok{};
}

// CheckWeight::check_block_length, with `current` = AllExtrinsicsLen.
Result<uint32_t, TransactionValidityError> check_block_length(const frame::Env& env,
                                                              uint32_t current,
                                                              const frame::DispatchInfo& info,
                                                              uint32_t len) {
  const system::BlockLength limits = system::block_length(env.config);
  const uint32_t next = current > UINT32_MAX - len ? UINT32_MAX : current + len;
  if (next > limits.max.get(info.dispatch_class)) {
    return unexpected(invalid(InvalidTransaction::kExhaustsResources));
  }
  return next;
}

// CheckWeight::check_extrinsic_weight
Result<void, TransactionValidityError> check_extrinsic_weight(const system::BlockWeights& limits,
                                                              const frame::DispatchInfo& info) {
  const auto& max = limits.get(info.dispatch_class).max_extrinsic;
  if (max.has_value() && info.weight.any_gt(*max)) {
    return unexpected(invalid(InvalidTransaction::kExhaustsResources));
  }
  return Ok{};
}

// check_weight.rs calculate_consumed_weight
Result<system::ConsumedWeight, TransactionValidityError> calculate_consumed_weight(
    const system::BlockWeights& limits, system::ConsumedWeight all, const frame::DispatchInfo& info,
    uint32_t len) {
  const system::WeightsPerClass& per_class = limits.get(info.dispatch_class);
  // The extrinsic length counts as proof size.
  const frame::Weight extrinsic_weight = info.weight.saturating_add(per_class.base_extrinsic)
                                             .saturating_add(frame::Weight::from_parts(0, len));
  if (!per_class.max_total.has_value() && !per_class.reserved.has_value()) {
    all.accrue(extrinsic_weight, info.dispatch_class);
  } else if (!all.checked_accrue(extrinsic_weight, info.dispatch_class)) {
    return unexpected(invalid(InvalidTransaction::kExhaustsResources));
  }
  const frame::Weight class_total = all.get(info.dispatch_class);
  if (per_class.max_total.has_value() && class_total.any_gt(*per_class.max_total)) {
    return unexpected(invalid(InvalidTransaction::kExhaustsResources));
  }
  if (all.total().any_gt(limits.max_block) && per_class.reserved.has_value() &&
      class_total.any_gt(*per_class.reserved)) {
    return unexpected(invalid(InvalidTransaction::kExhaustsResources));
  }
  return all;
}

}  // namespace

Result<void, TransactionValidityError> check_weight_pre_dispatch(frame::Env& env,
                                                                 const frame::DispatchInfo& info,
                                                                 uint32_t len) {
  SUBEMU_TRY_ASSIGN(const uint32_t next_len,
                    check_block_length(env, system::all_extrinsics_len(env.state), info, len));
  const system::BlockWeights limits = system::block_weights(env.config);
  SUBEMU_TRY_ASSIGN(system::ConsumedWeight next_weight,
                    calculate_consumed_weight(limits, system::block_weight(env.state), info, len));
  SUBEMU_TRY(check_extrinsic_weight(limits, info));
  system::AllExtrinsicsLen::put(env.state, next_len);
  system::BlockWeight::put(env.state, next_weight);
  return Ok{};
}

void check_weight_post_dispatch(frame::Env& env, const frame::DispatchInfo& info,
                                const frame::PostDispatchInfo& post_info) {
  // PostDispatchInfo::calc_unspent: declared weight minus the actual (never negative).
  const frame::Weight unspent = info.weight.saturating_sub(post_info.calc_actual_weight(info));
  if (unspent.ref_time > 0 || unspent.proof_size > 0) {
    system::BlockWeight::mutate(
        env.state, [&](system::ConsumedWeight& w) { w.reduce(unspent, info.dispatch_class); });
  }
}

Result<SignedPre, TransactionValidityError> pre_dispatch_signed(
    frame::Env& env, const frame::extrinsic::CheckedExtrinsic& xt, const frame::DispatchInfo& info,
    uint32_t len) {
  SUBEMU_CHECK(xt.signer.has_value());
  const AccountId& who = *xt.signer;
  SUBEMU_TRY(check_non_zero_sender(who));
  SUBEMU_TRY(check_nonce(env, who, xt.extra.nonce, info));
  SUBEMU_TRY(check_weight_pre_dispatch(env, info, len));
  SignedPre pre;
  pre.who = who;
  auto payment = transaction_payment::pre_dispatch(env, who, info, len, xt.extra.tip.to_u64());
  if (!payment.has_value()) return unexpected(invalid(InvalidTransaction::kPayment));
  pre.payment = std::move(*payment);
  // SubtensorSignedExtension::pre_dispatch runs its validate and keeps only the error.
  if (auto sub = subtensor::validate_subtensor_extension(env, who, xt.call); !sub) {
    return unexpected(sub.error());
  }
  // CommitmentsSignedExtension: no rule for the modelled calls.
  return pre;
}

Result<void, TransactionValidityError> pre_dispatch_unsigned(frame::Env& env,
                                                             const frame::DispatchInfo& info,
                                                             uint32_t len) {
  return check_weight_pre_dispatch(env, info, len);
}

Result<void, TransactionValidityError> check_weight_validate(const frame::Env& env,
                                                             const frame::DispatchInfo& info,
                                                             uint32_t len) {
  // CheckWeight::do_validate: the pool validates on top of the best block, whose AllExtrinsicsLen
  // was killed by finalize, so the length check sees an empty block; the block weight is not
  // checked ("validate_transaction runs on an empty block anyway").
  SUBEMU_TRY(check_block_length(env, 0, info, len));
  return check_extrinsic_weight(system::block_weights(env.config), info);
}

frame::extrinsic::TransactionValidity validate_unsigned(const frame::Env& env,
                                                        const frame::DispatchInfo& info,
                                                        uint32_t len) {
  SUBEMU_TRY(check_weight_validate(env, info, len));
  return ValidTransaction{};
}

frame::extrinsic::TransactionValidity validate_signed(frame::Env& env,
                                                      const frame::extrinsic::CheckedExtrinsic& xt,
                                                      const frame::DispatchInfo& info,
                                                      uint32_t len) {
  SUBEMU_CHECK(xt.signer.has_value());
  const AccountId& who = *xt.signer;
  ValidTransaction valid;
  // CheckNonZeroSender
  SUBEMU_TRY(check_non_zero_sender(who));
  // CheckSpecVersion, CheckTxVersion, CheckGenesis: nothing. CheckMortality: the longevity.
  {
    const uint64_t current = system::block_number(env.state);
    const uint64_t death = xt.extra.era.death(current);
    ValidTransaction mortality;
    mortality.longevity = death > current ? death - current : 0;
    valid = valid.combine_with(mortality);
  }
  // CheckNonce (check_nonce.rs validate)
  {
    const system::AccountInfo account = system::Account::get(env.state, who);
    if (info.pays_fee == frame::Pays::kYes && account.providers == 0 && account.sufficients == 0) {
      return unexpected(invalid(InvalidTransaction::kPayment));
    }
    const uint32_t nonce = xt.extra.nonce;
    if (nonce < account.nonce) return unexpected(invalid(InvalidTransaction::kStale));
    ValidTransaction tags;
    tags.provides.push_back(nonce_tag(who, nonce));
    if (account.nonce < nonce) tags.requires_tags.push_back(nonce_tag(who, nonce - 1));
    valid = valid.combine_with(tags);
  }
  // CheckWeight (its ValidTransaction is the default one)
  SUBEMU_TRY(check_weight_validate(env, info, len));
  // ChargeTransactionPayment: withdraw_fee, then the priority from the fee including the tip.
  {
    const uint64_t tip = xt.extra.tip.to_u64();
    auto payment = transaction_payment::pre_dispatch(env, who, info, len, tip);
    if (!payment.has_value()) return unexpected(invalid(InvalidTransaction::kPayment));
    ValidTransaction fee;
    fee.priority = transaction_payment::get_priority(env.config, info, len, tip, payment->fee);
    valid = valid.combine_with(fee);
  }
  // SubtensorSignedExtension (subtensor/signed_extension.hpp), then CommitmentsSignedExtension:
  // get_priority_vanilla().
  SUBEMU_TRY_ASSIGN(const ValidTransaction subtensor_valid,
                    subtensor::validate_subtensor_extension(env, who, xt.call));
  ValidTransaction vanilla;
  vanilla.priority = UINT64_MAX;
  valid = valid.combine_with(subtensor_valid).combine_with(vanilla);
  // CheckMetadataHash: nothing.
  return valid;
}

Result<uint64_t, TransactionValidityError> post_dispatch(frame::Env& env,
                                                         std::optional<SignedPre> pre,
                                                         const frame::DispatchInfo& info,
                                                         const frame::PostDispatchInfo& post_info,
                                                         uint32_t len) {
  check_weight_post_dispatch(env, info, post_info);
  if (!pre.has_value()) return uint64_t{0};
  const uint64_t actual =
      transaction_payment::compute_actual_fee(env, len, info, post_info, pre->payment.tip);
  auto settled = transaction_payment::post_dispatch(env, pre->payment, info, post_info, len);
  if (!settled.has_value()) return unexpected(invalid(InvalidTransaction::kPayment));
  return actual;
}

}  // namespace subemu::runtime::executive
