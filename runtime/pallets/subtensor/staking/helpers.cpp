// mirrors staking/helpers.rs and utils/misc.rs (token management, subnet-owner origins).
#include "runtime/pallets/subtensor/staking/helpers.hpp"

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

#include "runtime/pallets/balances/fungible.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/block.hpp"

namespace subemu::runtime::subtensor {

uint64_t current_block(const storage::Overlay& state) {
  return static_cast<uint64_t>(system::block_number(state));
}

bool subnet_exists(const storage::Overlay& state, NetUid netuid) {
  return NetworksAdded::get(state, netuid);
}

bool hotkey_account_exists(const storage::Overlay& state, const AccountId& hotkey) {
  return Owner::contains_key(state, hotkey);
}

bool coldkey_owns_hotkey(const storage::Overlay& state, const AccountId& coldkey,
                         const AccountId& hotkey) {
  return hotkey_account_exists(state, hotkey) && Owner::get(state, hotkey) == coldkey;
}

AccountId owning_coldkey_for_hotkey(const storage::Overlay& state, const AccountId& hotkey) {
  return Owner::get(state, hotkey);
}

void create_account_if_non_existent(storage::Overlay& state, const AccountId& coldkey,
                                    const AccountId& hotkey) {
  if (hotkey_account_exists(state, hotkey)) return;
  Owner::insert(state, hotkey, coldkey);
  std::vector<AccountId> owned = OwnedHotkeys::get(state, coldkey);
  if (std::find(owned.begin(), owned.end(), hotkey) == owned.end()) {
    owned.push_back(hotkey);
    OwnedHotkeys::insert(state, coldkey, owned);
  }
  std::vector<AccountId> staking = StakingHotkeys::get(state, coldkey);
  if (std::find(staking.begin(), staking.end(), hotkey) == staking.end()) {
    staking.push_back(hotkey);
    StakingHotkeys::insert(state, coldkey, staking);
  }
}

void add_balance_to_coldkey_account(frame::Env& env, const AccountId& coldkey, uint64_t amount) {
  auto debt = balances::deposit(env, coldkey, amount, balances::Precision::kBestEffort);
  if (debt) balances::drop_debt(env, *debt);
}

uint64_t coldkey_balance(const frame::Env& env, const AccountId& coldkey) {
  return balances::reducible_balance(env, coldkey, balances::Preservation::kExpendable,
                                     balances::Fortitude::kPolite);
}

bool can_remove_balance_from_coldkey_account(const frame::Env& env, const AccountId& coldkey,
                                             uint64_t amount) {
  if (amount > coldkey_balance(env, coldkey)) return false;
  return balances::can_withdraw(env, coldkey, amount).into_result(false).has_value();
}

namespace {
Result<uint64_t, frame::DispatchError> withdraw_credit(frame::Env& env, const AccountId& coldkey,
                                                       uint64_t amount,
                                                       balances::Precision precision,
                                                       balances::Preservation preservation,
                                                       balances::Fortitude force) {
  if (amount == 0) return uint64_t{0};
  auto credit = balances::withdraw(env, coldkey, amount, precision, preservation, force);
  if (!credit) return unexpected(error(Error::kBalanceWithdrawalError));
  const uint64_t got = credit->amount;
  balances::drop_credit(env, *credit);
  if (got == 0) return unexpected(error(Error::kZeroBalanceAfterWithdrawn));
  return got;
}
}  // namespace

Result<uint64_t, frame::DispatchError> remove_balance_from_coldkey_account(
    frame::Env& env, const AccountId& coldkey, uint64_t amount) {
  return withdraw_credit(env, coldkey, amount, balances::Precision::kBestEffort,
                         balances::Preservation::kPreserve, balances::Fortitude::kPolite);
}

Result<uint64_t, frame::DispatchError> kill_coldkey_account(frame::Env& env,
                                                            const AccountId& coldkey,
                                                            uint64_t amount) {
  return withdraw_credit(env, coldkey, amount, balances::Precision::kExact,
                         balances::Preservation::kExpendable, balances::Fortitude::kForce);
}

namespace {
uint64_t sat_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }
uint64_t sat_sub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }
}  // namespace

void burn_tokens(frame::Env& env, uint64_t amount) {
  TotalIssuance::put(env.state, TaoBalance(sat_sub(TotalIssuance::get(env).to_u64(), amount)));
}
void coinbase(frame::Env& env, uint64_t amount) {
  TotalIssuance::put(env.state, TaoBalance(sat_add(TotalIssuance::get(env).to_u64(), amount)));
}
void increase_total_stake(storage::Overlay& state, uint64_t amount) {
  TotalStake::put(state, TaoBalance(sat_add(TotalStake::get(state).to_u64(), amount)));
}
void decrease_total_stake(storage::Overlay& state, uint64_t amount) {
  TotalStake::put(state, TaoBalance(sat_sub(TotalStake::get(state).to_u64(), amount)));
}

void clear_small_nomination_if_required(frame::Env& env, const AccountId& hotkey,
                                        const AccountId& coldkey, NetUid netuid) {
  if (coldkey_owns_hotkey(env.state, coldkey, hotkey)) return;
  const uint64_t stake = get_stake_for_hotkey_and_coldkey_on_subnet(env.state, hotkey, coldkey, netuid);
  if (stake < NominatorMinRequiredStake::get(env.state)) {
    const uint64_t cleared = unstake_from_subnet(env, hotkey, coldkey, netuid, stake, 0);
    add_balance_to_coldkey_account(env, coldkey, cleared);
  }
}

void clear_small_nominations(frame::Env& env) {
  // Only the keys are used and each step touches its own entry (and the hotkey's totals), so
  // visiting the keys collected up front is the same as upstream's lazy iteration.
  std::vector<std::tuple<AccountId, AccountId, NetUid>> keys;
  Alpha::iterate(env.state, [&](const AccountId& hotkey, const AccountId& coldkey,
                                const NetUid& netuid, const U64F64&) {
    keys.emplace_back(hotkey, coldkey, netuid);
  });
  for (const auto& [hotkey, coldkey, netuid] : keys) {
    clear_small_nomination_if_required(env, hotkey, coldkey, netuid);
  }
}

frame::DispatchResult ensure_subnet_owner(const storage::Overlay& state,
                                          const frame::Origin& origin, NetUid netuid) {
  SUBEMU_TRY_ASSIGN(const AccountId who, frame::ensure_signed(origin));
  if (SubnetOwner::get(state, netuid) == who) return Ok{};
  return unexpected(frame::DispatchError::bad_origin());
}

frame::DispatchResult ensure_subnet_owner_or_root(const storage::Overlay& state,
                                                  const frame::Origin& origin, NetUid netuid) {
  SUBEMU_TRY_ASSIGN(const std::optional<AccountId> who, frame::ensure_signed_or_root(origin));
  if (!who.has_value()) return Ok{};
  if (SubnetOwner::get(state, netuid) == *who) return Ok{};
  return unexpected(frame::DispatchError::bad_origin());
}

}  // namespace subemu::runtime::subtensor
