// Subnet lifecycle (subnets/subnet.rs, coinbase/root.rs at v3.0.0): register_network and
// register_network_with_identity, start_call, dissolve_network, the disabled faucet and
// schedule_dissolve_network. Ports of tests/networks.rs and tests/subnet.rs (upstream names),
// then the exact storage, events and errors of each call with hand-computed numbers.
#include <gtest/gtest.h>

#include <optional>
#include <set>

#include "runtime/pallets/balances/events.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
namespace sev = subtensor::event;
using frame::DispatchError;
using frame::Origin;

constexpr uint64_t kMinLock = 100'000'000'000;  // mock InitialNetworkMinLockCost

class SubnetTest : public SubtensorTest {};
class SubnetTestAt0 : public SubtensorTest {
 protected:
  SubnetTestAt0() : SubtensorTest(0) {}
};

// ---- tests/networks.rs ------------------------------------------------------------------------

TEST_F(SubnetTest, test_registration_ok) {
  const uint64_t block_number = 0;
  const NetUid netuid{2};
  const AccountId hotkey = u256(1), coldkey = u256(0);
  auto [nonce, work] =
      st::create_work_for_block_number(env_, netuid, block_number, 129'123'813, hotkey);
  add_network(netuid, 13, 0);
  ASSERT_TRUE(
      signed_call(hotkey, st_call(6, netuid, block_number, nonce, work, hotkey, coldkey))
          .has_value());
  ASSERT_TRUE(st::user_remove_network(env_, coldkey, netuid).has_value());
  EXPECT_FALSE(st::subnet_exists(overlay_, netuid));
}

