// The neuron table (subnets/uids.hpp): the tests of pallets/subtensor/src/tests/uids.rs at v3.0.0
// under their upstream names with the same inputs and assertions, then the pure pruning rule and
// the exact writes of append_neuron / replace_neuron.
#include "runtime/pallets/subtensor/subnets/uids.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "runtime/pallets/subtensor/subnets/serving.hpp"
#include "tests/runtime/pallets/subtensor/registration_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
using st::Error;

class UidsTest : public RegistrationFixture {
 protected:
  // Registers `hotkey` on `netuid` at block 0 with the PoW path, as the upstream tests do.
  void register_at_block_0(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey,
                           uint64_t start_nonce) {
    auto [nonce, work] = create_work(netuid, 0, start_nonce, hotkey);
    ASSERT_TRUE(do_register(hotkey, netuid, 0, nonce, work, hotkey, coldkey));
  }
  template <class Item>
  auto at(NetUid netuid, uint16_t uid) const {
    return Item::get(overlay_, netuid).at(uid);
  }
  bool registered_anywhere(const AccountId& hotkey) const {
    return st::is_hotkey_registered_on_any_network(overlay_, hotkey);
  }
};

const NetUid kNet{1};

TEST_F(UidsTest, test_replace_neuron) {
  const uint64_t block_number = 0;
  const AccountId hotkey = u256(1), coldkey = u256(1234), new_hotkey = u256(2);
  auto [nonce, work] = create_work(kNet, block_number, 111111, hotkey);
  const auto certificate = st::neuron_certificate_from(Bytes{1, 2, 3});
  ASSERT_TRUE(certificate.has_value());
  add_network(kNet, 13, 0);
  ASSERT_TRUE(do_register(hotkey, kNet, block_number, nonce, work, hotkey, coldkey));
  const auto uid_or = uid_of(kNet, hotkey);
  ASSERT_TRUE(uid_or.has_value());
  const uint16_t uid = *uid_or;

  // Non-default values.
  st::Trust::mutate(overlay_, kNet, [&](auto& v) { v.at(uid) = 5; });
  st::Emission::mutate(overlay_, kNet, [&](auto& v) { v.at(uid) = 5; });
  st::Consensus::mutate(overlay_, kNet, [&](auto& v) { v.at(uid) = 5; });
  st::Incentive::mutate(overlay_, kNet, [&](auto& v) { v.at(uid) = 5; });
  st::Dividends::mutate(overlay_, kNet, [&](auto& v) { v.at(uid) = 5; });
  st::Bonds::insert(overlay_, kNet, Uid(uid), {{0, 1}});
  // serve_axon(netuid, version 0, ip 1676056785, port 9999, ip_type 4, 0, 0, 0).
  const u128 ip = 1676056785;
  ASSERT_TRUE(signed_call(hotkey, st_call(4, kNet, uint32_t{0}, ip, uint16_t{9999}, uint8_t{4},
                                          uint8_t{0}, uint8_t{0}, uint8_t{0})));
  st::NeuronCertificates::insert(overlay_, kNet, hotkey, *certificate);

  st::replace_neuron(overlay_, kNet, Uid(uid), new_hotkey, block_number);

  EXPECT_FALSE(uid_of(kNet, hotkey).has_value());
  EXPECT_FALSE(registered_anywhere(hotkey));
  const AccountId current = hotkey_at(kNet, uid);
  EXPECT_NE(current, hotkey);
  EXPECT_TRUE(uid_of(kNet, new_hotkey).has_value());
  EXPECT_TRUE(registered_anywhere(new_hotkey));
  EXPECT_EQ(current, new_hotkey);
  EXPECT_FALSE(st::NeuronCertificates::get(overlay_, kNet, hotkey).has_value());
  EXPECT_EQ(at<st::Trust>(kNet, uid), 0);
  EXPECT_EQ(at<st::Emission>(kNet, uid), 0u);
  EXPECT_EQ(at<st::Consensus>(kNet, uid), 0);
  EXPECT_EQ(at<st::Incentive>(kNet, uid), 0);
  EXPECT_EQ(at<st::Dividends>(kNet, uid), 0);
  const st::AxonInfo axon = st::get_axon_info(overlay_, kNet, current);
  EXPECT_EQ(axon.ip, 0u);
  EXPECT_EQ(axon.port, 0);
  EXPECT_EQ(axon.ip_type, 0);
  EXPECT_TRUE(st::Bonds::get(overlay_, kNet, Uid(uid)).empty());
  // Not upstream: the old hotkey's axon is gone from storage.
  EXPECT_FALSE(st::Axons::contains_key(overlay_, kNet, hotkey));
}

