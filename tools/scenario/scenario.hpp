// The scenario runner: shared/design/SCENARIO.md's `subemu-scenario/1` in, its
// `subemu-scenario-result/1` out. A scenario drives a fresh in-memory chain without a server:
// calls dispatched with an origin (as the reference's pallet tests do) or as real signed
// extrinsics of dev accounts, blocks mined with every hook, storage overrides; then the decoded
// state dump.
//
// Everything is validated before anything runs (unknown fields, calls, accounts, malformed
// values): the error names the step index and the reason, and nothing is executed.
//
// Tools layer; no exception escapes. Not thread-safe per call (each run owns its chain).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/primitives/result.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::scenario {

struct RunOptions {
  // Limit the dump to these "Pallet.Item" names (empty: the SCENARIO.md default set).
  std::vector<std::string> state_items;
  // Add "state_root": the Substrate trie root (V1) of the whole state at the end.
  bool state_root = false;
};

// Runs a parsed scenario. Errors (as text) are validation failures, reported before anything
// runs, or a storage failure (a bug in a memory store, in practice).
Result<json::Json, std::string> run(const json::Json& scenario, const RunOptions& options = {});

}  // namespace subemu::tools::scenario
