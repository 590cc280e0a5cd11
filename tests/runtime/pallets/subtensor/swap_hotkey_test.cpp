// Hotkey swap (swap/swap_hotkey.hpp): the tests of pallets/subtensor/src/tests/swap_hotkey.rs at
// v3.0.0 whose mechanisms exist, under their upstream names and with their inputs and asserted
// numbers; then the call's descriptor, its weight accounting, every error with an unchanged state
// and the check order.
//
// Upstream calls perform_hotkey_swap / do_swap_hotkey directly; so do the ported tests, except
// that an assert_noop! dispatches the call's SCALE bytes (swap_hotkey = 70) and checks the whole
// state (expect_rejected), as the bad-input tests below do.
//
// Not ported here (mechanism missing at this stage): test_swap_total_hotkey_stake,
// test_swap_hotkey_with_multiple_coldkeys, test_swap_staking_hotkeys_multiple_coldkeys,
// test_swap_hotkey_with_multiple_coldkeys_and_subnets (the add_stake call, issue #5);
// test_swap_parent_hotkey_childkey_maps, test_swap_child_hotkey_childkey_maps (set_children /
// schedule_children calls, issue #5).
#include "runtime/pallets/subtensor/swap/swap_hotkey.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/runtime.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
namespace sev = subtensor::event;
using frame::DbWeight;
using frame::DispatchError;
using frame::Origin;
using frame::Weight;
using st::Error;

constexpr uint64_t kKeySwapCost = 1'000'000'000;  // mock InitialKeySwapCost

DispatchError err(Error e) { return st::error(e); }

class SwapHotkeyTest : public SubtensorTest {
 protected:
  static Bytes swap_hotkey(const AccountId& hotkey, const AccountId& new_hotkey) {
    return st_call(70, hotkey, new_hotkey);
  }
  // `assert_ok!(perform_hotkey_swap(...))`.
  void perform(const AccountId& old_hotkey, const AccountId& new_hotkey, const AccountId& coldkey,
               Weight& weight) {
    ASSERT_TRUE(st::perform_hotkey_swap(env_, old_hotkey, new_hotkey, coldkey, weight).has_value());
  }
  void perform(const AccountId& old_hotkey, const AccountId& new_hotkey, const AccountId& coldkey) {
    Weight weight;
    perform(old_hotkey, new_hotkey, coldkey, weight);
  }
  frame::DispatchResultWithPostInfo do_swap(const AccountId& coldkey, const AccountId& old_hotkey,
                                            const AccountId& new_hotkey) {
    return st::do_swap_hotkey(env_, Origin::signed_by(coldkey), old_hotkey, new_hotkey);
  }
  // mirrors utils/misc.rs set_tx_rate_limit.
  void set_tx_rate_limit(uint64_t limit) {
    st::TxRateLimit::put(overlay_, limit);
    system::deposit(env_, sev::TxRateLimitSet{limit});
  }
};

// H256::from_low_u64_be(n).
Hash256 h256_low_u64_be(uint64_t n) {
  ByteArray<32> b{};
  for (size_t i = 0; i < 8; ++i) b[31 - i] = static_cast<uint8_t>(n >> (8 * i));
  return Hash256(b);
}

// =============================================================================================
// tests/swap_hotkey.rs
// =============================================================================================

TEST_F(SwapHotkeyTest, test_swap_owner) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  st::Owner::insert(overlay_, old_hotkey, coldkey);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::Owner::contains_key(overlay_, old_hotkey));
  EXPECT_EQ(st::Owner::get(overlay_, new_hotkey), coldkey);
}

TEST_F(SwapHotkeyTest, test_swap_owned_hotkeys) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  st::OwnedHotkeys::insert(overlay_, coldkey, {old_hotkey});
  perform(old_hotkey, new_hotkey, coldkey);
  const std::vector<AccountId> hotkeys = st::OwnedHotkeys::get(overlay_, coldkey);
  EXPECT_EQ(std::count(hotkeys.begin(), hotkeys.end(), old_hotkey), 0);
  EXPECT_EQ(std::count(hotkeys.begin(), hotkeys.end(), new_hotkey), 1);
}

