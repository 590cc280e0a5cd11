// Genesis: the initial state of a chain and its block 0.
//
// GenesisConfig mirrors the parts of the reference's chain spec that the emulated pallets read
// (runtime genesis builders at v3.0.0): balances, the sudo key, the starting timestamp, and the
// configuration ("runtime" constants or the unit-test mock's). dev_genesis() is the localnet
// spec (node/src/chain_spec/localnet.rs): Alice, Bob, Charlie 1,000,000 TAO; Dave, Eve, Ferdie
// and the two EVM dev accounts (Alith, Baltathar) 2,000 TAO; Alice is the sudo key.
//
// build_genesis_state writes the genesis state into an overlay, as the runtime's
// GenesisConfig::build does, pallet by pallet in construct_runtime! order. The genesis header is
// {parent 0, number 0, state_root = trie root (V1) of that state, extrinsics_root = empty ordered
// trie root, no digest}; its hash identifies the chain (and its database). It differs from the
// real localnet's genesis hash, whose state also holds the runtime's WASM code (:code).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/header.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime {

struct GenesisConfig {
  std::string name = "dev";                  // chain name, shown to users
  const frame::RuntimeConfig* config = nullptr;  // never null once built
  std::vector<std::pair<AccountId, uint64_t>> balances;  // free balances (rao), unique accounts
  std::optional<AccountId> sudo_key;
  // Timestamp.Now of block n is genesis_timestamp_ms + n * slot duration, unless the testbed
  // sets another next timestamp.
  uint64_t genesis_timestamp_ms = 0;
};

// The localnet chain spec with the "runtime" constants.
GenesisConfig dev_genesis();
// The unit-test mock: no balances, no sudo key, "test" constants.
GenesisConfig test_genesis();

// Writes the genesis state. Errors (as text): a duplicate balance account, a balance below the
// existential deposit, a total issuance overflow.
Result<void, std::string> build_genesis_state(frame::Env& env, const GenesisConfig& genesis);

// The genesis header for a state root.
frame::Header genesis_header(const Hash256& state_root);

}  // namespace subemu::runtime
