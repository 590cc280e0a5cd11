// The executive: frame_executive at polkadot-stable2409 as the subtensor v3.0.0 runtime builds
// it. One Executive drives one block over an Env (the block's overlay):
//
//   initialize_block(number, parent_hash, digest)
//       System::reset_events, System::initialize, on_initialize hooks (runtime.hpp), base block
//       weight as Mandatory, note_finished_initialize
//   apply_extrinsic(bytes)            (the block builder's BlockBuilder_apply_extrinsic)
//       decode -> Checkable::check (signature, lookup, additional_signed) -> GetDispatchInfo ->
//       note_extrinsic -> Applyable::apply: the signed extensions' pre_dispatch in SignedExtra
//       order (or pre_dispatch_unsigned + ValidateUnsigned::pre_dispatch for a bare one) ->
//       dispatch (transactional) -> post_dispatch -> BadMandatory check ->
//       note_applied_extrinsic (ExtrinsicSuccess / ExtrinsicFailed)
//   validate_transaction(bytes)       (the pool's TaggedTransactionQueue_validate_transaction)
//       decode -> check -> GetDispatchInfo -> Mandatory? MandatoryValidation -> the extensions'
//       validate (signed) or validate_unsigned + ValidateUnsigned::validate_unsigned (bare: no
//       modelled pallet validates unsigned calls, so Unknown(NoUnsignedValidator))
//   submit_extrinsic(bytes)           a user's transaction: validate_transaction, then
//                                     apply_extrinsic (pool admission, then inclusion)
//   finalize_block()
//       note_finished_extrinsics, on_finalize hooks, System::finalize -> header (state root
//       left zero: the chain computes it over the final state)
//
// All-or-nothing: apply_extrinsic runs inside a storage transaction; when it returns a
// TransactionValidityError (the extrinsic is invalid and is not included) the transaction is
// rolled back and the state is exactly as before. When it returns an Applied, the extrinsic is
// included: a failed dispatch keeps the nonce, the fee and the ExtrinsicFailed event, and only the
// call's own writes are rolled back (FRAME dispatchables are transactional).
// validate_transaction never writes (its storage transaction is always rolled back).
//
// The two paths differ for what only the pool refuses: a bare call that is not an inherent
// (e.g. Balances.transfer with no signature) is Unknown(NoUnsignedValidator) for the pool, but the
// block builder's apply_extrinsic dispatches it with the None origin (BadOrigin ->
// ExtrinsicFailed, no fee); a Mandatory-class call from a user (e.g. Sudo.sudo(Timestamp.set)) is
// Invalid(MandatoryValidation) for the pool. The pool validates against the best block; we
// validate against the open block (its nonces and balances), the way an instant-sealing dev node
// does; CheckWeight's validate sees an empty block as on chain (only the length and per-extrinsic
// limits), and a future nonce is valid for the pool but is refused by apply (Future) since
// nothing queues it here.
//
// Storage failures: pallet code reads infallibly; a backend read failure is recorded as the
// overlay's sticky backend_error() and the read answers "absent". apply_extrinsic,
// validate_transaction and submit_extrinsic check it after their work: when set, the outcome was
// computed from wrong reads, so it is rolled back and reported as ApplyError::kStorage.
// finalize_block does not check it (Chain::seal's drain_to_batch refuses the block).
//
// A Mandatory (inherent) extrinsic that fails returns BadMandatory (the block is invalid).
// InherentsApplied is noted by the caller after the inherents (Chain::open_block).
//
// Not thread-safe: the chain thread owns it.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/check.hpp"
#include "runtime/frame/extrinsic/chain_context.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/frame/header.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"
#include "runtime/primitives/status.hpp"

