// mirrors pallet_balances impl_fungible.rs (Inspect, Unbalanced, Mutate, Balanced hooks),
// lib.rs ensure_upgraded, impl_currency.rs unreserve, and the default methods of
// frame_support tokens/fungible/regular.rs (decrease_balance, increase_balance, mint_into,
// burn_from, shelve, restore, transfer, set_balance, deposit, withdraw, issue, rescind, resolve)
// and tokens/misc.rs (DepositConsequence / WithdrawConsequence::into_result).
#include "runtime/pallets/balances/fungible.hpp"

#include "runtime/pallets/balances/pallet.hpp"
#include "runtime/pallets/balances/storage.hpp"

namespace subemu::runtime::balances {

using frame::ArithmeticError;
using frame::DispatchError;
using frame::TokenError;
using system::AccountData;

namespace {

uint64_t sat_sub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }
uint64_t sat_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }

AccountData account(const storage::Overlay& state, const AccountId& who) {
  return system::account_data(state, who);
}

}  // namespace

frame::DispatchResult into_result(DepositConsequence c) {
  switch (c) {
    case DepositConsequence::kBelowMinimum:
      return unexpected(DispatchError::token(TokenError::kBelowMinimum));
    case DepositConsequence::kCannotCreate:
      return unexpected(DispatchError::token(TokenError::kCannotCreate));
    case DepositConsequence::kUnknownAsset:
      return unexpected(DispatchError::token(TokenError::kUnknownAsset));
    case DepositConsequence::kOverflow:
      return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
    case DepositConsequence::kBlocked:
      return unexpected(DispatchError::token(TokenError::kBlocked));
    case DepositConsequence::kSuccess:
      return Ok{};
  }
  return Ok{};
}

Result<uint64_t, DispatchError> WithdrawConsequence::into_result(bool keep_nonzero) const {
  switch (kind) {
    case Kind::kBalanceLow:
      return unexpected(DispatchError::token(TokenError::kFundsUnavailable));
    case Kind::kWouldDie:
      return unexpected(DispatchError::token(TokenError::kOnlyProvider));
    case Kind::kUnknownAsset:
      return unexpected(DispatchError::token(TokenError::kUnknownAsset));
    case Kind::kUnderflow:
      return unexpected(DispatchError::arithmetic(ArithmeticError::kUnderflow));
    case Kind::kOverflow:
      return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
    case Kind::kFrozen:
      return unexpected(DispatchError::token(TokenError::kFrozen));
    case Kind::kReducedToZero:
      if (keep_nonzero) return unexpected(DispatchError::token(TokenError::kNotExpendable));
      return reduced_to;
    case Kind::kSuccess:
      return uint64_t{0};
  }
  return uint64_t{0};
}

void drop_credit(frame::Env& env, Credit credit) {
  if (credit.amount == 0) return;
  set_total_issuance(env, sat_sub(total_issuance(env.state), credit.amount));
}

void drop_debt(frame::Env& env, Debt debt) {
  if (debt.amount == 0) return;
  set_total_issuance(env, sat_add(total_issuance(env.state), debt.amount));
}

// ---- Inspect ----------------------------------------------------------------------------------

uint64_t total_issuance(const storage::Overlay& state) { return TotalIssuance::get(state); }
uint64_t inactive_issuance(const storage::Overlay& state) { return InactiveIssuance::get(state); }
uint64_t active_issuance(const storage::Overlay& state) {
  return sat_sub(TotalIssuance::get(state), InactiveIssuance::get(state));
}
uint64_t minimum_balance(const frame::Env& env) { return env.config.existential_deposit; }
uint64_t total_balance(const storage::Overlay& state, const AccountId& who) {
  return account(state, who).total();
}
uint64_t balance(const storage::Overlay& state, const AccountId& who) {
  return account(state, who).free;
}
uint64_t reserved_balance(const storage::Overlay& state, const AccountId& who) {
  return account(state, who).reserved;
}

uint64_t reducible_balance(const frame::Env& env, const AccountId& who, Preservation preservation,
                           Fortitude force) {
  const AccountData a = account(env.state, who);
  uint64_t untouchable = 0;
  // Frozen balance applies to the total: anything on hold is discounted from it.
  if (force == Fortitude::kPolite) untouchable = sat_sub(a.frozen, a.reserved);
  const bool needs_ed = preservation == Preservation::kPreserve ||
                        (preservation == Preservation::kProtect && a.free != 0 &&
                         system::providers(env.state, who) == 1) ||
                        (preservation == Preservation::kExpendable && a.free != 0 &&
                         !system::can_dec_provider(env.state, who));
  if (needs_ed && env.config.existential_deposit > untouchable) {
    untouchable = env.config.existential_deposit;
  }
  return sat_sub(a.free, untouchable);
}