TEST_F(UidsTest, test_bonds_cleared_on_replace) {
  const uint64_t block_number = 0;
  const AccountId hotkey = u256(1), coldkey = u256(1234), new_hotkey = u256(2);
  auto [nonce, work] = create_work(kNet, block_number, 111111, hotkey);
  add_network(kNet, 13, 0);
  ASSERT_TRUE(do_register(hotkey, kNet, block_number, nonce, work, hotkey, coldkey));
  const uint16_t uid = *uid_of(kNet, hotkey);
  st::Bonds::insert(overlay_, kNet, Uid(uid), {{0, 1}});
  st::replace_neuron(overlay_, kNet, Uid(uid), new_hotkey, block_number);
  EXPECT_FALSE(uid_of(kNet, hotkey).has_value());
  EXPECT_FALSE(registered_anywhere(hotkey));
  const AccountId current = hotkey_at(kNet, uid);
  EXPECT_NE(current, hotkey);
  EXPECT_TRUE(uid_of(kNet, new_hotkey).has_value());
  EXPECT_TRUE(registered_anywhere(new_hotkey));
  EXPECT_EQ(current, new_hotkey);
  EXPECT_TRUE(st::Bonds::get(overlay_, kNet, Uid(uid)).empty());
}

TEST_F(UidsTest, test_replace_neuron_multiple_subnets) {
  const uint64_t block_number = 0;
  const NetUid net1{2};
  const AccountId hotkey = u256(1), new_hotkey = u256(2), coldkey = u256(1234);
  auto [nonce, work] = create_work(kNet, block_number, 111111, hotkey);
  auto [nonce1, work1] = create_work(net1, block_number, 111111 * 5, hotkey);
  add_network(kNet, 13, 0);
  add_network(net1, 13, 0);
  ASSERT_TRUE(do_register(hotkey, kNet, block_number, nonce, work, hotkey, coldkey));
  ASSERT_TRUE(do_register(hotkey, net1, block_number, nonce1, work1, hotkey, coldkey));
  const auto uid = uid_of(kNet, hotkey);
  ASSERT_TRUE(uid.has_value());
  EXPECT_TRUE(st::is_hotkey_registered_on_network(overlay_, kNet, hotkey));
  EXPECT_TRUE(st::is_hotkey_registered_on_network(overlay_, net1, hotkey));
  EXPECT_TRUE(registered_anywhere(hotkey));
  st::replace_neuron(overlay_, kNet, Uid(*uid), new_hotkey, block_number);
  EXPECT_FALSE(uid_of(kNet, hotkey).has_value());
  EXPECT_TRUE(registered_anywhere(hotkey));
  EXPECT_TRUE(st::is_hotkey_registered_on_network(overlay_, net1, hotkey));
  // Not upstream: the networks the hotkeys are on.
  EXPECT_EQ(st::get_registered_networks_for_hotkey(overlay_, hotkey), std::vector<NetUid>{net1});
  EXPECT_EQ(st::get_registered_networks_for_hotkey(overlay_, new_hotkey),
            std::vector<NetUid>{kNet});
}

TEST_F(UidsTest, test_neuron_certificate) {
  EXPECT_TRUE(st::neuron_certificate_from(Bytes(65, 0)).has_value());   // 512-bit key
  EXPECT_TRUE(st::neuron_certificate_from(Bytes(33, 1)).has_value());   // 256-bit key
  EXPECT_FALSE(st::neuron_certificate_from(Bytes(88, 8)).has_value());  // too much data
  EXPECT_FALSE(st::neuron_certificate_from(Bytes{}).has_value());       // no data
}

