// The scenario runner: shared/design/SCENARIO.md's `subemu-scenario/1` in, its
// `subemu-scenario-result/1` out. A scenario drives a fresh in-memory chain without a server:
// calls dispatched with an origin (as the reference's pallet tests do) or as real signed
// extrinsics of dev accounts, blocks mined with every hook, storage overrides; then the decoded
// state dump.
//
// Everything is validated before anything runs (plan.hpp lists the rules): a validation error
// names the place ("steps[3].args.dest: unknown account 'bob'") and nothing is executed.
//
// Execution (where SCENARIO.md leaves room, the choices made here):
//   * The chain is opened on the built-in genesis of the config plus the scenario's balances, so
//     it starts inside block 1 after its on_initialize hooks and the Timestamp.set inherent
//     (Timestamp.Now of block n is n * 12,000 ms).
//   * A call step dispatches in the open block (Chain::dispatch: no signature, nonce, fee, weight
//     accounting nor ExtrinsicSuccess/Failed event). Its result: {"ok", "events", "error"?}. A
//     failed call's writes and events are rolled back (FRAME calls are transactional), so its
//     events are [].
//   * A signed step builds an immortal v4 extrinsic (current nonce, no tip, metadata hash
//     disabled) signed by the dev key and applies it in the open block: its events include the
//     fee payment and ExtrinsicSuccess/ExtrinsicFailed; a dispatch error is reported as for a
//     call. An extrinsic the runtime refuses (TransactionValidityError, e.g. no funds for the
//     fee) leaves no trace and gives {"ok": false, "events": [], "error": {"pallet": null,
//     "name": "Invalid.Payment", "message": "..."}} ("Unknown.CannotLookup", ...; a Custom(n)
//     error is "Invalid.Custom" with "code": n).
//   * A mine step gives {"ok": true, "events": [...]}: the events of the Initialization and
//     Finalization phases of the blocks it finalized and opened (not those of the timestamp
//     inherents). A set_storage step gives {"ok": true}; it writes the raw bytes into the open
//     block's state (the value may equal the item's default: it is then a written default).
//   * "block" is the number of the open block at the end.
//   * The state dump reads the open block's state; "undecodable" (state_dump.hpp) is added only
//     when some entry of a dumped item does not decode.
//
// Tools layer; no exception escapes. Each run owns its chain: concurrent runs are independent.
#pragma once

#include <string>
#include <vector>

#include "runtime/primitives/result.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::scenario {

struct RunOptions {
  // Limit the dump to these "Pallet.Item" names (empty: the SCENARIO.md default set). Any item
  // of the runtime registry may be named; an unknown one is a validation error.
  std::vector<std::string> state_items;
  // Add "state_root": the Substrate trie root (V1) of the whole state at the end, i.e. of the
  // open block's state as it stands (not finalized: no header commits to it yet).
  bool state_root = false;
};

// Runs a parsed scenario. Errors (as text): validation failures, reported before anything runs,
// or a failure of the in-memory chain while running (prefixed by the step, a bug in practice).
Result<json::Json, std::string> run(const json::Json& scenario, const RunOptions& options = {});

}  // namespace subemu::tools::scenario
