// The stake accounting identities subtensor v3.0.0 keeps, as a checker for tests (derived from
// staking/stake_utils.rs, primitives/share-pool, subnets/subnet.rs, coinbase/run_coinbase.rs and
// pallet_balances; not an upstream function).
//
// Checked (state only; each holds after every extrinsic and hook of the modelled pallets):
//  I1 shares    per (hotkey, netuid): TotalHotkeyShares == the sum of the Alpha[(hotkey, c,
//               netuid)] shares over coldkeys c, exactly (U64F64 bits). update_value_for_one adds
//               or subtracts the same U64F64 to a share and to the denominator, and the
//               dust rule subtracts the key's whole share from both.
//  I2 values    per (hotkey, netuid): the sum of the coldkeys' values (SharePool::get_value, each
//               floored) <= TotalHotkeyAlpha. The difference is rounding dust, kept by the pool
//               and inherited by later stakers; it is NOT zero in general. (Implied by I1 --
//               sum of floor(V / D * s_c) <= V when D = sum of s_c -- kept as a guard.)
//  I3 alpha     per netuid: the sum over hotkeys of TotalHotkeyAlpha <= SubnetAlphaOut. The staking
//               paths move both by the same alpha; SubnetAlphaOut stays higher after burn_alpha
//               (the stake is burned, AlphaOut untouched), after unstake_from_subnet whose sell is
//               refused by the liquidity floor (the stake is removed, the swap writes nothing),
//               and while emission is pending (alpha out is counted before it is distributed).
//               Equality is required only with options.alpha_out_exact.
//  I4 tao       TotalStake + options.total_stake_offset == the sum of SubnetTAO over all of its
//               rows (removed subnets included: remove_network at v3.0.0 leaves SubnetTAO and
//               TotalStake alone). Every writer moves both together: swaps, the fee legs of
//               stake_into_subnet / unstake_from_subnet, register_network's pool seed, the
//               coinbase's TAO injection. The exception is the subtensor genesis of the runtime
//               chain spec, which seeds SubnetTAO[1] = 10 TAO without TotalStake: pass
//               total_stake_offset = 10,000,000,000 there (0 for the unit-test mock).
//  I5 balances  Balances.TotalIssuance == the sum over System.Account of free + reserved
//               (fungible deposits and withdrawals settle their imbalances into the issuance).
//  I6 index     every Alpha[(hotkey, coldkey, netuid)] row has hotkey in StakingHotkeys[coldkey]
//               (stake_into_subnet appends it; nothing at v3.0.0 removes it; the swaps move both),
//               which is what the stake-info read model iterates.
//
// NOT invariants upstream (so not checked):
//  * sum of values == TotalHotkeyAlpha (I2 is only <=), nor SubnetAlphaOut == sum (I3 is <=);
//  * SubnetAlphaIn + SubnetAlphaOut constant: swaps conserve it on dynamic subnets, but on root and
//    stable subnets SubnetAlphaIn saturates at 0 on buys, and emission injects both sides;
//  * TAO conservation Balances.TotalIssuance + TotalStake: add/remove/move stake conserve it,
//    except that stake_into_subnet with a refused buy keeps only the fee (the rest of the TAO,
//    already withdrawn, is gone), and a move / swap / transfer whose unstaked TAO is below
//    DefaultMinStake + fee does not restake it (gone too). Tests check it as a delta with
//    stake_totals();
//  * SubtensorModule.TotalIssuance: staking never touches it, registration burns from it, and
//    add_balance_to_coldkey_account mints only Balances;
//  * reserves above DefaultMinimumPoolLiquidity: swaps refuse to cross it, but registration seeds
//    the pool with the network's minimum lock, which may be lower;
//  * k = SubnetTAO * SubnetAlphaIn never decreases across swaps and fees (outputs are floored, fees
//    are added to SubnetTAO) -- a property of a step, not of a state (the randomized test checks
//    it).
// Saturation at u64 / U64F64 bounds breaks I1-I4 by design (upstream saturates); the checker
// reports it like any other violation.
//
// Reads only. Cost: one pass over Alpha, TotalHotkeyShares, TotalHotkeyAlpha, SubnetAlphaOut,
// SubnetTAO, System.Account and StakingHotkeys.
#pragma once

#include "runtime/layer.hpp"

#include <string>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::subtensor {

struct StakeAccountingOptions {
  // I4: TotalStake + offset == sum of SubnetTAO (10,000,000,000 under the runtime's subtensor
  // genesis, 0 for the unit-test mock and for chains started without subnets).
  i128 total_stake_offset = 0;
  // I3 as an equality (for runs with no burn_alpha, no refused sells and no emission).
  bool alpha_out_exact = false;
};

// Checks I1-I6; the error names the first identity that fails with its numbers.
Result<void, std::string> check_stake_accounting(const frame::Env& env);
Result<void, std::string> check_stake_accounting(const frame::Env& env,
                                                 const StakeAccountingOptions& options);

// The TAO totals, for delta checks in tests (u128 sums; no saturation).
struct StakeTotals {
  u128 balances_issuance = 0;   // Balances.TotalIssuance
  u128 total_stake = 0;         // SubtensorModule.TotalStake
  u128 subnet_tao = 0;          // sum of SubnetTAO
  u128 subnet_alpha_in = 0;     // sum of SubnetAlphaIn
  u128 subnet_alpha_out = 0;    // sum of SubnetAlphaOut
  u128 total_hotkey_alpha = 0;  // sum of TotalHotkeyAlpha
};
StakeTotals stake_totals(const frame::Env& env);

}  // namespace subemu::runtime::subtensor
