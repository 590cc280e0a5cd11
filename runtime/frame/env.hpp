// The environment a dispatch or a hook runs in: the block's storage overlay, the configuration
// (runtime constants), and the pallet registry (for nested calls and weights).
//
// Everything a pallet reads or writes goes through `state`; block number, events and the
// execution phase live in System storage exactly as on chain (see pallets/system).
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/config.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::frame {

struct Env {
  storage::Overlay& state;
  const RuntimeConfig& config;
  const metadata::Registry& registry;
};

}  // namespace subemu::runtime::frame
