// The executive: frame_executive at polkadot-stable2409 as the subtensor v3.0.0 runtime builds
// it. One Executive drives one block over an Env (the block's overlay):
//
//   initialize_block(number, parent_hash, digest)
//       System::reset_events, System::initialize, on_initialize hooks (runtime.hpp), base block
//       weight as Mandatory, note_finished_initialize
//   apply_extrinsic(bytes)            (any number of times)
//       decode -> Checkable::check (signature, lookup, additional_signed) -> note_extrinsic ->
//       signed extensions' pre_dispatch in SignedExtra order -> dispatch (transactional) ->
//       post_dispatch -> note_applied_extrinsic
//   finalize_block()
//       note_finished_extrinsics, on_finalize hooks, System::finalize -> header (state root
//       left zero: the chain computes it over the final state)
//
// All-or-nothing: apply_extrinsic runs inside a storage transaction; when it returns a
// TransactionValidityError (the extrinsic is invalid and is not included) the transaction is
// rolled back and the state is exactly as before. When it returns an Applied, the extrinsic is
// included: a failed dispatch keeps the nonce, the fee and the ExtrinsicFailed event, and only the
// call's own writes are rolled back (FRAME dispatchables are transactional).
//
// A Mandatory (inherent) extrinsic that fails returns BadMandatory (the block is invalid).
//
// Not thread-safe: the chain thread owns it.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <string>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/frame/header.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::executive {

using frame::extrinsic::TransactionValidityError;

// An extrinsic that was included in the block.
struct Applied {
  uint32_t index = 0;                 // position in the block
  Hash256 hash{};                     // blake2_256 of the encoding
  std::optional<AccountId> signer;    // nullopt for bare (inherent) extrinsics
  frame::DispatchInfo info;           // the call's declared info
  frame::PostDispatchInfo post_info;  // what the dispatch reported
  std::optional<frame::DispatchError> error;  // nullopt: dispatched successfully
  uint64_t fee = 0;                   // actual fee charged (rao), tip included
};

// Why an extrinsic was not included.
struct ApplyError {
  enum class Kind : uint8_t {
    kUndecodable = 0,  // the bytes are not a v4 extrinsic of this runtime (or its call is not)
    kInvalid = 1,      // a TransactionValidityError (the runtime's verdict)
  };
  Kind kind = Kind::kInvalid;
  TransactionValidityError validity = TransactionValidityError::invalid(
      frame::extrinsic::InvalidTransaction::kCall);  // meaningful for kInvalid
  std::string reason;  // for people: the decode error or the validity error's description

  static ApplyError undecodable(std::string why);
  static ApplyError invalid(const TransactionValidityError& e);
};

class Executive {
 public:
  Executive(frame::Env& env, const frame::extrinsic::ExtensionSet& extensions);

  // mirrors Executive::initialize_block
  void initialize_block(BlockNumber number, const Hash256& parent_hash,
                        const frame::Digest& digest);

  // mirrors Executive::apply_extrinsic (see the file comment for the all-or-nothing rule).
  Result<Applied, ApplyError> apply_extrinsic(ByteView encoded);

  // mirrors Executive::finalize_block; header.state_root is zero. An error is a hook's panic
  // upstream (e.g. Timestamp not set): the block is invalid.
  Result<frame::Header, std::string> finalize_block();

  // Dispatches a call with an origin and no extrinsic (no signature, nonce, fee or weight
  // accounting), as the reference's pallet tests do: the call is transactional, so an error
  // leaves no write. Used by the scenario runner and the dev "dispatch as" control.
  frame::DispatchResultWithPostInfo dispatch_as(const frame::Origin& origin, ByteView call);

  frame::Env& env() { return env_; }

 private:
  Result<Applied, ApplyError> apply_unguarded(ByteView encoded);

  frame::Env& env_;
  const frame::extrinsic::ExtensionSet& extensions_;
};

}  // namespace subemu::runtime::executive
