// increase_take / decrease_take / become_delegate / try_associate_hotkey (take.hpp,
// move_calls.cpp), on the unit-test mock (mock.hpp: MinDelegateTake 5,898 (9%), MaxDelegateTake =
// InitialDefaultDelegateTake 11,796 (18%), TxDelegateTakeRateLimit 1).
//
// Ported from subtensor v3.0.0 pallets/subtensor/src/tests/staking.rs with their names, inputs
// and assertions: test_delegate_take_can_be_decreased, test_can_set_min_take_ok,
// test_delegate_take_can_not_be_increased_with_decrease_take,
// test_delegate_take_can_be_increased,
// test_delegate_take_can_not_be_decreased_with_increase_take,
// test_delegate_take_can_be_increased_to_limit,
// test_delegate_take_can_not_be_increased_beyond_limit,
// test_rate_limits_enforced_on_increase_take,
// test_rate_limits_enforced_on_decrease_before_increase_take. Upstream calls do_*_take directly
// and checks the error (assert_err / assert_eq Err); here the calls are dispatched and a refusal
// also asserts an unchanged state. TakeEdges: origins, unknown / foreign hotkeys, events, the
// deprecated become_delegate and try_associate_hotkey.
#include "runtime/pallets/subtensor/staking/take.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/utils/rate_limiting.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::Origin;
using testing::u256;

constexpr uint8_t kBecomeDelegate = 1, kDecreaseTake = 65, kIncreaseTake = 66,
                  kTryAssociateHotkey = 91;

class StakingTakeTest : public testing::SubtensorTest {
 protected:
  // The common start: coldkey 3 with 100,000 rao registers hotkey 1 on subnet 1.
  void SetUp() override {
    add_balance(coldkey0_, 100'000);
    add_network(netuid_, 1, 0);
    register_ok_neuron(netuid_, hotkey0_, coldkey0_, 124124);
  }
  uint16_t min_take() const { return MinDelegateTake::get(env_); }  // get_min_delegate_take
  uint16_t max_take() const { return MaxDelegateTake::get(env_); }  // get_max_delegate_take
  uint16_t hotkey_take() const { return get_hotkey_take(env_, hotkey0_); }
  static uint16_t initial_default_delegate_take() {
    return frame::test_config().subtensor.initial_default_delegate_take;
  }
  static uint16_t initial_tx_delegate_take_rate_limit() {
    return static_cast<uint16_t>(
        frame::test_config().subtensor.initial_tx_delegate_take_rate_limit);
  }
  static Bytes decrease(const AccountId& hotkey, uint16_t take) {
    return st_call(kDecreaseTake, hotkey, take);
  }
  static Bytes increase(const AccountId& hotkey, uint16_t take) {
    return st_call(kIncreaseTake, hotkey, take);
  }
  void ok(const Bytes& call) {
    auto r = signed_call(coldkey0_, call);
    ASSERT_TRUE(r.has_value()) << "call failed";
  }
  void refused(const Bytes& call, Error e) {
    expect_rejected(Origin::signed_by(coldkey0_), call, error(e));
  }

  const NetUid netuid_{1};
  const AccountId hotkey0_ = u256(1), coldkey0_ = u256(3);
};

TEST_F(StakingTakeTest, test_delegate_take_can_be_decreased) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  EXPECT_EQ(hotkey_take(), min_take());
  // 5% is under the 9% minimum.
  refused(decrease(hotkey0_, UINT16_MAX / 20), Error::kDelegateTakeTooLow);
}

TEST_F(StakingTakeTest, test_can_set_min_take_ok) {
  Delegates::insert(overlay_, hotkey0_, static_cast<uint16_t>(UINT16_MAX / 10));
  ok(decrease(hotkey0_, min_take()));
  EXPECT_EQ(hotkey_take(), min_take());
}

TEST_F(StakingTakeTest, test_delegate_take_can_not_be_increased_with_decrease_take) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  refused(decrease(hotkey0_, max_take()), Error::kDelegateTakeTooLow);
  EXPECT_EQ(hotkey_take(), min_take());
}

TEST_F(StakingTakeTest, test_delegate_take_can_be_increased) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  EXPECT_EQ(hotkey_take(), min_take());
  step_block(static_cast<uint16_t>(1 + initial_tx_delegate_take_rate_limit()));
  ok(increase(hotkey0_, UINT16_MAX / 8));
  EXPECT_EQ(hotkey_take(), UINT16_MAX / 8);
}

