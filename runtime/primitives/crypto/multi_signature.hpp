// MultiSignature verification as sp_runtime::MultiSignature::verify does it on chain.
//
//   kEd25519 / kSr25519: the AccountId32 is the public key; verify the 64-byte signature.
//   kEcdsa: recover the key from (blake2_256(message), 65-byte signature) with the runtime's
//           recovery-id rule (v > 26 -> v - 27) and compare blake2_256(compressed key) with the
//           account id.
// Scheme values are MultiSignature's SCALE variant indices. A wrong-length signature is false.
// Thread-safe.
#pragma once

#include <cstdint>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::crypto {

enum class Scheme : uint8_t {
  kEd25519 = 0,
  kSr25519 = 1,
  kEcdsa = 2,
};

bool verify_multi(Scheme scheme, ByteView signature, ByteView message, const AccountId32& signer);

}  // namespace subemu::crypto
