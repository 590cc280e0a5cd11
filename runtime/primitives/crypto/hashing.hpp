// Substrate's hash functions, as the storage hashers and the runtime use them.
//
//   twox_64   = LE(XXH64(data, seed 0))
//   twox_128  = LE(XXH64 seed 0) ++ LE(XXH64 seed 1)
//   twox_256  = LE(seed 0) ++ LE(seed 1) ++ LE(seed 2) ++ LE(seed 3)
//   blake2_N  = unkeyed BLAKE2b with an N-bit digest (a parameter of BLAKE2b, not a truncation)
//   keccak_256 = original Keccak (Ethereum), not NIST SHA3-256
//   sha2_256  = SHA-256 (FIPS 180-4), used by proof-of-work registration
// Pure functions; thread-safe.
#pragma once

#include "runtime/primitives/bytes.hpp"

namespace subemu::crypto {

using Hash64 = ByteArray<8>;
using Hash128 = ByteArray<16>;
using Hash256 = ByteArray<32>;
using Hash512 = ByteArray<64>;

Hash64 twox_64(ByteView data);
Hash128 twox_128(ByteView data);
Hash256 twox_256(ByteView data);

Hash128 blake2_128(ByteView data);
Hash256 blake2_256(ByteView data);
Hash512 blake2_512(ByteView data);

Hash256 keccak_256(ByteView data);

Hash256 sha2_256(ByteView data);

}  // namespace subemu::crypto
