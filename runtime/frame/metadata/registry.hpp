// The pallet registry: for every pallet of the runtime, its construct_runtime! index and name, its
// calls (index, name, argument names and types, dispatch and weight functions), events, errors and
// storage items. It is the single source for decoding and dispatch: the executive dispatches
// through it, the scenario runner encodes JSON arguments with it, state dumps and `decode
// extrinsic|events` render with it, and later the gRPC typed queries.
//
// Built once (registry for a config is immutable afterwards) and safe to read from any thread.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/bytes.hpp"
#include "storage/storage_key.hpp"

namespace subemu::runtime::frame {
struct Env;
struct Origin;
}  // namespace subemu::runtime::frame

namespace subemu::runtime::metadata {

class Registry;

// Dispatches a decoded call's arguments (`args` = the SCALE bytes after the two index bytes; the
// function decodes them with decode_all semantics and may assume they decode, since the executive
// only dispatches calls that decoded).
using DispatchFn = frame::DispatchResultWithPostInfo (*)(frame::Env& env,
                                                        const frame::Origin& origin,
                                                        ByteView args);
// The call's #[pallet::weight] / class / pays_fee from its arguments (mirrors GetDispatchInfo).
using InfoFn = frame::DispatchInfo (*)(const Registry& registry, ByteView args);

struct CallDesc {
  std::string name;  // the Rust function name, e.g. "transfer_keep_alive"
  uint8_t index = 0;
  std::vector<Field> args;  // parameter names and types, in order
  DispatchFn dispatch = nullptr;
  InfoFn info = nullptr;
};

enum class ItemKind : uint8_t { kValue, kMap, kDoubleMap, kNMap };

struct ItemDesc {
  std::string pallet;  // "SubtensorModule"
  std::string name;    // "SubnetTAO"
  ItemKind kind = ItemKind::kValue;
  std::vector<storage::HasherKind> hashers;  // one per key; empty for kValue
  std::vector<TypeRef> keys;                 // key types, one per hasher
  TypeRef value;
  // ValueQuery: SCALE bytes of the default; nullopt for OptionQuery.
  std::optional<Bytes> default_value;
};

struct PalletDesc {
  std::string name;  // construct_runtime! name: "System", "Balances", "SubtensorModule", ...
  uint8_t index = 0;
  std::vector<CallDesc> calls;
  std::vector<Variant> events;      // the pallet's Event enum
  std::vector<std::string> errors;  // the pallet's Error enum, by variant index ("" = unused)
  std::vector<ItemDesc> items;

  const CallDesc* call_by_index(uint8_t i) const;
  const CallDesc* call_by_name(std::string_view n) const;
  const ItemDesc* item_by_name(std::string_view n) const;
};

class Registry {
 public:
  explicit Registry(std::vector<PalletDesc> pallets);

  const std::vector<PalletDesc>& pallets() const { return pallets_; }
  const PalletDesc* pallet_by_index(uint8_t index) const;
  const PalletDesc* pallet_by_name(std::string_view name) const;
  const CallDesc* call(uint8_t pallet_index, uint8_t call_index) const;
  // "Pallet.item" lookup.
  const ItemDesc* item(std::string_view pallet, std::string_view name) const;
  // The same from "Pallet.Item" (split at the first '.').
  const ItemDesc* item(std::string_view qualified) const;
  // The same for calls: ("SubtensorModule", "add_stake").
  const CallDesc* call_by_name(std::string_view pallet, std::string_view call) const;
  // The pallet's Event enum as a type ("<Pallet>Event"), nullptr for an unknown pallet.
  TypeRef event_type(uint8_t pallet_index) const;
  // RuntimeEvent: an enum with one variant per pallet that has events (the pallet's name and
  // index, one field of its event_type), as construct_runtime! builds it.
  const TypeRef& runtime_event() const { return runtime_event_; }
  // Name of a module error, or nullptr.
  const std::string* error_name(uint8_t pallet_index, uint8_t error_index) const;

 private:
  std::vector<PalletDesc> pallets_;
  std::vector<TypeRef> event_types_;  // parallel to pallets_ (nullptr: no events)
  TypeRef runtime_event_;
};

}  // namespace subemu::runtime::metadata