TEST_F(SwapHotkeyTest, test_swap_senate_members) {
  // Upstream only asserts the swap succeeds (its Senate assertions are commented out).
  perform(u256(1), u256(2), u256(3));
}

TEST_F(SwapHotkeyTest, test_swap_delegates) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  st::Delegates::insert(overlay_, old_hotkey, uint16_t{100});
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::Delegates::contains_key(overlay_, old_hotkey));
  EXPECT_EQ(st::Delegates::get(env_, new_hotkey), 100);
}

TEST_F(SwapHotkeyTest, test_swap_subnet_membership) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::IsNetworkMember::contains_key(overlay_, old_hotkey, netuid));
  EXPECT_TRUE(st::IsNetworkMember::get(overlay_, new_hotkey, netuid));
}

TEST_F(SwapHotkeyTest, test_swap_uids_and_keys) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const Uid uid{5};
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  st::Uids::insert(overlay_, netuid, old_hotkey, uid);
  st::Keys::insert(overlay_, netuid, uid, old_hotkey);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::Uids::get(overlay_, netuid, old_hotkey), std::nullopt);
  EXPECT_EQ(st::Uids::get(overlay_, netuid, new_hotkey), std::optional<Uid>(uid));
  EXPECT_EQ(st::Keys::get(overlay_, netuid, uid), new_hotkey);
}

TEST_F(SwapHotkeyTest, test_swap_prometheus) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const st::PrometheusInfo prometheus_info{};
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  st::Prometheus::insert(overlay_, netuid, old_hotkey, prometheus_info);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::Prometheus::contains_key(overlay_, netuid, old_hotkey));
  EXPECT_EQ(st::Prometheus::get(overlay_, netuid, new_hotkey), prometheus_info);
}

TEST_F(SwapHotkeyTest, test_swap_axons) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const st::AxonInfo axon_info{};
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  st::Axons::insert(overlay_, netuid, old_hotkey, axon_info);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::Axons::contains_key(overlay_, netuid, old_hotkey));
  EXPECT_EQ(st::Axons::get(overlay_, netuid, new_hotkey), axon_info);
}

TEST_F(SwapHotkeyTest, test_swap_certificates) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  // NeuronCertificate::try_from(vec![1, 2, 3]): algorithm 1, public key [2, 3].
  const st::NeuronCertificate certificate{{2, 3}, 1};
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  st::NeuronCertificates::insert(overlay_, netuid, old_hotkey, certificate);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::NeuronCertificates::contains_key(overlay_, netuid, old_hotkey));
  EXPECT_EQ(st::NeuronCertificates::get(overlay_, netuid, new_hotkey), certificate);
}

TEST_F(SwapHotkeyTest, test_swap_weight_commits) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const std::vector<st::WeightCommit> weight_commits{{h256_low_u64_be(100), 200, 1, 1}};
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  st::WeightCommits::insert(overlay_, netuid, old_hotkey, weight_commits);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::WeightCommits::contains_key(overlay_, netuid, old_hotkey));
  EXPECT_EQ(st::WeightCommits::get(overlay_, netuid, new_hotkey), weight_commits);
}

TEST_F(SwapHotkeyTest, test_swap_loaded_emission) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const uint64_t server_emission = 1000, validator_emission = 1000;
  add_network(netuid, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid, true);
  st::LoadedEmission::insert(overlay_, netuid, {{old_hotkey, server_emission, validator_emission}});
  perform(old_hotkey, new_hotkey, coldkey);
  const std::vector<st::LoadedEmissionEntry> expected{
      {new_hotkey, server_emission, validator_emission}};
  EXPECT_EQ(st::LoadedEmission::get(overlay_, netuid), expected);
}

TEST_F(SwapHotkeyTest, test_swap_staking_hotkeys) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{1};
  st::StakingHotkeys::insert(overlay_, coldkey, {old_hotkey});
  st::Alpha::insert(overlay_, old_hotkey, coldkey, netuid, U64F64::from_num(100));
  perform(old_hotkey, new_hotkey, coldkey);
  const std::vector<AccountId> staking = st::StakingHotkeys::get(overlay_, coldkey);
  EXPECT_EQ(std::count(staking.begin(), staking.end(), old_hotkey), 0);
  EXPECT_EQ(std::count(staking.begin(), staking.end(), new_hotkey), 1);
}

