#include "runtime/primitives/crypto/hdkd.hpp"

#include <string>

#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/blake2b.hpp"

namespace subemu::crypto {

ByteArray<32> hdkd_hash(std::string_view label, const ByteArray<32>& parent,
                        const ChainCode& chain_code) {
  Blake2b h(32);
  h.update(scale::encode(std::string(label)));
  h.update(parent);
  h.update(chain_code);
  return h.final<32>();
}

}  // namespace subemu::crypto
