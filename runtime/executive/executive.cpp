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

// The chain facts Checkable::check reads, from System storage.
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

}  // namespace

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
  // The block builder applies each extrinsic in a storage transaction and drops it when the
  // extrinsic is invalid (sc-block-builder's execute_in_transaction).
  const auto opened = env_.state.start_transaction();
  SUBEMU_CHECK(opened.has_value());
  Result<Applied, ApplyError> r = apply_unguarded(encoded);
  const auto closed =
      r.has_value() ? env_.state.commit_transaction() : env_.state.rollback_transaction();
  SUBEMU_CHECK(closed.has_value());
  return r;
}

Result<Applied, ApplyError> Executive::apply_unguarded(ByteView encoded) {
  auto decoded = frame::extrinsic::decode_extrinsic(encoded, extensions_);
  if (!decoded.has_value()) {
    return unexpected(ApplyError::undecodable(
        std::string("extrinsic: ") + std::string(frame::extrinsic::to_string(decoded.error()))));
  }
  // The call must decode as a RuntimeCall of this runtime, consuming the call bytes exactly.
  auto call_info = frame::call_info(env_.registry, decoded->call);
  if (!call_info.has_value()) {
    return unexpected(ApplyError::undecodable(
        std::string("call: ") + std::string(frame::to_string(call_info.error()))));
  }

  // Verify that the signature is good (Checkable::check).
  auto checked = frame::extrinsic::check(*decoded, extensions_, chain_context(env_));
  if (!checked.has_value()) return unexpected(ApplyError::invalid(checked.error()));
  const uint32_t len = checked->encoded_len;

  system::note_extrinsic(env_, Bytes(encoded.begin(), encoded.end()));

  const frame::DispatchInfo info = *call_info;
  Applied applied;
  applied.index = system::extrinsic_index(env_.state).value_or(0);
  applied.hash = frame::extrinsic::extrinsic_hash(encoded);
  applied.signer = checked->signer;
  applied.info = info;

  // Applyable::apply: pre_dispatch, dispatch, post_dispatch.
  std::optional<SignedPre> pre;
  frame::Origin origin = frame::Origin::none();
  if (checked->signer.has_value()) {
    auto p = pre_dispatch_signed(env_, *checked, info, len);
    if (!p.has_value()) return unexpected(ApplyError::invalid(p.error()));
    pre = std::move(*p);
    origin = frame::Origin::signed_by(*checked->signer);
  } else {
    auto p = pre_dispatch_unsigned(env_, info, len);
    if (!p.has_value()) return unexpected(ApplyError::invalid(p.error()));
    // ValidateUnsigned::pre_dispatch: no modelled pallet validates unsigned calls.
  }

  const frame::DispatchResultWithPostInfo result =
      frame::dispatch_call(env_, origin, checked->call, /*bypass_filter=*/false);
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
