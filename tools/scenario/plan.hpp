// The planner of the scenario runner: a `subemu-scenario/1` document (shared/design/SCENARIO.md)
// checked completely and turned into a Plan — the genesis to build and each step in executable
// form (calls and storage overrides already SCALE-encoded) — before anything runs.
//
// Validation, with the place named in every message ("steps[3].args.dest: unknown account 'bob'",
// "genesis.balances.hot1: ...", "accounts.x: ..."):
//   * top level: only format (required, exactly "subemu-scenario/1"), config, accounts, genesis,
//     steps; config is "runtime" (default) or "test";
//   * accounts: each name maps to exactly one of {"dev": "Alice"…"Ferdie"}, {"label": "…"} or
//     {"id": "0x<32 bytes>"}. A name may not be "root" or "none" (origins), start with "0x" (hex
//     accounts) or be empty. Several names may denote the same account;
//   * genesis.balances: account (name or 0x hex) -> free balance in rao (decimal string or JSON
//     integer). A listed account's balance replaces the built-in genesis balance (also a dev
//     account's). "0" means the account gets no balance at all: it is left out of the genesis
//     (a dev account funded by the built-in genesis is removed from it). Any other amount must be
//     at least the config's existential deposit (pallet_balances' genesis build asserts it), and
//     the total issuance must fit u64;
//   * steps: exactly one of "call" (with "origin", optional "args", optional "signed"), "mine"
//     (a JSON integer 0..1,000,000; 0 does nothing) or "set_storage" ({"item", "key" for maps only,
//     "value"}); calls and items must exist in the runtime registry (SubtensorModule is not
//     modelled yet, so its calls and items are unknown until it lands); every argument, key part
//     and value must have its type's JSON form (tools/json/value_json.hpp). A map key is given
//     decoded, part by part; a part under a non-reversible hasher (which the dump shows as its
//     digest) is given as its pre-image value, not as that digest;
//   * origins: an account name or 0x hex (Signed), "root" or "none". A signed step
//     ("signed": true) needs an origin that is one of the six dev accounts, by any name or by hex.
//
// Tools layer; no exception escapes. Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "runtime/frame/origin.hpp"
#include "runtime/genesis.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::scenario {

// {"call": ...}: the encoded RuntimeCall (pallet index ++ call index ++ args).
struct CallStep {
  runtime::frame::Origin origin;
  std::optional<std::string> signer_dev;  // set for "signed": true (the dev key's name, "Alice")
  Bytes call;
};
// {"mine": N}
struct MineStep {
  uint32_t blocks = 0;
};
// {"set_storage": ...}: the raw key and SCALE value to put.
struct SetStorageStep {
  Bytes key;
  Bytes value;
};
using Step = std::variant<CallStep, MineStep, SetStorageStep>;

struct Plan {
  runtime::GenesisConfig genesis;
  std::vector<Step> steps;
};

// Checks and plans a parsed scenario; the error is the first problem found, for people.
Result<Plan, std::string> make_plan(const json::Json& scenario);

// "steps[3]"
std::string step_path(size_t index);

}  // namespace subemu::tools::scenario
