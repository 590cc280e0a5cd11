// sr25519: schnorrkel Schnorr signatures over Ristretto255, as Substrate (sp_core::sr25519,
// sp_io::crypto::sr25519_verify v2) uses them, with the signing context b"substrate".
//
// Challenge (schnorrkel verify_simple):
//   t = Transcript("SigningContext"); t.append("", "substrate"); t.append("sign-bytes", msg);
//   t.append("proto-name", "Schnorr-sig"); t.append("sign:pk", A); t.append("sign:R", R);
//   k = challenge_bytes("sign:c", 64) mod l;   valid iff compress(s*B - k*A) == R (byte equal).
// Signature = R (32) ++ s (32, little endian) with the schnorrkel marker bit s[31] & 0x80 set.
// Rejections mirror schnorrkel: wrong length; marker bit clear (NotMarkedSchnorrkel; sp_io v2 has
// no "deprecated" fallback); s (marker cleared) >= l (ScalarFormatError); public key not a
// canonical Ristretto encoding (PointDecompressionError); equation false. R itself is only
// compared as bytes, as schnorrkel does.
// Signing is deterministic here: the witness is Merlin's TranscriptRng keyed with the secret
// nonce and 32 RNG bytes that default to zero (schnorrkel reads them from an OS RNG; any value
// gives a valid signature). `entropy` lets a caller supply them.
// Secrets: SecretKey wipes itself (sodium_memzero) on destruction; temporaries are wiped.
// Thread-safe (libsodium is initialised once, see sodium.hpp).
#pragma once

#include <cstdint>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::crypto::sr25519 {

inline constexpr char kSigningContext[] = "substrate";

using PublicKey = ByteArray<32>;
using Signature = ByteArray<64>;
using MiniSecret = ByteArray<32>;
using ChainCode = ByteArray<32>;

enum class Error : uint8_t {
  kBadSignatureLength = 1,   // not 64 bytes
  kNotMarkedSchnorrkel = 2,  // s[31] & 0x80 clear
  kScalarNotCanonical = 3,   // s >= l
  kBadPublicKey = 4,         // not 32 bytes / not a canonical Ristretto point
  kEquationFalse = 5,        // signature does not verify
  kBadSecretKey = 6,         // expanded secret malformed (length, or key scalar >= l)
};
const char* to_string(Error e);

// schnorrkel SecretKey: canonical key scalar (LE) and the 32-byte signing nonce seed.
struct SecretKey {
  ByteArray<32> key{};
  ByteArray<32> nonce{};
  SecretKey() = default;
  SecretKey(const SecretKey&) = default;
  SecretKey& operator=(const SecretKey&) = default;
  ~SecretKey();
};

// From schnorrkel's "ed25519 expanded" 64 bytes (polkadot.js secretKey; subkey's raw form):
// bytes[0..32] = key scalar * 8 as a 256-bit LE integer, bytes[32..64] = nonce. As schnorrkel's
// from_ed25519_bytes: divide by the cofactor (low 3 bits dropped), then require key < l.
Result<SecretKey, Error> secret_from_ed25519_bytes(ByteView bytes64);
// The inverse (key * 8 ++ nonce).
ByteArray<64> secret_to_ed25519_bytes(const SecretKey& secret);
// MiniSecretKey::expand(ExpansionMode::Ed25519): h = SHA-512(mini); key = clamp(h[0..32]) / 8;
// nonce = h[32..64]. This is what Substrate does with a seed / derived mini secret.
SecretKey expand_mini_secret(const MiniSecret& mini);
// schnorrkel hard_derive_mini_secret_key(Some(chain_code), b"") as Substrate's "//junction":
// Transcript("SchnorrRistrettoHDKD"), "sign-bytes" = "", "chain-code", "secret-key" = key
// scalar; mini = challenge("HDKD-hard", 32). Returns the new mini secret (expand it to use it).
MiniSecret hard_derive_mini_secret(const SecretKey& parent, const ChainCode& chain_code);

PublicKey public_key(const SecretKey& secret);

// Deterministic signature of `message` under kSigningContext (see the header comment).
Signature sign(const SecretKey& secret, ByteView message, const ByteArray<32>& entropy = {});

// Full verification with the reason for a rejection.
Result<void, Error> check(ByteView signature, ByteView message, ByteView public_key);
// The runtime verdict (sp_io::crypto::sr25519_verify): check(...) succeeded.
bool verify(ByteView signature, ByteView message, ByteView public_key);

}  // namespace subemu::crypto::sr25519
