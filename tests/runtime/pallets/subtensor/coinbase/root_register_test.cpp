// Root registration (coinbase/root_register.hpp). Upstream has no test of do_root_register of its
// own at v3.0.0 (tests/senate.rs uses it, but every senate test needs the Senate membership
// pallets and staking, which are not modelled here), so these tests follow coinbase/root.rs step
// by step; every number is the mock configuration's or a hand computation stated beside it.
#include "runtime/pallets/subtensor/coinbase/root_register.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "tests/runtime/pallets/subtensor/registration_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
using frame::DispatchError;
using frame::Origin;
using st::Error;

const NetUid kRoot{0};

class RootRegisterTest : public RegistrationFixture {
 protected:
  void add_root() { add_network(kRoot, 1, 0); }
  void set_root_stake(const AccountId& hotkey, uint64_t alpha) {
    st::TotalHotkeyAlpha::insert(overlay_, hotkey, kRoot, AlphaBalance(alpha));
  }
};

TEST_F(RootRegisterTest, DispatchInfo) {
  const auto info = frame::call_info(env_.registry, root_register_call(u256(1)));
  ASSERT_TRUE(info.has_value());
  // from_parts(164_000_000, 0) + reads(23) * 25_000_000 + writes(20) * 100_000_000.
  EXPECT_EQ(*info, (frame::DispatchInfo{frame::Weight::from_parts(2'739'000'000, 0),
                                        frame::DispatchClass::kNormal, frame::Pays::kNo}));
}

TEST_F(RootRegisterTest, RootNetworkMustExistAndIsCheckedBeforeTheOrigin) {
  // The unit-test configuration has no root network.
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(1)),
                  err(Error::kRootNetworkDoesNotExist));
  expect_rejected(Origin::none(), root_register_call(u256(1)),
                  err(Error::kRootNetworkDoesNotExist));
}

TEST_F(RootRegisterTest, NotSigned) {
  add_root();
  expect_rejected(Origin::none(), root_register_call(u256(1)), DispatchError::bad_origin());
  expect_rejected(Origin::root(), root_register_call(u256(1)), DispatchError::bad_origin());
}

TEST_F(RootRegisterTest, AppendsMakesADelegateAndCounts) {
  add_root();
  const AccountId coldkey = u256(2), hotkey = u256(1);
  ASSERT_TRUE(root_register(coldkey, hotkey));
  EXPECT_EQ(subnetwork_n(kRoot), 1);
  EXPECT_EQ(hotkey_at(kRoot, 0), hotkey);
  EXPECT_EQ(st::owning_coldkey_for_hotkey(overlay_, hotkey), coldkey);
  EXPECT_EQ(st::Delegates::get(env_, hotkey), st::kRootDelegateTake);
  EXPECT_EQ(st::kRootDelegateTake, 11'796);
  EXPECT_EQ(registrations_this_block(kRoot), 1);
  EXPECT_EQ(registrations_this_interval(kRoot), 1);
  EXPECT_EQ(st::BlockAtRegistration::get(overlay_, kRoot, Uid(0)), 1u);
  EXPECT_TRUE(has_event(st::event::NeuronRegistered{kRoot, Uid(0), hotkey}));
  // Neither POW nor Burn counters move, and no TAO is taken.
  EXPECT_EQ(st::POWRegistrationsThisInterval::get(overlay_, kRoot), 0);
  EXPECT_EQ(st::BurnRegistrationsThisInterval::get(overlay_, kRoot), 0);
  EXPECT_EQ(free_balance(coldkey), 0u);
}

TEST_F(RootRegisterTest, AnExistingDelegateKeepsItsTake) {
  add_root();
  st::Delegates::insert(overlay_, u256(1), uint16_t{5000});
  ASSERT_TRUE(root_register(u256(2), u256(1)));
  EXPECT_EQ(st::Delegates::get(env_, u256(1)), 5000);
}

TEST_F(RootRegisterTest, NoOwnershipCheck) {
  // A hotkey owned by coldkey 3 is root-registered by coldkey 2; the owner stays 3.
  add_root();
  st::create_account_if_non_existent(overlay_, u256(3), u256(1));
  ASSERT_TRUE(root_register(u256(2), u256(1)));
  EXPECT_EQ(st::owning_coldkey_for_hotkey(overlay_, u256(1)), u256(3));
  EXPECT_EQ(hotkey_at(kRoot, 0), u256(1));
}

TEST_F(RootRegisterTest, AlreadyRegistered) {
  add_root();
  ASSERT_TRUE(root_register(u256(2), u256(1)));
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(1)),
                  err(Error::kHotKeyAlreadyRegisteredInSubNet));
}