TEST_F(SwapHotkeyTest, test_swap_hotkey_with_multiple_subnets) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid1{0}, netuid2{1};
  add_network(netuid1, 1, 1);
  add_network(netuid2, 1, 1);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid1, true);
  st::IsNetworkMember::insert(overlay_, old_hotkey, netuid2, true);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_TRUE(st::IsNetworkMember::get(overlay_, new_hotkey, netuid1));
  EXPECT_TRUE(st::IsNetworkMember::get(overlay_, new_hotkey, netuid2));
  EXPECT_FALSE(st::IsNetworkMember::get(overlay_, old_hotkey, netuid1));
  EXPECT_FALSE(st::IsNetworkMember::get(overlay_, old_hotkey, netuid2));
}

TEST_F(SwapHotkeyTest, test_swap_hotkey_with_no_stake) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  st::Owner::insert(overlay_, old_hotkey, coldkey);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_FALSE(st::Owner::contains_key(overlay_, old_hotkey));
  EXPECT_EQ(st::Owner::get(overlay_, new_hotkey), coldkey);
  EXPECT_FALSE(st::Alpha::contains_key(overlay_, old_hotkey, coldkey, netuid));
  EXPECT_FALSE(st::Alpha::contains_key(overlay_, new_hotkey, coldkey, netuid));
}

TEST_F(SwapHotkeyTest, test_swap_hotkey_tx_rate_limit_exceeded) {
  const NetUid netuid{1};
  const uint16_t tempo = 13;
  const AccountId old_hotkey = u256(1), new_hotkey_1 = u256(2), new_hotkey_2 = u256(4);
  const AccountId coldkey = u256(3);
  const uint64_t swap_cost = 1'000'000'000ull * 2;
  const uint64_t tx_rate_limit = 1;

  EXPECT_EQ(st::TxRateLimit::get(env_), 0u);  // the mock's InitialTxRateLimit
  set_tx_rate_limit(tx_rate_limit);
  EXPECT_EQ(st::TxRateLimit::get(env_), tx_rate_limit);

  add_network(netuid, tempo, 0);
  register_ok_neuron(netuid, old_hotkey, coldkey, 0);
  add_balance(coldkey, swap_cost);

  ASSERT_TRUE(do_swap(coldkey, old_hotkey, new_hotkey_1).has_value());
  auto refused = do_swap(coldkey, new_hotkey_1, new_hotkey_2);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().error, err(Error::kHotKeySetTxRateLimitExceeded));

  step_block(1001);
  EXPECT_TRUE(do_swap(coldkey, new_hotkey_1, new_hotkey_2).has_value());
}

TEST_F(SwapHotkeyTest, test_do_swap_hotkey_err_not_owner) {
  const NetUid netuid{1};
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const AccountId not_owner_coldkey = u256(4);
  add_network(netuid, 13, 0);
  register_ok_neuron(netuid, old_hotkey, coldkey, 0);
  add_balance(not_owner_coldkey, 1'000'000'000);
  auto r = do_swap(not_owner_coldkey, old_hotkey, new_hotkey);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, err(Error::kNonAssociatedColdKey));
}

TEST_F(SwapHotkeyTest, test_swap_owner_success) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  st::Owner::insert(overlay_, old_hotkey, coldkey);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::Owner::get(overlay_, new_hotkey), coldkey);
  EXPECT_FALSE(st::Owner::contains_key(overlay_, old_hotkey));
}

TEST_F(SwapHotkeyTest, test_swap_owner_old_hotkey_not_exist) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  EXPECT_FALSE(st::Owner::contains_key(overlay_, old_hotkey));
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::Owner::get(overlay_, new_hotkey), coldkey);
  EXPECT_FALSE(st::Owner::contains_key(overlay_, old_hotkey));
}

TEST_F(SwapHotkeyTest, test_swap_owner_new_hotkey_already_exists) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const AccountId another_coldkey = u256(4);
  st::Owner::insert(overlay_, old_hotkey, coldkey);
  st::Owner::insert(overlay_, new_hotkey, another_coldkey);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::Owner::get(overlay_, new_hotkey), coldkey);
  EXPECT_FALSE(st::Owner::contains_key(overlay_, old_hotkey));
}