DepositConsequence can_deposit(const frame::Env& env, const AccountId& who, uint64_t amount,
                               Provenance provenance) {
  if (amount == 0) return DepositConsequence::kSuccess;
  if (provenance == Provenance::kMinted && TotalIssuance::get(env.state) > UINT64_MAX - amount) {
    return DepositConsequence::kOverflow;
  }
  const AccountData a = account(env.state, who);
  if (a.free > UINT64_MAX - amount) return DepositConsequence::kOverflow;
  const uint64_t new_free = a.free + amount;
  if (new_free < env.config.existential_deposit) return DepositConsequence::kBelowMinimum;
  if (a.reserved > UINT64_MAX - new_free) return DepositConsequence::kOverflow;
  return DepositConsequence::kSuccess;
}

WithdrawConsequence can_withdraw(const frame::Env& env, const AccountId& who, uint64_t amount) {
  using K = WithdrawConsequence::Kind;
  if (amount == 0) return {K::kSuccess, 0};
  if (TotalIssuance::get(env.state) < amount) return {K::kUnderflow, 0};
  const AccountData a = account(env.state, who);
  if (a.free < amount) return {K::kBalanceLow, 0};
  const uint64_t new_free = a.free - amount;
  const uint64_t liquid =
      reducible_balance(env, who, Preservation::kExpendable, Fortitude::kPolite);
  if (amount > liquid) return {K::kFrozen, 0};
  WithdrawConsequence success{K::kSuccess, 0};
  if (new_free < env.config.existential_deposit) {
    if (!system::can_dec_provider(env.state, who)) return {K::kWouldDie, 0};
    success = {K::kReducedToZero, new_free};
  }
  if (sat_add(new_free, a.reserved) < a.frozen) return {K::kFrozen, 0};
  return success;
}

// ---- accounts ---------------------------------------------------------------------------------

bool ensure_upgraded(frame::Env& env, const AccountId& who) {
  AccountData a = account(env.state, who);
  if (a.is_new_logic()) return false;
  a.set_new_logic();
  if (a.reserved != 0 && a.frozen == 0) {
    if (system::providers(env.state, who) == 0) {
      // No provider refs: give the account enough for an ED (a failsafe upstream).
      if (a.free < env.config.existential_deposit) a.free = env.config.existential_deposit;
      (void)system::inc_providers(env, who);
    }
    (void)system::inc_consumers_without_limit(env, who);
  }
  (void)system::try_mutate_exists_data(
      env, who, [&](std::optional<AccountData>& maybe) -> frame::DispatchResult {
        maybe = a;
        return Ok{};
      });
  system::deposit(env, event::Upgraded{who});
  return true;
}

// ---- Unbalanced -------------------------------------------------------------------------------

Result<std::optional<uint64_t>, DispatchError> write_balance(frame::Env& env, const AccountId& who,
                                                             uint64_t amount) {
  const uint64_t max_reduction =
      reducible_balance(env, who, Preservation::kExpendable, Fortitude::kForce);
  auto r = try_mutate_account(
      env, who, [&](AccountData& a, bool) -> Result<frame::DispatchResult, DispatchError> {
        // The reduction, if any, must not exceed what may be taken; the closure's error is a
        // value: the account is still written back unchanged, as upstream.
        if (sat_sub(a.free, amount) > max_reduction) {
          return frame::DispatchResult(unexpected(error(Error::kInsufficientBalance)));
        }
        a.free = amount;
        return frame::DispatchResult(Ok{});
      });
  if (!r.has_value()) return unexpected(r.error());
  if (!r->value.has_value()) return unexpected(r->value.error());
  return r->dust;
}

void set_total_issuance(frame::Env& env, uint64_t amount) { TotalIssuance::put(env.state, amount); }

void handle_dust(frame::Env& env, uint64_t dust) { drop_credit(env, Credit{dust}); }