TEST_F(RootRegisterTest, TooManyRegistrationsThisBlock) {
  // The mock allows 3 per block; init_new_network sets the target to 1 (3 per interval), so
  // raise the target to see the per-block limit first.
  add_root();
  set_target_registrations_per_interval(kRoot, 10);
  for (uint64_t i = 0; i < 3; ++i) ASSERT_TRUE(root_register(u256(2), u256(10 + i)));
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(1)),
                  err(Error::kTooManyRegistrationsThisBlock));
}

TEST_F(RootRegisterTest, TooManyRegistrationsThisInterval) {
  add_root();
  set_registrations_this_interval(kRoot, 3);  // 3 * init_new_network's target of 1
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(1)),
                  err(Error::kTooManyRegistrationsThisInterval));
}

TEST_F(RootRegisterTest, FullRootReplacesTheLeastStakedNeuron) {
  add_root();
  set_max_allowed_uids(kRoot, 2);
  ASSERT_TRUE(root_register(u256(2), u256(1)));
  ASSERT_TRUE(root_register(u256(2), u256(3)));
  set_root_stake(u256(1), 100);
  set_root_stake(u256(3), 50);
  set_root_stake(u256(5), 60);
  step_block(1);
  ASSERT_TRUE(root_register(u256(2), u256(5)));
  // uid 1 (stake 50) is the strictly smallest; 50 < 60.
  EXPECT_EQ(subnetwork_n(kRoot), 2);
  EXPECT_EQ(hotkey_at(kRoot, 0), u256(1));
  EXPECT_EQ(hotkey_at(kRoot, 1), u256(5));
  EXPECT_FALSE(uid_of(kRoot, u256(3)).has_value());
  EXPECT_EQ(st::BlockAtRegistration::get(overlay_, kRoot, Uid(1)), 2u);
  EXPECT_TRUE(has_event(st::event::NeuronRegistered{kRoot, Uid(1), u256(5)}));
}

TEST_F(RootRegisterTest, FullRootNeedsMoreStakeThanTheLowest) {
  add_root();
  set_max_allowed_uids(kRoot, 2);
  ASSERT_TRUE(root_register(u256(2), u256(1)));
  ASSERT_TRUE(root_register(u256(2), u256(3)));
  step_block(1);
  // All stakes 0: 0 < 0 fails.
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(5)),
                  err(Error::kStakeTooLowForRoot));
  set_root_stake(u256(1), 70);
  set_root_stake(u256(3), 60);
  set_root_stake(u256(5), 60);  // equal to the lowest: still too low
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(5)),
                  err(Error::kStakeTooLowForRoot));
}

TEST_F(RootRegisterTest, TiesGoToTheFirstUidInStorageOrder) {
  // Keys[0, uid] is Identity-hashed: little-endian uid bytes. With 257 root neurons the order is
  // uid 0, 256, 1, 2, ...; with every stake equal to 5 the first strictly smallest is uid 0, and
  // making uid 0 the largest leaves uid 256 first in that order.
  add_root();
  set_max_allowed_uids(kRoot, 257);
  for (uint16_t i = 0; i < 257; ++i) {
    st::append_neuron(overlay_, kRoot, u256(1000 + i), 1);
    set_root_stake(u256(1000 + i), 5);
  }
  set_root_stake(u256(1000), 9);
  set_root_stake(u256(7), 6);
  ASSERT_TRUE(root_register(u256(2), u256(7)));
  EXPECT_EQ(hotkey_at(kRoot, 256), u256(7));
  EXPECT_EQ(hotkey_at(kRoot, 1), u256(1001));
}

TEST_F(RootRegisterTest, ReplacingTheOwnerHotkeyFailsInJoinSenate) {
  // replace_neuron never replaces SubnetOwnerHotkey[0]; upstream's join_senate_if_eligible then
  // finds the hotkey without a root UID and the whole call fails.
  add_root();
  set_max_allowed_uids(kRoot, 1);
  ASSERT_TRUE(root_register(u256(2), u256(1)));
  st::SubnetOwnerHotkey::insert(overlay_, kRoot, u256(1));
  set_root_stake(u256(5), 10);
  step_block(1);
  expect_rejected(Origin::signed_by(u256(2)), root_register_call(u256(5)),
                  err(Error::kHotKeyNotRegisteredInSubNet));
}

}  // namespace
}  // namespace subemu::runtime::testing
