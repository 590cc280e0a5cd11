// Chain specifications the emulator can start from, and the identity recorded in a database so
// that a data folder of one chain is never opened as another.
//
// For now the identity of a chain is blake2_256 of SCALE((spec name, chain name, spec_version)).
// The chain-core issue (#3) replaces it with the genesis block hash, with a database format bump.
#pragma once

#include "runtime/layer.hpp"

#include <string>

#include "runtime/primitives/bytes.hpp"

namespace subemu::runtime {

struct ChainSpec {
  std::string name;  // e.g. "dev"
};

// The development chain: what `subtensor-emu serve --dev` starts.
ChainSpec dev_chain_spec();

// 32-byte identity of a chain, recorded in its database.
ByteArray<32> chain_identity(const ChainSpec& spec);

}  // namespace subemu::runtime