TEST_F(SwapHotkeyTest, test_swap_delegates_success) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const uint16_t delegate_take = 10;
  st::Delegates::insert(overlay_, old_hotkey, delegate_take);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::Delegates::get(env_, new_hotkey), delegate_take);
  EXPECT_FALSE(st::Delegates::contains_key(overlay_, old_hotkey));
}

TEST_F(SwapHotkeyTest, test_swap_stake_success) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const uint64_t amount = 10'000;
  const U64F64 shares = U64F64::from_num(123456);

  st::TotalHotkeyAlpha::insert(overlay_, old_hotkey, netuid, AlphaBalance(amount));
  st::TotalHotkeyAlphaLastEpoch::insert(overlay_, old_hotkey, netuid, AlphaBalance(amount * 2));
  st::TotalHotkeyShares::insert(overlay_, old_hotkey, netuid, shares);
  st::Alpha::insert(overlay_, old_hotkey, coldkey, netuid, U64F64::from_num(amount));
  st::AlphaDividendsPerSubnet::insert(overlay_, netuid, old_hotkey, AlphaBalance(amount));
  st::TaoDividendsPerSubnet::insert(overlay_, netuid, old_hotkey, TaoBalance(amount));

  perform(old_hotkey, new_hotkey, coldkey);

  EXPECT_EQ(st::TotalHotkeyAlpha::get(overlay_, old_hotkey, netuid).to_u64(), 0u);
  EXPECT_EQ(st::TotalHotkeyAlpha::get(overlay_, new_hotkey, netuid).to_u64(), amount);
  EXPECT_EQ(st::TotalHotkeyAlphaLastEpoch::get(overlay_, old_hotkey, netuid).to_u64(), 0u);
  EXPECT_EQ(st::TotalHotkeyAlphaLastEpoch::get(overlay_, new_hotkey, netuid).to_u64(), amount * 2);
  EXPECT_EQ(st::TotalHotkeyShares::get(overlay_, old_hotkey, netuid), U64F64::from_num(0));
  EXPECT_EQ(st::TotalHotkeyShares::get(overlay_, new_hotkey, netuid), shares);
  EXPECT_EQ(st::Alpha::get(overlay_, old_hotkey, coldkey, netuid), U64F64::from_num(0));
  EXPECT_EQ(st::Alpha::get(overlay_, new_hotkey, coldkey, netuid), U64F64::from_num(amount));
  EXPECT_EQ(st::AlphaDividendsPerSubnet::get(overlay_, netuid, old_hotkey).to_u64(), 0u);
  EXPECT_EQ(st::AlphaDividendsPerSubnet::get(overlay_, netuid, new_hotkey).to_u64(), amount);
  EXPECT_EQ(st::TaoDividendsPerSubnet::get(overlay_, netuid, old_hotkey).to_u64(), 0u);
  EXPECT_EQ(st::TaoDividendsPerSubnet::get(overlay_, netuid, new_hotkey).to_u64(), amount);
}

TEST_F(SwapHotkeyTest, test_swap_stake_old_hotkey_not_exist) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{1};
  st::Alpha::insert(overlay_, old_hotkey, coldkey, netuid, U64F64::from_num(1234));
  EXPECT_TRUE(st::Alpha::contains_key(overlay_, old_hotkey, coldkey, netuid));
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_TRUE(st::Alpha::contains_key(overlay_, new_hotkey, coldkey, netuid));
  EXPECT_FALSE(st::Alpha::contains_key(overlay_, old_hotkey, coldkey, netuid));
}

