// The runtime composition (construct_runtime! of runtime/src/lib.rs at v3.0.0): which pallets
// exist, at which index, in which order their hooks run, and the pallet registry built from them.
// Later issues add their pallets here (SubtensorModule 7, AdminUtils 19, ...); nothing else in the
// executive needs to change.
//
// Hook order is AllPalletsWithSystem: System(0), RandomnessCollectiveFlip(1), Timestamp(2),
// Aura(3), Grandpa(4), Balances(5), TransactionPayment(6), SubtensorModule(7), ... Only the hooks
// that change state we mirror are called (see each function).
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

#include <string>

namespace subemu::runtime {

// The registry of every modelled pallet (same for both configs: configs change constants only).
const metadata::Registry& runtime_registry();

// on_initialize of all pallets in order; returns the weight they consumed.
frame::Weight on_initialize(frame::Env& env, BlockNumber number);
// on_finalize of all pallets in order. An error is a hook's panic upstream (the block is invalid).
Result<void, std::string> on_finalize(frame::Env& env, BlockNumber number);

}  // namespace subemu::runtime
