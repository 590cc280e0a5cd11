#include "runtime/primitives/crypto/ed25519.hpp"

#include "runtime/primitives/crypto/hdkd.hpp"

#include <sodium.h>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/blake2b.hpp"
#include "runtime/primitives/crypto/sodium.hpp"

namespace subemu::crypto::ed25519 {
namespace {

struct Keypair {
  uint8_t pk[crypto_sign_PUBLICKEYBYTES];
  uint8_t sk[crypto_sign_SECRETKEYBYTES];
  explicit Keypair(const Seed& seed) {
    ensure_sodium();
    SUBEMU_CHECK(crypto_sign_seed_keypair(pk, sk, seed.data()) == 0);
  }
  ~Keypair() { sodium_memzero(sk, sizeof sk); }
  Keypair(const Keypair&) = delete;
  Keypair& operator=(const Keypair&) = delete;
};

}  // namespace

PublicKey public_key(const Seed& seed) {
  const Keypair kp(seed);
  PublicKey out{};
  for (size_t i = 0; i < out.size(); ++i) out[i] = kp.pk[i];
  return out;
}

Signature sign(const Seed& seed, ByteView message) {
  const Keypair kp(seed);
  Signature sig{};
  SUBEMU_CHECK(crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), kp.sk) ==
               0);
  return sig;
}

bool verify(ByteView signature, ByteView message, ByteView public_key) {
  if (signature.size() != crypto_sign_BYTES || public_key.size() != crypto_sign_PUBLICKEYBYTES) {
    return false;
  }
  ensure_sodium();
  return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                     public_key.data()) == 0;
}

Seed hard_derive(const Seed& parent, const ChainCode& chain_code) {
  return hdkd_hash("Ed25519HDKD", parent, chain_code);
}

}  // namespace subemu::crypto::ed25519
