// Decoded state dump (state_dump.hpp): one prefix scan per item, then key and value decoding of
// each entry with the item's descriptors.
#include "tools/json/state_dump.hpp"

#include <algorithm>
#include <exception>
#include <utility>

#include "runtime/frame/metadata/scale_value.hpp"
#include "storage/storage_key.hpp"

namespace subemu::tools::json {

namespace md = runtime::metadata;

Status KvReaderScanner::scan(ByteView prefix, storage::ScanVisitor visit) const {
  return reader_.scan(storage::ScanRange::all_with_prefix(prefix), visit);
}

Status OverlayScanner::scan(ByteView prefix, storage::ScanVisitor visit) const {
  if (!overlay_.backend_error().ok()) return overlay_.backend_error();
  overlay_.scan(storage::ScanRange::all_with_prefix(prefix), visit);
  return overlay_.backend_error();
}

namespace {

struct Entry {
  Bytes key;
  Bytes value;
};

std::string qualified(const md::ItemDesc& item) { return item.pallet + "." + item.name; }

Json undecodable_entry(const md::ItemDesc& item, const Entry& e, const std::string& why) {
  return Json{{"item", qualified(item)},
              {"key", to_hex(e.key)},
              {"value", to_hex(e.value)},
              {"error", why}};
}

// The JSON of one entry's key parts, or an error message.
Result<Json, std::string> keys_json(const md::Registry& registry, const md::ItemDesc& item,
                                    ByteView key) {
  Result<std::vector<md::Value>, md::DecodeFailure> parts =
      md::decode_storage_key(item, key, &registry);
  if (!parts.has_value()) return unexpected(parts.error().message());
  Json out = Json::array();
  for (size_t i = 0; i < parts->size(); ++i) {
    const md::Value& part = (*parts)[i];
    if (storage::is_reversible(item.hashers[i])) {
      out.push_back(to_json(*item.keys[i], part, &registry));
    } else {
      out.push_back(to_hex(part.bytes));
    }
  }
  return out;
}

Result<Json, std::string> value_json(const md::Registry& registry, const md::ItemDesc& item,
                                     ByteView value) {
  Result<md::Value, md::DecodeFailure> v = md::decode_value_all(*item.value, value, &registry);
  if (!v.has_value()) return unexpected("value " + v.error().message());
  return to_json(*item.value, *v, &registry);
}

}  // namespace

Result<StateDump, Status> dump_state(const md::Registry& registry,
                                     const std::vector<const md::ItemDesc*>& items,
                                     const StateScanner& state) {
  StateDump dump;
  try {
    for (const md::ItemDesc* item : items) {
      const storage::StoragePrefix prefix = storage::storage_prefix(item->pallet, item->name);
      std::vector<Entry> entries;
      Status s = state.scan(prefix, [&entries](ByteView k, ByteView v) {
        entries.push_back(Entry{Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end())});
        return storage::Visit::kContinue;
      });
      if (!s.ok()) return unexpected(std::move(s));
      const bool plain = item->kind == md::ItemKind::kValue;
      Json pairs = Json::array();
      for (const Entry& e : entries) {
        const bool at_prefix = e.key.size() == prefix.size();
        if (plain != at_prefix) {
          dump.undecodable.push_back(undecodable_entry(
              *item, e,
              plain ? "key below a plain value's prefix" : "value at a map's bare prefix"));
          continue;
        }
        Result<Json, std::string> value = value_json(registry, *item, e.value);
        if (!value.has_value()) {
          dump.undecodable.push_back(undecodable_entry(*item, e, value.error()));
          continue;
        }
        if (plain) {
          dump.state[qualified(*item)] = std::move(*value);
          continue;
        }
        Result<Json, std::string> keys = keys_json(registry, *item, e.key);
        if (!keys.has_value()) {
          dump.undecodable.push_back(undecodable_entry(*item, e, keys.error()));
          continue;
        }
        pairs.push_back(Json::array({std::move(*keys), std::move(*value)}));
      }
      if (!plain && !pairs.empty()) dump.state[qualified(*item)] = std::move(pairs);
    }
  } catch (const std::exception& ex) {
    return unexpected(Status::invalid_argument("state dump", ex.what()));
  }
  return dump;
}

std::vector<const md::ItemDesc*> scenario_dump_items(const md::Registry& registry) {
  std::vector<const md::ItemDesc*> out;
  if (const md::ItemDesc* a = registry.item("System", "Account")) out.push_back(a);
  if (const md::ItemDesc* t = registry.item("Balances", "TotalIssuance")) out.push_back(t);
  if (const md::PalletDesc* p = registry.pallet_by_name("SubtensorModule")) {
    for (const md::ItemDesc& item : p->items) out.push_back(&item);
  }
  return out;
}

Result<std::vector<const md::ItemDesc*>, std::string> items_by_name(
    const md::Registry& registry, const std::vector<std::string>& names) {
  std::vector<const md::ItemDesc*> out;
  for (const std::string& n : names) {
    const md::ItemDesc* item = registry.item(std::string_view(n));
    if (item == nullptr) return unexpected("unknown storage item '" + n + "'");
    if (std::find(out.begin(), out.end(), item) == out.end()) out.push_back(item);
  }
  return out;
}

}  // namespace subemu::tools::json
