// XXH64 (xxHash, 64-bit variant), the hash behind Substrate's twox_64/128/256 storage hashers.
//
// Implemented from the XXH64 specification (Yann Collet, xxhash_spec.md). Input is read as
// little-endian lanes regardless of host order; output is the 64-bit value (callers choose the
// byte order: Substrate stores it little-endian). Not collision resistant — only for keys whose
// preimages are not attacker chosen. Pure; thread-safe.
#pragma once

#include <cstdint>

#include "runtime/primitives/bytes.hpp"

namespace subemu::crypto {

uint64_t xxhash64(ByteView data, uint64_t seed);

}  // namespace subemu::crypto
