// The environment a dispatch or a hook runs in: the block's storage overlay, the configuration
// (runtime constants), and the pallet registry (for nested calls and weights).
//
// Everything a pallet reads or writes goes through `state`; block number, events and the
// execution phase live in System storage exactly as on chain (see pallets/system).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/config.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::frame {

// Per-dispatch bookkeeping that FRAME keeps in the origin and in a global transaction counter; it
// lives here so that two chains (or a chain and a dry run) never share it.
struct DispatchState {
  uint32_t deny_batch_all = 0;     // filters added to the current origin (OriginFilterScope)
  uint32_t transaction_level = 0;  // FRAME's storage-layer depth, dispatch layers only
};

struct Env {
  storage::Overlay& state;
  const RuntimeConfig& config;
  const metadata::Registry& registry;
  DispatchState dispatch{};
};

}  // namespace subemu::runtime::frame
