// Delegate take and hotkey association (take.hpp).
#include "runtime/pallets/subtensor/staking/take.hpp"

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/utils/rate_limiting.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::subtensor {

bool hotkey_is_delegate(const storage::Overlay& state, const AccountId& hotkey) {
  return Delegates::contains_key(state, hotkey);
}

void delegate_hotkey(storage::Overlay& state, const AccountId& hotkey, uint16_t take) {
  Delegates::insert(state, hotkey, take);
}

uint16_t get_hotkey_take(const frame::Env& env, const AccountId& hotkey) {
  return Delegates::get(env, hotkey);
}

frame::DispatchResult do_take_checks(const storage::Overlay& state, const AccountId& coldkey,
                                     const AccountId& hotkey) {
  if (!hotkey_account_exists(state, hotkey)) {
    return unexpected(error(Error::kHotKeyAccountNotExists));
  }
  if (!coldkey_owns_hotkey(state, coldkey, hotkey)) {
    return unexpected(error(Error::kNonAssociatedColdKey));
  }
  return Ok{};
}

// mirrors increase_take.rs do_increase_take
frame::DispatchResult do_increase_take(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey, uint16_t take) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. A known hotkey of this coldkey.
  SUBEMU_TRY(do_take_checks(env.state, coldkey, hotkey));
  // 3. Strictly increasing over an existing entry.
  if (const auto current = Delegates::try_get(env.state, hotkey); current && take <= *current) {
    return unexpected(error(Error::kDelegateTakeTooLow));
  }
  // 4. At most MaxDelegateTake.
  if (take > MaxDelegateTake::get(env)) return unexpected(error(Error::kDelegateTakeTooHigh));
  // 5. The delegate-take rate limit.
  const uint64_t block = current_block(env.state);
  if (exceeds_tx_delegate_take_rate_limit(env, get_last_tx_block_delegate_take(env.state, hotkey),
                                          block)) {
    return unexpected(error(Error::kDelegateTxRateLimitExceeded));
  }
  // 6. Record, set, announce.
  set_last_tx_block_delegate_take(env.state, hotkey, block);
  Delegates::insert(env.state, hotkey, take);
  system::deposit(env, event::TakeIncreased{coldkey, hotkey, take});
  return Ok{};
}

// mirrors decrease_take.rs do_decrease_take
frame::DispatchResult do_decrease_take(frame::Env& env, const frame::Origin& origin,
                                       const AccountId& hotkey, uint16_t take) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. A known hotkey of this coldkey.
  SUBEMU_TRY(do_take_checks(env.state, coldkey, hotkey));
  // 3. Strictly decreasing under an existing entry.
  if (const auto current = Delegates::try_get(env.state, hotkey); current && take >= *current) {
    return unexpected(error(Error::kDelegateTakeTooLow));
  }
  // 4. At least MinDelegateTake.
  if (take < MinDelegateTake::get(env)) return unexpected(error(Error::kDelegateTakeTooLow));
  // 5. Set, record the block (arms the increase rate limit), announce.
  Delegates::insert(env.state, hotkey, take);
  set_last_tx_block_delegate_take(env.state, hotkey, current_block(env.state));
  system::deposit(env, event::TakeDecreased{coldkey, hotkey, take});
  return Ok{};
}

// mirrors account.rs do_try_associate_hotkey
frame::DispatchResult do_try_associate_hotkey(storage::Overlay& state, const AccountId& coldkey,
                                              const AccountId& hotkey) {
  create_account_if_non_existent(state, coldkey, hotkey);
  return Ok{};
}

}  // namespace subemu::runtime::subtensor
