// describe_item<Item>(): the ItemDesc (registry.hpp) of a typed storage item of storage/items.hpp,
// so that a pallet lists its items once, as types, and the registry derives their metadata:
//
//   PalletDesc{..., .items = {describe_item<SubnetTAO>(), describe_item<Alpha>()}}
//
//   StorageValue       kind kValue, no hashers or keys
//   StorageMap         kMap, one hasher/key
//   StorageDoubleMap   kDoubleMap, two
//   StorageNMap        kNMap, one per key (even for a single key)
// The value and key types come from TypeOf (type_of.hpp). default_value is the SCALE encoding of
// the query's default for ValueQuery<...> / ValueQueryFn<P> (evaluated here, once per call), and
// nullopt for OptionQuery.
//
// A ValueQueryConfig<P> item's default depends on the configuration: describe_item records
// P::value(config) for the configuration it is given, by default the "runtime" one
// (frame::runtime_config()), which is what the runtime registry holds. The registry is the same
// for both configurations, so under the "test" configuration ItemDesc::default_value of such an
// item is the runtime's default, not the one a read returns; nothing decodes or dumps through it
// (state dumps list the entries that are stored, so a default that was written appears and one
// that was not does not, whatever the configuration).
#pragma once

#include "runtime/layer.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "runtime/frame/config.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::metadata {

namespace detail {

template <class Item>
concept KeyedItemType = requires {
  typename Item::Hashers;
};

template <class Hashers, size_t... I>
void describe_keys(ItemDesc& out, std::index_sequence<I...>) {
  (out.hashers.push_back(std::tuple_element_t<I, Hashers>::kKind), ...);
  (out.keys.push_back(TypeOf<typename std::tuple_element_t<I, Hashers>::Key>::get()), ...);
}

}  // namespace detail

template <class Item>
ItemDesc describe_item(
    [[maybe_unused]] const frame::RuntimeConfig& config = frame::runtime_config()) {
  using V = typename Item::Value;
  using Q = typename Item::QueryKind;
  ItemDesc d;
  d.pallet = std::string(Item::kPallet);
  d.name = std::string(Item::kItem);
  d.value = TypeOf<V>::get();
  if constexpr (detail::KeyedItemType<Item>) {
    using Hashers = typename Item::Hashers;
    constexpr size_t kKeys = std::tuple_size_v<Hashers>;
    if constexpr (requires { typename Item::Hasher; }) {
      d.kind = ItemKind::kMap;
    } else if constexpr (requires { typename Item::Key2; }) {
      d.kind = ItemKind::kDoubleMap;
    } else {
      d.kind = ItemKind::kNMap;
    }
    detail::describe_keys<Hashers>(d, std::make_index_sequence<kKeys>());
  } else {
    d.kind = ItemKind::kValue;
  }
  if constexpr (storage::kQueryNeedsConfig<Q>) {
    d.default_value = scale::encode(Q::template default_value<V>(config));
  } else if constexpr (Q::kIsValueQuery) {
    d.default_value = scale::encode(Q::template default_value<V>());
  }
  return d;
}

}  // namespace subemu::runtime::metadata
