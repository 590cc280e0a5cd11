#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"

#include <utility>

#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::runtime::frame::extrinsic {

namespace {

// Parses a body (the bytes the length prefix delimits).
Result<UncheckedExtrinsic, ExtrinsicDecodeError> decode_body(ByteView body,
                                                             const ExtensionSet& set) {
  scale::Decoder d(body);
  uint8_t version = 0;
  if (!d.read_byte(version)) return unexpected(ExtrinsicDecodeError::kIncompleteBody);
  if ((version & 0x7f) != kExtrinsicFormatVersion) {
    return unexpected(ExtrinsicDecodeError::kUnsupportedVersion);
  }
  UncheckedExtrinsic xt;
  if ((version & kSignedFlag) != 0) {
    SignedPreamble pre;
    if (!scale::decode_from(d, pre.address)) return unexpected(ExtrinsicDecodeError::kBadAddress);
    if (!scale::decode_from(d, pre.signature)) {
      return unexpected(ExtrinsicDecodeError::kBadSignature);
    }
    SUBEMU_TRY_ASSIGN(pre.extra, decode_extra(d, set));
    xt.signature = std::move(pre);
  }
  if (d.remaining() == 0) return unexpected(ExtrinsicDecodeError::kIncompleteBody);
  const ByteView call = body.subspan(d.offset());
  xt.call.assign(call.begin(), call.end());
  return xt;
}

bool read_length_prefix(scale::Decoder& d, size_t& len) {
  scale::Compact<uint32_t> prefix;
  if (!scale::decode_from(d, prefix)) return false;
  len = prefix.value;
  return true;
}

}  // namespace

Result<UncheckedExtrinsic, ExtrinsicDecodeError> decode_extrinsic(ByteView bytes,
                                                                  const ExtensionSet& set) {
  scale::Decoder d(bytes);
  size_t len = 0;
  if (!read_length_prefix(d, len)) return unexpected(ExtrinsicDecodeError::kBadLengthPrefix);
  if (d.remaining() < len) return unexpected(ExtrinsicDecodeError::kTruncated);
  if (d.remaining() > len) return unexpected(ExtrinsicDecodeError::kTrailingBytes);
  return decode_body(bytes.subspan(d.offset()), set);
}

Result<UncheckedExtrinsic, ExtrinsicDecodeError> decode_extrinsic(scale::Decoder& d,
                                                                  const ExtensionSet& set) {
  size_t len = 0;
  if (!read_length_prefix(d, len)) return unexpected(ExtrinsicDecodeError::kBadLengthPrefix);
  ByteView body;
  if (!d.read_bytes(len, body)) return unexpected(ExtrinsicDecodeError::kTruncated);
  return decode_body(body, set);
}

Bytes encode_body(const UncheckedExtrinsic& xt, const ExtensionSet& set) {
  scale::Encoder e;
  if (xt.signature) {
    e.put_byte(kSignedFlag | kExtrinsicFormatVersion);
    scale::encode_to(e, xt.signature->address);
    scale::encode_to(e, xt.signature->signature);
    encode_extra(e, set, xt.signature->extra);
  } else {
    e.put_byte(kExtrinsicFormatVersion);
  }
  e.put_bytes(xt.call);
  return e.take();
}

Bytes encode_extrinsic(const UncheckedExtrinsic& xt, const ExtensionSet& set) {
  const Bytes body = encode_body(xt, set);
  scale::Encoder e;
  e.reserve(body.size() + 5);
  scale::encode_to(e, body);  // Vec<u8>: compact length ++ bytes
  return e.take();
}

size_t encoded_size(const UncheckedExtrinsic& xt, const ExtensionSet& set) {
  const size_t body = encode_body(xt, set).size();
  return scale::compact_size(body) + body;
}

Hash256 extrinsic_hash(ByteView encoded) { return Hash256(crypto::blake2_256(encoded)); }

}  // namespace subemu::runtime::frame::extrinsic
