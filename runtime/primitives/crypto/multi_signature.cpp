#include "runtime/primitives/crypto/multi_signature.hpp"

#include "runtime/primitives/crypto/ecdsa.hpp"
#include "runtime/primitives/crypto/ed25519.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/primitives/crypto/sr25519.hpp"

namespace subemu::crypto {

bool verify_multi(Scheme scheme, ByteView signature, ByteView message, const AccountId32& signer) {
  switch (scheme) {
    case Scheme::kEd25519:
      return ed25519::verify(signature, message, signer.view());
    case Scheme::kSr25519:
      return sr25519::verify(signature, message, signer.view());
    case Scheme::kEcdsa: {
      const auto key =
          ecdsa::recover_prehashed(signature, blake2_256(message), ecdsa::RecoveryIdRule::kRuntime);
      return key.has_value() && ecdsa::account_id(*key) == signer;
    }
  }
  return false;
}

}  // namespace subemu::crypto