TEST_F(SwapHotkeyTest, test_swap_hotkey_error_cases) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const AccountId wrong_coldkey = u256(4);
  st::Owner::insert(overlay_, old_hotkey, coldkey);
  st::TotalNetworks::put(overlay_, uint16_t{1});
  st::LastTxBlock::insert(overlay_, coldkey, uint64_t{0});

  // assert_noop!: the error, and nothing written.
  expect_rejected(Origin::signed_by(coldkey), swap_hotkey(old_hotkey, new_hotkey),
                  err(Error::kNotEnoughBalanceToPaySwapHotKey));

  const uint64_t initial_balance = kKeySwapCost + 1000;
  add_balance(coldkey, initial_balance);

  expect_rejected(Origin::signed_by(coldkey), swap_hotkey(old_hotkey, old_hotkey),
                  err(Error::kNewHotKeyIsSameWithOld));

  st::IsNetworkMember::insert(overlay_, new_hotkey, NetUid{0}, true);
  expect_rejected(Origin::signed_by(coldkey), swap_hotkey(old_hotkey, new_hotkey),
                  err(Error::kHotKeyAlreadyRegisteredInSubNet));
  st::IsNetworkMember::remove(overlay_, new_hotkey, NetUid{0});

  expect_rejected(Origin::signed_by(wrong_coldkey), swap_hotkey(old_hotkey, new_hotkey),
                  err(Error::kNonAssociatedColdKey));

  ASSERT_TRUE(do_swap(coldkey, old_hotkey, new_hotkey).has_value());
  EXPECT_EQ(free_balance(coldkey), initial_balance - kKeySwapCost);
}

TEST_F(SwapHotkeyTest, test_swap_child_keys) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const std::vector<st::ProportionAccount> children{{100, u256(4)}, {200, u256(5)}};
  add_network(netuid, 1, 0);
  st::ChildKeys::insert(overlay_, old_hotkey, netuid, children);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::ChildKeys::get(overlay_, new_hotkey, netuid), children);
  EXPECT_TRUE(st::ChildKeys::get(overlay_, old_hotkey, netuid).empty());
}

TEST_F(SwapHotkeyTest, test_swap_parent_keys) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const std::vector<st::ProportionAccount> parents{{100, u256(4)}, {200, u256(5)}};
  add_network(netuid, 1, 0);
  st::ParentKeys::insert(overlay_, old_hotkey, netuid, parents);
  st::ChildKeys::insert(overlay_, u256(4), netuid, {{100, old_hotkey}});
  st::ChildKeys::insert(overlay_, u256(5), netuid, {{200, old_hotkey}});
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::ParentKeys::get(overlay_, new_hotkey, netuid), parents);
  EXPECT_TRUE(st::ParentKeys::get(overlay_, old_hotkey, netuid).empty());
  const std::vector<st::ProportionAccount> of4{{100, new_hotkey}}, of5{{200, new_hotkey}};
  EXPECT_EQ(st::ChildKeys::get(overlay_, u256(4), netuid), of4);
  EXPECT_EQ(st::ChildKeys::get(overlay_, u256(5), netuid), of5);
}

TEST_F(SwapHotkeyTest, test_swap_multiple_subnets) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid1{0}, netuid2{1};
  const std::vector<st::ProportionAccount> children1{{100, u256(4)}, {200, u256(5)}};
  const std::vector<st::ProportionAccount> children2{{300, u256(6)}};
  add_network(netuid1, 1, 0);
  add_network(netuid2, 1, 0);
  st::ChildKeys::insert(overlay_, old_hotkey, netuid1, children1);
  st::ChildKeys::insert(overlay_, old_hotkey, netuid2, children2);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::ChildKeys::get(overlay_, new_hotkey, netuid1), children1);
  EXPECT_EQ(st::ChildKeys::get(overlay_, new_hotkey, netuid2), children2);
  EXPECT_TRUE(st::ChildKeys::get(overlay_, old_hotkey, netuid1).empty());
  EXPECT_TRUE(st::ChildKeys::get(overlay_, old_hotkey, netuid2).empty());
}

