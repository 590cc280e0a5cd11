// ed25519 (RFC 8032, pure Ed25519 over the raw message) on libsodium, as Substrate's
// sp_core::ed25519 / sp_io::crypto::ed25519_verify use it.
//
// Signing is deterministic (RFC 8032): sign(seed, msg) reproduces polkadot.js/subkey bytes.
// Verification strictness: libsodium 1.0.18 rejects s >= l, a small-order R, and a public key
// that is small-order or a non-canonical encoding, and checks the cofactorless equation.
// Substrate verifies with ed25519-zebra (ZIP-215 rules: non-canonical A/R encodings and
// small-order points accepted, cofactored equation, s >= l rejected). The two agree on every
// signature an honest signer makes (all shared vectors); they differ only on crafted
// small-order / non-canonical inputs, which this emulator rejects where the chain would accept.
// Secrets are wiped after use. Thread-safe.
#pragma once

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/hdkd.hpp"

namespace subemu::crypto::ed25519 {

using PublicKey = ByteArray<32>;
using Signature = ByteArray<64>;
using Seed = ByteArray<32>;
using ChainCode = crypto::ChainCode;

PublicKey public_key(const Seed& seed);
Signature sign(const Seed& seed, ByteView message);
// False for wrong lengths (signature 64, key 32) or a signature libsodium rejects.
bool verify(ByteView signature, ByteView message, ByteView public_key);
// Substrate hard junction: blake2_256(SCALE("Ed25519HDKD") ++ seed ++ chain_code).
Seed hard_derive(const Seed& parent, const ChainCode& chain_code);

}  // namespace subemu::crypto::ed25519