TEST_F(UidsTest, test_replace_neuron_subnet_owner_not_replaced) {
  const AccountId owner_hotkey = u256(100), owner_coldkey = u256(999), new_hotkey = u256(2);
  const NetUid netuid = add_dynamic_network(owner_hotkey, owner_coldkey);
  const auto uid = uid_of(netuid, owner_hotkey);
  ASSERT_TRUE(uid.has_value()) << "Owner neuron should be registered by add_dynamic_network";
  st::replace_neuron(overlay_, netuid, Uid(*uid), new_hotkey, block());
  EXPECT_EQ(uid_of(netuid, owner_hotkey), uid);
  EXPECT_EQ(st::get_uid_for_net_and_hotkey(overlay_, netuid, new_hotkey).error(),
            err(Error::kHotKeyNotRegisteredInSubNet));
}

TEST_F(UidsTest, test_replace_neuron_subnet_owner_not_replaced_if_in_sn_owner_hotkey_map) {
  const AccountId owner_hotkey = u256(123), owner_coldkey = u256(999);
  const AccountId other_owner_hotkey = u256(456);
  const NetUid netuid = add_dynamic_network(owner_hotkey, owner_coldkey);
  set_max_registrations_per_block(netuid, 100);
  set_target_registrations_per_interval(netuid, 100);
  st::SubnetOwner::insert(overlay_, netuid, owner_coldkey);
  const auto owner_uid = uid_of(netuid, owner_hotkey);
  ASSERT_TRUE(owner_uid.has_value());

  register_ok_neuron(netuid, other_owner_hotkey, owner_coldkey, 0);
  const auto other_owner_uid = uid_of(netuid, other_owner_hotkey);
  ASSERT_TRUE(other_owner_uid.has_value());
  const AccountId additional_1 = u256(1000), additional_2 = u256(1001);
  const uint64_t current_block = block();

  st::replace_neuron(overlay_, netuid, Uid(*owner_uid), additional_1, current_block);
  EXPECT_EQ(uid_of(netuid, owner_hotkey), owner_uid);
  EXPECT_FALSE(uid_of(netuid, additional_1).has_value());

  st::replace_neuron(overlay_, netuid, Uid(*other_owner_uid), additional_1, current_block);
  EXPECT_FALSE(uid_of(netuid, other_owner_hotkey).has_value());  // was replaced

  register_ok_neuron(netuid, other_owner_hotkey, owner_coldkey, 0);
  ASSERT_TRUE(uid_of(netuid, other_owner_hotkey).has_value());
  st::SubnetOwnerHotkey::insert(overlay_, netuid, other_owner_hotkey);

  st::replace_neuron(overlay_, netuid, Uid(*owner_uid), additional_2, current_block);
  EXPECT_FALSE(uid_of(netuid, owner_hotkey).has_value());
  EXPECT_TRUE(uid_of(netuid, additional_2).has_value());
}

TEST_F(UidsTest, test_get_neuron_to_prune_owner_not_pruned) {
  const AccountId owner_hotkey = u256(123), owner_coldkey = u256(999);
  const NetUid netuid = add_dynamic_network(owner_hotkey, owner_coldkey);
  set_max_registrations_per_block(netuid, 100);
  set_target_registrations_per_interval(netuid, 100);
  st::SubnetOwner::insert(overlay_, netuid, owner_coldkey);
  const uint16_t owner_uid = *uid_of(netuid, owner_hotkey);
  register_ok_neuron(netuid, u256(1000), u256(2000), 0);
  const uint16_t uid_1 = *uid_of(netuid, u256(1000));
  register_ok_neuron(netuid, u256(1001), u256(2001), 1);
  const uint16_t uid_2 = *uid_of(netuid, u256(1001));
  set_pruning_score(netuid, owner_uid, 0);
  set_pruning_score(netuid, uid_1, 1);
  set_pruning_score(netuid, uid_2, 2);
  EXPECT_EQ(neuron_to_prune(netuid), uid_1);
  EXPECT_EQ(pruning_score(netuid, uid_1), UINT16_MAX);
  EXPECT_EQ(pruning_score(netuid, owner_uid), 0);
}

