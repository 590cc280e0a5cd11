// sr25519 on libsodium's ristretto255 group and scalar field, with our Merlin transcript.
#include "runtime/primitives/crypto/sr25519.hpp"

#include <sodium.h>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/merlin.hpp"
#include "runtime/primitives/crypto/sodium.hpp"

namespace subemu::crypto::sr25519 {
namespace {

// The group order l = 2^252 + 27742317777372353535851937790883648493, little endian.
constexpr ByteArray<32> kOrder = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                                  0xa2, 0xde, 0xf9, 0xde, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

// a < l for a 32-byte little-endian integer (variable time: only used on public data or once).
bool is_canonical_scalar(const uint8_t* a) {
  for (size_t i = 32; i-- > 0;) {
    if (a[i] < kOrder[i]) return true;
    if (a[i] > kOrder[i]) return false;
  }
  return false;  // equal to l
}

void divide_by_cofactor(ByteArray<32>& s) {
  uint8_t carry = 0;
  for (size_t i = 32; i-- > 0;) {
    const uint8_t low = static_cast<uint8_t>(s[i] & 0x07);
    s[i] = static_cast<uint8_t>((s[i] >> 3) | carry);
    carry = static_cast<uint8_t>(low << 5);
  }
}

void multiply_by_cofactor(ByteArray<32>& s) {
  uint8_t carry = 0;
  for (size_t i = 0; i < 32; ++i) {
    const uint8_t high = static_cast<uint8_t>(s[i] >> 5);
    s[i] = static_cast<uint8_t>((s[i] << 3) | carry);
    carry = high;
  }
}

// The signing transcript after the message and the public key: shared by sign and verify.
Transcript signing_transcript(ByteView message, ByteView public_key) {
  Transcript t("SigningContext");
  t.append_message("", as_bytes(kSigningContext));
  t.append_message("sign-bytes", message);
  t.append_message("proto-name", as_bytes("Schnorr-sig"));
  t.append_message("sign:pk", public_key);
  return t;
}

// k = challenge_bytes("sign:c", 64) reduced mod l.
ByteArray<32> challenge_scalar(Transcript& t) {
  uint8_t wide[64];
  t.challenge_bytes("sign:c", std::span<uint8_t>(wide, 64));
  ByteArray<32> k{};
  crypto_core_ristretto255_scalar_reduce(k.data(), wide);
  return k;
}

// q = n * P; the identity (which libsodium reports as an error) encodes as 32 zero bytes.
void scalarmult(uint8_t* q, const uint8_t* n, const uint8_t* p) {
  if (crypto_scalarmult_ristretto255(q, n, p) != 0) sodium_memzero(q, 32);
}
void scalarmult_base(uint8_t* q, const uint8_t* n) {
  if (crypto_scalarmult_ristretto255_base(q, n) != 0) sodium_memzero(q, 32);
}

}  // namespace

const char* to_string(Error e) {
  switch (e) {
    case Error::kBadSignatureLength:
      return "sr25519: signature is not 64 bytes";
    case Error::kNotMarkedSchnorrkel:
      return "sr25519: schnorrkel marker bit not set";
    case Error::kScalarNotCanonical:
      return "sr25519: signature scalar not canonical";
    case Error::kBadPublicKey:
      return "sr25519: public key is not a valid ristretto255 point";
    case Error::kEquationFalse:
      return "sr25519: signature does not verify";
    case Error::kBadSecretKey:
      return "sr25519: malformed secret key";
  }
  return "sr25519: unknown error";
}

SecretKey::~SecretKey() {
  sodium_memzero(key.data(), key.size());
  sodium_memzero(nonce.data(), nonce.size());
}

Result<SecretKey, Error> secret_from_ed25519_bytes(ByteView bytes64) {
  if (bytes64.size() != 64) return unexpected(Error::kBadSecretKey);
  SecretKey out;
  for (size_t i = 0; i < 32; ++i) out.key[i] = bytes64[i];
  for (size_t i = 0; i < 32; ++i) out.nonce[i] = bytes64[32 + i];
  divide_by_cofactor(out.key);
  if (!is_canonical_scalar(out.key.data())) return unexpected(Error::kBadSecretKey);
  return out;
}

ByteArray<64> secret_to_ed25519_bytes(const SecretKey& secret) {
  ByteArray<32> key = secret.key;
  multiply_by_cofactor(key);
  ByteArray<64> out{};
  for (size_t i = 0; i < 32; ++i) out[i] = key[i];
  for (size_t i = 0; i < 32; ++i) out[32 + i] = secret.nonce[i];
  sodium_memzero(key.data(), key.size());
  return out;
}

SecretKey expand_mini_secret(const MiniSecret& mini) {
  ensure_sodium();
  uint8_t h[64];
  crypto_hash_sha512(h, mini.data(), mini.size());
  SecretKey out;
  for (size_t i = 0; i < 32; ++i) out.key[i] = h[i];
  for (size_t i = 0; i < 32; ++i) out.nonce[i] = h[32 + i];
  out.key[0] &= 248;
  out.key[31] &= 63;
  out.key[31] |= 64;
  divide_by_cofactor(out.key);  // now in [2^251, 2^252): canonical
  sodium_memzero(h, sizeof h);
  return out;
}

MiniSecret hard_derive_mini_secret(const SecretKey& parent, const ChainCode& chain_code) {
  Transcript t("SchnorrRistrettoHDKD");
  t.append_message("sign-bytes", ByteView());
  t.append_message("chain-code", chain_code);
  t.append_message("secret-key", parent.key);
  MiniSecret out{};
  t.challenge_bytes("HDKD-hard", out);
  return out;
}

PublicKey public_key(const SecretKey& secret) {
  ensure_sodium();
  PublicKey pk{};
  scalarmult_base(pk.data(), secret.key.data());
  return pk;
}

Signature sign(const SecretKey& secret, ByteView message, const ByteArray<32>& entropy) {
  ensure_sodium();
  const PublicKey pk = public_key(secret);
  Transcript t = signing_transcript(message, pk);
  uint8_t wide[64];
  t.witness_bytes("signing", secret.nonce, entropy, std::span<uint8_t>(wide, 64));
  uint8_t r[32];
  crypto_core_ristretto255_scalar_reduce(r, wide);
  Signature sig{};
  scalarmult_base(sig.data(), r);  // R = r*B
  t.append_message("sign:R", ByteView(sig.data(), 32));
  const ByteArray<32> k = challenge_scalar(t);
  uint8_t kx[32];
  crypto_core_ristretto255_scalar_mul(kx, k.data(), secret.key.data());
  crypto_core_ristretto255_scalar_add(sig.data() + 32, kx, r);  // s = k*x + r
  sig[63] |= 0x80;
  sodium_memzero(wide, sizeof wide);
  sodium_memzero(r, sizeof r);
  sodium_memzero(kx, sizeof kx);
  return sig;
}

Result<void, Error> check(ByteView signature, ByteView message, ByteView public_key) {
  ensure_sodium();
  if (signature.size() != 64) return unexpected(Error::kBadSignatureLength);
  uint8_t s[32];
  for (size_t i = 0; i < 32; ++i) s[i] = signature[32 + i];
  if ((s[31] & 0x80) == 0) return unexpected(Error::kNotMarkedSchnorrkel);
  s[31] &= 0x7f;
  if (!is_canonical_scalar(s)) return unexpected(Error::kScalarNotCanonical);
  if (public_key.size() != 32 || crypto_core_ristretto255_is_valid_point(public_key.data()) != 1) {
    return unexpected(Error::kBadPublicKey);
  }
  Transcript t = signing_transcript(message, public_key);
  t.append_message("sign:R", signature.first(32));
  const ByteArray<32> k = challenge_scalar(t);
  uint8_t sb[32];
  uint8_t ka[32];
  uint8_t r[32];
  scalarmult_base(sb, s);
  scalarmult(ka, k.data(), public_key.data());
  // Both are canonical encodings (possibly of the identity), so sub cannot fail.
  SUBEMU_CHECK(crypto_core_ristretto255_sub(r, sb, ka) == 0);
  if (sodium_memcmp(r, signature.data(), 32) != 0) return unexpected(Error::kEquationFalse);
  return Ok{};
}

bool verify(ByteView signature, ByteView message, ByteView public_key) {
  return check(signature, message, public_key).has_value();
}

}  // namespace subemu::crypto::sr25519
