// pallet_balances' fungible implementation (polkadot-stable2409: impl_fungible.rs,
// lib.rs try_mutate_account, frame_support tokens/fungible/regular.rs defaults) for the subtensor
// runtime: Balance = u64, AccountStore = System, DustRemoval = (), ExistentialDeposit =
// config.existential_deposit.
//
// The API is the one the pallets call (subtensor's `T::Currency::...`), with the same semantics
// and the same events and storage writes:
//   Inspect     total_issuance, active_issuance, minimum_balance, total_balance, balance,
//               reducible_balance, can_deposit, can_withdraw
//   Unbalanced  write_balance, set_total_issuance, handle_dust, handle_raw_dust, decrease_balance,
//               increase_balance, deactivate, reactivate
//   Mutate      mint_into (Minted), burn_from (Burned), shelve (Suspended), restore (Restored),
//               transfer (Transfer), set_balance
//   Balanced    deposit (Deposit) -> Debt, withdraw (Withdraw) -> Credit, issue, rescind, resolve
//
// Imbalances. A Credit (funds taken out of accounts, e.g. by withdraw) or Debt (funds put into
// accounts, e.g. by deposit) must be handled: FRAME drops them with OnDropCredit =
// DecreaseIssuance (TotalIssuance -= amount) / OnDropDebt = IncreaseIssuance (TotalIssuance +=
// amount). Here the caller does so explicitly with drop_credit / drop_debt (both do nothing for a
// zero amount, as the Imbalance's Drop). Subtensor v3.0.0's uses map to:
//   add_balance_to_coldkey_account      drop_debt(deposit(who, amount, kBestEffort))  (errors
//   ignored) can_remove_balance_from_coldkey...  amount <= reducible_balance(who, kExpendable,
//   kPolite) &&
//                                       can_withdraw(who, amount).into_result(false)
//   get_coldkey_balance                 reducible_balance(who, kExpendable, kPolite)
//   remove_balance_from_coldkey_account withdraw(who, amount, kBestEffort, kPreserve, kPolite),
//                                       then drop_credit
//   kill_coldkey_account                withdraw(who, amount, kExact, kExpendable, kForce), then
//                                       drop_credit
//   TotalIssuance (migrations, try_state) total_issuance
//
// Accounts. try_mutate_account enforces the existential deposit as lib.rs does: an account whose
// free balance reaches ED gets a provider reference (NewAccount when created); one that falls
// below ED with nothing reserved loses it and is reaped (KilledAccount), the remaining free balance
// is dust: a DustLost event, and (through DustRemoval = ()) TotalIssuance -= dust. A new account
// gets an Endowed event. Reserved/frozen balances hold a consumer reference.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <utility>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/pallets/balances/events.hpp"
#include "runtime/pallets/system/accounts.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::balances {

// frame_support::traits::tokens.
enum class Preservation : uint8_t { kExpendable, kProtect, kPreserve };
enum class Fortitude : uint8_t { kPolite, kForce };
enum class Precision : uint8_t { kExact, kBestEffort };
enum class Provenance : uint8_t { kMinted, kExtant };

enum class DepositConsequence : uint8_t {
  kBelowMinimum,
  kCannotCreate,
  kUnknownAsset,
  kOverflow,
  kSuccess,
  kBlocked,
};
// mirrors DepositConsequence::into_result.
frame::DispatchResult into_result(DepositConsequence c);

struct WithdrawConsequence {
  enum class Kind : uint8_t {
    kBalanceLow,
    kWouldDie,
    kUnknownAsset,
    kUnderflow,
    kOverflow,
    kFrozen,
    kReducedToZero,
    kSuccess,
  };
  Kind kind = Kind::kSuccess;
  uint64_t reduced_to = 0;  // kReducedToZero: the balance that will be lost

  friend bool operator==(const WithdrawConsequence&, const WithdrawConsequence&) = default;
  // mirrors WithdrawConsequence::into_result.
  Result<uint64_t, frame::DispatchError> into_result(bool keep_nonzero) const;
};

