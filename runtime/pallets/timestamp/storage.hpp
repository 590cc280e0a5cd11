// pallet_timestamp's storage (polkadot-stable2409 lib.rs).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "storage/items.hpp"

namespace subemu::runtime::timestamp {

inline constexpr storage::FixedString kPrefix{"Timestamp"};
// VALUE the current time (ms since the Unix epoch).                       lib.rs: Now
using Now = storage::StorageValue<kPrefix, "Now", uint64_t, storage::ValueQuery<>>;
// VALUE whether the timestamp has been set in this block.                DidUpdate
using DidUpdate = storage::StorageValue<kPrefix, "DidUpdate", bool, storage::ValueQuery<>>;

}  // namespace subemu::runtime::timestamp
