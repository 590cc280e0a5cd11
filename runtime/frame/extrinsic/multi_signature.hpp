// MultiSignature as a SCALE value (sp_runtime::MultiSignature, the subtensor runtime's
// `Signature`); verification is runtime/primitives/crypto/multi_signature.hpp's verify_multi.
//
// SCALE: a one-byte variant index, then the raw signature with no length prefix:
//   0 Ed25519([u8;64])   1 Sr25519([u8;64])   2 Ecdsa([u8;65])
// Other indices fail to decode (kInvalidEnumTag).
// Pure value type; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/multi_signature.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::frame::extrinsic {

struct MultiSignature {
  static constexpr size_t kScaleMinSize = 65;  // variant byte + 64

  crypto::Scheme scheme = crypto::Scheme::kEd25519;
  // 64 bytes for ed25519/sr25519 (bytes[64] stays 0), 65 for ecdsa.
  ByteArray<65> bytes{};

  static MultiSignature ed25519(const ByteArray<64>& sig);
  static MultiSignature sr25519(const ByteArray<64>& sig);
  static MultiSignature ecdsa(const ByteArray<65>& sig);

  // The signature bytes proper (64 or 65 of them).
  ByteView view() const;

  // mirrors MultiSignature::verify (Verify for MultiSignature with AccountId32 signers).
  bool verify(ByteView message, const AccountId32& signer) const;

  friend bool operator==(const MultiSignature&, const MultiSignature&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, MultiSignature& out);
};

}  // namespace subemu::runtime::frame::extrinsic