TEST_F(SwapHotkeyTest, test_swap_complex_parent_child_structure) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{0};
  const AccountId parent1 = u256(4), parent2 = u256(5), child1 = u256(6), child2 = u256(7);
  add_network(netuid, 1, 0);
  st::ParentKeys::insert(overlay_, old_hotkey, netuid, {{100, parent1}, {200, parent2}});
  st::ChildKeys::insert(overlay_, old_hotkey, netuid, {{300, child1}, {400, child2}});
  st::ChildKeys::insert(overlay_, parent1, netuid, {{100, old_hotkey}, {500, u256(8)}});
  st::ChildKeys::insert(overlay_, parent2, netuid, {{200, old_hotkey}, {600, u256(9)}});

  perform(old_hotkey, new_hotkey, coldkey);

  const std::vector<st::ProportionAccount> parents{{100, parent1}, {200, parent2}};
  const std::vector<st::ProportionAccount> children{{300, child1}, {400, child2}};
  const std::vector<st::ProportionAccount> of_parent1{{100, new_hotkey}, {500, u256(8)}};
  const std::vector<st::ProportionAccount> of_parent2{{200, new_hotkey}, {600, u256(9)}};
  EXPECT_EQ(st::ParentKeys::get(overlay_, new_hotkey, netuid), parents);
  EXPECT_TRUE(st::ParentKeys::get(overlay_, old_hotkey, netuid).empty());
  EXPECT_EQ(st::ChildKeys::get(overlay_, new_hotkey, netuid), children);
  EXPECT_TRUE(st::ChildKeys::get(overlay_, old_hotkey, netuid).empty());
  EXPECT_EQ(st::ChildKeys::get(overlay_, parent1, netuid), of_parent1);
  EXPECT_EQ(st::ChildKeys::get(overlay_, parent2, netuid), of_parent2);
}

TEST_F(SwapHotkeyTest, test_swap_hotkey_is_sn_owner_hotkey) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid = add_dynamic_network(old_hotkey, coldkey);
  EXPECT_EQ(st::SubnetOwnerHotkey::get(overlay_, netuid), old_hotkey);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::SubnetOwnerHotkey::get(overlay_, netuid), new_hotkey);
}

TEST_F(SwapHotkeyTest, test_swap_hotkey_swap_rate_limits) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const uint64_t last_tx_block = 123, delegate_take_block = 4567, child_key_take_block = 8910;
  st::LastTxBlock::insert(overlay_, old_hotkey, last_tx_block);
  st::LastTxBlockDelegateTake::insert(overlay_, old_hotkey, delegate_take_block);
  st::LastTxBlockChildKeyTake::insert(overlay_, old_hotkey, child_key_take_block);
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::LastTxBlock::get(overlay_, new_hotkey), last_tx_block);
  EXPECT_EQ(st::LastTxBlockDelegateTake::get(overlay_, new_hotkey), delegate_take_block);
  EXPECT_EQ(st::LastTxBlockChildKeyTake::get(overlay_, new_hotkey), child_key_take_block);
}

// =============================================================================================
// Beyond upstream: descriptor, weights, writes upstream makes, errors, check order.
// =============================================================================================

