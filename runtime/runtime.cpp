// mirrors runtime/src/lib.rs construct_runtime! at v3.0.0 (the modelled pallets).
#include "runtime/runtime.hpp"

#include "runtime/pallets/admin_utils/pallet.hpp"
#include "runtime/pallets/balances/pallet.hpp"
#include "runtime/pallets/randomness_collective_flip/randomness_collective_flip.hpp"
#include "runtime/pallets/subtensor/coinbase/block_step.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/swap/swap_coldkey.hpp"
#include "runtime/pallets/sudo/pallet.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/pallet.hpp"
#include "runtime/pallets/timestamp/pallet.hpp"
#include "runtime/pallets/transaction_payment/pallet.hpp"
#include "runtime/pallets/utility/pallet.hpp"

namespace subemu::runtime {

const metadata::Registry& runtime_registry() {
  static const metadata::Registry registry = [] {
    std::vector<metadata::PalletDesc> pallets;
    pallets.push_back(system::describe());  // System.Events is added below (needs RuntimeEvent)
    pallets.push_back(pallets::randomness_collective_flip::describe());
    pallets.push_back(timestamp::describe());
    pallets.push_back(balances::describe());
    pallets.push_back(transaction_payment::describe());
    pallets.push_back(subtensor::describe());
    pallets.push_back(utility::describe());
    pallets.push_back(sudo::describe());
    pallets.push_back(admin_utils::describe());  // AdminUtils = 19 (13..18 not modelled)
    metadata::ItemDesc events = system::events_item_desc(pallets);
    pallets.front().items.push_back(std::move(events));
    return metadata::Registry(std::move(pallets));
  }();
  return registry;
}

frame::Weight on_initialize(frame::Env& env, BlockNumber number) {
  frame::Weight w;
  // System(0): no on_initialize work beyond Pallet::initialize.
  w = w.saturating_add(pallets::randomness_collective_flip::on_initialize(
      env, number, system::parent_hash(env.state)));
  w = w.saturating_add(timestamp::on_initialize(env, number));
  // Aura(3), Grandpa(4): not modelled (no authorities, no finality).
  w = w.saturating_add(subtensor::on_initialize(env, number));
  // Scheduler: the root tasks SubtensorModule schedules (schedule_swap_coldkey); the pallet's own
  // weight accounting is not modelled.
  subtensor::scheduler_service_agenda(env, number);
  return w;
}

Result<void, std::string> on_finalize(frame::Env& env, BlockNumber number) {
  auto ts = timestamp::on_finalize(env, number);
  if (!ts.has_value()) return unexpected(std::string(timestamp::to_string(ts.error())));
  transaction_payment::on_finalize(env, number);
  return Ok{};
}

}  // namespace subemu::runtime
