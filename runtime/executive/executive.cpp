// mirrors frame/executive/src/lib.rs (polkadot-stable2409): initialize_block, apply_extrinsic,
// finalize_block; and sp_runtime generic/checked_extrinsic.rs Applyable::apply.
#include "runtime/executive/executive.hpp"

#include "runtime/executive/signed_extensions.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/extrinsic/check.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/limits.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/runtime.hpp"

namespace subemu::runtime::executive {
namespace {

using frame::extrinsic::InvalidTransaction;


}  // namespace

frame::extrinsic::ChainContext chain_context(const frame::Env& env) {
  frame::extrinsic::ChainContext ctx;
  ctx.spec_version = env.config.spec_version;
  ctx.transaction_version = env.config.transaction_version;
  ctx.genesis_hash = system::block_hash(env.state, 0);
  ctx.current_block = system::block_number(env.state);
  const storage::Overlay* state = &env.state;
  // CheckMortality: AncientBirthBlock unless BlockHash contains the birth block.
  ctx.block_hash = [state](BlockNumber n) -> std::optional<Hash256> {
    return system::BlockHash::try_get(*state, n);
  };
  return ctx;
}

ApplyError ApplyError::undecodable(std::string why) {
  ApplyError e;
  e.kind = Kind::kUndecodable;
  e.reason = std::move(why);
  return e;
}

ApplyError ApplyError::invalid(const TransactionValidityError& v) {
  ApplyError e;
  e.kind = Kind::kInvalid;
  e.validity = v;
  e.reason = frame::extrinsic::to_string(v);
  return e;
}

ApplyError ApplyError::storage(const Status& backend_error) {
  ApplyError e;
  e.kind = Kind::kStorage;
  e.reason = "state backend: " + backend_error.to_string();
  return e;
}

ApplyError Executive::unless_backend_failed(ApplyError e) const {
  const Status& backend = env_.state.backend_error();
  return backend.ok() ? std::move(e) : ApplyError::storage(backend);
}

Executive::Executive(frame::Env& env, const frame::extrinsic::ExtensionSet& extensions)
    : env_(env), extensions_(extensions) {}

void Executive::initialize_block(BlockNumber number, const Hash256& parent_hash,
                                 const frame::Digest& digest) {
  system::reset_events(env_);
  // No runtime upgrade can happen in the emulator, so on_runtime_upgrade never runs.
  system::initialize(env_, number, parent_hash, digest);
  frame::Weight weight = on_initialize(env_, number);
  weight = weight.saturating_add(system::block_weights(env_.config).base_block);
  system::register_extra_weight_unchecked(env_, weight, frame::DispatchClass::kMandatory);
  system::note_finished_initialize(env_);
}

Result<Applied, ApplyError> Executive::apply_extrinsic(ByteView encoded) {
  auto p = prepare(encoded);
  if (!p.has_value()) return unexpected(unless_backend_failed(std::move(p.error())));
  return apply_guarded(encoded, *p);
}

Result<frame::extrinsic::ValidTransaction, ApplyError> Executive::validate_transaction(
    ByteView encoded) {
  auto p = prepare(encoded);
  if (!p.has_value()) return unexpected(unless_backend_failed(std::move(p.error())));
  return validate_prepared(*p);
}

Result<Applied, ApplyError> Executive::submit_extrinsic(ByteView encoded) {
  auto p = prepare(encoded);
  if (!p.has_value()) return unexpected(unless_backend_failed(std::move(p.error())));
  SUBEMU_TRY(validate_prepared(*p));
  return apply_guarded(encoded, *p);
}

Result<Executive::Prepared, ApplyError> Executive::prepare(ByteView encoded) const {
  auto decoded = frame::extrinsic::decode_extrinsic(encoded, extensions_);
  if (!decoded.has_value()) {
    return unexpected(ApplyError::undecodable(
        std::string("extrinsic: ") + std::string(frame::extrinsic::to_string(decoded.error()))));
  }
  // The call must decode as a RuntimeCall of this runtime, consuming the call bytes exactly (on
  // chain it is part of the extrinsic's decoding, before any check).
  auto call_info = frame::call_info(env_.registry, decoded->call);
  if (!call_info.has_value()) {
    return unexpected(ApplyError::undecodable(std::string("call: ") +
                                              std::string(frame::to_string(call_info.error()))));
  }
  // Verify that the signature is good (Checkable::check).
  auto checked = frame::extrinsic::check(*decoded, extensions_, chain_context(env_));
  if (!checked.has_value()) return unexpected(ApplyError::invalid(checked.error()));
  return Prepared{std::move(*checked), *call_info};
}

Result<frame::extrinsic::ValidTransaction, ApplyError> Executive::validate_prepared(
    const Prepared& p) {
  // "Changes made to storage should be discarded": the fee withdrawal of
  // ChargeTransactionPayment::validate is rolled back.
  const auto opened = env_.state.start_transaction();
  SUBEMU_CHECK(opened.has_value());
  frame::extrinsic::TransactionValidity valid = [&]() -> frame::extrinsic::TransactionValidity {
    if (p.info.dispatch_class == frame::DispatchClass::kMandatory) {
      return unexpected(
          TransactionValidityError::invalid(InvalidTransaction::kMandatoryValidation));
    }
    const uint32_t len = p.checked.encoded_len;
    if (p.checked.signer.has_value()) return validate_signed(env_, p.checked, p.info, len);
    SUBEMU_TRY(validate_unsigned(env_, p.info, len));
    // UnsignedValidator::validate_unsigned: construct_runtime!'s match has no arm for the
    // modelled pallets (none implements ValidateUnsigned).
    return unexpected(TransactionValidityError::unknown(
        frame::extrinsic::UnknownTransaction::kNoUnsignedValidator));
  }();
  const auto closed = env_.state.rollback_transaction();
  SUBEMU_CHECK(closed.has_value());
  if (!env_.state.backend_error().ok()) {
    return unexpected(ApplyError::storage(env_.state.backend_error()));
  }
  if (!valid.has_value()) return unexpected(ApplyError::invalid(valid.error()));
  return std::move(*valid);
}

Result<Applied, ApplyError> Executive::apply_guarded(ByteView encoded, const Prepared& p) {
  // The block builder applies each extrinsic in a storage transaction and drops it when the
  // extrinsic is invalid (sc-block-builder's execute_in_transaction).
  const auto opened = env_.state.start_transaction();
  SUBEMU_CHECK(opened.has_value());
  Result<Applied, ApplyError> r = apply_prepared(encoded, p);
  const bool backend_ok = env_.state.backend_error().ok();
  const auto closed = r.has_value() && backend_ok ? env_.state.commit_transaction()
                                                  : env_.state.rollback_transaction();
  SUBEMU_CHECK(closed.has_value());
  if (!backend_ok) return unexpected(ApplyError::storage(env_.state.backend_error()));
  return r;
}

Result<Applied, ApplyError> Executive::apply_prepared(ByteView encoded, const Prepared& p) {
  const frame::extrinsic::CheckedExtrinsic& checked = p.checked;
  const frame::DispatchInfo& info = p.info;
  const uint32_t len = checked.encoded_len;

  system::note_extrinsic(env_, Bytes(encoded.begin(), encoded.end()));

  Applied applied;
  applied.index = system::extrinsic_index(env_.state).value_or(0);
  applied.hash = frame::extrinsic::extrinsic_hash(encoded);
  applied.signer = checked.signer;
  applied.info = info;

  // Applyable::apply: pre_dispatch, dispatch, post_dispatch.
  std::optional<SignedPre> pre;
  frame::Origin origin = frame::Origin::none();
  if (checked.signer.has_value()) {
    auto signed_pre = pre_dispatch_signed(env_, checked, info, len);
    if (!signed_pre.has_value()) return unexpected(ApplyError::invalid(signed_pre.error()));
    pre = std::move(*signed_pre);
    origin = frame::Origin::signed_by(*checked.signer);
  } else {
    auto unsigned_pre = pre_dispatch_unsigned(env_, info, len);
    if (!unsigned_pre.has_value()) return unexpected(ApplyError::invalid(unsigned_pre.error()));
    // ValidateUnsigned::pre_dispatch: Ok(()) for every call of a pallet without
    // ValidateUnsigned (all the modelled ones), so a bare call dispatches with the None origin.
  }

  const frame::DispatchResultWithPostInfo result =
      frame::dispatch_call(env_, origin, checked.call, /*bypass_filter=*/false);
  applied.post_info = result.has_value() ? *result : result.error().post_info;
  if (!result.has_value()) applied.error = result.error().error;

  auto fee = post_dispatch(env_, std::move(pre), info, applied.post_info, len);
  if (!fee.has_value()) return unexpected(ApplyError::invalid(fee.error()));
  applied.fee = *fee;

  // Mandatory (inherent) extrinsics are not allowed to fail.
  if (!result.has_value() && info.dispatch_class == frame::DispatchClass::kMandatory) {
    return unexpected(
        ApplyError::invalid(TransactionValidityError::invalid(InvalidTransaction::kBadMandatory)));
  }
  system::note_applied_extrinsic(env_, result, info);
  return applied;
}

Result<frame::Header, std::string> Executive::finalize_block() {
  system::note_finished_extrinsics(env_);
  const BlockNumber number = system::block_number(env_.state);
  // on_idle: no modelled pallet has an on_idle hook.
  SUBEMU_TRY(on_finalize(env_, number));
  return system::finalize(env_);
}

frame::DispatchResultWithPostInfo Executive::dispatch_as(const frame::Origin& origin,
                                                         ByteView call) {
  return frame::dispatch_call(env_, origin, call, /*bypass_filter=*/false);
}

}  // namespace subemu::runtime::executive
