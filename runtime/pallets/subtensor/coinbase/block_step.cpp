// mirrors coinbase/block_step.rs block_step and macros/hooks.rs on_initialize.
#include "runtime/pallets/subtensor/coinbase/block_step.hpp"

#include "runtime/pallets/subtensor/coinbase/block_emission.hpp"
#include "runtime/pallets/subtensor/coinbase/registration_terms.hpp"
#include "runtime/pallets/system/call_args.hpp"

namespace subemu::runtime::subtensor {

void block_step(frame::Env& env) {
  adjust_registration_terms_for_networks(env);
  // Step 2 reads the block emission, which refreshes BlockEmission when it changed.
  const uint64_t emission = block_emission(env).value_or(0);
  static_cast<void>(emission);
  // run_coinbase(emission) and try_set_pending_children: the emission issue.
}

frame::Weight on_initialize(frame::Env& env, BlockNumber /*number*/) {
  block_step(env);
  return frame::Weight::from_parts(110'634'229'000, 0).saturating_add(pallets::db(8304, 110));
}

}  // namespace subemu::runtime::subtensor
