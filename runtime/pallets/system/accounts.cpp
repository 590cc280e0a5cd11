// mirrors frame_system lib.rs: inc/dec_providers, inc/dec_sufficients, inc/dec_consumers,
// can_dec_provider, can_accrue_consumers, on_created_account, on_killed_account, account_nonce.
#include "runtime/pallets/system/accounts.hpp"

#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::system {

namespace {

uint32_t sat_inc(uint32_t x) { return x == UINT32_MAX ? x : x + 1; }

// mirrors on_created_account (OnNewAccount = ()).
void on_created_account(frame::Env& env, const AccountId& who) {
  deposit(env, event::NewAccount{who});
}
// mirrors on_killed_account (OnKilledAccount = ()).
void on_killed_account(frame::Env& env, const AccountId& who) {
  deposit(env, event::KilledAccount{who});
}

}  // namespace

bool account_exists(const storage::Overlay& state, const AccountId& who) {
  return Account::contains_key(state, who);
}
RefCount providers(const storage::Overlay& state, const AccountId& who) {
  return Account::get(state, who).providers;
}
RefCount consumers(const storage::Overlay& state, const AccountId& who) {
  return Account::get(state, who).consumers;
}
RefCount sufficients(const storage::Overlay& state, const AccountId& who) {
  return Account::get(state, who).sufficients;
}
RefCount reference_count(const storage::Overlay& state, const AccountId& who) {
  const AccountInfo a = Account::get(state, who);
  return a.providers + a.sufficients;
}
bool is_provider_required(const storage::Overlay& state, const AccountId& who) {
  return Account::get(state, who).consumers != 0;
}
bool can_dec_provider(const storage::Overlay& state, const AccountId& who) {
  const AccountInfo a = Account::get(state, who);
  return a.consumers == 0 || a.providers > 1;
}
bool can_accrue_consumers(const frame::Env& env, const AccountId& who, uint32_t amount) {
  const AccountInfo a = Account::get(env.state, who);
  if (a.consumers > UINT32_MAX - amount) return false;
  return a.providers > 0 && a.consumers + amount <= env.config.max_consumers;
}
bool can_inc_consumer(const frame::Env& env, const AccountId& who) {
  return can_accrue_consumers(env, who, 1);
}

IncRefStatus inc_providers(frame::Env& env, const AccountId& who) {
  return Account::mutate(env.state, who, [&](AccountInfo& a) {
    if (a.providers == 0 && a.sufficients == 0) {
      a.providers = 1;
      on_created_account(env, who);
      return IncRefStatus::kCreated;
    }
    a.providers = sat_inc(a.providers);
    return IncRefStatus::kExisted;
  });
}

Result<DecRefStatus, frame::DispatchError> dec_providers(frame::Env& env, const AccountId& who) {
  std::optional<AccountInfo> maybe = Account::try_get(env.state, who);
  if (!maybe.has_value()) {
    // Logic error upstream ("account already dead"); FRAME still writes the (absent) entry.
    Account::remove(env.state, who);
    return DecRefStatus::kReaped;
  }
  AccountInfo account = *maybe;
  if (account.providers == 0) account.providers = 1;  // logic error: cannot go below zero
  if (account.providers == 1 && account.consumers == 0 && account.sufficients == 0) {
    on_killed_account(env, who);
    Account::remove(env.state, who);
    return DecRefStatus::kReaped;
  }
  if (account.providers == 1 && account.consumers > 0) {
    return unexpected(frame::DispatchError::of(frame::DispatchError::Kind::kConsumerRemaining));
  }
  account.providers -= 1;
  Account::insert(env.state, who, account);
  return DecRefStatus::kExists;
}

IncRefStatus inc_sufficients(frame::Env& env, const AccountId& who) {
  return Account::mutate(env.state, who, [&](AccountInfo& a) {
    if (a.providers + a.sufficients == 0) {
      a.sufficients = 1;
      on_created_account(env, who);
      return IncRefStatus::kCreated;
    }
    a.sufficients = sat_inc(a.sufficients);
    return IncRefStatus::kExisted;
  });
}

DecRefStatus dec_sufficients(frame::Env& env, const AccountId& who) {
  std::optional<AccountInfo> maybe = Account::try_get(env.state, who);
  if (!maybe.has_value()) {
    Account::remove(env.state, who);
    return DecRefStatus::kReaped;
  }
  AccountInfo account = *maybe;
  if ((account.sufficients == 0 || account.sufficients == 1) && account.providers == 0) {
    on_killed_account(env, who);
    Account::remove(env.state, who);
    return DecRefStatus::kReaped;
  }
  // As upstream, sufficients == 0 with providers > 0 underflows in Rust (a logic error that a
  // release build wraps); we keep it at 0 instead.
  if (account.sufficients > 0) account.sufficients -= 1;
  Account::insert(env.state, who, account);
  return DecRefStatus::kExists;
}

frame::DispatchResult inc_consumers(frame::Env& env, const AccountId& who) {
  AccountInfo a = Account::get(env.state, who);
  if (a.providers == 0) {
    return unexpected(frame::DispatchError::of(frame::DispatchError::Kind::kNoProviders));
  }
  if (a.consumers >= env.config.max_consumers) {
    return unexpected(frame::DispatchError::of(frame::DispatchError::Kind::kTooManyConsumers));
  }
  a.consumers = sat_inc(a.consumers);
  Account::insert(env.state, who, a);
  return Ok{};
}

frame::DispatchResult inc_consumers_without_limit(frame::Env& env, const AccountId& who) {
  AccountInfo a = Account::get(env.state, who);
  if (a.providers == 0) {
    return unexpected(frame::DispatchError::of(frame::DispatchError::Kind::kNoProviders));
  }
  a.consumers = sat_inc(a.consumers);
  Account::insert(env.state, who, a);
  return Ok{};
}

void dec_consumers(frame::Env& env, const AccountId& who) {
  Account::mutate(env.state, who, [](AccountInfo& a) {
    if (a.consumers > 0) a.consumers -= 1;  // else a logged logic error upstream
  });
}

Nonce account_nonce(const storage::Overlay& state, const AccountId& who) {
  return Account::get(state, who).nonce;
}

void inc_account_nonce(frame::Env& env, const AccountId& who) {
  Account::mutate(env.state, who, [](AccountInfo& a) { a.nonce = a.nonce + 1; });
}

AccountData account_data(const storage::Overlay& state, const AccountId& who) {
  return Account::get(state, who).data;
}

}  // namespace subemu::runtime::system
