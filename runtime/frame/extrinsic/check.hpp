// The pure part of checking an extrinsic: sp_runtime's Checkable::check for
// generic::UncheckedExtrinsic at polkadot-stable2409, behind subtensor v3.0.0's
// fp_self_contained wrapper. Order (first failure wins):
//   0. fp_self_contained: a signed extrinsic whose call is self-contained (Ethereum.transact,
//      call bytes [21][0]) -> InvalidTransaction::BadProof
//   1. bare extrinsic -> checked with no signer (nothing else to check here)
//   2. address lookup (AccountIdLookup: only MultiAddress::Id) -> UnknownTransaction::CannotLookup
//   3. additional_signed in tuple order (signing_payload.hpp) -> AncientBirthBlock (era birth
//      block hash unknown) / CannotLookup (metadata-hash mode 1 with no hash in the runtime)
//   4. the signature over signed_bytes(call ++ extra ++ additional_signed) does not verify
//      -> InvalidTransaction::BadProof
// A wrong spec_version, transaction_version, genesis hash, birth block hash or metadata hash is
// only ever seen as BadProof (it changes the signed bytes), as on chain.
//
// NOT done here (the executive does them later, with state, through the extensions'
// validate / pre_dispatch): CheckNonZeroSender (all-zero signer -> BadSigner), CheckNonce
// (Stale / Future / Payment), CheckWeight (ExhaustsResources), ChargeTransactionPayment
// (Payment), CheckMortality's longevity, SubtensorSignedExtension and
// CommitmentsSignedExtension (call-specific rules), bare-call validation (ValidateUnsigned /
// inherents), and check_self_contained for a bare Ethereum.transact (the EVM is not emulated).
// Pure given the context; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/extrinsic/chain_context.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame::extrinsic {

// subtensor v3.0.0 construct_runtime: Ethereum = 21; pallet_ethereum call_index(0) = transact.
inline constexpr uint8_t kEthereumPalletIndex = 21;
inline constexpr uint8_t kEthereumTransactCallIndex = 0;

// True when the raw call is Ethereum.transact (RuntimeCall::is_self_contained).
bool is_self_contained_call(ByteView call);

struct CheckedExtrinsic {
  std::optional<AccountId32> signer;  // nullopt: bare
  ExtraValues extra;                  // the signed extra (defaults for a bare extrinsic)
  Bytes call;                         // still undecoded
  uint32_t encoded_len = 0;           // whole encoding incl. length prefix (the executive's len)

  friend bool operator==(const CheckedExtrinsic&, const CheckedExtrinsic&) = default;
};

Result<CheckedExtrinsic, TransactionValidityError> check(const UncheckedExtrinsic& xt,
                                                         const ExtensionSet& set,
                                                         const ChainContext& ctx);

}  // namespace subemu::runtime::frame::extrinsic