namespace subemu::runtime::executive {

using frame::extrinsic::TransactionValidityError;

// An extrinsic that was included in the block.
struct Applied {
  uint32_t index = 0;                         // position in the block
  Hash256 hash{};                             // blake2_256 of the encoding
  std::optional<AccountId> signer;            // nullopt for bare (inherent) extrinsics
  frame::DispatchInfo info;                   // the call's declared info
  frame::PostDispatchInfo post_info;          // what the dispatch reported
  std::optional<frame::DispatchError> error;  // nullopt: dispatched successfully
  uint64_t fee = 0;                           // actual fee charged (rao), tip included
};

// Why an extrinsic was not included.
struct ApplyError {
  enum class Kind : uint8_t {
    kUndecodable = 0,  // the bytes are not a v4 extrinsic of this runtime (or its call is not)
    kInvalid = 1,      // a TransactionValidityError (the runtime's verdict)
    kStorage = 2,      // the state backend failed during the reads (an environment failure,
                       // not a verdict): nothing was kept, and the overlay's sticky
                       // backend_error() keeps the block from being sealed
  };
  Kind kind = Kind::kInvalid;
  TransactionValidityError validity = TransactionValidityError::invalid(
      frame::extrinsic::InvalidTransaction::kCall);  // meaningful for kInvalid
  std::string reason;  // for people: the decode error or the validity error's description

  static ApplyError undecodable(std::string why);
  static ApplyError invalid(const TransactionValidityError& e);
  static ApplyError storage(const Status& backend_error);
};

// The chain facts Checkable::check reads (and a wallet signs over), from the block's System
// storage: spec/transaction version, BlockHash[0], the block number, BlockHash lookups. The
// context borrows env.state: it must not outlive it.
frame::extrinsic::ChainContext chain_context(const frame::Env& env);

class Executive {
 public:
  Executive(frame::Env& env, const frame::extrinsic::ExtensionSet& extensions);

  // mirrors Executive::initialize_block
  void initialize_block(BlockNumber number, const Hash256& parent_hash,
                        const frame::Digest& digest);

  // mirrors Executive::apply_extrinsic (see the file comment for the all-or-nothing rule).
  Result<Applied, ApplyError> apply_extrinsic(ByteView encoded);

  // mirrors Executive::validate_transaction (TransactionSource::External) over the open block's
  // state; writes nothing. The ValidTransaction is what the pool would record (priority,
  // requires / provides tags, longevity, propagate).
  Result<frame::extrinsic::ValidTransaction, ApplyError> validate_transaction(ByteView encoded);

  // A user's transaction: validate_transaction (the pool's admission), then apply_extrinsic. An
  // error from either leaves no trace. The signature is checked once.
  Result<Applied, ApplyError> submit_extrinsic(ByteView encoded);

  // mirrors Executive::finalize_block; header.state_root is zero. An error is a hook's panic
  // upstream (e.g. Timestamp not set): the block is invalid.
  Result<frame::Header, std::string> finalize_block();

  // Dispatches a call with an origin and no extrinsic (no signature, nonce, fee or weight
  // accounting), as the reference's pallet tests do: the call is transactional, so an error
  // leaves no write. Used by the scenario runner and the dev "dispatch as" control.
  frame::DispatchResultWithPostInfo dispatch_as(const frame::Origin& origin, ByteView call);

  frame::Env& env() { return env_; }

 private:
  // A decoded and checked extrinsic with its declared DispatchInfo.
  struct Prepared {
    frame::extrinsic::CheckedExtrinsic checked;
    frame::DispatchInfo info;
  };
  // decode, call decode (GetDispatchInfo) and Checkable::check; reads state, writes nothing.
  Result<Prepared, ApplyError> prepare(ByteView encoded) const;
  Result<frame::extrinsic::ValidTransaction, ApplyError> validate_prepared(const Prepared& p);
  Result<Applied, ApplyError> apply_prepared(ByteView encoded, const Prepared& p);
  // Runs `apply_prepared` in a storage transaction kept only on success (and no backend error).
  Result<Applied, ApplyError> apply_guarded(ByteView encoded, const Prepared& p);
  // kStorage when the overlay recorded a backend failure, else `e`.
  ApplyError unless_backend_failed(ApplyError e) const;

  frame::Env& env_;
  const frame::extrinsic::ExtensionSet& extensions_;
};

}  // namespace subemu::runtime::executive
