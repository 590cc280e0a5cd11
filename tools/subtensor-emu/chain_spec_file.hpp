// Reading the chain spec for `serve` and `state`: `--chain-spec FILE` (tools/json/chain_spec_json)
// or the built-in development spec.
#pragma once

#include <optional>
#include <string>

#include "runtime/genesis.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::tools {

// The spec in `path`, or the dev spec when `path` is empty. The error is for people.
Result<runtime::GenesisConfig, std::string> load_chain_spec(const std::string& path);

}  // namespace subemu::tools
