#include "runtime/primitives/crypto/ecdsa.hpp"

#include "runtime/primitives/crypto/hdkd.hpp"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/blake2b.hpp"

namespace subemu::crypto::ecdsa {
namespace {

// One context for the process; libsecp256k1 only reads it in the calls below.
const secp256k1_context* context() {
  static const secp256k1_context* const kContext = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
  SUBEMU_CHECK(kContext != nullptr);
  return kContext;
}

PublicKey serialize_compressed(const secp256k1_pubkey& pk) {
  PublicKey out{};
  size_t len = out.size();
  SUBEMU_CHECK(secp256k1_ec_pubkey_serialize(context(), out.data(), &len, &pk,
                                             SECP256K1_EC_COMPRESSED) == 1 &&
               len == out.size());
  return out;
}

bool keys_equal(const PublicKey& a, ByteView b) {
  if (b.size() != a.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

bool verify_with(ByteView signature, ByteView message, ByteView public_key33, RecoveryIdRule rule) {
  const auto recovered = recover_prehashed(signature, blake2_256(message), rule);
  return recovered.has_value() && keys_equal(*recovered, public_key33);
}

}  // namespace

const char* to_string(Error e) {
  switch (e) {
    case Error::kBadSignatureLength:
      return "ecdsa: signature is not 65 bytes";
    case Error::kBadRecoveryId:
      return "ecdsa: invalid recovery id";
    case Error::kBadRS:
      return "ecdsa: r or s out of range";
    case Error::kRecoveryFailed:
      return "ecdsa: public key recovery failed";
    case Error::kBadSecretKey:
      return "ecdsa: invalid secret key";
    case Error::kBadPublicKey:
      return "ecdsa: invalid public key";
  }
  return "ecdsa: unknown error";
}

Result<PublicKey, Error> public_key(const SecretKey& secret) {
  secp256k1_pubkey pk;
  if (secp256k1_ec_pubkey_create(context(), &pk, secret.data()) != 1) {
    return unexpected(Error::kBadSecretKey);
  }
  return serialize_compressed(pk);
}

Result<UncompressedPublicKey, Error> decompress(ByteView compressed33) {
  secp256k1_pubkey pk;
  if (compressed33.size() != 33 ||
      secp256k1_ec_pubkey_parse(context(), &pk, compressed33.data(), compressed33.size()) != 1) {
    return unexpected(Error::kBadPublicKey);
  }
  UncompressedPublicKey out{};
  size_t len = out.size();
  SUBEMU_CHECK(secp256k1_ec_pubkey_serialize(context(), out.data(), &len, &pk,
                                             SECP256K1_EC_UNCOMPRESSED) == 1);
  return out;
}

AccountId32 account_id(const PublicKey& public_key) { return AccountId32(blake2_256(public_key)); }

Result<Signature, Error> sign_prehashed(const SecretKey& secret, const Hash256& digest) {
  secp256k1_ecdsa_recoverable_signature rsig;
  // nullptr nonce function = secp256k1_nonce_function_rfc6979 (deterministic); s is low.
  if (secp256k1_ecdsa_sign_recoverable(context(), &rsig, digest.data(), secret.data(), nullptr,
                                       nullptr) != 1) {
    return unexpected(Error::kBadSecretKey);
  }
  Signature out{};
  int recid = 0;
  secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), out.data(), &recid, &rsig);
  out[64] = static_cast<uint8_t>(recid);
  return out;
}

Result<Signature, Error> sign(const SecretKey& secret, ByteView message) {
  return sign_prehashed(secret, blake2_256(message));
}

Result<PublicKey, Error> recover_prehashed(ByteView signature, const Hash256& digest,
                                           RecoveryIdRule rule) {
  if (signature.size() != 65) return unexpected(Error::kBadSignatureLength);
  uint8_t v = signature[64];
  if (rule == RecoveryIdRule::kRuntime && v > 26) v = static_cast<uint8_t>(v - 27);
  if (v > 3) return unexpected(Error::kBadRecoveryId);
  secp256k1_ecdsa_recoverable_signature rsig;
  if (secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &rsig, signature.data(),
                                                          static_cast<int>(v)) != 1) {
    return unexpected(Error::kBadRS);
  }
  secp256k1_pubkey pk;
  if (secp256k1_ecdsa_recover(context(), &pk, &rsig, digest.data()) != 1) {
    return unexpected(Error::kRecoveryFailed);
  }
  return serialize_compressed(pk);
}

bool verify(ByteView signature, ByteView message, ByteView public_key33) {
  return verify_with(signature, message, public_key33, RecoveryIdRule::kRuntime);
}

bool verify_offchain(ByteView signature, ByteView message, ByteView public_key33) {
  return verify_with(signature, message, public_key33, RecoveryIdRule::kStrict);
}

SecretKey hard_derive(const SecretKey& parent, const ChainCode& chain_code) {
  return hdkd_hash("Secp256k1HDKD", parent, chain_code);
}

}  // namespace subemu::crypto::ecdsa