TEST_F(StakingTakeTest, test_delegate_take_can_not_be_decreased_with_increase_take) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  EXPECT_EQ(hotkey_take(), min_take());
  refused(increase(hotkey0_, UINT16_MAX / 20), Error::kDelegateTakeTooLow);
  EXPECT_EQ(hotkey_take(), min_take());
}

TEST_F(StakingTakeTest, test_delegate_take_can_be_increased_to_limit) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  EXPECT_EQ(hotkey_take(), min_take());
  step_block(static_cast<uint16_t>(1 + initial_tx_delegate_take_rate_limit()));
  ok(increase(hotkey0_, initial_default_delegate_take()));
  EXPECT_EQ(hotkey_take(), initial_default_delegate_take());
}

TEST_F(StakingTakeTest, test_delegate_take_can_not_be_increased_beyond_limit) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  EXPECT_EQ(hotkey_take(), min_take());
  ASSERT_NE(initial_default_delegate_take(), UINT16_MAX);
  refused(increase(hotkey0_, static_cast<uint16_t>(initial_default_delegate_take() + 1)),
          Error::kDelegateTakeTooHigh);
  EXPECT_EQ(hotkey_take(), min_take());
}

TEST_F(StakingTakeTest, test_rate_limits_enforced_on_increase_take) {
  Delegates::insert(overlay_, hotkey0_, min_take());
  EXPECT_EQ(hotkey_take(), min_take());
  // Increase take first time
  ok(increase(hotkey0_, static_cast<uint16_t>(min_take() + 1)));
  // Increase again
  refused(increase(hotkey0_, static_cast<uint16_t>(min_take() + 2)),
          Error::kDelegateTxRateLimitExceeded);
  EXPECT_EQ(hotkey_take(), min_take() + 1);
  step_block(static_cast<uint16_t>(1 + initial_tx_delegate_take_rate_limit()));
  // Can increase after waiting
  ok(increase(hotkey0_, static_cast<uint16_t>(min_take() + 2)));
  EXPECT_EQ(hotkey_take(), min_take() + 2);
}

TEST_F(StakingTakeTest, test_rate_limits_enforced_on_decrease_before_increase_take) {
  Delegates::insert(overlay_, hotkey0_, static_cast<uint16_t>(min_take() + 1));
  EXPECT_EQ(hotkey_take(), min_take() + 1);
  ok(decrease(hotkey0_, min_take()));
  EXPECT_EQ(hotkey_take(), min_take());
  // Increase take immediately after
  refused(increase(hotkey0_, static_cast<uint16_t>(min_take() + 1)),
          Error::kDelegateTxRateLimitExceeded);
  EXPECT_EQ(hotkey_take(), min_take());
  step_block(static_cast<uint16_t>(1 + initial_tx_delegate_take_rate_limit()));
  ok(increase(hotkey0_, static_cast<uint16_t>(min_take() + 1)));
  EXPECT_EQ(hotkey_take(), min_take() + 1);
}

// ---- edges ------------------------------------------------------------------------------------