TEST_F(SwapHotkeyTest, DeclaredWeightClassAndPays) {
  // from_parts(1_940_000_000, 0) + reads(272) * 25e6 + writes(527) * 100e6.
  const frame::DispatchInfo info =
      frame::call_info(runtime_registry(), swap_hotkey(u256(1), u256(2))).value();
  EXPECT_EQ(info.weight, Weight::from_parts(61'440'000'000, 0));
  EXPECT_EQ(info.dispatch_class, frame::DispatchClass::kOperational);
  EXPECT_EQ(info.pays_fee, frame::Pays::kNo);
}

TEST_F(SwapHotkeyTest, DispatchSwapsBurnsRecordsAndReportsWeight) {
  // The state of test_swap_hotkey_error_cases (no subnet, TotalNetworks 1), through the call.
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  st::Owner::insert(overlay_, old_hotkey, coldkey);
  st::TotalNetworks::put(overlay_, uint16_t{1});
  add_balance(coldkey, kKeySwapCost + 1000);
  st::TotalIssuance::put(overlay_, TaoBalance(5'000'000'000));

  auto r = signed_call(coldkey, swap_hotkey(old_hotkey, new_hotkey));
  ASSERT_TRUE(r.has_value());
  // reads(2) + reads_writes(2, 0) + reads(TotalNetworks + 1 = 2), then perform_hotkey_swap with
  // no subnet and nothing staked: Owner rw(1,1), OwnedHotkeys rw(1,1), the three LastTxBlock*
  // rw(1,2) each; then writes(1): 11 reads, 9 writes = 275e6 + 900e6.
  EXPECT_EQ(r->actual_weight, std::optional<Weight>(Weight::from_parts(1'175'000'000, 0)));
  EXPECT_EQ(free_balance(coldkey), 1000u);
  EXPECT_EQ(st::TotalIssuance::get(env_).to_u64(), 4'000'000'000u);
  EXPECT_EQ(st::LastTxBlock::get(overlay_, coldkey), 1u);
  EXPECT_EQ(st::Owner::get(overlay_, new_hotkey), coldkey);
  const std::vector<AccountId> owned{new_hotkey};
  EXPECT_EQ(st::OwnedHotkeys::get(overlay_, coldkey), owned);
  // Upstream writes the default 0 of the moved LastTxBlock* values under the new hotkey.
  EXPECT_TRUE(st::LastTxBlock::contains_key(overlay_, new_hotkey));
  EXPECT_TRUE(st::LastTxBlockDelegateTake::contains_key(overlay_, new_hotkey));
  EXPECT_TRUE(st::LastTxBlockChildKeyTake::contains_key(overlay_, new_hotkey));
  EXPECT_FALSE(st::LastTxBlock::contains_key(overlay_, old_hotkey));
  const auto all = events();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back(), ev(sev::HotkeySwapped{coldkey, old_hotkey, new_hotkey}));
}

TEST_F(SwapHotkeyTest, PerformWritesMembershipAndLinkageForEverySubnet) {
  // Two subnets, old a member of neither: IsNetworkMember(new, n) = false and empty ChildKeys /
  // ParentKeys lists are written for both (upstream inserts unconditionally).
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  add_network(NetUid{1}, 1, 0);
  add_network(NetUid{2}, 1, 0);
  Weight weight;
  perform(old_hotkey, new_hotkey, coldkey, weight);
  for (const NetUid n : {NetUid{1}, NetUid{2}}) {
    EXPECT_EQ(st::IsNetworkMember::try_get(overlay_, new_hotkey, n), std::optional<bool>(false));
    EXPECT_TRUE(st::ChildKeys::contains_key(overlay_, new_hotkey, n));
    EXPECT_TRUE(st::ParentKeys::contains_key(overlay_, new_hotkey, n));
    EXPECT_FALSE(st::IsNetworkMember::contains_key(overlay_, old_hotkey, n));
  }
  // Base 5 reads / 8 writes (see above); per subnet IsNetworkMember rw(1,2), ChildKeys rw(1,2),
  // ParentKeys rw(1,2), PendingChildKeys reads(1): 4 reads, 6 writes; total 13 reads, 20 writes.
  EXPECT_EQ(weight, Weight::from_parts(2'325'000'000, 0));  // 325e6 + 2,000e6
}

TEST_F(SwapHotkeyTest, PerformMovesStakeOfEveryColdkeyAndRewritesPendingChildren) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const AccountId staker = u256(4), other = u256(5), parent = u256(6);
  const NetUid netuid{1};
  add_network(netuid, 1, 0);
  st::StakingHotkeys::insert(overlay_, staker, {other, old_hotkey, new_hotkey});
  st::Alpha::insert(overlay_, old_hotkey, staker, netuid, U64F64::from_num(7));
  st::Alpha::insert(overlay_, new_hotkey, staker, netuid, U64F64::from_num(5));
  st::PendingChildKeys::insert(overlay_, netuid, parent,
                               st::PendingChildren{{{10, old_hotkey}, {20, other}}, 99});
  perform(old_hotkey, new_hotkey, coldkey);
  // Shares add up; old and new are dropped from the list and new is appended.
  EXPECT_EQ(st::Alpha::get(overlay_, new_hotkey, staker, netuid), U64F64::from_num(12));
  EXPECT_FALSE(st::Alpha::contains_key(overlay_, old_hotkey, staker, netuid));
  const std::vector<AccountId> staking{other, new_hotkey};
  EXPECT_EQ(st::StakingHotkeys::get(overlay_, staker), staking);
  // The pending child entry moves to the end with its proportion; the cooldown is kept.
  const st::PendingChildren pending{{{20, other}, {10, new_hotkey}}, 99};
  EXPECT_EQ(st::PendingChildKeys::get(overlay_, netuid, parent), pending);
}

TEST_F(SwapHotkeyTest, DividendsMoveOnlyWithALastEpochEntry) {
  const AccountId old_hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(3);
  const NetUid netuid{1};
  st::AlphaDividendsPerSubnet::insert(overlay_, netuid, old_hotkey, AlphaBalance(77));
  perform(old_hotkey, new_hotkey, coldkey);
  EXPECT_EQ(st::AlphaDividendsPerSubnet::get(overlay_, netuid, old_hotkey).to_u64(), 77u);
  EXPECT_FALSE(st::AlphaDividendsPerSubnet::contains_key(overlay_, netuid, new_hotkey));
}

// ---- bad input: each error, nothing changed -------------------------------------------------

class SwapHotkeyErrors : public SwapHotkeyTest {
 protected:
  // A registered hotkey with its coldkey funded for the swap.
  SwapHotkeyErrors() {
    add_network(kNet, 13, 0);
    register_ok_neuron(kNet, kOld, kCold, 0);
    add_balance(kCold, kKeySwapCost);
  }
  static constexpr NetUid kNet{1};
  const AccountId kOld = u256(1), kNew = u256(2), kCold = u256(3);
};

TEST_F(SwapHotkeyErrors, WrongOrigin) {
  expect_rejected(Origin::root(), swap_hotkey(kOld, kNew), DispatchError::bad_origin());
  expect_rejected(Origin::none(), swap_hotkey(kOld, kNew), DispatchError::bad_origin());
}

TEST_F(SwapHotkeyErrors, SameHotkey) {
  expect_rejected(Origin::signed_by(kCold), swap_hotkey(kOld, kOld),
                  err(Error::kNewHotKeyIsSameWithOld));
}

TEST_F(SwapHotkeyErrors, NewHotkeyAlreadyRegistered) {
  register_ok_neuron(kNet, kNew, u256(9), 0);
  expect_rejected(Origin::signed_by(kCold), swap_hotkey(kOld, kNew),
                  err(Error::kHotKeyAlreadyRegisteredInSubNet));
}

TEST_F(SwapHotkeyErrors, NotTheOwner) {
  add_balance(u256(9), kKeySwapCost);
  expect_rejected(Origin::signed_by(u256(9)), swap_hotkey(kOld, kNew),
                  err(Error::kNonAssociatedColdKey));
}

TEST_F(SwapHotkeyErrors, RateLimited) {
  // TxRateLimit 10, last swap at block 1, now block 11: 11 - 1 = 10 <= 10 is still refused.
  set_tx_rate_limit(10);
  st::LastTxBlock::insert(overlay_, kCold, uint64_t{1});
  set_block(11);
  expect_rejected(Origin::signed_by(kCold), swap_hotkey(kOld, kNew),
                  err(Error::kHotKeySetTxRateLimitExceeded));
  set_block(12);
  EXPECT_TRUE(signed_call(kCold, swap_hotkey(kOld, kNew)).has_value());
}

TEST_F(SwapHotkeyErrors, InsufficientBalance) {
  const AccountId poor = u256(8), hotkey = u256(7);
  register_ok_neuron(kNet, hotkey, poor, 0);
  add_balance(poor, kKeySwapCost - 1);
  expect_rejected(Origin::signed_by(poor), swap_hotkey(hotkey, kNew),
                  err(Error::kNotEnoughBalanceToPaySwapHotKey));
}

TEST_F(SwapHotkeyErrors, CheckOrder) {
  // Everything wrong at once: same hotkey first, then registration, then ownership, then the
  // rate limit, then the balance.
  const AccountId stranger = u256(9);
  set_tx_rate_limit(10);
  st::LastTxBlock::insert(overlay_, stranger, uint64_t{1});
  expect_rejected(Origin::signed_by(stranger), swap_hotkey(kOld, kOld),
                  err(Error::kNewHotKeyIsSameWithOld));
  expect_rejected(Origin::signed_by(stranger), swap_hotkey(u256(20), kOld),
                  err(Error::kHotKeyAlreadyRegisteredInSubNet));
  expect_rejected(Origin::signed_by(stranger), swap_hotkey(kOld, kNew),
                  err(Error::kNonAssociatedColdKey));
  st::LastTxBlock::insert(overlay_, kCold, uint64_t{1});
  expect_rejected(Origin::signed_by(kCold), swap_hotkey(kOld, kNew),
                  err(Error::kHotKeySetTxRateLimitExceeded));
}

}  // namespace
}  // namespace subemu::runtime::testing