struct [[nodiscard]] Credit {
  uint64_t amount = 0;
};
struct [[nodiscard]] Debt {
  uint64_t amount = 0;
};
// Dropping a Credit: DecreaseIssuance. Dropping a Debt: IncreaseIssuance.
void drop_credit(frame::Env& env, Credit credit);
void drop_debt(frame::Env& env, Debt debt);

// ---- Inspect --------------------------------------------------------------------------------
uint64_t total_issuance(const storage::Overlay& state);
uint64_t inactive_issuance(const storage::Overlay& state);
uint64_t active_issuance(const storage::Overlay& state);
uint64_t minimum_balance(const frame::Env& env);
uint64_t total_balance(const storage::Overlay& state, const AccountId& who);  // free + reserved
uint64_t balance(const storage::Overlay& state, const AccountId& who);        // free
uint64_t reserved_balance(const storage::Overlay& state, const AccountId& who);
uint64_t reducible_balance(const frame::Env& env, const AccountId& who, Preservation preservation,
                           Fortitude force);
DepositConsequence can_deposit(const frame::Env& env, const AccountId& who, uint64_t amount,
                               Provenance provenance);
WithdrawConsequence can_withdraw(const frame::Env& env, const AccountId& who, uint64_t amount);

// ---- accounts ---------------------------------------------------------------------------------

// mirrors Pallet::ensure_upgraded: moves an account with the old ref-counting flag to the new
// logic (Upgraded event); false when it already was.
bool ensure_upgraded(frame::Env& env, const AccountId& who);

template <class R>
struct Mutated {
  R value;
  std::optional<uint64_t> dust;  // free balance lost because the account was reaped
};

// mirrors Pallet::try_mutate_account. f: (AccountData&, bool is_new) -> Result<R, DispatchError>
// with R not void. On f's error nothing of the account data is written; the dust is NOT handled
// (the caller does, as FRAME's callers do).
template <class F>
auto try_mutate_account(frame::Env& env, const AccountId& who, F&& f) -> Result<
    Mutated<typename decltype(f(std::declval<system::AccountData&>(), false))::value_type>,
    frame::DispatchError> {
  using R = typename decltype(f(std::declval<system::AccountData&>(), false))::value_type;
  (void)ensure_upgraded(env, who);
  const uint64_t ed = env.config.existential_deposit;
  std::optional<uint64_t> maybe_endowed;
  std::optional<uint64_t> maybe_dust;
  std::optional<R> out;
  auto r = system::try_mutate_exists_data(
      env, who, [&](std::optional<system::AccountData>& maybe) -> frame::DispatchResult {
        const bool is_new = !maybe.has_value();
        system::AccountData account = maybe.value_or(system::AccountData{});
        maybe.reset();
        const bool did_provide = account.free >= ed;
        const bool did_consume = !is_new && (account.reserved != 0 || account.frozen != 0);
        auto fr = f(account, is_new);
        if (!fr.has_value()) return unexpected(fr.error());
        const bool does_provide = account.free >= ed;
        const bool does_consume = account.reserved != 0 || account.frozen != 0;
        if (!did_provide && does_provide) (void)system::inc_providers(env, who);
        if (did_consume && !does_consume) system::dec_consumers(env, who);
        if (!did_consume && does_consume) SUBEMU_TRY(system::inc_consumers(env, who));
        if (does_consume && system::consumers(env.state, who) == 0) {
          SUBEMU_TRY(system::inc_consumers(env, who));  // defensive bump, as upstream
        }
        if (did_provide && !does_provide) {
          auto dr = system::dec_providers(env, who);  // may reap: must go last
          if (!dr.has_value()) {
            if (did_consume && !does_consume) (void)system::inc_consumers(env, who);
            if (!did_consume && does_consume) system::dec_consumers(env, who);
            return unexpected(dr.error());
          }
        }
        if (is_new) maybe_endowed = account.free;
        if (account.free < ed && account.reserved == 0) {
          if (account.free != 0) maybe_dust = account.free;
        } else {
          maybe = account;
        }
        out.emplace(std::move(fr).value());
        return Ok{};
      });
  if (!r.has_value()) return unexpected(r.error());
  if (maybe_endowed.has_value()) system::deposit(env, event::Endowed{who, *maybe_endowed});
  if (maybe_dust.has_value()) system::deposit(env, event::DustLost{who, *maybe_dust});
  return Mutated<R>{std::move(*out), maybe_dust};
}

