// The JSON chain spec: what `serve --chain-spec FILE` starts from and `chain-spec` prints.
//
//   {
//     "format": "subemu-chain-spec/1",
//     "name": "dev",                       chain name (shown to users)
//     "config": "runtime" | "test",        the runtime's constants or the unit-test mock's
//     "genesis": {
//       "balances": [["<SS58 or 0x hex>", "<rao, decimal>"], ...],
//       "sudo": "<SS58 or 0x hex>" | null,
//       "timestamp_ms": "<decimal>"        Timestamp.Now base: block n gets base + n * 12 s
//     }
//   }
//
// Every field is required except "sudo" (default null) and "timestamp_ms" (default 0); unknown
// fields are errors. The genesis block hash is derived from the resulting state, so two specs
// that build the same state are the same chain.
#pragma once

#include <string>

#include "runtime/genesis.hpp"
#include "runtime/primitives/result.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::json {

Result<runtime::GenesisConfig, std::string> chain_spec_from_json(const Json& spec);
Json chain_spec_to_json(const runtime::GenesisConfig& genesis);

}  // namespace subemu::tools::json
