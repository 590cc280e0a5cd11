// What a signer signs (sp_runtime generic::SignedPayload):
//
//   signing_payload = call ++ extra ++ additional_signed
//   signed bytes    = blake2_256(signing_payload) if it is longer than 256 bytes, else itself
//
// additional_signed is each extension's AdditionalSigned in tuple order (table in
// signed_extra.hpp), computed from a ChainContext. It can fail, first failure wins, in tuple order:
//   kMortality     the era's birth block, birth(current_block) saturated to u32, has no known
//                  hash -> InvalidTransaction::AncientBirthBlock
//                  (CheckMortality::additional_signed)
//   kMetadataHash  mode Enabled but the runtime has no metadata hash
//                  -> UnknownTransaction::CannotLookup (CheckMetadataHash::additional_signed)
// Pure given the context; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/extrinsic/chain_context.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame::extrinsic {

// Payloads longer than this are blake2_256-hashed before signing.
inline constexpr size_t kMaxUnhashedPayload = 256;

// The extension tuple's additional_signed bytes.
Result<Bytes, TransactionValidityError> additional_signed(const ExtensionSet& set,
                                                          const ExtraValues& values,
                                                          const ChainContext& ctx);

// call ++ extra ++ additional_signed.
Result<Bytes, TransactionValidityError> signing_payload(ByteView call, const ExtensionSet& set,
                                                        const ExtraValues& values,
                                                        const ChainContext& ctx);

// The bytes the signature covers: blake2_256(payload) when payload.size() > 256, else payload.
Bytes signed_bytes(ByteView payload);

}  // namespace subemu::runtime::frame::extrinsic