// mirrors mutate_account_handling_dust: f: (AccountData&) -> R (not void); dust is handled.
template <class F>
auto mutate_account_handling_dust(frame::Env& env, const AccountId& who, F&& f)
    -> Result<decltype(f(std::declval<system::AccountData&>())), frame::DispatchError>;

// ---- Unbalanced -------------------------------------------------------------------------------
Result<std::optional<uint64_t>, frame::DispatchError> write_balance(frame::Env& env,
                                                                    const AccountId& who,
                                                                    uint64_t amount);
void set_total_issuance(frame::Env& env, uint64_t amount);
// DustRemoval = (): the dust credit is dropped, TotalIssuance -= dust.
void handle_dust(frame::Env& env, uint64_t dust);
// handle_dust(min(amount, ED - 1)).
void handle_raw_dust(frame::Env& env, uint64_t amount);
Result<uint64_t, frame::DispatchError> decrease_balance(frame::Env& env, const AccountId& who,
                                                        uint64_t amount, Precision precision,
                                                        Preservation preservation, Fortitude force);
Result<uint64_t, frame::DispatchError> increase_balance(frame::Env& env, const AccountId& who,
                                                        uint64_t amount, Precision precision);
void deactivate(frame::Env& env, uint64_t amount);
void reactivate(frame::Env& env, uint64_t amount);

// ---- Mutate -----------------------------------------------------------------------------------
Result<uint64_t, frame::DispatchError> mint_into(frame::Env& env, const AccountId& who,
                                                 uint64_t amount);
Result<uint64_t, frame::DispatchError> burn_from(frame::Env& env, const AccountId& who,
                                                 uint64_t amount, Preservation preservation,
                                                 Precision precision, Fortitude force);
Result<uint64_t, frame::DispatchError> shelve(frame::Env& env, const AccountId& who,
                                              uint64_t amount);
Result<uint64_t, frame::DispatchError> restore(frame::Env& env, const AccountId& who,
                                               uint64_t amount);
Result<uint64_t, frame::DispatchError> transfer(frame::Env& env, const AccountId& source,
                                                const AccountId& dest, uint64_t amount,
                                                Preservation preservation);
// Returns the new balance (infallible; mirrors Mutate::set_balance).
uint64_t set_balance(frame::Env& env, const AccountId& who, uint64_t amount);

// ---- Balanced ---------------------------------------------------------------------------------
Result<Debt, frame::DispatchError> deposit(frame::Env& env, const AccountId& who, uint64_t value,
                                           Precision precision);
Result<Credit, frame::DispatchError> withdraw(frame::Env& env, const AccountId& who, uint64_t value,
                                              Precision precision, Preservation preservation,
                                              Fortitude force);
Credit issue(frame::Env& env, uint64_t amount);
Debt rescind(frame::Env& env, uint64_t amount);
// mirrors resolve: deposits the whole credit into `who` (Exact), or returns it unchanged.
Result<void, Credit> resolve(frame::Env& env, const AccountId& who, Credit credit);

// ---- Currency (legacy traits used by the calls) -----------------------------------------------
// mirrors ReservableCurrency::unreserve: returns the amount that could not be unreserved.
uint64_t unreserve(frame::Env& env, const AccountId& who, uint64_t value);

// ---- template definitions ---------------------------------------------------------------------
template <class F>
auto mutate_account_handling_dust(frame::Env& env, const AccountId& who, F&& f)
    -> Result<decltype(f(std::declval<system::AccountData&>())), frame::DispatchError> {
  using R = decltype(f(std::declval<system::AccountData&>()));
  auto r = try_mutate_account(
      env, who,
      [&](system::AccountData& a, bool) -> Result<R, frame::DispatchError> { return f(a); });
  if (!r.has_value()) return unexpected(r.error());
  if (r->dust.has_value()) handle_raw_dust(env, *r->dust);
  return std::move(r->value);
}

}  // namespace subemu::runtime::balances
