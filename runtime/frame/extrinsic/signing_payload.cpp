#include "runtime/frame/extrinsic/signing_payload.hpp"

#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::runtime::frame::extrinsic {

Result<Bytes, TransactionValidityError> additional_signed(const ExtensionSet& set,
                                                          const ExtraValues& values,
                                                          const ChainContext& ctx) {
  scale::Encoder e;
  for (const Extension& ext : set.extensions) {
    switch (ext.kind) {
      case ExtensionKind::kEmpty:
      case ExtensionKind::kNonce:
      case ExtensionKind::kTip:
        break;
      case ExtensionKind::kSpecVersion:
        scale::encode_to(e, ctx.spec_version);
        break;
      case ExtensionKind::kTxVersion:
        scale::encode_to(e, ctx.transaction_version);
        break;
      case ExtensionKind::kGenesis:
        scale::encode_to(e, ctx.genesis_hash);
        break;
      case ExtensionKind::kMortality: {
        // mirrors CheckMortality::additional_signed
        const uint64_t birth = values.era.birth(ctx.current_block);
        const BlockNumber n =
            birth > ~BlockNumber{0} ? ~BlockNumber{0} : static_cast<BlockNumber>(birth);
        const std::optional<Hash256> hash = ctx.hash_of(n);
        if (!hash)
          return unexpected(
              TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock));
        scale::encode_to(e, *hash);
        break;
      }
      case ExtensionKind::kMetadataHash: {
        // mirrors CheckMetadataHash::additional_signed
        const bool enabled = values.metadata_hash_mode == MetadataHashMode::kEnabled;
        if (!enabled) {
          e.put_byte(0);  // None
          break;
        }
        if (!ctx.metadata_hash) {
          return unexpected(TransactionValidityError::unknown(UnknownTransaction::kCannotLookup));
        }
        e.put_byte(1);  // Some
        scale::encode_to(e, *ctx.metadata_hash);
        break;
      }
    }
  }
  return e.take();
}

Result<Bytes, TransactionValidityError> signing_payload(ByteView call, const ExtensionSet& set,
                                                        const ExtraValues& values,
                                                        const ChainContext& ctx) {
  SUBEMU_TRY_ASSIGN(Bytes implicit, additional_signed(set, values, ctx));
  scale::Encoder e;
  e.put_bytes(call);
  encode_extra(e, set, values);
  e.put_bytes(implicit);
  return e.take();
}

Bytes signed_bytes(ByteView payload) {
  if (payload.size() <= kMaxUnhashedPayload) return Bytes(payload.begin(), payload.end());
  const crypto::Hash256 h = crypto::blake2_256(payload);
  return Bytes(h.begin(), h.end());
}

}  // namespace subemu::runtime::frame::extrinsic
