// Delegate read models served by the DelegateInfoRuntimeApi (mirrors
// pallets/subtensor/src/rpc_info/delegate_info.rs at subtensor v3.0.0).
//
// DelegateInfo is the runtime API's value, field for field and in SCALE order:
//   delegate_ss58 AccountId; take Compact<u16> (Delegates[hotkey]); nominators
//   Vec<(AccountId, Vec<(Compact<u16> netuid, Compact<u64> alpha)>)>; owner_ss58 AccountId
//   (Owner[hotkey]); registrations Vec<Compact<u16>> (IsNetworkMember, storage order);
//   validator_permits Vec<Compact<u16>>; return_per_1000 Compact<u64>; total_daily_return
//   Compact<u64>.
//
// How upstream fills it (get_delegate_by_existing_account), reproduced with its quirks:
// * nominators: one alpha share pool per netuid of NetworksAdded (storage order) is built into a
//   list, and each Alpha[(delegate, nominator, netuid)] share (non-zero) is valued with the pool
//   at LIST POSITION `netuid` -- not the pool of `netuid`. When netuids are 0, 1, 2, ... (the
//   runtime, with root) position and netuid agree; otherwise (the unit-test mock has no root
//   subnet, or after a dissolution) a share is valued with another subnet's pool or skipped when
//   netuid >= the number of subnets. Nominators are sorted by account bytes (a BTreeMap of
//   AccountId32); each nominator's entries follow Alpha's key order (netuid little-endian bytes).
//   get_delegated and its skip_nominators = true leave the list empty.
// * total_daily_return = floor(sum over registrations with a UID of
//   Emission[netuid][uid] * (7200 / Tempo)) (U64F64, tempo 0 skipped);
//   return_per_1000 = floor(daily * (1 - take / 65535) / (TotalHotkeyAlpha[delegate, root] /
//   1e12)) when that root stake is > 0, else 0 (all U64F64 safe_div: 0 on division by zero).
//
// get_delegates lists Delegates in storage key order; get_delegated(delegatee) lists, for each
// delegate in that order and each Alpha[(delegate, delegatee, netuid)] row, the delegate's info
// (no nominators) with (netuid, the delegatee's alpha).
//
// Reads only; owned by the thread that owns the overlay.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// (netuid, stake) as Compact<u16>, Compact<u64>.
struct NetuidStake {
  uint16_t netuid = 0;
  uint64_t stake = 0;

  friend bool operator==(const NetuidStake&, const NetuidStake&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, NetuidStake& out);
};

// mirrors rpc_info/delegate_info.rs DelegateInfo<AccountId32>.
struct DelegateInfo {
  AccountId delegate_ss58;
  uint16_t take = 0;  // Compact<u16>
  std::vector<std::pair<AccountId, std::vector<NetuidStake>>> nominators;
  AccountId owner_ss58;
  std::vector<uint16_t> registrations;      // Vec<Compact<u16>>
  std::vector<uint16_t> validator_permits;  // Vec<Compact<u16>>
  uint64_t return_per_1000 = 0;             // Compact<u64>
  uint64_t total_daily_return = 0;          // Compact<u64>

  friend bool operator==(const DelegateInfo&, const DelegateInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, DelegateInfo& out);
};

// mirrors return_per_1000_tao: emissions_per_day * (1 - take / 65535) / (total_stake / 1e12),
// 0 when total_stake is 0 (see the file comment).
U64F64 return_per_1000_tao(uint16_t take, U64F64 total_stake, U64F64 emissions_per_day);

// mirrors get_delegate: nullopt unless Delegates contains the hotkey.
std::optional<DelegateInfo> get_delegate(const frame::Env& env, const AccountId& delegate);
// mirrors get_delegates.
std::vector<DelegateInfo> get_delegates(const frame::Env& env);
// mirrors get_delegated.
std::vector<std::pair<DelegateInfo, NetuidStake>> get_delegated(const frame::Env& env,
                                                                const AccountId& delegatee);

}  // namespace subemu::runtime::subtensor
