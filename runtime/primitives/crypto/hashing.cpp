// Substrate hashers over XXH64 and BLAKE2b (keccak_256 lives in keccak.cpp).
#include "runtime/primitives/crypto/hashing.hpp"

#include "runtime/primitives/crypto/blake2b.hpp"
#include "runtime/primitives/crypto/xxhash64.hpp"

namespace subemu::crypto {
namespace {

// Concatenation of LE(XXH64(data, seed)) for seeds 0..N/8-1.
template <size_t N>
ByteArray<N> twox(ByteView data) {
  ByteArray<N> out{};
  for (size_t seed = 0; seed < N / 8; ++seed) {
    const uint64_t h = xxhash64(data, static_cast<uint64_t>(seed));
    for (size_t i = 0; i < 8; ++i) out[seed * 8 + i] = static_cast<uint8_t>(h >> (8 * i));
  }
  return out;
}

}  // namespace

Hash64 twox_64(ByteView data) { return twox<8>(data); }
Hash128 twox_128(ByteView data) { return twox<16>(data); }
Hash256 twox_256(ByteView data) { return twox<32>(data); }

Hash128 blake2_128(ByteView data) { return blake2b<16>(data); }
Hash256 blake2_256(ByteView data) { return blake2b<32>(data); }
Hash512 blake2_512(ByteView data) { return blake2b<64>(data); }

}  // namespace subemu::crypto
