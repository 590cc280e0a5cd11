// pallet_balances as a pallet of the subtensor runtime (index 5): Error enum, calls, weights
// (pallet_balances::weights::SubstrateWeight with RocksDbWeight, the 2024-05-06 benchmark shipped
// in polkadot-stable2409), genesis and registry descriptor.
//
// Calls (index: name(args) origin — semantics; all Normal class, Pays::Yes):
//   0 transfer_allow_death(dest: MultiAddress, value: Compact<u64>) Signed — transfer(Expendable)
//   2 force_transfer(source, dest, value: Compact<u64>)            Root   — transfer(Expendable)
//   3 transfer_keep_alive(dest, value: Compact<u64>)               Signed — transfer(Preserve)
//   4 transfer_all(dest, keep_alive: bool)                         Signed — transfer of
//       reducible_balance(keep_alive ? Preserve : Expendable, Polite)
//   5 force_unreserve(who, amount: u64)                            Root   — unreserve
//   6 upgrade_accounts(who: Vec<AccountId>)                        Signed — ensure_upgraded each;
//       Pays::No when >= 90% (Perbill::from_rational) were upgraded; Pays::Yes for an empty list
//   8 force_set_balance(who, new_free: Compact<u64>)                Root   — free = new_free (0 if
//       below ED), dust handled, TotalIssuance adjusted by the difference, BalanceSet
//   9 force_adjust_total_issuance(direction, delta: Compact<u64>)   Root   — DeltaZero /
//       IssuanceDeactivated checks, TotalIssuanceForced
//  10 burn(value: Compact<u64>, keep_alive: bool)                  Signed — burn_from(Exact,
//       Polite, keep_alive ? Preserve : Expendable)
// The origin is checked first, then each address is looked up (only MultiAddress::Id resolves;
// others fail with DispatchError::CannotLookup), in argument order.
//
// Weights (ref time ps, proof bytes), DbWeight read 25e6 / write 100e6:
//   transfer_allow_death (48_363_000, 3593) + r1 w1    transfer_keep_alive (38_159_000, 3593) + r1
//   w1 force_transfer (49_944_000, 6196) + r2 w2          transfer_all (47_385_000, 3593) + r1 w1
//   force_unreserve (17_233_000, 3593) + r1 w1         force_set_balance = max(creating
//     (14_687_000, 3593) + r1 w1, killing (19_929_000, 3593) + r1 w1)
//   upgrade_accounts(u) (16_588_000, 990) + u * (13_973_659, 2603) + r u w u
//   force_adjust_total_issuance (6_594_000, 0)
//   burn: keep_alive ? burn_allow_death (30_968_000, 0) : burn_keep_alive (20_711_000, 0) — the
//     upstream annotation has the two swapped; we mirror it.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/balances/events.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::balances {

enum class Error : uint8_t {
  kVestingBalance = 0,
  kLiquidityRestrictions = 1,
  kInsufficientBalance = 2,
  kExistentialDeposit = 3,
  kExpendability = 4,
  kExistingVestingSchedule = 5,
  kDeadAccount = 6,
  kTooManyReserves = 7,
  kTooManyHolds = 8,
  kTooManyFreezes = 9,
  kIssuanceDeactivated = 10,
  kDeltaZero = 11,
};
inline constexpr uint8_t kErrorCount = 12;

constexpr frame::DispatchError error(Error e) {
  return frame::DispatchError::module(kPalletIndex, static_cast<uint8_t>(e));
}

namespace weights {
frame::Weight transfer_allow_death();
frame::Weight transfer_keep_alive();
frame::Weight force_set_balance_creating();
frame::Weight force_set_balance_killing();
frame::Weight force_transfer();
frame::Weight transfer_all();
frame::Weight force_unreserve();
frame::Weight upgrade_accounts(uint32_t u);
frame::Weight force_adjust_total_issuance();
frame::Weight burn_allow_death();
frame::Weight burn_keep_alive();
}  // namespace weights

enum class GenesisError : uint8_t {
  kBelowExistentialDeposit,  // "the balance of any account should always be at least the ED"
  kDuplicateAccount,         // "duplicate balances in genesis"
  kIssuanceOverflow,         // the sum of balances exceeds u64
};

// mirrors GenesisConfig::build (polkadot-stable2409: `balances` only): TotalIssuance = the sum,
// then for each account in order inc_providers and System.Account data = {free, default}.
// Checks before writing anything.
Result<void, GenesisError> build_genesis(
    frame::Env& env, const std::vector<std::pair<AccountId, uint64_t>>& balances);

metadata::PalletDesc describe();

}  // namespace subemu::runtime::balances