void handle_raw_dust(frame::Env& env, uint64_t amount) {
  const uint64_t cap = sat_sub(env.config.existential_deposit, 1);
  handle_dust(env, amount < cap ? amount : cap);
}

Result<uint64_t, DispatchError> decrease_balance(frame::Env& env, const AccountId& who,
                                                 uint64_t amount, Precision precision,
                                                 Preservation preservation, Fortitude force) {
  const uint64_t old_balance = balance(env.state, who);
  const uint64_t free = reducible_balance(env, who, preservation, force);
  if (precision == Precision::kBestEffort) {
    if (amount > free) amount = free;
  } else if (free < amount) {
    return unexpected(DispatchError::token(TokenError::kFundsUnavailable));
  }
  if (old_balance < amount) return unexpected(DispatchError::token(TokenError::kFundsUnavailable));
  const uint64_t new_balance = old_balance - amount;
  SUBEMU_TRY_ASSIGN(const std::optional<uint64_t> dust, write_balance(env, who, new_balance));
  if (dust.has_value()) handle_dust(env, *dust);
  return old_balance - new_balance;
}

Result<uint64_t, DispatchError> increase_balance(frame::Env& env, const AccountId& who,
                                                 uint64_t amount, Precision precision) {
  const uint64_t old_balance = balance(env.state, who);
  uint64_t new_balance = 0;
  if (precision == Precision::kBestEffort) {
    new_balance = sat_add(old_balance, amount);
  } else {
    if (old_balance > UINT64_MAX - amount) {
      return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
    }
    new_balance = old_balance + amount;
  }
  if (new_balance < env.config.existential_deposit) {
    // Increasing from 0 to below the minimum: stays at zero.
    if (precision == Precision::kBestEffort) return uint64_t{0};
    return unexpected(DispatchError::token(TokenError::kBelowMinimum));
  }
  if (new_balance == old_balance) return uint64_t{0};
  SUBEMU_TRY_ASSIGN(const std::optional<uint64_t> dust, write_balance(env, who, new_balance));
  if (dust.has_value()) handle_dust(env, *dust);
  return new_balance - old_balance;
}

void deactivate(frame::Env& env, uint64_t amount) {
  const uint64_t total = TotalIssuance::get(env.state);
  InactiveIssuance::mutate(env.state, [&](uint64_t& b) {
    const uint64_t v = sat_add(b, amount);
    b = v < total ? v : total;
  });
}

void reactivate(frame::Env& env, uint64_t amount) {
  InactiveIssuance::mutate(env.state, [&](uint64_t& b) { b = sat_sub(b, amount); });
}

// ---- Mutate -----------------------------------------------------------------------------------

Result<uint64_t, DispatchError> mint_into(frame::Env& env, const AccountId& who, uint64_t amount) {
  if (total_issuance(env.state) > UINT64_MAX - amount) {
    return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
  }
  SUBEMU_TRY_ASSIGN(const uint64_t actual, increase_balance(env, who, amount, Precision::kExact));
  set_total_issuance(env, sat_add(total_issuance(env.state), actual));
  system::deposit(env, event::Minted{who, amount});
  return actual;
}

Result<uint64_t, DispatchError> burn_from(frame::Env& env, const AccountId& who, uint64_t amount,
                                          Preservation preservation, Precision precision,
                                          Fortitude force) {
  uint64_t actual = reducible_balance(env, who, preservation, force);
  if (amount < actual) actual = amount;
  if (actual != amount && precision != Precision::kBestEffort) {
    return unexpected(DispatchError::token(TokenError::kFundsUnavailable));
  }
  if (total_issuance(env.state) < actual) {
    return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
  }
  SUBEMU_TRY_ASSIGN(
      actual, decrease_balance(env, who, actual, Precision::kBestEffort, preservation, force));
  set_total_issuance(env, sat_sub(total_issuance(env.state), actual));
  system::deposit(env, event::Burned{who, actual});
  return actual;
}

Result<uint64_t, DispatchError> shelve(frame::Env& env, const AccountId& who, uint64_t amount) {
  uint64_t actual = reducible_balance(env, who, Preservation::kExpendable, Fortitude::kPolite);
  if (amount < actual) actual = amount;
  if (actual != amount) return unexpected(DispatchError::token(TokenError::kFundsUnavailable));
  if (total_issuance(env.state) < actual) {
    return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
  }
  SUBEMU_TRY_ASSIGN(actual, decrease_balance(env, who, actual, Precision::kBestEffort,
                                             Preservation::kExpendable, Fortitude::kPolite));
  set_total_issuance(env, sat_sub(total_issuance(env.state), actual));
  system::deposit(env, event::Suspended{who, actual});
  return actual;
}

