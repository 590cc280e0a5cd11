// What every chain-backed service shares: the chain thread, the runtime's pallet registry and
// the optional event JSON renderer; and the chain-thread helpers they have in common.
#pragma once

#include "rpc/layer.hpp"

#include <vector>

#include "rpc/chain_owner.hpp"
#include "rpc/convert.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::rpc {

struct ServiceContext {
  ChainOwner& owner;
  const runtime::metadata::Registry& registry;
  EventJsonFn event_json;  // may be empty
};

// Chain thread: the pending block's events (System.Events), or none when they do not decode
// (only an unknown pallet's event could cause that, which the runtime never emits).
inline std::vector<runtime::system::EventRecordView> pending_events(
    runtime::chain::Chain& chain, const runtime::metadata::Registry& registry) {
  auto events = runtime::system::read_events(chain.pending_state(), registry);
  if (!events.has_value()) return {};
  return std::move(*events);
}

// Chain thread: where a dev write landed; in instant mode the pending block is sealed first.
struct WriteLanding {
  BlockNumber number = 0;
  std::optional<SealedInfo> sealed;
  Status seal_error;  // set when sealing failed (nothing was committed)
};
inline WriteLanding land_write(ChainOwner& owner, runtime::chain::Chain& chain) {
  WriteLanding out;
  out.number = chain.pending_number();
  if (owner.mining() == MiningMode::kInstant) {
    auto sealed = owner.seal(chain);
    if (sealed.has_value()) {
      out.sealed = SealedInfo{sealed->block.header.number, sealed->hash};
    } else {
      out.seal_error = sealed.error();
    }
  }
  return out;
}

}  // namespace subemu::rpc
