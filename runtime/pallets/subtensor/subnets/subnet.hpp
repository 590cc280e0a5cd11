// Subnet registration arithmetic and netuid selection (mirrors coinbase/root.rs
// get_network_lock_cost / get_lock_reduction_interval and subnets/subnet.rs get_next_netuid at
// subtensor v3.0.0).
//
// Lock cost: after a registration at block b with lock L, the cost is 2L at b and falls by
// floor(L / interval) per block until it reaches the minimum lock; before the first
// registration (NetworkLastRegistered == 0) the multiplier is 1, so the cost starts at
// NetworkLastLockCost (whose default is the minimum lock). All arithmetic saturates; a zero
// interval makes the per-block reduction 0 (safe_div).
//
// The reduction interval is NetworkLockReductionInterval scaled by the halving factor
// block_emission / 1e9 in I64F64 (so 1 TAO block emission leaves it unchanged). Upstream reads
// block_emission from get_block_emission(), which also refreshes BlockEmission storage; callers
// pass its value here.
//
// Token symbols: a fixed table for netuids 0..438 (symbols.cpp), uppercase Tau otherwise.
//
// Netuid selection: the smallest netuid >= 1 not in NetworksAdded (v3.0.0 has no subnet limit
// and never replaces an existing subnet).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

struct LockCostInputs {
  uint64_t last_lock = 0;        // NetworkLastLockCost
  uint64_t min_lock = 0;         // NetworkMinLockCost
  uint64_t last_lock_block = 0;  // NetworkLastRegistered
  uint64_t current_block = 0;
  uint64_t lock_reduction_interval = 0;  // already scaled (lock_reduction_interval below)
};

// mirrors get_network_lock_cost.
uint64_t network_lock_cost(const LockCostInputs& in);

// mirrors get_lock_reduction_interval: interval * (block_emission / 1e9) in I64F64, to u64.
uint64_t lock_reduction_interval(uint64_t interval, uint64_t block_emission);

// The inputs from state: NetworkLastLockCost, NetworkMinLockCost, NetworkLastRegistered and
// NetworkLockReductionInterval (config defaults through env), scaled by block_emission.
LockCostInputs lock_cost_inputs(const frame::Env& env, uint64_t current_block,
                                uint64_t block_emission);

// mirrors get_next_netuid.
NetUid next_netuid(const storage::Overlay& state);

// mirrors get_symbol_for_subnet (subnets/symbols.rs): the token symbol's UTF-8 bytes, written to
// TokenSymbol at registration. Defined in symbols.cpp.
Bytes symbol_for_subnet(NetUid netuid);

}  // namespace subemu::runtime::subtensor
