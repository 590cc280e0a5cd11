// The decoded state dump of the scenario output and of `subtensor-emu state dump`
// (shared/design/SCENARIO.md, "state"):
//
//   {"System.Account": [[["0xd435…"], {"nonce": 0, ...}], ...],   map: [keys, value] pairs in
//    "Balances.TotalIssuance": "1000000000000000",               raw key order; plain value:
//    "SubtensorModule.SubnetTAO": [[[2], "1000000000"]], ...}     the value
//
// Every listed item that holds at least one entry appears under "Pallet.Item"; items without
// entries are left out. Keys and values are rendered by value_json.hpp; each map key is the list
// of its decoded parts (a non-reversible hasher's part is its digest as 0x hex).
//
// Undecodable entries never stop the dump. They are left out of "state" and listed, in key order,
// in `undecodable`: {"item": "Pallet.Item", "key": "0x…", "value": "0x…", "error": "…"}. An entry
// is undecodable when its key does not decode exactly (bytes after the last key part included —
// stricter than FRAME, which ignores them), when its value does not decode exactly (trailing
// bytes included), or when a keyed item has a value at the bare 32-byte prefix or a plain value
// item has keys below its own. Keys of the pallets that belong to no listed item are not looked
// at.
//
// The state is read through StateScanner, so a store, one of its snapshots and an overlay all
// work. Tools layer; no exception escapes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/frame/metadata/registry.hpp"
#include "runtime/primitives/result.hpp"
#include "runtime/primitives/status.hpp"
#include "storage/kv_store.hpp"
#include "storage/overlay.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::json {

// Ordered read access to raw state.
class StateScanner {
 public:
  virtual ~StateScanner() = default;
  // Visits the entries whose key starts with `prefix`, in ascending unsigned-byte key order.
  virtual Status scan(ByteView prefix, storage::ScanVisitor visit) const = 0;
};

// A store or snapshot (storage::KvReader: MemoryStore, RocksDB store, their snapshots).
class KvReaderScanner final : public StateScanner {
 public:
  explicit KvReaderScanner(const storage::KvReader& reader) : reader_(reader) {}
  Status scan(ByteView prefix, storage::ScanVisitor visit) const override;

 private:
  const storage::KvReader& reader_;
};

// An overlay (pending changes over its backend). A backend error recorded during the scan is
// returned (an error recorded before is returned too: the overlay's reads are then unreliable).
class OverlayScanner final : public StateScanner {
 public:
  explicit OverlayScanner(const storage::Overlay& overlay) : overlay_(overlay) {}
  Status scan(ByteView prefix, storage::ScanVisitor visit) const override;

 private:
  const storage::Overlay& overlay_;
};

struct StateDump {
  Json state = Json::object();       // "Pallet.Item" -> value | [[keys, value], ...]
  Json undecodable = Json::array();  // [{"item", "key", "value", "error"}, ...]
};

// Dumps `items` (pointers into `registry`). Errors: the scanner's
// Status (a backend failure); decode problems are not errors (see `undecodable`).
Result<StateDump, Status> dump_state(const runtime::metadata::Registry& registry,
                                     const std::vector<const runtime::metadata::ItemDesc*>& items,
                                     const StateScanner& state);

// The items of SCENARIO.md's default dump: System.Account, Balances.TotalIssuance and every item
// of SubtensorModule, in registry order (missing pallets or items are skipped).
std::vector<const runtime::metadata::ItemDesc*> scenario_dump_items(
    const runtime::metadata::Registry& registry);

// Items by "Pallet.Item" names (the --state items=A,B option); the error names an unknown one.
Result<std::vector<const runtime::metadata::ItemDesc*>, std::string> items_by_name(
    const runtime::metadata::Registry& registry, const std::vector<std::string>& names);

}  // namespace subemu::tools::json
