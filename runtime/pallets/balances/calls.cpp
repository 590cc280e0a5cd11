// mirrors pallet_balances lib.rs #[pallet::call]s, GenesisConfig::build and weights.rs
// SubstrateWeight (see pallet.hpp).
#include <set>

#include "runtime/frame/extrinsic/multi_address.hpp"
#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/balances/fungible.hpp"
#include "runtime/pallets/balances/pallet.hpp"
#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/limits.hpp"

namespace subemu::runtime::balances {

using frame::DispatchError;
using frame::DispatchInfo;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Weight;
using frame::extrinsic::MultiAddress;
using pallets::db;
using pallets::lookup;

namespace weights {
Weight transfer_allow_death() {
  return Weight::from_parts(48'363'000, 3593).saturating_add(db(1, 1));
}
Weight transfer_keep_alive() {
  return Weight::from_parts(38'159'000, 3593).saturating_add(db(1, 1));
}
Weight force_set_balance_creating() {
  return Weight::from_parts(14'687'000, 3593).saturating_add(db(1, 1));
}
Weight force_set_balance_killing() {
  return Weight::from_parts(19'929'000, 3593).saturating_add(db(1, 1));
}
Weight force_transfer() { return Weight::from_parts(49'944'000, 6196).saturating_add(db(2, 2)); }
Weight transfer_all() { return Weight::from_parts(47'385'000, 3593).saturating_add(db(1, 1)); }
Weight force_unreserve() { return Weight::from_parts(17'233'000, 3593).saturating_add(db(1, 1)); }
Weight upgrade_accounts(uint32_t u) {
  return Weight::from_parts(16'588'000, 990)
      .saturating_add(Weight::from_parts(13'973'659, 0).saturating_mul(u))
      .saturating_add(db(u, u))
      .saturating_add(Weight::from_parts(0, 2603).saturating_mul(u));
}
Weight force_adjust_total_issuance() { return Weight::from_parts(6'594'000, 0); }
Weight burn_allow_death() { return Weight::from_parts(30'968'000, 0); }
Weight burn_keep_alive() { return Weight::from_parts(20'711'000, 0); }
}  // namespace weights

namespace {

using Value = scale::Compact<uint64_t>;

template <class T>
DispatchResultWithPostInfo done(const Result<T, DispatchError>& r) {
  if (!r.has_value()) return frame::fail(r.error());
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo transfer_allow_death(Env& env, const Origin& origin, ByteView args) {
  MultiAddress dest;
  Value value;
  if (!pallets::decode_args(args, dest, value)) return pallets::bad_args();
  auto source = frame::ensure_signed(origin);
  if (!source) return frame::fail(source.error());
  auto to = lookup(dest);
  if (!to) return frame::fail(to.error());
  return done(transfer(env, *source, *to, value.value, Preservation::kExpendable));
}

DispatchResultWithPostInfo force_transfer(Env& env, const Origin& origin, ByteView args) {
  MultiAddress source_addr;
  MultiAddress dest;
  Value value;
  if (!pallets::decode_args(args, source_addr, dest, value)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  auto source = lookup(source_addr);
  if (!source) return frame::fail(source.error());
  auto to = lookup(dest);
  if (!to) return frame::fail(to.error());
  return done(transfer(env, *source, *to, value.value, Preservation::kExpendable));
}

DispatchResultWithPostInfo transfer_keep_alive(Env& env, const Origin& origin, ByteView args) {
  MultiAddress dest;
  Value value;
  if (!pallets::decode_args(args, dest, value)) return pallets::bad_args();
  auto source = frame::ensure_signed(origin);
  if (!source) return frame::fail(source.error());
  auto to = lookup(dest);
  if (!to) return frame::fail(to.error());
  return done(transfer(env, *source, *to, value.value, Preservation::kPreserve));
}

DispatchResultWithPostInfo transfer_all(Env& env, const Origin& origin, ByteView args) {
  MultiAddress dest;
  bool keep_alive = false;
  if (!pallets::decode_args(args, dest, keep_alive)) return pallets::bad_args();
  auto transactor = frame::ensure_signed(origin);
  if (!transactor) return frame::fail(transactor.error());
  const Preservation p = keep_alive ? Preservation::kPreserve : Preservation::kExpendable;
  const uint64_t reducible = reducible_balance(env, *transactor, p, Fortitude::kPolite);
  auto to = lookup(dest);
  if (!to) return frame::fail(to.error());
  return done(transfer(env, *transactor, *to, reducible, p));
}

DispatchResultWithPostInfo force_unreserve(Env& env, const Origin& origin, ByteView args) {
  MultiAddress who_addr;
  uint64_t amount = 0;
  if (!pallets::decode_args(args, who_addr, amount)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  auto who = lookup(who_addr);
  if (!who) return frame::fail(who.error());
  (void)unreserve(env, *who, amount);
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo upgrade_accounts(Env& env, const Origin& origin, ByteView args) {
  std::vector<AccountId> who;
  if (!pallets::decode_args(args, who)) return pallets::bad_args();
  if (auto r = frame::ensure_signed(origin); !r) return frame::fail(r.error());
  if (who.empty()) return pallets::pays(frame::Pays::kYes);
  uint32_t upgraded = 0;
  for (const AccountId& a : who) {
    if (ensure_upgraded(env, a)) ++upgraded;
  }
  const uint32_t proportion =
      system::perbill_from_rational(upgraded, static_cast<uint32_t>(who.size()));
  return pallets::pays(proportion >= 900'000'000 ? frame::Pays::kNo : frame::Pays::kYes);
}

DispatchResultWithPostInfo force_set_balance(Env& env, const Origin& origin, ByteView args) {
  MultiAddress who_addr;
  Value new_free_arg;
  if (!pallets::decode_args(args, who_addr, new_free_arg)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  auto who = lookup(who_addr);
  if (!who) return frame::fail(who.error());
  const uint64_t ed = env.config.existential_deposit;
  const uint64_t new_free = new_free_arg.value < ed ? 0 : new_free_arg.value;
  auto old = mutate_account_handling_dust(env, *who, [&](system::AccountData& a) {
    const uint64_t old_free = a.free;
    a.free = new_free;
    return old_free;
  });
  if (!old) return frame::fail(old.error());
  // The Currency imbalance's drop adjusts TotalIssuance (no event at stable2409).
  if (new_free > *old) {
    TotalIssuance::mutate(env.state, [&](uint64_t& v) {
      const uint64_t d = new_free - *old;
      v = v > UINT64_MAX - d ? UINT64_MAX : v + d;
    });
  } else if (new_free < *old) {
    TotalIssuance::mutate(env.state, [&](uint64_t& v) {
      const uint64_t d = *old - new_free;
      v = v > d ? v - d : 0;
    });
  }
  system::deposit(env, event::BalanceSet{*who, new_free});
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo force_adjust_total_issuance(Env& env, const Origin& origin,
                                                       ByteView args) {
  AdjustmentDirection direction = AdjustmentDirection::kIncrease;
  Value delta;
  if (!pallets::decode_args(args, direction, delta)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  if (delta.value == 0) return frame::fail(error(Error::kDeltaZero));
  const uint64_t old = TotalIssuance::get(env.state);
  uint64_t next = 0;
  if (direction == AdjustmentDirection::kIncrease) {
    next = old > UINT64_MAX - delta.value ? UINT64_MAX : old + delta.value;
  } else {
    next = old > delta.value ? old - delta.value : 0;
  }
  if (InactiveIssuance::get(env.state) > next)
    return frame::fail(error(Error::kIssuanceDeactivated));
  TotalIssuance::put(env.state, next);
  system::deposit(env, event::TotalIssuanceForced{old, next});
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo burn(Env& env, const Origin& origin, ByteView args) {
  Value value;
  bool keep_alive = false;
  if (!pallets::decode_args(args, value, keep_alive)) return pallets::bad_args();
  auto source = frame::ensure_signed(origin);
  if (!source) return frame::fail(source.error());
  const Preservation p = keep_alive ? Preservation::kPreserve : Preservation::kExpendable;
  return done(burn_from(env, *source, value.value, p, Precision::kExact, Fortitude::kPolite));
}

// ---- GetDispatchInfo --------------------------------------------------------------------------

DispatchInfo normal(const Weight& w) {
  return DispatchInfo{w, frame::DispatchClass::kNormal, frame::Pays::kYes};
}

DispatchInfo transfer_allow_death_info(const metadata::Registry&, ByteView) {
  return normal(weights::transfer_allow_death());
}
DispatchInfo force_transfer_info(const metadata::Registry&, ByteView) {
  return normal(weights::force_transfer());
}
DispatchInfo transfer_keep_alive_info(const metadata::Registry&, ByteView) {
  return normal(weights::transfer_keep_alive());
}
DispatchInfo transfer_all_info(const metadata::Registry&, ByteView) {
  return normal(weights::transfer_all());
}
DispatchInfo force_unreserve_info(const metadata::Registry&, ByteView) {
  return normal(weights::force_unreserve());
}
DispatchInfo upgrade_accounts_info(const metadata::Registry&, ByteView args) {
  scale::Decoder d(args);
  scale::Compact<uint32_t> n{};
  (void)scale::decode_from(d, n);
  return normal(weights::upgrade_accounts(n.value));
}
DispatchInfo force_set_balance_info(const metadata::Registry&, ByteView) {
  const Weight a = weights::force_set_balance_creating();
  const Weight b = weights::force_set_balance_killing();
  return normal(Weight{a.ref_time > b.ref_time ? a.ref_time : b.ref_time,
                       a.proof_size > b.proof_size ? a.proof_size : b.proof_size});
}
DispatchInfo force_adjust_total_issuance_info(const metadata::Registry&, ByteView) {
  return normal(weights::force_adjust_total_issuance());
}
DispatchInfo burn_info(const metadata::Registry&, ByteView args) {
  Value value;
  bool keep_alive = false;
  (void)pallets::decode_args(args, value, keep_alive);
  return normal(keep_alive ? weights::burn_allow_death() : weights::burn_keep_alive());
}

}  // namespace

std::vector<metadata::Variant> event_variants() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  const TypeRef account = TypeOf<AccountId>::get();
  const TypeRef bal = t_uint(64);
  auto who_amount = [&](const char* name, uint8_t index, const char* who, const char* amount) {
    return variant(name, index, {field(who, account), field(amount, bal)});
  };
  return {
      who_amount("Endowed", 0, "account", "free_balance"),
      who_amount("DustLost", 1, "account", "amount"),
      variant("Transfer", 2, {field("from", account), field("to", account), field("amount", bal)}),
      who_amount("BalanceSet", 3, "who", "free"),
      who_amount("Reserved", 4, "who", "amount"),
      who_amount("Unreserved", 5, "who", "amount"),
      variant("ReserveRepatriated", 6,
              {field("from", account), field("to", account), field("amount", bal),
               field("destination_status", balance_status_type())}),
      who_amount("Deposit", 7, "who", "amount"),
      who_amount("Withdraw", 8, "who", "amount"),
      who_amount("Slashed", 9, "who", "amount"),
      who_amount("Minted", 10, "who", "amount"),
      who_amount("Burned", 11, "who", "amount"),
      who_amount("Suspended", 12, "who", "amount"),
      who_amount("Restored", 13, "who", "amount"),
      variant("Upgraded", 14, {field("who", account)}),
      variant("Issued", 15, {field("amount", bal)}),
      variant("Rescinded", 16, {field("amount", bal)}),
      who_amount("Locked", 17, "who", "amount"),
      who_amount("Unlocked", 18, "who", "amount"),
      who_amount("Frozen", 19, "who", "amount"),
      who_amount("Thawed", 20, "who", "amount"),
      variant("TotalIssuanceForced", 21, {field("old", bal), field("new", bal)}),
  };
}

Result<void, GenesisError> build_genesis(
    frame::Env& env, const std::vector<std::pair<AccountId, uint64_t>>& balances) {
  uint64_t total = 0;
  std::set<AccountId> seen;
  for (const auto& [who, amount] : balances) {
    if (total > UINT64_MAX - amount) return unexpected(GenesisError::kIssuanceOverflow);
    total += amount;
    if (amount < env.config.existential_deposit) {
      return unexpected(GenesisError::kBelowExistentialDeposit);
    }
    if (!seen.insert(who).second) return unexpected(GenesisError::kDuplicateAccount);
  }
  TotalIssuance::put(env.state, total);
  for (const auto& [who, amount] : balances) {
    (void)system::inc_providers(env, who);
    system::AccountData data;
    data.free = amount;
    (void)system::try_mutate_exists_data(
        env, who, [&](std::optional<system::AccountData>& maybe) -> frame::DispatchResult {
          maybe = data;
          return Ok{};
        });
  }
  return Ok{};
}

metadata::PalletDesc describe() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  const TypeRef address = pallets::multi_address_type();
  const TypeRef value = t_compact(t_uint(64));
  PalletDesc p;
  p.name = "Balances";
  p.index = kPalletIndex;
  p.calls = {
      CallDesc{"transfer_allow_death",
               0,
               {field("dest", address), field("value", value)},
               &transfer_allow_death,
               &transfer_allow_death_info},
      CallDesc{"force_transfer",
               2,
               {field("source", address), field("dest", address), field("value", value)},
               &force_transfer,
               &force_transfer_info},
      CallDesc{"transfer_keep_alive",
               3,
               {field("dest", address), field("value", value)},
               &transfer_keep_alive,
               &transfer_keep_alive_info},
      CallDesc{"transfer_all",
               4,
               {field("dest", address), field("keep_alive", t_bool())},
               &transfer_all,
               &transfer_all_info},
      CallDesc{"force_unreserve",
               5,
               {field("who", address), field("amount", t_uint(64))},
               &force_unreserve,
               &force_unreserve_info},
      CallDesc{"upgrade_accounts",
               6,
               {field("who", t_seq(TypeOf<AccountId>::get()))},
               &upgrade_accounts,
               &upgrade_accounts_info},
      CallDesc{"force_set_balance",
               8,
               {field("who", address), field("new_free", value)},
               &force_set_balance,
               &force_set_balance_info},
      CallDesc{"force_adjust_total_issuance",
               9,
               {field("direction", adjustment_direction_type()), field("delta", value)},
               &force_adjust_total_issuance,
               &force_adjust_total_issuance_info},
      CallDesc{
          "burn", 10, {field("value", value), field("keep_alive", t_bool())}, &burn, &burn_info},
  };
  p.events = event_variants();
  p.errors = {"VestingBalance",     "LiquidityRestrictions", "InsufficientBalance",
              "ExistentialDeposit", "Expendability",         "ExistingVestingSchedule",
              "DeadAccount",        "TooManyReserves",       "TooManyHolds",
              "TooManyFreezes",     "IssuanceDeactivated",   "DeltaZero"};
  p.items = {describe_item<TotalIssuance>(), describe_item<InactiveIssuance>(),
             describe_item<Account>(),       describe_item<Locks>(),
             describe_item<Reserves>(),      describe_item<Holds>(),
             describe_item<Freezes>()};
  return p;
}

}  // namespace subemu::runtime::balances
