#include "runtime/chain_spec.hpp"

#include <tuple>

#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/version.hpp"

namespace subemu::runtime {

ChainSpec dev_chain_spec() { return ChainSpec{"dev"}; }

ByteArray<32> chain_identity(const ChainSpec& spec) {
  Bytes encoded = scale::encode(std::tuple<std::string, std::string, uint32_t>(
      std::string(kSpecName), spec.name, kSpecVersion));
  return crypto::blake2_256(encoded);
}

}  // namespace subemu::runtime
