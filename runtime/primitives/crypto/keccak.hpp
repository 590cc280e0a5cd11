// Keccak: the Keccak-f[1600] permutation and the original (pre-NIST) Keccak-256 hash.
//
//   keccak_f1600  24-round permutation over 25 little-endian lanes (state[x + 5*y]); the building
//                 block of the STROBE-128 / Merlin transcript used by sr25519.
//   keccak_sponge generic pad10*1 sponge: `rate` bytes per block (1..200, REQUIRES checked),
//                 `domain` is the first padding byte (0x01 Keccak, 0x06 SHA-3, 0x1f SHAKE).
//   keccak_256    Ethereum's Keccak-256 = sponge(rate 136, domain 0x01, 32 bytes); NOT SHA3-256.
// Implemented from the Keccak reference ("The Keccak reference", v3.0) and FIPS 202 §3.
// Pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::crypto {

void keccak_f1600(uint64_t state[25]);

void keccak_sponge(ByteView data, size_t rate, uint8_t domain, std::span<uint8_t> out);

Hash256 keccak_256(ByteView data);  // also declared in hashing.hpp

}  // namespace subemu::crypto