Result<uint64_t, DispatchError> restore(frame::Env& env, const AccountId& who, uint64_t amount) {
  if (total_issuance(env.state) > UINT64_MAX - amount) {
    return unexpected(DispatchError::arithmetic(ArithmeticError::kOverflow));
  }
  SUBEMU_TRY_ASSIGN(const uint64_t actual, increase_balance(env, who, amount, Precision::kExact));
  set_total_issuance(env, sat_add(total_issuance(env.state), actual));
  system::deposit(env, event::Restored{who, amount});
  return actual;
}

Result<uint64_t, DispatchError> transfer(frame::Env& env, const AccountId& source,
                                         const AccountId& dest, uint64_t amount,
                                         Preservation preservation) {
  SUBEMU_TRY(
      can_withdraw(env, source, amount).into_result(preservation != Preservation::kExpendable));
  SUBEMU_TRY(into_result(can_deposit(env, dest, amount, Provenance::kExtant)));
  SUBEMU_TRY(decrease_balance(env, source, amount, Precision::kBestEffort, preservation,
                              Fortitude::kPolite));
  // Never fails after can_deposit; best effort anyway, as upstream.
  (void)increase_balance(env, dest, amount, Precision::kBestEffort);
  system::deposit(env, event::Transfer{source, dest, amount});
  return amount;
}

uint64_t set_balance(frame::Env& env, const AccountId& who, uint64_t amount) {
  const uint64_t b = balance(env.state, who);
  if (b > amount) {
    auto r = burn_from(env, who, b - amount, Preservation::kExpendable, Precision::kBestEffort,
                       Fortitude::kForce);
    return r.has_value() ? sat_sub(b, *r) : b;
  }
  auto r = mint_into(env, who, amount - b);
  return r.has_value() ? sat_add(b, *r) : b;
}

// ---- Balanced ---------------------------------------------------------------------------------

Result<Debt, DispatchError> deposit(frame::Env& env, const AccountId& who, uint64_t value,
                                    Precision precision) {
  SUBEMU_TRY_ASSIGN(const uint64_t increase, increase_balance(env, who, value, precision));
  system::deposit(env, event::Deposit{who, increase});
  return Debt{increase};
}

Result<Credit, DispatchError> withdraw(frame::Env& env, const AccountId& who, uint64_t value,
                                       Precision precision, Preservation preservation,
                                       Fortitude force) {
  SUBEMU_TRY_ASSIGN(const uint64_t decrease,
                    decrease_balance(env, who, value, precision, preservation, force));
  system::deposit(env, event::Withdraw{who, decrease});
  return Credit{decrease};
}

Credit issue(frame::Env& env, uint64_t amount) {
  const uint64_t old = total_issuance(env.state);
  const uint64_t next = sat_add(old, amount);
  set_total_issuance(env, next);
  if (next != old) system::deposit(env, event::Issued{next - old});
  return Credit{next - old};
}

Debt rescind(frame::Env& env, uint64_t amount) {
  const uint64_t old = total_issuance(env.state);
  const uint64_t next = sat_sub(old, amount);
  set_total_issuance(env, next);
  system::deposit(env, event::Rescinded{old - next});
  return Debt{old - next};
}

Result<void, Credit> resolve(frame::Env& env, const AccountId& who, Credit credit) {
  auto d = deposit(env, who, credit.amount, Precision::kExact);
  if (!d.has_value()) return unexpected(credit);
  return Ok{};  // credit and debt offset exactly
}

// ---- Currency ---------------------------------------------------------------------------------

uint64_t unreserve(frame::Env& env, const AccountId& who, uint64_t value) {
  if (value == 0) return 0;
  if (total_balance(env.state, who) == 0) return value;
  auto r = mutate_account_handling_dust(env, who, [&](AccountData& a) {
    const uint64_t actual = a.reserved < value ? a.reserved : value;
    a.reserved -= actual;
    a.free = sat_add(a.free, actual);
    return actual;
  });
  if (!r.has_value()) return value;
  system::deposit(env, event::Unreserved{who, *r});
  return value - *r;
}

}  // namespace subemu::runtime::balances
