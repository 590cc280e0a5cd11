// Substrate's hard key derivation for the seed-based schemes (ed25519, ecdsa):
//   child = blake2_256(SCALE(String label) ++ parent ++ chain_code)
// with label "Ed25519HDKD" or "Secp256k1HDKD". (sr25519 derives through a Merlin transcript.)
// Pure; thread-safe.
#pragma once

#include <string_view>

#include "runtime/primitives/bytes.hpp"

namespace subemu::crypto {

using ChainCode = ByteArray<32>;

ByteArray<32> hdkd_hash(std::string_view label, const ByteArray<32>& parent,
                        const ChainCode& chain_code);

}  // namespace subemu::crypto
