// Subnet registration arithmetic and netuid selection (subnet.hpp).
#include "runtime/pallets/subtensor/subnets/subnet.hpp"

#include <set>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/coinbase/block_emission.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/subtensor/utils/identity.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {
namespace {

uint64_t sat_mul(uint64_t a, uint64_t b) {
  if (a != 0 && b > UINT64_MAX / a) return UINT64_MAX;
  return a * b;
}
uint64_t sat_sub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }

}  // namespace

uint64_t network_lock_cost(const LockCostInputs& in) {
  const uint64_t mult = in.last_lock_block == 0 ? 1 : 2;
  const uint64_t per_block =
      in.lock_reduction_interval == 0 ? 0 : in.last_lock / in.lock_reduction_interval;
  const uint64_t reduction = sat_mul(per_block, sat_sub(in.current_block, in.last_lock_block));
  const uint64_t cost = sat_sub(sat_mul(in.last_lock, mult), reduction);
  return cost < in.min_lock ? in.min_lock : cost;
}

uint64_t lock_reduction_interval(uint64_t interval, uint64_t block_emission) {
  const I64F64 fixed_interval = I64F64::saturating_from_num(interval);
  const I64F64 emission = I64F64::saturating_from_num(block_emission);
  const I64F64 halving =
      emission.checked_div(I64F64::saturating_from_num(uint64_t{1'000'000'000})).value_or(I64F64{});
  return fixed_interval.saturating_mul(halving).saturating_to_num<uint64_t>();
}

LockCostInputs lock_cost_inputs(const frame::Env& env, uint64_t current_block,
                                uint64_t block_emission) {
  LockCostInputs in;
  in.last_lock = NetworkLastLockCost::get(env).to_u64();
  in.min_lock = NetworkMinLockCost::get(env).to_u64();
  in.last_lock_block = NetworkLastRegistered::get(env.state);
  in.current_block = current_block;
  in.lock_reduction_interval =
      lock_reduction_interval(NetworkLockReductionInterval::get(env), block_emission);
  return in;
}

uint64_t network_lock_cost(frame::Env& env) {
  const uint64_t block = current_block(env.state);
  const uint64_t emission = block_emission(env).value_or(1'000'000'000);
  return network_lock_cost(lock_cost_inputs(env, block, emission));
}

std::vector<NetUid> all_subnet_netuids(const storage::Overlay& state) {
  std::vector<NetUid> out;
  NetworksAdded::iterate(state, [&](const NetUid& netuid, const bool&) { out.push_back(netuid); });
  return out;
}

NetUid next_netuid(const storage::Overlay& state) {
  std::set<uint16_t> used;
  for (const NetUid netuid : all_subnet_netuids(state)) used.insert(netuid.value());
  uint16_t next = 1;  // never the root network
  while (used.count(next) != 0 && next != UINT16_MAX) ++next;
  return NetUid(next);
}

namespace {

// Inserts the item's current (default) value where no entry exists, as init_new_network does to
// make the defaults explicit.
template <class Item>
void make_explicit(frame::Env& env, NetUid netuid) {
  if (!Item::contains_key(env.state, netuid)) {
    if constexpr (storage::kQueryNeedsConfig<typename Item::QueryKind>) {
      Item::insert(env.state, netuid, Item::get(env, netuid));
    } else {
      Item::insert(env.state, netuid, Item::get(env.state, netuid));
    }
  }
}

// A utils/misc.rs setter: write, then deposit Ev(netuid, value).
template <class Item, class Ev, class V>
void set_and_announce(frame::Env& env, NetUid netuid, V value) {
  Item::insert(env.state, netuid, typename Item::Value(value));
  system::deposit(env, Ev{netuid, value});
}

}  // namespace

void init_new_network(frame::Env& env, NetUid netuid, uint16_t tempo) {
  SubnetworkN::insert(env.state, netuid, 0);
  NetworksAdded::insert(env.state, netuid, true);
  Tempo::insert(env.state, netuid, tempo);
  NetworkModality::insert(env.state, netuid, 0);
  TotalNetworks::mutate(env.state, [](uint16_t& n) { n = n == UINT16_MAX ? n : uint16_t(n + 1); });

  set_and_announce<NetworkRegistrationAllowed, event::RegistrationAllowed>(env, netuid, true);
  set_and_announce<MaxAllowedUids, event::MaxAllowedUidsSet>(env, netuid, uint16_t{256});
  set_and_announce<MaxAllowedValidators, event::MaxAllowedValidatorsSet>(env, netuid,
                                                                         uint16_t{64});
  set_and_announce<MinAllowedWeights, event::MinAllowedWeightSet>(env, netuid, uint16_t{1});
  set_and_announce<MaxWeightsLimit, event::MaxWeightLimitSet>(env, netuid, uint16_t{UINT16_MAX});
  set_and_announce<AdjustmentInterval, event::AdjustmentIntervalSet>(env, netuid, uint16_t{360});
  set_and_announce<TargetRegistrationsPerInterval, event::RegistrationPerIntervalSet>(
      env, netuid, uint16_t{1});
  // u64::MAX * 0.97
  set_and_announce<AdjustmentAlpha, event::AdjustmentAlphaSet>(
      env, netuid, uint64_t{17'893'341'751'498'265'066u});
  set_and_announce<ImmunityPeriod, event::ImmunityPeriodSet>(env, netuid, uint16_t{5000});
  set_and_announce<MinDifficulty, event::MinDifficultySet>(env, netuid, uint64_t{UINT64_MAX});
  set_and_announce<MaxDifficulty, event::MaxDifficultySet>(env, netuid, uint64_t{UINT64_MAX});

  make_explicit<Tempo>(env, netuid);
  make_explicit<Kappa>(env, netuid);
  make_explicit<Difficulty>(env, netuid);
  make_explicit<MaxAllowedUids>(env, netuid);
  make_explicit<ImmunityPeriod>(env, netuid);
  make_explicit<ActivityCutoff>(env, netuid);
  make_explicit<MaxWeightsLimit>(env, netuid);
  make_explicit<MinAllowedWeights>(env, netuid);
  make_explicit<RegistrationsThisInterval>(env, netuid);
  make_explicit<POWRegistrationsThisInterval>(env, netuid);
  make_explicit<BurnRegistrationsThisInterval>(env, netuid);
}


frame::DispatchResult do_register_network(frame::Env& env, const frame::Origin& origin,
                                          const AccountId& hotkey, uint16_t mechid,
                                          const std::optional<SubnetIdentityV2>& identity) {
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  if (hotkey_account_exists(env.state, hotkey) &&
      !coldkey_owns_hotkey(env.state, coldkey, hotkey)) {
    return unexpected(error(Error::kNonAssociatedColdKey));
  }
  if (mechid != 1) return unexpected(error(Error::kMechanismDoesNotExist));

  const uint64_t block = current_block(env.state);
  const uint64_t last_lock_block = NetworkLastRegistered::get(env.state);
  if (sat_sub(block, last_lock_block) < NetworkRateLimit::get(env)) {
    return unexpected(error(Error::kNetworkTxRateLimitExceeded));
  }

  const uint64_t lock_amount = network_lock_cost(env);
  if (!can_remove_balance_from_coldkey_account(env, coldkey, lock_amount)) {
    return unexpected(error(Error::kNotEnoughBalanceToStake));
  }
  const NetUid netuid = next_netuid(env.state);
  SUBEMU_TRY_ASSIGN(const uint64_t actual_lock,
                    remove_balance_from_coldkey_account(env, coldkey, lock_amount));
  NetworkLastLockCost::put(env.state, TaoBalance(actual_lock));

  init_new_network(env, netuid, DefaultTempo::value(env.config));

  create_account_if_non_existent(env.state, coldkey, hotkey);
  append_neuron(env.state, netuid, hotkey, block);

  SubnetMechanism::insert(env.state, netuid, mechid);
  NetworkLastRegistered::put(env.state, block);
  NetworkRegisteredAt::insert(env.state, netuid, block);

  TokenSymbol::insert(env.state, netuid, symbol_for_subnet(netuid));
  // The pool starts with the minimum lock as TAO and an equal amount of alpha; the rest of the
  // lock is burned.
  const uint64_t pool_initial_tao = NetworkMinLockCost::get(env).to_u64();
  const uint64_t lock_less_pool_tao = sat_sub(actual_lock, pool_initial_tao);
  SubnetTAO::insert(env.state, netuid, TaoBalance(pool_initial_tao));
  SubnetAlphaIn::insert(env.state, netuid, AlphaBalance(pool_initial_tao));
  SubnetOwner::insert(env.state, netuid, coldkey);
  SubnetOwnerHotkey::insert(env.state, netuid, hotkey);
  TotalStakeAtDynamic::insert(env.state, netuid, TotalStake::get(env.state));
  if (lock_less_pool_tao > 0) burn_tokens(env, lock_less_pool_tao);
  if (actual_lock > 0 && pool_initial_tao > 0) increase_total_stake(env.state, pool_initial_tao);

  if (identity.has_value()) {
    if (!is_valid_subnet_identity(*identity)) return unexpected(error(Error::kInvalidIdentity));
    SubnetIdentitiesV2::insert(env.state, netuid, *identity);
    system::deposit(env, event::SubnetIdentitySet{netuid});
  }
  system::deposit(env, event::NetworkAdded{netuid, mechid});
  return Ok{};
}

frame::DispatchResult do_start_call(frame::Env& env, const frame::Origin& origin, NetUid netuid) {
  if (!subnet_exists(env.state, netuid)) return unexpected(error(Error::kSubNetworkDoesNotExist));
  SUBEMU_TRY(ensure_subnet_owner(env.state, origin, netuid));
  if (FirstEmissionBlockNumber::contains_key(env.state, netuid)) {
    return unexpected(error(Error::kFirstEmissionBlockNumberAlreadySet));
  }
  const uint64_t registered_at = NetworkRegisteredAt::get(env.state, netuid);
  const uint64_t block = current_block(env.state);
  const uint64_t delay = env.config.subtensor.duration_of_start_call;
  const uint64_t ready_at = registered_at > UINT64_MAX - delay ? UINT64_MAX : registered_at + delay;
  if (block < ready_at) return unexpected(error(Error::kNeedWaitingMoreBlocksToStarCall));
  const uint64_t next = block == UINT64_MAX ? block : block + 1;
  FirstEmissionBlockNumber::insert(env.state, netuid, next);
  system::deposit(env, event::FirstEmissionBlockNumberSet{netuid, next});
  return Ok{};
}

frame::DispatchResult user_remove_network(frame::Env& env, const AccountId& coldkey,
                                          NetUid netuid) {
  if (!subnet_exists(env.state, netuid)) return unexpected(error(Error::kSubNetworkDoesNotExist));
  if (SubnetOwner::get(env.state, netuid) != coldkey) {
    return unexpected(error(Error::kNotSubnetOwner));
  }
  if (SubnetIdentitiesV2::take(env.state, netuid).has_value()) {
    system::deposit(env, event::SubnetIdentityRemoved{netuid});
  }
  remove_network(env, netuid);
  system::deposit(env, event::NetworkRemoved{netuid});
  return Ok{};
}

void remove_network(frame::Env& env, NetUid netuid) {
  auto& s = env.state;
  const AccountId owner = SubnetOwner::get(s, netuid);
  const uint64_t reserved = SubnetLocked::get(s, netuid).to_u64();

  SubnetworkN::remove(s, netuid);
  NetworkModality::remove(s, netuid);
  NetworksAdded::remove(s, netuid);
  TotalNetworks::mutate(s, [](uint16_t& n) { n = n == 0 ? 0 : uint16_t(n - 1); });
  NetworkRegisteredAt::remove(s, netuid);

  Uids::clear_prefix(s, netuid);
  std::vector<AccountId> keys;
  Keys::iterate_prefix(s, netuid, [&](const Uid&, const AccountId& k) { keys.push_back(k); });
  Keys::clear_prefix(s, netuid);
  Bonds::clear_prefix(s, netuid);
  Weights::clear_prefix(s, netuid);

  // Root weights pointing at the subnet are zeroed (every root row is rewritten).
  std::vector<std::pair<Uid, std::vector<std::pair<uint16_t, uint16_t>>>> root_rows;
  Weights::iterate_prefix(s, kRootNetUid,
                          [&](const Uid& uid, const std::vector<std::pair<uint16_t, uint16_t>>& w) {
                            root_rows.emplace_back(uid, w);
                          });
  for (auto& [uid, row] : root_rows) {
    for (auto& [subnet, weight] : row) {
      if (subnet == netuid.value()) weight = 0;
    }
    Weights::insert(s, kRootNetUid, uid, row);
  }

  Rank::remove(s, netuid);
  Trust::remove(s, netuid);
  Active::remove(s, netuid);
  Emission::remove(s, netuid);
  Incentive::remove(s, netuid);
  Consensus::remove(s, netuid);
  Dividends::remove(s, netuid);
  PruningScores::remove(s, netuid);
  LastUpdate::remove(s, netuid);
  ValidatorPermit::remove(s, netuid);
  ValidatorTrust::remove(s, netuid);
  for (const AccountId& key : keys) IsNetworkMember::remove(s, key, netuid);

  Tempo::remove(s, netuid);
  Kappa::remove(s, netuid);
  Difficulty::remove(s, netuid);
  MaxAllowedUids::remove(s, netuid);
  ImmunityPeriod::remove(s, netuid);
  ActivityCutoff::remove(s, netuid);
  MaxWeightsLimit::remove(s, netuid);
  MinAllowedWeights::remove(s, netuid);
  RegistrationsThisInterval::remove(s, netuid);
  POWRegistrationsThisInterval::remove(s, netuid);
  BurnRegistrationsThisInterval::remove(s, netuid);

  add_balance_to_coldkey_account(env, owner, reserved);
  SubnetLocked::insert(s, netuid, TaoBalance(0));
  SubnetOwner::remove(s, netuid);
  if (SubnetIdentitiesV2::contains_key(s, netuid)) {
    SubnetIdentitiesV2::remove(s, netuid);
    system::deposit(env, event::SubnetIdentityRemoved{netuid});
  }
}

}  // namespace subemu::runtime::subtensor
