#include "runtime/frame/extrinsic/signed_extra.hpp"

namespace subemu::runtime::frame::extrinsic {

bool well_formed(const ExtensionSet& set) {
  uint32_t seen = 0;
  for (const Extension& ext : set.extensions) {
    if (ext.kind == ExtensionKind::kEmpty) continue;
    const uint32_t bit = uint32_t{1} << static_cast<uint32_t>(ext.kind);
    if ((seen & bit) != 0) return false;
    seen |= bit;
  }
  return true;
}

bool has_kind(const ExtensionSet& set, ExtensionKind kind) {
  for (const Extension& ext : set.extensions) {
    if (ext.kind == kind) return true;
  }
  return false;
}

void encode_extra(scale::Encoder& e, const ExtensionSet& set, const ExtraValues& values) {
  for (const Extension& ext : set.extensions) {
    switch (ext.kind) {
      case ExtensionKind::kEmpty:
      case ExtensionKind::kSpecVersion:
      case ExtensionKind::kTxVersion:
      case ExtensionKind::kGenesis:
        break;
      case ExtensionKind::kMortality:
        scale::encode_to(e, values.era);
        break;
      case ExtensionKind::kNonce:
        scale::encode_to(e, scale::Compact<uint32_t>{values.nonce});
        break;
      case ExtensionKind::kTip:
        scale::encode_to(e, scale::Compact<uint64_t>{values.tip.to_u64()});
        break;
      case ExtensionKind::kMetadataHash:
        e.put_byte(
            static_cast<uint8_t>(values.metadata_hash_mode.value_or(MetadataHashMode::kDisabled)));
        break;
    }
  }
}

Bytes encode_extra(const ExtensionSet& set, const ExtraValues& values) {
  scale::Encoder e;
  encode_extra(e, set, values);
  return e.take();
}

Result<ExtraValues, ExtrinsicDecodeError> decode_extra(scale::Decoder& d, const ExtensionSet& set) {
  ExtraValues out;
  for (const Extension& ext : set.extensions) {
    switch (ext.kind) {
      case ExtensionKind::kEmpty:
      case ExtensionKind::kSpecVersion:
      case ExtensionKind::kTxVersion:
      case ExtensionKind::kGenesis:
        break;
      case ExtensionKind::kMortality:
        if (!scale::decode_from(d, out.era)) return unexpected(ExtrinsicDecodeError::kBadEra);
        break;
      case ExtensionKind::kNonce: {
        scale::Compact<uint32_t> nonce;
        if (!scale::decode_from(d, nonce)) return unexpected(ExtrinsicDecodeError::kBadExtra);
        out.nonce = nonce.value;
        break;
      }
      case ExtensionKind::kTip: {
        scale::Compact<uint64_t> tip;
        if (!scale::decode_from(d, tip)) return unexpected(ExtrinsicDecodeError::kBadExtra);
        out.tip = TaoBalance(tip.value);
        break;
      }
      case ExtensionKind::kMetadataHash: {
        uint8_t mode = 0;
        if (!scale::decode_enum_tag(d, mode, 1)) return unexpected(ExtrinsicDecodeError::kBadExtra);
        out.metadata_hash_mode = static_cast<MetadataHashMode>(mode);
        break;
      }
    }
  }
  return out;
}

}  // namespace subemu::runtime::frame::extrinsic