TEST_F(UidsTest, test_get_neuron_to_prune_owner_pruned_if_not_in_sn_owner_hotkey_map) {
  const AccountId owner_hotkey = u256(123), owner_coldkey = u256(999);
  const AccountId other_owner_hotkey = u256(456);
  const NetUid netuid = add_dynamic_network(owner_hotkey, owner_coldkey);
  set_max_registrations_per_block(netuid, 100);
  set_target_registrations_per_interval(netuid, 100);
  st::SubnetOwner::insert(overlay_, netuid, owner_coldkey);
  const uint16_t owner_uid = *uid_of(netuid, owner_hotkey);
  register_ok_neuron(netuid, other_owner_hotkey, owner_coldkey, 0);
  const uint16_t other_owner_uid = *uid_of(netuid, other_owner_hotkey);
  register_ok_neuron(netuid, u256(1000), u256(2000), 1);
  const uint16_t uid_2 = *uid_of(netuid, u256(1000));
  register_ok_neuron(netuid, u256(1001), u256(2001), 2);
  const uint16_t uid_3 = *uid_of(netuid, u256(1001));
  set_pruning_score(netuid, owner_uid, 0);
  set_pruning_score(netuid, other_owner_uid, 1);
  set_pruning_score(netuid, uid_2, 2);
  set_pruning_score(netuid, uid_3, 3);
  EXPECT_EQ(neuron_to_prune(netuid), other_owner_uid) << "Should prune the owner";
  st::SubnetOwnerHotkey::insert(overlay_, netuid, other_owner_hotkey);
  set_pruning_score(netuid, owner_uid, 0);
  set_pruning_score(netuid, other_owner_uid, 1);
  set_pruning_score(netuid, uid_2, 2);
  set_pruning_score(netuid, uid_3, 3);
  EXPECT_EQ(neuron_to_prune(netuid), owner_uid);
}

// ---- beyond upstream ------------------------------------------------------------------------

TEST_F(UidsTest, AppendNeuronGrowsEveryVector) {
  add_network(kNet, 13, 0);
  set_block(7);
  st::append_neuron(overlay_, kNet, u256(1), 7);
  st::append_neuron(overlay_, kNet, u256(2), 9);
  EXPECT_EQ(subnetwork_n(kNet), 2);
  EXPECT_EQ(st::Rank::get(overlay_, kNet), (std::vector<uint16_t>{0, 0}));
  EXPECT_EQ(st::Active::get(overlay_, kNet), (std::vector<bool>{true, true}));
  EXPECT_EQ(st::LastUpdate::get(overlay_, kNet), (std::vector<uint64_t>{7, 9}));
  EXPECT_EQ(st::PruningScores::get(overlay_, kNet), (std::vector<uint16_t>{0, 0}));
  EXPECT_EQ(st::ValidatorPermit::get(overlay_, kNet), (std::vector<bool>{false, false}));
  EXPECT_EQ(st::Emission::get(overlay_, kNet), (std::vector<uint64_t>{0, 0}));
  EXPECT_EQ(st::Keys::get(overlay_, kNet, Uid(1)), u256(2));
  EXPECT_EQ(st::Uids::get(overlay_, kNet, u256(2)), Uid(1));
  EXPECT_EQ(st::BlockAtRegistration::get(overlay_, kNet, Uid(1)), 9u);
  EXPECT_TRUE(st::IsNetworkMember::get(overlay_, u256(2), kNet));
}

