#include "runtime/frame/extrinsic/check.hpp"

#include "runtime/frame/extrinsic/multi_address.hpp"
#include "runtime/frame/extrinsic/signing_payload.hpp"

namespace subemu::runtime::frame::extrinsic {

bool is_self_contained_call(ByteView call) {
  return call.size() >= 2 && call[0] == kEthereumPalletIndex &&
         call[1] == kEthereumTransactCallIndex;
}

Result<CheckedExtrinsic, TransactionValidityError> check(const UncheckedExtrinsic& xt,
                                                         const ExtensionSet& set,
                                                         const ChainContext& ctx) {
  CheckedExtrinsic out;
  out.encoded_len = static_cast<uint32_t>(encoded_size(xt, set));
  // 0. mirrors fp_self_contained UncheckedExtrinsic::check (signed + self-contained).
  if (xt.signature && is_self_contained_call(xt.call)) {
    return unexpected(TransactionValidityError::invalid(InvalidTransaction::kBadProof));
  }
  out.call = xt.call;
  // 1. Bare: nothing to verify.
  if (!xt.signature) return out;
  const SignedPreamble& pre = *xt.signature;
  // 2. mirrors AccountIdLookup::lookup (LookupError -> CannotLookup).
  const std::optional<AccountId32> signer = lookup_account(pre.address);
  if (!signer)
    return unexpected(TransactionValidityError::unknown(UnknownTransaction::kCannotLookup));
  // 3. mirrors SignedPayload::new (the tuple's additional_signed).
  SUBEMU_TRY_ASSIGN(const Bytes payload, signing_payload(xt.call, set, pre.extra, ctx));
  // 4. mirrors the signature check of Checkable::check.
  if (!pre.signature.verify(signed_bytes(payload), *signer)) {
    return unexpected(TransactionValidityError::invalid(InvalidTransaction::kBadProof));
  }
  out.signer = *signer;
  out.extra = pre.extra;
  return out;
}

}  // namespace subemu::runtime::frame::extrinsic
