// Subnet registration arithmetic and netuid selection (subnet.hpp).
#include "runtime/pallets/subtensor/subnets/subnet.hpp"

#include <set>

#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {
namespace {

uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a != 0 && b > UINT64_MAX / a) return UINT64_MAX;
  return a * b;
}
uint64_t sat_sub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }

}  // namespace

uint64_t network_lock_cost(const LockCostInputs& in) {
  const uint64_t mult = in.last_lock_block == 0 ? 1 : 2;
  const uint64_t per_block =
      in.lock_reduction_interval == 0 ? 0 : in.last_lock / in.lock_reduction_interval;
  const uint64_t reduction = sat_mul(per_block, sat_sub(in.current_block, in.last_lock_block));
  const uint64_t cost = sat_sub(sat_mul(in.last_lock, mult), reduction);
  return cost < in.min_lock ? in.min_lock : cost;
}

uint64_t lock_reduction_interval(uint64_t interval, uint64_t block_emission) {
  const I64F64 fixed_interval = I64F64::saturating_from_num(interval);
  const I64F64 emission = I64F64::saturating_from_num(block_emission);
  const I64F64 halving =
      emission.checked_div(I64F64::saturating_from_num(uint64_t{1'000'000'000})).value_or(I64F64{});
  return fixed_interval.saturating_mul(halving).saturating_to_num<uint64_t>();
}

LockCostInputs lock_cost_inputs(const frame::Env& env, uint64_t current_block,
                                uint64_t block_emission) {
  LockCostInputs in;
  in.last_lock = NetworkLastLockCost::get(env).to_u64();
  in.min_lock = NetworkMinLockCost::get(env).to_u64();
  in.last_lock_block = NetworkLastRegistered::get(env.state);
  in.current_block = current_block;
  in.lock_reduction_interval =
      lock_reduction_interval(NetworkLockReductionInterval::get(env), block_emission);
  return in;
}

NetUid next_netuid(const storage::Overlay& state) {
  std::set<uint16_t> used;
  NetworksAdded::iterate(state,
                         [&](const NetUid& netuid, const bool&) { used.insert(netuid.value()); });
  uint16_t next = 1;  // never the root network
  while (used.count(next) != 0 && next != UINT16_MAX) ++next;
  return NetUid(next);
}

}  // namespace subemu::runtime::subtensor
