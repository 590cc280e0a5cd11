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

#include <optional>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/types.hpp"
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

// mirrors get_network_lock_cost: lock_cost_inputs at the current block with get_block_emission
// (1 TAO when that fails), which also refreshes BlockEmission.
uint64_t network_lock_cost(frame::Env& env);

// mirrors get_all_subnet_netuids: every NetworksAdded key (whatever its value), in key order.
std::vector<NetUid> all_subnet_netuids(const storage::Overlay& state);

// mirrors get_next_netuid.
NetUid next_netuid(const storage::Overlay& state);

// mirrors get_symbol_for_subnet (subnets/symbols.rs): the token symbol's UTF-8 bytes, written to
// TokenSymbol at registration. Defined in symbols.cpp.
Bytes symbol_for_subnet(NetUid netuid);

// mirrors init_new_network: SubnetworkN 0, NetworksAdded, Tempo, NetworkModality 0,
// TotalNetworks + 1, the explicit defaults through the setters (each deposits its *Set event:
// registration allowed, 256 UIDs, 64 validators, min weights 1, max weight u16::MAX, adjustment
// interval 360, target 1 registration, adjustment alpha 0.97, immunity 5000, min/max difficulty
// u64::MAX), then every per-subnet parameter that has no entry written with its default.
void init_new_network(frame::Env& env, NetUid netuid, uint16_t tempo);

// mirrors do_register_network (register_network: mechid 1, no identity). Checks, in order:
// signed origin; hotkey unowned or owned by the caller (NonAssociatedColdKey); mechid == 1
// (MechanismDoesNotExist); NetworkRateLimit since NetworkLastRegistered
// (NetworkTxRateLimitExceeded); the lock cost is withdrawable (NotEnoughBalanceToStake); then the
// withdrawal (BalanceWithdrawalError / ZeroBalanceAfterWithdrawn) and, after the network is
// written, the identity (InvalidIdentity; the call's storage layer rolls everything back).
frame::DispatchResult do_register_network(frame::Env& env, const frame::Origin& origin,
                                          const AccountId& hotkey, uint16_t mechid,
                                          const std::optional<SubnetIdentityV2>& identity);

// mirrors do_start_call: SubNetworkDoesNotExist, then the subnet owner (BadOrigin), then
// FirstEmissionBlockNumberAlreadySet, then NeedWaitingMoreBlocksToStarCall before
// NetworkRegisteredAt + DurationOfStartCall; sets FirstEmissionBlockNumber = block + 1.
frame::DispatchResult do_start_call(frame::Env& env, const frame::Origin& origin, NetUid netuid);

// mirrors user_remove_network (dissolve_network after ensure_root): SubNetworkDoesNotExist,
// NotSubnetOwner, then SubnetIdentityRemoved if an identity existed, remove_network,
// NetworkRemoved.
frame::DispatchResult user_remove_network(frame::Env& env, const AccountId& coldkey,
                                          NetUid netuid);
// mirrors remove_network: erases the subnet's parameters and neuron maps, zeroes root weights
// pointing at it, returns SubnetLocked to the owner.
void remove_network(frame::Env& env, NetUid netuid);

// mirrors get_name_for_subnet (names.cpp): SubnetName[netuid] when stored, else upstream's
// fixed table for netuids 0..438 ("root", "apex", ...), else "unknown".
Bytes name_for_subnet(const storage::Overlay& state, NetUid netuid);

}  // namespace subemu::runtime::subtensor
