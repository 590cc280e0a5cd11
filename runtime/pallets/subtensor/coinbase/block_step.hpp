// SubtensorModule's on_initialize (macros/hooks.rs) and block_step (coinbase/block_step.rs at
// v3.0.0): each block, (1) adjust every subnet's registration terms, (2) read the block emission,
// (3) run the coinbase, (4) set pending children on epoch blocks. Steps 3-4 arrive with the
// emission issue; until then block_step runs steps 1 and 2 (whose only effect is refreshing
// BlockEmission). The hook always reports the same fixed
// weight, whatever block_step did.
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors block_step.
void block_step(frame::Env& env);

// mirrors Hooks::on_initialize: block_step, then
// from_parts(110_634_229_000, 0) + reads(8304) + writes(110).
frame::Weight on_initialize(frame::Env& env, BlockNumber number);

}  // namespace subemu::runtime::subtensor