TEST_F(UidsTest, ReplaceNeuronKeepsRankLastUpdateAndScores) {
  add_network(kNet, 13, 0);
  st::append_neuron(overlay_, kNet, u256(1), 3);
  st::Rank::insert(overlay_, kNet, {11});
  st::PruningScores::insert(overlay_, kNet, {22});
  st::Active::insert(overlay_, kNet, {false});
  st::replace_neuron(overlay_, kNet, Uid(0), u256(2), 8);
  EXPECT_EQ(st::Rank::get(overlay_, kNet), std::vector<uint16_t>{11});
  EXPECT_EQ(st::PruningScores::get(overlay_, kNet), std::vector<uint16_t>{22});
  EXPECT_EQ(st::LastUpdate::get(overlay_, kNet), std::vector<uint64_t>{3});
  EXPECT_EQ(st::Active::get(overlay_, kNet), std::vector<bool>{true});
  EXPECT_EQ(st::BlockAtRegistration::get(overlay_, kNet, Uid(0)), 8u);
  EXPECT_FALSE(st::IsNetworkMember::contains_key(overlay_, u256(1), kNet));
  EXPECT_EQ(subnetwork_n(kNet), 1);
}

TEST_F(UidsTest, PruneReadsAMissingRegistrationBlockAsZero) {
  add_network(kNet, 13, 0);
  set_immunity_period(kNet, 0);
  for (uint64_t i = 0; i < 3; ++i) st::append_neuron(overlay_, kNet, u256(10 + i), 5);
  st::BlockAtRegistration::remove(overlay_, kNet, Uid(2));      // reads as 0: the earliest
  st::BlockAtRegistration::insert(overlay_, kNet, Uid(9), 0u);  // beyond SubnetworkN: ignored
  EXPECT_EQ(neuron_to_prune(kNet), 2);
  // With uid 2 holding the owner hotkey it is skipped; uids 0 and 1 tie (score 0, block 5):
  // the lower uid. Uid 2's score was set to u16::MAX by the first choice.
  st::SubnetOwnerHotkey::insert(overlay_, kNet, u256(12));
  EXPECT_EQ(neuron_to_prune(kNet), 0);
  EXPECT_EQ(st::PruningScores::get(overlay_, kNet),
            (std::vector<uint16_t>{UINT16_MAX, 0, UINT16_MAX}));
}

TEST(UidsPruning, SelectionRule) {
  using C = st::PruneCandidate;
  // Empty: 0.
  EXPECT_EQ(st::select_neuron_to_prune({}), 0);
  // Non-immune beats immune even with a worse score, including u16::MAX.
  EXPECT_EQ(st::select_neuron_to_prune({C{false, 0, 5, true}, C{false, UINT16_MAX, 9, false}}), 1);
  // Lowest score; ties to the earliest registration; then the lowest uid.
  EXPECT_EQ(st::select_neuron_to_prune(
                {C{false, 4, 1, false}, C{false, 3, 9, false}, C{false, 3, 2, false}}),
            2);
  EXPECT_EQ(st::select_neuron_to_prune({C{false, 3, 2, false}, C{false, 3, 2, false}}), 0);
  // The owner's hotkey is skipped even when it is the only non-immune neuron.
  EXPECT_EQ(st::select_neuron_to_prune({C{true, 0, 0, false}, C{false, 7, 4, true}}), 1);
  // Everything skipped: 0.
  EXPECT_EQ(st::select_neuron_to_prune({C{true, 0, 0, false}, C{true, 0, 0, true}}), 0);
}

TEST_F(UidsTest, AccessorsOnAnEmptySubnet) {
  EXPECT_EQ(pruning_score(kNet, 3), UINT16_MAX);  // past the end of PruningScores
  EXPECT_EQ(st::get_hotkey_for_net_and_uid(overlay_, kNet, Uid(0)).error(),
            err(Error::kHotKeyNotRegisteredInSubNet));
  EXPECT_EQ(st::get_stake_for_uid_and_subnetwork(overlay_, kNet, Uid(0)), 0u);
  EXPECT_FALSE(registered_anywhere(u256(1)));
  // get_neuron_to_prune on an empty subnet writes nothing.
  const auto before = dump();
  EXPECT_EQ(neuron_to_prune(kNet), 0);
  EXPECT_EQ(dump(), before);
}

}  // namespace
}  // namespace subemu::runtime::testing
