#include "runtime/frame/extrinsic/multi_signature.hpp"

#include <algorithm>

namespace subemu::runtime::frame::extrinsic {

namespace {
size_t signature_size(crypto::Scheme scheme) { return scheme == crypto::Scheme::kEcdsa ? 65 : 64; }

MultiSignature make(crypto::Scheme scheme, ByteView sig) {
  MultiSignature s;
  s.scheme = scheme;
  std::copy(sig.begin(), sig.end(), s.bytes.begin());
  return s;
}
}  // namespace

MultiSignature MultiSignature::ed25519(const ByteArray<64>& sig) {
  return make(crypto::Scheme::kEd25519, sig);
}
MultiSignature MultiSignature::sr25519(const ByteArray<64>& sig) {
  return make(crypto::Scheme::kSr25519, sig);
}
MultiSignature MultiSignature::ecdsa(const ByteArray<65>& sig) {
  return make(crypto::Scheme::kEcdsa, sig);
}

ByteView MultiSignature::view() const { return ByteView(bytes).first(signature_size(scheme)); }

bool MultiSignature::verify(ByteView message, const AccountId32& signer) const {
  return crypto::verify_multi(scheme, view(), message, signer);
}

void MultiSignature::encode_to(scale::Encoder& e) const {
  e.put_byte(static_cast<uint8_t>(scheme));
  e.put_bytes(view());
}

bool MultiSignature::decode_from(scale::Decoder& d, MultiSignature& out) {
  out = MultiSignature();
  uint8_t tag = 0;
  if (!scale::decode_enum_tag(d, tag, static_cast<uint8_t>(crypto::Scheme::kEcdsa))) return false;
  out.scheme = static_cast<crypto::Scheme>(tag);
  ByteView sig;
  if (!d.read_bytes(signature_size(out.scheme), sig)) return false;
  std::copy(sig.begin(), sig.end(), out.bytes.begin());
  return true;
}

}  // namespace subemu::runtime::frame::extrinsic
