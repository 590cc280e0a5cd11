// Account reference counting and the AccountData store (frame_system lib.rs at
// polkadot-stable2409), with the subtensor runtime's choices: OnNewAccount = OnKilledAccount = ()
// (only the NewAccount / KilledAccount events), MaxConsumers = 16 (config.max_consumers).
//
// An account exists while System.Account holds an entry for it. Providers and sufficients keep it
// alive; consumers depend on it and forbid removing the last provider (ConsumerRemaining).
//   inc_providers    0 providers and 0 sufficients -> providers = 1, NewAccount event (Created)
//   dec_providers    (1, consumers 0, sufficients 0) -> entry removed, KilledAccount (Reaped);
//                    (1, c > 0, _) -> Err(ConsumerRemaining), nothing written
//   inc_consumers    needs providers > 0 (NoProviders) and consumers < MaxConsumers
//                    (TooManyConsumers)
// Every function writes exactly what FRAME writes (a ValueQuery mutate stores even an unchanged
// value, e.g. dec_consumers on an absent account stores a default AccountInfo).
//
// The StoredMap<AccountId, AccountData> implementation (pallet_balances' AccountStore = System)
// is try_mutate_exists_data: the closure sees None when the data equals AccountData's default; on
// success the data is stored if the account still has a provider or sufficient, else the whole
// entry is removed.
#pragma once

#include "runtime/layer.hpp"

#include <optional>
#include <utility>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::system {

enum class IncRefStatus : uint8_t { kCreated, kExisted };
enum class DecRefStatus : uint8_t { kReaped, kExists };

bool account_exists(const storage::Overlay& state, const AccountId& who);
RefCount providers(const storage::Overlay& state, const AccountId& who);
RefCount consumers(const storage::Overlay& state, const AccountId& who);
RefCount sufficients(const storage::Overlay& state, const AccountId& who);
// providers + sufficients
RefCount reference_count(const storage::Overlay& state, const AccountId& who);
// consumers != 0
bool is_provider_required(const storage::Overlay& state, const AccountId& who);
// consumers == 0 || providers > 1
bool can_dec_provider(const storage::Overlay& state, const AccountId& who);
// providers > 0 && consumers + amount <= max_consumers (no overflow)
bool can_accrue_consumers(const frame::Env& env, const AccountId& who, uint32_t amount);
bool can_inc_consumer(const frame::Env& env, const AccountId& who);

IncRefStatus inc_providers(frame::Env& env, const AccountId& who);
Result<DecRefStatus, frame::DispatchError> dec_providers(frame::Env& env, const AccountId& who);
IncRefStatus inc_sufficients(frame::Env& env, const AccountId& who);
DecRefStatus dec_sufficients(frame::Env& env, const AccountId& who);
frame::DispatchResult inc_consumers(frame::Env& env, const AccountId& who);
frame::DispatchResult inc_consumers_without_limit(frame::Env& env, const AccountId& who);
void dec_consumers(frame::Env& env, const AccountId& who);

Nonce account_nonce(const storage::Overlay& state, const AccountId& who);
// mirrors inc_account_nonce (Account::mutate: creates the entry if absent; wraps at u32::MAX).
void inc_account_nonce(frame::Env& env, const AccountId& who);

// StoredMap::get: the account's data (the default when absent).
AccountData account_data(const storage::Overlay& state, const AccountId& who);

// mirrors frame_system's StoredMap::try_mutate_exists.
// F: (std::optional<AccountData>&) -> Result<R, frame::DispatchError>.
template <class F>
auto try_mutate_exists_data(frame::Env& env, const AccountId& who, F&& f)
    -> decltype(f(std::declval<std::optional<AccountData>&>())) {
  const AccountInfo account = Account::get(env.state, who);
  std::optional<AccountData> some;
  if (!(account.data == AccountData{})) some = account.data;
  auto result = f(some);
  if (!result.has_value()) return result;
  if (providers(env.state, who) > 0 || sufficients(env.state, who) > 0) {
    Account::mutate(env.state, who, [&](AccountInfo& a) { a.data = some.value_or(AccountData{}); });
  } else {
    Account::remove(env.state, who);
  }
  return result;
}

}  // namespace subemu::runtime::system
