// Lookups of the pallet registry (registry.hpp). Linear scans: a runtime has a few dozen pallets
// and each pallet at most ~150 calls or items; the registry is built once.
#include "runtime/frame/metadata/registry.hpp"

#include <utility>

#include "runtime/primitives/check.hpp"

namespace subemu::runtime::metadata {

const CallDesc* PalletDesc::call_by_index(uint8_t i) const {
  for (const CallDesc& c : calls) {
    if (c.index == i) return &c;
  }
  return nullptr;
}

const CallDesc* PalletDesc::call_by_name(std::string_view n) const {
  for (const CallDesc& c : calls) {
    if (c.name == n) return &c;
  }
  return nullptr;
}

const ItemDesc* PalletDesc::item_by_name(std::string_view n) const {
  for (const ItemDesc& it : items) {
    if (it.name == n) return &it;
  }
  return nullptr;
}

// REQUIRES (checked; a violation is a bug in the runtime's declarations): pallet names and
// indices are unique, and within a pallet call indices, call names and item names are unique.
Registry::Registry(std::vector<PalletDesc> pallets) : pallets_(std::move(pallets)) {
  for (size_t i = 0; i < pallets_.size(); ++i) {
    const PalletDesc& p = pallets_[i];
    for (size_t j = 0; j < i; ++j) {
      SUBEMU_CHECK(pallets_[j].index != p.index);
      SUBEMU_CHECK(pallets_[j].name != p.name);
    }
    for (size_t a = 0; a < p.calls.size(); ++a) {
      for (size_t b = 0; b < a; ++b) {
        SUBEMU_CHECK(p.calls[a].index != p.calls[b].index);
        SUBEMU_CHECK(p.calls[a].name != p.calls[b].name);
      }
    }
    for (size_t a = 0; a < p.items.size(); ++a) {
      for (size_t b = 0; b < a; ++b) SUBEMU_CHECK(p.items[a].name != p.items[b].name);
    }
  }
  std::vector<Variant> runtime_variants;
  event_types_.reserve(pallets_.size());
  for (const PalletDesc& p : pallets_) {
    if (p.events.empty()) {
      event_types_.push_back(nullptr);
      continue;
    }
    TypeRef ev = t_enum(p.name + "Event", p.events);
    runtime_variants.push_back(variant(p.name, p.index, {unnamed(ev)}));
    event_types_.push_back(std::move(ev));
  }
  runtime_event_ = t_enum("RuntimeEvent", std::move(runtime_variants));
}

const PalletDesc* Registry::pallet_by_index(uint8_t index) const {
  for (const PalletDesc& p : pallets_) {
    if (p.index == index) return &p;
  }
  return nullptr;
}

const PalletDesc* Registry::pallet_by_name(std::string_view name) const {
  for (const PalletDesc& p : pallets_) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

const CallDesc* Registry::call_by_name(std::string_view pallet, std::string_view call) const {
  const PalletDesc* p = pallet_by_name(pallet);
  return p == nullptr ? nullptr : p->call_by_name(call);
}

TypeRef Registry::event_type(uint8_t pallet_index) const {
  for (size_t i = 0; i < pallets_.size(); ++i) {
    if (pallets_[i].index == pallet_index) return event_types_[i];
  }
  return nullptr;
}

const ItemDesc* Registry::item(std::string_view qualified) const {
  const size_t dot = qualified.find('.');
  if (dot == std::string_view::npos) return nullptr;
  return item(qualified.substr(0, dot), qualified.substr(dot + 1));
}

const CallDesc* Registry::call(uint8_t pallet_index, uint8_t call_index) const {
  const PalletDesc* p = pallet_by_index(pallet_index);
  return p == nullptr ? nullptr : p->call_by_index(call_index);
}

const ItemDesc* Registry::item(std::string_view pallet, std::string_view name) const {
  const PalletDesc* p = pallet_by_name(pallet);
  return p == nullptr ? nullptr : p->item_by_name(name);
}

const std::string* Registry::error_name(uint8_t pallet_index, uint8_t error_index) const {
  const PalletDesc* p = pallet_by_index(pallet_index);
  if (p == nullptr || error_index >= p->errors.size()) return nullptr;
  const std::string& name = p->errors[error_index];
  return name.empty() ? nullptr : &name;
}

}  // namespace subemu::runtime::metadata
