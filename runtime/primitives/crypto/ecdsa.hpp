// ecdsa: secp256k1 recoverable signatures as Substrate uses them (libsecp256k1 + recovery module;
// the only file that includes secp256k1.h).
//
// Substrate signs blake2_256(message) with RFC 6979 nonces and low s; a signature is 65 bytes
// r (32, BE) ++ s (32, BE) ++ v (recovery id). An account is blake2_256(33-byte compressed key).
// Two verification semantics:
//   verify          the runtime's (MultiSignature::verify -> sp_io secp256k1_ecdsa_recover_
//                   compressed v2): v > 26 is read as v - 27, then v must be 0..3; r, s must be
//                   in [0, n) (parse_compact; zero fails recovery); high s IS accepted
//                   (secp256k1_ecdsa_recover does not enforce low s).
//   verify_offchain sp_core::ecdsa::Pair::verify: v must be 0..3 (27/28 rejected); high s
//                   accepted as well (it also recovers and compares).
// Both recover the public key and compare it with the expected compressed key.
// Thread-safe: one process-wide libsecp256k1 context, created on first use and only read.
#pragma once

#include <cstdint>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/hdkd.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::crypto::ecdsa {

using PublicKey = ByteArray<33>;  // compressed
using UncompressedPublicKey = ByteArray<65>;
using Signature = ByteArray<65>;
using SecretKey = ByteArray<32>;
using ChainCode = crypto::ChainCode;

enum class Error : uint8_t {
  kBadSignatureLength = 1,  // not 65 bytes
  kBadRecoveryId = 2,       // v not accepted by the chosen semantics
  kBadRS = 3,               // r or s >= n
  kRecoveryFailed = 4,      // no key recovers (e.g. r = 0, s = 0, or r not an x coordinate)
  kBadSecretKey = 5,        // zero or >= n
  kBadPublicKey = 6,        // not a valid point encoding
};
const char* to_string(Error e);

enum class RecoveryIdRule : uint8_t {
  kRuntime,  // v > 26 -> v - 27 (sp_io)
  kStrict,   // v in 0..3 only (sp_core off chain)
};

Result<PublicKey, Error> public_key(const SecretKey& secret);
Result<UncompressedPublicKey, Error> decompress(ByteView compressed33);
AccountId32 account_id(const PublicKey& public_key);

// RFC 6979 (libsecp256k1's default nonce), low s, v in 0..3.
Result<Signature, Error> sign_prehashed(const SecretKey& secret, const Hash256& digest);
Result<Signature, Error> sign(const SecretKey& secret, ByteView message);  // digest = blake2_256

Result<PublicKey, Error> recover_prehashed(ByteView signature, const Hash256& digest,
                                           RecoveryIdRule rule);

bool verify(ByteView signature, ByteView message, ByteView public_key33);
bool verify_offchain(ByteView signature, ByteView message, ByteView public_key33);

// Substrate hard junction: blake2_256(SCALE("Secp256k1HDKD") ++ secret ++ chain_code).
SecretKey hard_derive(const SecretKey& parent, const ChainCode& chain_code);

}  // namespace subemu::crypto::ecdsa