TEST_F(SubnetTest, test_register_subnet_low_lock_cost) {
  st::NetworkMinLockCost::put(overlay_, TaoBalance(1'000));
  st::NetworkLastLockCost::put(overlay_, TaoBalance(1'000));
  const uint64_t lock_cost = st::network_lock_cost(env_);
  EXPECT_LT(lock_cost, 100'000'000'000u);
  const NetUid netuid = add_dynamic_network(u256(2), u256(1));
  EXPECT_TRUE(st::subnet_exists(overlay_, netuid));
  EXPECT_EQ(st::SubnetTAO::get(overlay_, netuid).to_u64(), lock_cost);
  EXPECT_EQ(st::SubnetAlphaIn::get(overlay_, netuid).to_u64(), lock_cost);
}

TEST_F(SubnetTest, test_register_subnet_high_lock_cost) {
  const uint64_t high = 1'000'000'000'000;
  st::NetworkMinLockCost::put(overlay_, TaoBalance(high));
  st::NetworkLastLockCost::put(overlay_, TaoBalance(high));
  const uint64_t lock_cost = st::network_lock_cost(env_);
  EXPECT_GE(lock_cost, high);
  const NetUid netuid = add_dynamic_network(u256(2), u256(1));
  EXPECT_TRUE(st::subnet_exists(overlay_, netuid));
  EXPECT_EQ(st::SubnetTAO::get(overlay_, netuid).to_u64(), lock_cost);
  EXPECT_EQ(st::SubnetAlphaIn::get(overlay_, netuid).to_u64(), lock_cost);
}

TEST_F(SubnetTest, test_tempo_greater_than_weight_set_rate_limit) {
  const NetUid netuid = add_dynamic_network(u256(1), u256(2));
  const uint16_t tempo = st::Tempo::get(env_, netuid);
  const uint64_t rate_limit = st::WeightsSetRateLimit::get(overlay_, netuid);
  EXPECT_GE(uint64_t{tempo}, rate_limit);
}

// ---- tests/subnet.rs --------------------------------------------------------------------------

TEST_F(SubnetTestAt0, test_do_start_call_fail_with_not_existed_subnet) {
  expect_rejected(Origin::signed_by(u256(0)), st_call(92, NetUid(1)),
                  st::error(st::Error::kSubNetworkDoesNotExist));
}

// The common start of the start_call tests: burn 1000, a subnet without emission block, a
// burned registration by coldkey 0 (the zero account: SubnetOwner's default).
class StartCallTest : public SubnetTestAt0 {
 protected:
  static constexpr uint16_t kTempo = 13;
  const NetUid netuid_{1};
  const AccountId coldkey_ = u256(0), hotkey_ = u256(1);
  void SetUp() override {
    st::Burn::insert(overlay_, netuid_, TaoBalance(1000));
    add_network_without_emission_block(netuid_, kTempo, 0);
    ASSERT_FALSE(st::FirstEmissionBlockNumber::get(overlay_, netuid_).has_value());
    add_balance(coldkey_, 10'000);
    ASSERT_TRUE(signed_call(coldkey_, st_call(7, netuid_, hotkey_)).has_value());
    ASSERT_EQ(st::SubnetOwner::get(overlay_, netuid_), coldkey_);
  }
  uint64_t delay() const { return env_.config.subtensor.duration_of_start_call; }
};

TEST_F(StartCallTest, test_do_start_call_ok) {
  const uint64_t block_number = block() + delay();
  set_block(block_number);
  ASSERT_TRUE(signed_call(coldkey_, st_call(92, netuid_)).has_value());
  EXPECT_EQ(st::FirstEmissionBlockNumber::get(overlay_, netuid_),
            std::optional<uint64_t>(block_number + 1));
}

TEST_F(StartCallTest, test_do_start_call_fail_not_owner) {
  set_block(block() + delay());
  expect_rejected(Origin::signed_by(u256(2)), st_call(92, netuid_), DispatchError::bad_origin());
}

TEST_F(StartCallTest, test_do_start_call_fail_with_cannot_start_call_now) {
  expect_rejected(Origin::signed_by(coldkey_), st_call(92, netuid_),
                  st::error(st::Error::kNeedWaitingMoreBlocksToStarCall));
}

TEST_F(StartCallTest, test_do_start_call_fail_for_set_again) {
  set_block(block() + delay());
  ASSERT_TRUE(signed_call(coldkey_, st_call(92, netuid_)).has_value());
  expect_rejected(Origin::signed_by(coldkey_), st_call(92, netuid_),
                  st::error(st::Error::kFirstEmissionBlockNumberAlreadySet));
}

TEST_F(StartCallTest, test_do_start_call_ok_with_same_block_number_after_coinbase) {
  const uint64_t block_number = block() + delay();
  set_block(block_number);
  ASSERT_TRUE(signed_call(coldkey_, st_call(92, netuid_)).has_value());
  EXPECT_EQ(st::FirstEmissionBlockNumber::get(overlay_, netuid_),
            std::optional<uint64_t>(block_number + 1));
  step_block(kTempo);
  EXPECT_EQ(st::FirstEmissionBlockNumber::get(overlay_, netuid_),
            std::optional<uint64_t>(block_number + 1));
}

TEST_F(SubnetTest, test_register_network_min_burn_at_default) {
  const uint64_t cost = st::network_lock_cost(env_);
  add_balance(u256(0), cost + 10'000'000'000);
  ASSERT_TRUE(signed_call(u256(0), st_call(59, u256(1))).has_value());
  std::optional<NetUid> added;
  for (const auto& [pallet, bytes] : events()) {
    if (pallet == st::kPalletIndex && bytes.size() == 5 && bytes[0] == sev::NetworkAdded::kIndex) {
      added = NetUid(static_cast<uint16_t>(bytes[1] | (bytes[2] << 8)));
    }
  }
  ASSERT_TRUE(added.has_value()) << "Expected NetworkAdded event";
  EXPECT_EQ(st::MinBurn::get(env_, *added).to_u64(), 500'000u);  // mock InitialMinBurn
}

TEST(SubnetSymbols, test_no_duplicates_in_get_symbol_for_subnet) {
  std::set<Bytes> seen;
  for (uint16_t netuid = 0; netuid <= 438; ++netuid) {
    EXPECT_TRUE(seen.insert(st::symbol_for_subnet(NetUid(netuid))).second) << netuid;
  }
}

// ---- register_network: storage, events, errors ------------------------------------------------

TEST_F(SubnetTest, RegisterNetworkWritesPoolOwnerNeuronAndEvents) {
  // Block 1, nothing registered yet: mult 1, 1e11 - (1e11 / 2) * 1 = 5e10 < min => 1e11.
  EXPECT_EQ(st::network_lock_cost(env_), kMinLock);
  const AccountId cold = u256(7), hot = u256(8);
  add_balance(cold, kMinLock + 5'000);
  system::reset_events(env_);
  ASSERT_TRUE(signed_call(cold, st_call(59, hot)).has_value());
  const NetUid n{1};

  // The whole lock is withdrawn (free 1e11 + 5000 keeps ED 1).
  EXPECT_EQ(free_balance(cold), 5'000u);
  EXPECT_EQ(st::NetworkLastLockCost::get(env_).to_u64(), kMinLock);
  EXPECT_EQ(st::NetworkLastRegistered::get(overlay_), 1u);
  EXPECT_EQ(st::NetworkRegisteredAt::get(overlay_, n), 1u);
  EXPECT_EQ(st::SubnetMechanism::get(overlay_, n), 1);
  EXPECT_EQ(st::SubnetTAO::get(overlay_, n).to_u64(), kMinLock);
  EXPECT_EQ(st::SubnetAlphaIn::get(overlay_, n).to_u64(), kMinLock);
  EXPECT_EQ(st::TotalStake::get(overlay_).to_u64(), kMinLock);
  EXPECT_EQ(st::TotalStakeAtDynamic::get(overlay_, n).to_u64(), 0u);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, n), cold);
  EXPECT_EQ(st::SubnetOwnerHotkey::get(overlay_, n), hot);
  EXPECT_EQ(st::Owner::get(overlay_, hot), cold);
  EXPECT_EQ(st::TokenSymbol::get(overlay_, n), st::symbol_for_subnet(n));
  EXPECT_EQ(st::TotalNetworks::get(overlay_), 1);
  EXPECT_EQ(st::Tempo::get(env_, n), 360);  // mock InitialTempo
  EXPECT_TRUE(st::Kappa::contains_key(overlay_, n));
  EXPECT_EQ(st::Difficulty::get(env_, n), 10'000u);  // explicit default (InitialDifficulty)
  EXPECT_TRUE(st::Difficulty::contains_key(overlay_, n));
  EXPECT_EQ(st::MaxAllowedUids::get(env_, n), 256);
  EXPECT_EQ(st::AdjustmentAlpha::get(env_, n), 17'893'341'751'498'265'066u);
  EXPECT_FALSE(st::FirstEmissionBlockNumber::get(overlay_, n).has_value());
  // The owner's hotkey is uid 0.
  EXPECT_EQ(st::SubnetworkN::get(overlay_, n), 1);
  EXPECT_EQ(st::Keys::get(overlay_, n, Uid(0)), hot);
  EXPECT_EQ(st::Uids::get(overlay_, n, hot), std::optional<Uid>(Uid(0)));
  EXPECT_EQ(st::BlockAtRegistration::get(overlay_, n, Uid(0)), 1u);
  EXPECT_TRUE(st::IsNetworkMember::get(overlay_, hot, n));

  const auto all = events();
  ASSERT_GE(all.size(), 12u);
  // init_new_network's setters, then NetworkAdded last.
  const std::vector<std::pair<uint8_t, Bytes>> tail = {
      ev(sev::RegistrationAllowed{n, true}),
      ev(sev::MaxAllowedUidsSet{n, 256}),
      ev(sev::MaxAllowedValidatorsSet{n, 64}),
      ev(sev::MinAllowedWeightSet{n, 1}),
      ev(sev::MaxWeightLimitSet{n, UINT16_MAX}),
      ev(sev::AdjustmentIntervalSet{n, 360}),
      ev(sev::RegistrationPerIntervalSet{n, 1}),
      ev(sev::AdjustmentAlphaSet{n, 17'893'341'751'498'265'066u}),
      ev(sev::ImmunityPeriodSet{n, 5000}),
      ev(sev::MinDifficultySet{n, UINT64_MAX}),
      ev(sev::MaxDifficultySet{n, UINT64_MAX}),
      ev(sev::NetworkAdded{n, 1}),
  };
  const std::vector<std::pair<uint8_t, Bytes>> last12(all.end() - 12, all.end());
  EXPECT_EQ(last12, tail);
}

TEST_F(SubnetTest, LockCostDoublesAfterARegistrationThenDecays) {
  // add_dynamic_network funds the owner with exactly the lock; withdrawing with Preserve keeps
  // the existential deposit (1), so 1e11 - 1 is locked.
  add_dynamic_network(u256(1), u256(2));
  const uint64_t last = kMinLock - 1;
  EXPECT_EQ(st::NetworkLastLockCost::get(env_).to_u64(), last);
  // Same block: 2L; each later block takes floor(L / 2) (interval 2 at 1 TAO emission).
  EXPECT_EQ(st::network_lock_cost(env_), 2 * last);
  set_block(2);
  EXPECT_EQ(st::network_lock_cost(env_), 2 * last - last / 2);  // 149,999,999,999
  set_block(3);
  EXPECT_EQ(st::network_lock_cost(env_), kMinLock);  // 2L - 2 floor(L/2) = 1e11 - 0: the min
  set_block(2);
  const NetUid second = add_dynamic_network(u256(3), u256(4));
  EXPECT_EQ(second, NetUid(2));
  EXPECT_EQ(st::SubnetTAO::get(overlay_, second).to_u64(), kMinLock);
  EXPECT_EQ(st::NetworkLastLockCost::get(env_).to_u64(), 149'999'999'998u);
  EXPECT_EQ(st::TotalStake::get(overlay_).to_u64(), 2 * kMinLock);
  // 49,999,999,998 above the pool's 1e11 is burned from SubtensorModule.TotalIssuance, which
  // saturates at 0 here (the mock starts with none).
  EXPECT_EQ(st::TotalIssuance::get(env_).to_u64(), 0u);
}

TEST_F(SubnetTest, RegisterNetworkBurnsTheLockAboveThePool) {
  st::TotalIssuance::put(overlay_, TaoBalance(1'000'000'000'000));
  st::NetworkLastLockCost::put(overlay_, TaoBalance(3 * kMinLock));
  const uint64_t cost = st::network_lock_cost(env_);
  // mult 1 (never registered): 3e11 - 1.5e11 * 1 = 1.5e11.
  EXPECT_EQ(cost, 150'000'000'000u);
  add_balance(u256(2), cost + 1);
  ASSERT_TRUE(signed_call(u256(2), st_call(59, u256(1))).has_value());
  EXPECT_EQ(st::TotalIssuance::get(env_).to_u64(), 1'000'000'000'000u - 50'000'000'000u);
}

TEST_F(SubnetTest, RegisterNetworkErrorsLeaveNoTrace) {
  const AccountId cold = u256(10), hot = u256(11), other = u256(12);
  // Not enough balance for the lock.
  add_balance(cold, kMinLock - 1);
  expect_rejected(Origin::signed_by(cold), st_call(59, hot),
                  st::error(st::Error::kNotEnoughBalanceToStake));
  // A hotkey owned by another coldkey.
  st::Owner::insert(overlay_, hot, other);
  add_balance(cold, 10);
  expect_rejected(Origin::signed_by(cold), st_call(59, hot),
                  st::error(st::Error::kNonAssociatedColdKey));
  // Root and unsigned origins.
  expect_rejected(Origin::root(), st_call(59, u256(13)), DispatchError::bad_origin());
  // The network rate limit counts from the last registration.
  st::NetworkRateLimit::put(overlay_, uint64_t{5});
  st::NetworkLastRegistered::put(overlay_, uint64_t{1});
  set_block(5);
  expect_rejected(Origin::signed_by(cold), st_call(59, u256(13)),
                  st::error(st::Error::kNetworkTxRateLimitExceeded));
  set_block(6);
  EXPECT_TRUE(signed_call(cold, st_call(59, u256(13))).has_value());
}

TEST_F(SubnetTest, RegisterNetworkWithIdentity) {
  st::SubnetIdentityV2 id;
  id.subnet_name = Bytes{'a', 'b'};
  id.github_repo = Bytes{'g'};
  add_balance(u256(2), 2 * kMinLock);
  ASSERT_TRUE(
      signed_call(u256(2), st_call(79, u256(1), std::optional<st::SubnetIdentityV2>(id)))
          .has_value());
  EXPECT_EQ(st::SubnetIdentitiesV2::get(overlay_, NetUid(1)), std::optional(id));
  const auto all = events();
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all[all.size() - 2], ev(sev::SubnetIdentitySet{NetUid(1)}));
  EXPECT_EQ(all.back(), ev(sev::NetworkAdded{NetUid(1), 1}));
  // None: no identity, no event.
  set_block(2);
  add_balance(u256(4), 3 * kMinLock);
  ASSERT_TRUE(signed_call(u256(4), st_call(79, u256(3), std::optional<st::SubnetIdentityV2>()))
                  .has_value());
  EXPECT_FALSE(st::SubnetIdentitiesV2::contains_key(overlay_, NetUid(2)));
}

// ---- start_call -------------------------------------------------------------------------------

TEST_F(SubnetTest, StartCallChecksOwnerDelayAndOnce) {
  const NetUid n = add_dynamic_network_without_emission_block(u256(1), u256(2));
  const uint64_t delay = env_.config.subtensor.duration_of_start_call;
  EXPECT_EQ(delay, 50'400u);  // mock DurationOfStartCall: 7 days of 12 s blocks
  expect_rejected(Origin::signed_by(u256(3)), st_call(92, n), DispatchError::bad_origin());
  expect_rejected(Origin::root(), st_call(92, n), DispatchError::bad_origin());
  set_block(1 + delay - 1);
  expect_rejected(Origin::signed_by(u256(2)), st_call(92, n),
                  st::error(st::Error::kNeedWaitingMoreBlocksToStarCall));
  set_block(1 + delay);
  system::reset_events(env_);
  ASSERT_TRUE(signed_call(u256(2), st_call(92, n)).has_value());
  EXPECT_EQ(st::FirstEmissionBlockNumber::get(overlay_, n), std::optional<uint64_t>(delay + 2));
  EXPECT_EQ(events(), (std::vector{ev(sev::FirstEmissionBlockNumberSet{n, delay + 2})}));
  expect_rejected(Origin::signed_by(u256(2)), st_call(92, n),
                  st::error(st::Error::kFirstEmissionBlockNumberAlreadySet));
}

// ---- dissolve_network and the disabled calls --------------------------------------------------

TEST_F(SubnetTest, DissolveNetworkErasesTheSubnet) {
  const NetUid n = add_dynamic_network(u256(1), u256(2));
  st::SubnetIdentityV2 id;
  id.subnet_name = Bytes{'x'};
  st::SubnetIdentitiesV2::insert(overlay_, n, id);
  st::SubnetLocked::insert(overlay_, n, TaoBalance(777));
  // A root weight row pointing at the subnet.
  st::Weights::insert(overlay_, kRootNetUid, Uid(0), {{1, 100}, {2, 5}});
  const uint64_t before = free_balance(u256(2));

  expect_rejected(Origin::signed_by(u256(2)), st_call(61, u256(2), n),
                  DispatchError::bad_origin());
  expect_rejected(Origin::root(), st_call(61, u256(3), n), st::error(st::Error::kNotSubnetOwner));
  expect_rejected(Origin::root(), st_call(61, u256(2), NetUid(9)),
                  st::error(st::Error::kSubNetworkDoesNotExist));

  system::reset_events(env_);
  ASSERT_TRUE(root(st_call(61, u256(2), n)).has_value());
  EXPECT_FALSE(st::subnet_exists(overlay_, n));
  EXPECT_FALSE(st::NetworksAdded::contains_key(overlay_, n));
  EXPECT_EQ(st::TotalNetworks::get(overlay_), 0);
  EXPECT_FALSE(st::Keys::contains_key(overlay_, n, Uid(0)));
  EXPECT_FALSE(st::Uids::contains_key(overlay_, n, u256(1)));
  EXPECT_FALSE(st::IsNetworkMember::contains_key(overlay_, u256(1), n));
  EXPECT_FALSE(st::Tempo::contains_key(overlay_, n));
  EXPECT_FALSE(st::SubnetOwner::contains_key(overlay_, n));
  EXPECT_FALSE(st::SubnetIdentitiesV2::contains_key(overlay_, n));
  EXPECT_EQ(st::SubnetLocked::try_get(overlay_, n), std::optional(TaoBalance(0)));
  EXPECT_EQ(st::Weights::get(overlay_, kRootNetUid, Uid(0)),
            (std::vector<std::pair<uint16_t, uint16_t>>{{1, 0}, {2, 5}}));
  EXPECT_EQ(free_balance(u256(2)), before + 777);
  // Not erased by remove_network at v3.0.0: the pool and the mechanism stay.
  EXPECT_EQ(st::SubnetTAO::get(overlay_, n).to_u64(), kMinLock);
  const auto all = events();
  ASSERT_GE(all.size(), 2u);
  EXPECT_EQ(all.front(), ev(sev::SubnetIdentityRemoved{n}));
  EXPECT_EQ(all.back(), ev(sev::NetworkRemoved{n}));
  // The next registration reuses the freed netuid.
  EXPECT_EQ(st::next_netuid(overlay_), n);
}

TEST_F(SubnetTest, FaucetAndScheduleDissolveAreDisabled) {
  expect_rejected(Origin::signed_by(u256(1)), st_call(60, uint64_t{0}, uint64_t{0}, Bytes{}),
                  st::error(st::Error::kFaucetDisabled));
  expect_rejected(Origin::signed_by(u256(1)), st_call(74, NetUid(1)),
                  st::error(st::Error::kCallDisabled));
}

}  // namespace
}  // namespace subemu::runtime::testing
