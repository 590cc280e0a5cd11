// pallet_sudo's storage (polkadot-stable2409 lib.rs).
#pragma once

#include "runtime/layer.hpp"

#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::sudo {

inline constexpr storage::FixedString kPrefix{"Sudo"};
// VALUE the sudo key (absent: no sudo).                                   lib.rs: Key
using Key = storage::StorageValue<kPrefix, "Key", AccountId>;

}  // namespace subemu::runtime::sudo