TEST_F(StakingTakeTest, TakeEdges_origins_and_keys) {
  expect_rejected(Origin::root(), increase(hotkey0_, 6'000), frame::DispatchError::bad_origin());
  expect_rejected(Origin::none(), decrease(hotkey0_, 6'000), frame::DispatchError::bad_origin());
  // Unknown hotkey before ownership; a foreign coldkey.
  refused(increase(u256(77), 6'000), Error::kHotKeyAccountNotExists);
  refused(decrease(u256(77), 6'000), Error::kHotKeyAccountNotExists);
  expect_rejected(Origin::signed_by(u256(78)), increase(hotkey0_, 6'000),
                  error(Error::kNonAssociatedColdKey));
  expect_rejected(Origin::signed_by(u256(78)), decrease(hotkey0_, 6'000),
                  error(Error::kNonAssociatedColdKey));
}

TEST_F(StakingTakeTest, TakeEdges_bounds_without_entry) {
  // No Delegates entry: only the bounds apply (the default 11,796 is not compared).
  ASSERT_FALSE(Delegates::contains_key(overlay_, hotkey0_));
  refused(decrease(hotkey0_, static_cast<uint16_t>(min_take() - 1)), Error::kDelegateTakeTooLow);
  refused(increase(hotkey0_, static_cast<uint16_t>(max_take() + 1)), Error::kDelegateTakeTooHigh);
  // Strictness with an entry: equal is refused both ways.
  Delegates::insert(overlay_, hotkey0_, uint16_t{7'000});
  refused(increase(hotkey0_, 7'000), Error::kDelegateTakeTooLow);
  refused(decrease(hotkey0_, 7'000), Error::kDelegateTakeTooLow);
}

TEST_F(StakingTakeTest, TakeEdges_writes_and_events) {
  Delegates::insert(overlay_, hotkey0_, uint16_t{7'000});
  system::reset_events(env_);
  ok(decrease(hotkey0_, 6'000));
  EXPECT_EQ(hotkey_take(), 6'000);
  EXPECT_EQ(get_last_tx_block_delegate_take(overlay_, hotkey0_), 1u);
  EXPECT_EQ(events().back(), ev(event::TakeDecreased{coldkey0_, hotkey0_, 6'000}));
  // Exactly `limit` blocks later is still limited (exceeds: current - last <= limit).
  step_block(1);
  refused(increase(hotkey0_, 6'500), Error::kDelegateTxRateLimitExceeded);
  step_block(1);
  system::reset_events(env_);
  ok(increase(hotkey0_, 6'500));
  EXPECT_EQ(get_last_tx_block_delegate_take(overlay_, hotkey0_), 3u);
  EXPECT_EQ(events().back(), ev(event::TakeIncreased{coldkey0_, hotkey0_, 6'500}));
}

TEST_F(StakingTakeTest, TakeEdges_become_delegate_is_a_no_op) {
  const auto before = dump();
  for (const Origin& o : {Origin::signed_by(coldkey0_), Origin::root(), Origin::none()}) {
    auto r = dispatch(o, st_call(kBecomeDelegate, hotkey0_));
    EXPECT_TRUE(r.has_value());
  }
  EXPECT_EQ(dump(), before);
  EXPECT_FALSE(Delegates::contains_key(overlay_, hotkey0_));
}

TEST_F(StakingTakeTest, TakeEdges_try_associate_hotkey) {
  const AccountId coldkey = u256(20), hotkey = u256(21);
  auto r = signed_call(coldkey, st_call(kTryAssociateHotkey, hotkey));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(owning_coldkey_for_hotkey(overlay_, hotkey), coldkey);
  EXPECT_EQ(OwnedHotkeys::get(overlay_, coldkey), std::vector<AccountId>{hotkey});
  EXPECT_EQ(StakingHotkeys::get(overlay_, coldkey), std::vector<AccountId>{hotkey});
  // Already owned by someone else: Ok, nothing changes.
  const auto before = dump();
  r = signed_call(u256(22), st_call(kTryAssociateHotkey, hotkey));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(dump(), before);
  // Unsigned.
  expect_rejected(Origin::root(), st_call(kTryAssociateHotkey, u256(23)),
                  frame::DispatchError::bad_origin());
}


// staking2.rs test_try_associate_hotkey (call 91).
class Staking2AssociateTest : public testing::SubtensorTest {};

TEST_F(Staking2AssociateTest, test_try_associate_hotkey) {
  const AccountId hotkey1 = u256(1), coldkey1 = u256(2), coldkey2 = u256(3);
  EXPECT_FALSE(hotkey_account_exists(overlay_, hotkey1));
  ASSERT_TRUE(signed_call(coldkey1, st_call(91, hotkey1)).has_value());
  EXPECT_TRUE(hotkey_account_exists(overlay_, hotkey1));
  EXPECT_EQ(owning_coldkey_for_hotkey(overlay_, hotkey1), coldkey1);
  const std::vector<AccountId> owned1 = OwnedHotkeys::get(overlay_, coldkey1);
  EXPECT_NE(owned1.size(), 0u);
  EXPECT_NE(std::find(owned1.begin(), owned1.end(), hotkey1), owned1.end());
  // The call pays a fee.
  const auto info = frame::call_info(env_.registry, st_call(91, hotkey1));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->pays_fee, frame::Pays::kYes);
  EXPECT_EQ(OwnedHotkeys::get(overlay_, coldkey2).size(), 0u);
  // A second coldkey cannot take the hotkey over: Ok, no effect.
  ASSERT_TRUE(signed_call(coldkey2, st_call(91, hotkey1)).has_value());
  EXPECT_EQ(owning_coldkey_for_hotkey(overlay_, hotkey1), coldkey1);
  const std::vector<AccountId> owned1_after = OwnedHotkeys::get(overlay_, coldkey1);
  EXPECT_NE(std::find(owned1_after.begin(), owned1_after.end(), hotkey1), owned1_after.end());
  EXPECT_EQ(OwnedHotkeys::get(overlay_, coldkey2).size(), 0u);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
