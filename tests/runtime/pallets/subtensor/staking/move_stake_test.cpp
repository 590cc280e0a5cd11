// move_stake / transfer_stake / swap_stake / swap_stake_limit and their signed-extension arms
// (move_stake.hpp), on the unit-test mock (mock.hpp).
//
// Ported from subtensor v3.0.0 pallets/subtensor/src/tests with their names, inputs and asserted
// numbers: every test of move_stake.rs, and from staking.rs test_max_amount_move_* (5) and
// test_move_stake_limit_partial. Upstream's do_* calls are dispatched here through the call
// descriptors (our dispatch is #[transactional] as upstream's; a failing validation writes
// nothing in either). Where upstream asserts with a tolerance (assert_abs_diff_eq!), the
// tolerance is asserted as upstream writes it, and our exact value is pinned next to it (marked
// "exact"); those pinned values are ours, consistent with upstream's tolerance, not produced by
// upstream's code. assert_noop! becomes expect_rejected (the exact error and an unchanged state,
// events included).
//
// The tests after them (MoveStakeEdges) cover the bad inputs with their exact error and an
// unchanged state, and the limit-price paths.
#include "runtime/pallets/subtensor/staking/move_stake.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/signed_extension.hpp"
#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/share_pool.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/balance.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::Origin;
using testing::u256;

constexpr uint64_t kMinStake = kDefaultMinStake;  // DefaultMinStake::<Test>::get()
constexpr uint64_t kFee = kDefaultStakingFee;     // DefaultStakingFee::<Test>::get()

uint64_t abs_diff(uint64_t a, uint64_t b) { return a > b ? a - b : b - a; }

// assert_abs_diff_eq!(a, b, epsilon = e)
#define EXPECT_ABS_DIFF_EQ(a, b, e)                                                             \
  do {                                                                                          \
    const uint64_t a_ = (a), b_ = (b), e_ = (e);                                                \
    EXPECT_LE(abs_diff(a_, b_), e_) << #a " = " << a_ << ", " #b " = " << b_ << ", eps " << e_; \
  } while (0)

class MoveStakeTest : public testing::SubtensorTest {
 protected:
  explicit MoveStakeTest(uint64_t start_block = 1) : SubtensorTest(start_block) {}

  uint64_t stake(const AccountId& hotkey, const AccountId& coldkey, NetUid netuid) const {
    return get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, coldkey, netuid);
  }
  void create_account(const AccountId& coldkey, const AccountId& hotkey) {
    create_account_if_non_existent(overlay_, coldkey, hotkey);
  }
  uint64_t stake_into(const AccountId& hotkey, const AccountId& coldkey, NetUid netuid,
                      uint64_t tao, uint64_t fee) {
    return stake_into_subnet(env_, hotkey, coldkey, netuid, tao, fee);
  }
  U96F32 price(NetUid netuid) const { return get_alpha_price(overlay_, netuid); }
  void set_reserves(NetUid netuid, uint64_t tao, uint64_t alpha_in) {
    SubnetTAO::insert(overlay_, netuid, TaoBalance(tao));
    SubnetAlphaIn::insert(overlay_, netuid, AlphaBalance(alpha_in));
  }

  static Bytes move_call(const AccountId& origin_hotkey, const AccountId& destination_hotkey,
                         NetUid origin_netuid, NetUid destination_netuid, uint64_t alpha) {
    return st_call(kMoveStakeCall, origin_hotkey, destination_hotkey, origin_netuid,
                   destination_netuid, alpha);
  }
  static Bytes transfer_call(const AccountId& destination_coldkey, const AccountId& hotkey,
                             NetUid origin_netuid, NetUid destination_netuid, uint64_t alpha) {
    return st_call(kTransferStakeCall, destination_coldkey, hotkey, origin_netuid,
                   destination_netuid, alpha);
  }
  static Bytes swap_call(const AccountId& hotkey, NetUid origin_netuid, NetUid destination_netuid,
                         uint64_t alpha) {
    return st_call(kSwapStakeCall, hotkey, origin_netuid, destination_netuid, alpha);
  }
  static Bytes swap_limit_call(const AccountId& hotkey, NetUid origin_netuid,
                               NetUid destination_netuid, uint64_t alpha, uint64_t limit_price,
                               bool allow_partial) {
    return st_call(kSwapStakeLimitCall, hotkey, origin_netuid, destination_netuid, alpha,
                   limit_price, allow_partial);
  }
  void ok(const AccountId& who, const Bytes& call) {
    auto r = signed_call(who, call);
    ASSERT_TRUE(r.has_value()) << "call failed";
  }
  // The SubtensorSignedExtension arm for a SubtensorModule call built with st_call.
  frame::extrinsic::TransactionValidity validate(const AccountId& who, const Bytes& call) const {
    auto v = validate_stake_transition_extension(env_, who, call[1], ByteView(call).subspan(2));
    EXPECT_TRUE(v.has_value());
    return *v;
  }
};

class MoveStakeTest0 : public MoveStakeTest {
 protected:
  MoveStakeTest0() : MoveStakeTest(0) {}  // new_test_ext(0)
};

frame::DispatchError err(Error e) { return error(e); }
void expect_custom(const frame::extrinsic::TransactionValidity& v, CustomTransactionError e) {
  ASSERT_FALSE(v.has_value());
  EXPECT_EQ(v.error(), custom_error(e));
}

// ---- move_stake.rs --------------------------------------------------------------------------

TEST_F(MoveStakeTest, test_do_move_success) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);
  stake_into(origin_hotkey, coldkey, netuid, stake_amount, kFee);
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);

  ok(coldkey, move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha));

  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), 0u);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, netuid), stake_amount - 2 * kFee,
                     stake_amount / 1000);
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 4'899'757u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_different_subnets) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);
  stake_into(origin_hotkey, coldkey, origin_netuid, stake_amount, kFee);
  const uint64_t alpha = stake(origin_hotkey, coldkey, origin_netuid);

  ok(coldkey,
     move_call(origin_hotkey, destination_hotkey, origin_netuid, destination_netuid, alpha));

  EXPECT_EQ(stake(origin_hotkey, coldkey, origin_netuid), 0u);
  const U96F32 alpha_fee = U96F32::from_num(kFee) / price(destination_netuid);
  const U96F32 expected_value =
      U96F32::from_num(alpha) * price(origin_netuid) / price(destination_netuid);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, destination_netuid),
                     (expected_value - alpha_fee).to_num<uint64_t>(),
                     (expected_value / U96F32::from_num(1000)).to_num<uint64_t>());
  EXPECT_EQ(stake(destination_hotkey, coldkey, destination_netuid), 4'899'760u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_nonexistent_subnet) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const NetUid nonexistent_netuid{99};
  const uint64_t stake_amount = 1'000'000;
  stake_into(origin_hotkey, coldkey, origin_netuid, stake_amount, 0);
  const uint64_t alpha = stake(origin_hotkey, coldkey, origin_netuid);

  expect_rejected(
      Origin::signed_by(coldkey),
      move_call(origin_hotkey, destination_hotkey, origin_netuid, nonexistent_netuid, alpha),
      err(Error::kSubnetNotExists));

  EXPECT_ABS_DIFF_EQ(stake(origin_hotkey, coldkey, origin_netuid), stake_amount, 100);
  EXPECT_EQ(stake(origin_hotkey, coldkey, origin_netuid), 999'990u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_nonexistent_origin_hotkey) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), nonexistent_origin_hotkey = u256(99),
                  destination_hotkey = u256(3);
  expect_rejected(Origin::signed_by(coldkey),
                  move_call(nonexistent_origin_hotkey, destination_hotkey, netuid, netuid, 123),
                  err(Error::kHotKeyAccountNotExists));
  EXPECT_EQ(stake(nonexistent_origin_hotkey, coldkey, netuid), 0u);
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 0u);
}

TEST_F(MoveStakeTest, test_do_move_nonexistent_destination_hotkey) {
  const AccountId coldkey = u256(1), origin_hotkey = u256(2),
                  nonexistent_destination_hotkey = u256(99);
  const NetUid netuid{1};
  const uint64_t stake_amount = 1'000'000;
  create_account(coldkey, origin_hotkey);
  const uint64_t alpha = stake_into(origin_hotkey, coldkey, netuid, stake_amount, 0);
  add_network(netuid, 1, 0);
  expect_rejected(Origin::signed_by(coldkey),
                  move_call(origin_hotkey, nonexistent_destination_hotkey, netuid, netuid, alpha),
                  err(Error::kHotKeyAccountNotExists));
  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), stake_amount);
  EXPECT_EQ(stake(nonexistent_destination_hotkey, coldkey, netuid), 0u);
}

TEST_F(MoveStakeTest, test_do_move_all_stake) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  stake_into(origin_hotkey, coldkey, netuid, stake_amount, kFee);
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);

  ok(coldkey, move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha));

  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), 0u);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, netuid), stake_amount - 2 * kFee,
                     stake_amount / 1000);
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 4'899'757u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_half_stake) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  stake_into(origin_hotkey, coldkey, netuid, stake_amount, kFee);
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);

  ok(coldkey, move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha / 2));

  EXPECT_ABS_DIFF_EQ(stake(origin_hotkey, coldkey, netuid), alpha / 2, alpha / 1000);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, netuid), alpha / 2 - kFee, alpha / 1000);
  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), 2'474'877u);       // exact
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 2'424'880u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_partial_stake) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t total_stake = kMinStake * 10;
  stake_into(origin_hotkey, coldkey, netuid, total_stake, kFee);
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);

  ok(coldkey, move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha));

  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), 0u);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, netuid), total_stake - 2 * kFee,
                     total_stake / 1000);
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 4'899'757u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_multiple_times) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey1 = u256(2), hotkey2 = u256(3);
  const uint64_t initial_stake = kMinStake * 10;
  create_account(coldkey, hotkey1);
  create_account(coldkey, hotkey2);
  stake_into(hotkey1, coldkey, netuid, initial_stake, kFee);

  for (int i = 0; i < 3; ++i) {
    const uint64_t alpha1 = stake(hotkey1, coldkey, netuid);
    ok(coldkey, move_call(hotkey1, hotkey2, netuid, netuid, alpha1));
    const uint64_t alpha2 = stake(hotkey2, coldkey, netuid);
    ok(coldkey, move_call(hotkey2, hotkey1, netuid, netuid, alpha2));
  }

  EXPECT_ABS_DIFF_EQ(stake(hotkey1, coldkey, netuid), initial_stake - 7 * kFee,
                     initial_stake / 1000);
  EXPECT_EQ(stake(hotkey1, coldkey, netuid), 4'649'769u);  // exact
  EXPECT_EQ(stake(hotkey2, coldkey, netuid), 0u);
}

TEST_F(MoveStakeTest, test_do_move_wrong_origin) {
  const AccountId coldkey = u256(1), wrong_coldkey = u256(99), origin_hotkey = u256(2),
                  destination_hotkey = u256(3);
  const NetUid netuid{1};
  const uint64_t stake_amount = kMinStake * 10;
  stake_into(origin_hotkey, coldkey, netuid, stake_amount, 0);
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);
  add_network(netuid, 1, 0);
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);

  expect_rejected(Origin::signed_by(wrong_coldkey),
                  move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha),
                  err(Error::kNotEnoughStakeToWithdraw));

  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), stake_amount);
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 0u);
}

TEST_F(MoveStakeTest, test_do_move_same_hotkey) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, netuid, stake_amount, kFee);
  const uint64_t alpha = stake(hotkey, coldkey, netuid);

  ok(coldkey, move_call(hotkey, hotkey, netuid, netuid, alpha));

  EXPECT_ABS_DIFF_EQ(stake(hotkey, coldkey, netuid), alpha - kFee, alpha / 1000);
  EXPECT_EQ(stake(hotkey, coldkey, netuid), 4'899'757u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_event_emission) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);
  stake_into(origin_hotkey, coldkey, netuid, stake_amount, 0);  // use 0 fee for precision
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);

  system::reset_events(env_);
  ok(coldkey, move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha));

  // System::assert_last_event: the TAO equivalent.
  const auto all = events();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back(), ev(event::StakeMoved{coldkey, origin_hotkey, netuid, destination_hotkey,
                                             netuid, TaoBalance(stake_amount - kFee - 1)}));
}

TEST_F(MoveStakeTest, test_do_move_storage_updates) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  stake_into(origin_hotkey, coldkey, origin_netuid, stake_amount, kFee);
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);
  const uint64_t alpha = stake(origin_hotkey, coldkey, origin_netuid);

  ok(coldkey,
     move_call(origin_hotkey, destination_hotkey, origin_netuid, destination_netuid, alpha));

  EXPECT_EQ(stake(origin_hotkey, coldkey, origin_netuid), 0u);
  const U96F32 alpha_fee = U96F32::from_num(kFee) / price(destination_netuid);
  const U96F32 alpha2 = U96F32::from_num(alpha) * price(origin_netuid) / price(destination_netuid);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, destination_netuid),
                     (alpha2 - alpha_fee).to_num<uint64_t>(), alpha / 1000);
  EXPECT_EQ(stake(destination_hotkey, coldkey, destination_netuid), 4'899'760u);  // exact
}

TEST_F(MoveStakeTest, test_do_move_max_values) {
  const AccountId coldkey = u256(1), origin_hotkey = u256(2), destination_hotkey = u256(3);
  const uint64_t max_stake = UINT64_MAX;
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  create_account(coldkey, origin_hotkey);
  create_account(coldkey, destination_hotkey);
  // Add lots of liquidity to bypass low liquidity check
  set_reserves(netuid, UINT64_MAX / 1000, UINT64_MAX / 1000);
  stake_into(origin_hotkey, coldkey, netuid, max_stake, 0);
  const uint64_t alpha = stake(origin_hotkey, coldkey, netuid);

  ok(coldkey, move_call(origin_hotkey, destination_hotkey, netuid, netuid, alpha));

  EXPECT_EQ(stake(origin_hotkey, coldkey, netuid), 0u);
  EXPECT_ABS_DIFF_EQ(stake(destination_hotkey, coldkey, netuid), alpha, alpha / 1'000'000);
  EXPECT_EQ(alpha, 18'428'315'757'951'599u);                                       // exact
  EXPECT_EQ(stake(destination_hotkey, coldkey, netuid), 18'428'315'757'951'573u);  // exact
}

TEST_F(MoveStakeTest, test_moving_too_little_unstakes) {
  const AccountId hotkey_account_id = u256(533453), coldkey_account_id = u256(55453);
  const uint64_t amount = kMinStake;
  const NetUid netuid = add_dynamic_network(hotkey_account_id, coldkey_account_id);
  const NetUid netuid2 = add_dynamic_network(hotkey_account_id, coldkey_account_id);
  add_balance(coldkey_account_id, amount + kFee);
  ok(coldkey_account_id, st_call(2, hotkey_account_id, netuid, amount + kFee));  // add_stake

  const auto r = signed_call(coldkey_account_id,
                             move_call(hotkey_account_id, hotkey_account_id, netuid, netuid2, 1));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, err(Error::kAmountTooLow));
}

TEST_F(MoveStakeTest, test_do_transfer_success) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId origin_coldkey = u256(1), destination_coldkey = u256(2), hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(origin_coldkey, hotkey);
  create_account(destination_coldkey, hotkey);
  stake_into(hotkey, origin_coldkey, netuid, stake_amount, 0);
  const uint64_t alpha = stake(hotkey, origin_coldkey, netuid);

  ok(origin_coldkey, transfer_call(destination_coldkey, hotkey, netuid, netuid, alpha));

  EXPECT_EQ(stake(hotkey, origin_coldkey, netuid), 0u);
  EXPECT_ABS_DIFF_EQ(stake(hotkey, destination_coldkey, netuid), stake_amount - kFee,
                     stake_amount / 1000);
  EXPECT_EQ(stake(hotkey, destination_coldkey, netuid), 4'949'752u);  // exact
}

TEST_F(MoveStakeTest, test_do_transfer_nonexistent_subnet) {
  const AccountId origin_coldkey = u256(1), destination_coldkey = u256(2), hotkey = u256(3);
  const NetUid nonexistent_netuid{9999};
  expect_rejected(Origin::signed_by(origin_coldkey),
                  transfer_call(destination_coldkey, hotkey, nonexistent_netuid, nonexistent_netuid,
                                kMinStake * 5),
                  err(Error::kSubnetNotExists));
}

TEST_F(MoveStakeTest, test_do_transfer_nonexistent_hotkey) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  expect_rejected(Origin::signed_by(u256(1)),
                  transfer_call(u256(2), u256(999), netuid, netuid, 100),
                  err(Error::kHotKeyAccountNotExists));
}

TEST_F(MoveStakeTest, test_do_transfer_insufficient_stake) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId origin_coldkey = u256(1), destination_coldkey = u256(2), hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(origin_coldkey, hotkey);
  stake_into(hotkey, origin_coldkey, netuid, stake_amount, 0);
  expect_rejected(Origin::signed_by(origin_coldkey),
                  transfer_call(destination_coldkey, hotkey, netuid, netuid, stake_amount * 2),
                  err(Error::kNotEnoughStakeToWithdraw));
}

TEST_F(MoveStakeTest, test_do_transfer_wrong_origin) {
  const NetUid netuid = add_dynamic_network(u256(1011), u256(1010));
  const AccountId origin_coldkey = u256(1), wrong_coldkey = u256(9999),
                  destination_coldkey = u256(2), hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(origin_coldkey, hotkey);
  add_balance(origin_coldkey, stake_amount + kFee);
  stake_into(hotkey, origin_coldkey, netuid, stake_amount, kFee);
  expect_rejected(Origin::signed_by(wrong_coldkey),
                  transfer_call(destination_coldkey, hotkey, netuid, netuid, stake_amount),
                  err(Error::kNotEnoughStakeToWithdraw));
}

TEST_F(MoveStakeTest, test_do_transfer_minimum_stake_check) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId origin_coldkey = u256(1), destination_coldkey = u256(2), hotkey = u256(3);
  create_account(origin_coldkey, hotkey);
  stake_into(hotkey, origin_coldkey, netuid, kMinStake, 0);
  expect_rejected(Origin::signed_by(origin_coldkey),
                  transfer_call(destination_coldkey, hotkey, netuid, netuid, 1),
                  err(Error::kAmountTooLow));
}

TEST_F(MoveStakeTest, test_do_transfer_different_subnets) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId origin_coldkey = u256(1), destination_coldkey = u256(2), hotkey = u256(3);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(origin_coldkey, hotkey);
  create_account(destination_coldkey, hotkey);
  add_balance(origin_coldkey, 1'000'000'000);
  stake_into(hotkey, origin_coldkey, origin_netuid, stake_amount, 0);
  const uint64_t alpha = stake(hotkey, origin_coldkey, origin_netuid);

  ok(origin_coldkey,
     transfer_call(destination_coldkey, hotkey, origin_netuid, destination_netuid, alpha));

  EXPECT_EQ(stake(hotkey, origin_coldkey, origin_netuid), 0u);
  const uint64_t dest_stake = stake(hotkey, destination_coldkey, destination_netuid);
  const U96F32 expected_value = U96F32::from_num(stake_amount - kFee) / price(destination_netuid);
  EXPECT_ABS_DIFF_EQ(dest_stake, expected_value.to_num<uint64_t>(),
                     (expected_value / U96F32::from_num(1000)).to_num<uint64_t>());
  EXPECT_EQ(dest_stake, 4'949'753u);  // exact
}

TEST_F(MoveStakeTest, test_do_swap_success) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, origin_netuid, stake_amount, 0);
  const uint64_t alpha_before = stake(hotkey, coldkey, origin_netuid);

  ok(coldkey, swap_call(hotkey, origin_netuid, destination_netuid, alpha_before));

  EXPECT_EQ(stake(hotkey, coldkey, origin_netuid), 0u);
  const uint64_t alpha_after = stake(hotkey, coldkey, destination_netuid);
  const U96F32 alpha_fee = U96F32::from_num(kFee) / price(destination_netuid);
  const U96F32 expected_value =
      U96F32::from_num(alpha_before) * price(origin_netuid) / price(destination_netuid);
  EXPECT_ABS_DIFF_EQ(alpha_after, (expected_value - alpha_fee).to_num<uint64_t>(),
                     (expected_value / U96F32::from_num(1000)).to_num<uint64_t>());
  EXPECT_EQ(alpha_after, 4'949'753u);  // exact
}

TEST_F(MoveStakeTest, test_do_swap_nonexistent_subnet) {
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const NetUid nonexistent_netuid{9999};
  create_account(coldkey, hotkey);
  expect_rejected(Origin::signed_by(coldkey),
                  swap_call(hotkey, nonexistent_netuid, nonexistent_netuid, 1'000'000),
                  err(Error::kSubnetNotExists));
}

TEST_F(MoveStakeTest, test_do_swap_nonexistent_hotkey) {
  const NetUid netuid1 = add_dynamic_network(u256(1002), u256(1001));
  const NetUid netuid2 = add_dynamic_network(u256(1002), u256(1001));
  expect_rejected(Origin::signed_by(u256(1)), swap_call(u256(999), netuid1, netuid2, 10'000),
                  err(Error::kHotKeyAccountNotExists));
}

TEST_F(MoveStakeTest, test_do_swap_insufficient_stake) {
  const NetUid netuid1 = add_dynamic_network(u256(1002), u256(1001));
  const NetUid netuid2 = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = kMinStake * 5;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, netuid1, stake_amount, 0);
  expect_rejected(Origin::signed_by(coldkey), swap_call(hotkey, netuid1, netuid2, stake_amount * 2),
                  err(Error::kNotEnoughStakeToWithdraw));
}

TEST_F(MoveStakeTest, test_do_swap_wrong_origin) {
  const NetUid netuid1 = add_dynamic_network(u256(1011), u256(1010));
  const NetUid netuid2 = add_dynamic_network(u256(1011), u256(1010));
  const AccountId real_coldkey = u256(1), wrong_coldkey = u256(9999), hotkey = u256(3);
  const uint64_t stake_amount = 100'000;
  create_account(real_coldkey, hotkey);
  stake_into(hotkey, real_coldkey, netuid1, stake_amount, 0);
  expect_rejected(Origin::signed_by(wrong_coldkey),
                  swap_call(hotkey, netuid1, netuid2, stake_amount),
                  err(Error::kNotEnoughStakeToWithdraw));
}

TEST_F(MoveStakeTest, test_do_swap_minimum_stake_check) {
  const NetUid netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(3);
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, netuid, kMinStake, 0);
  expect_rejected(Origin::signed_by(coldkey), swap_call(hotkey, netuid, netuid, 1),
                  err(Error::kAmountTooLow));
}

TEST_F(MoveStakeTest, test_do_swap_same_subnet) {
  const NetUid netuid = add_dynamic_network(u256(1101), u256(1100));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, netuid, stake_amount, 0);
  const uint64_t alpha_before = stake(hotkey, coldkey, netuid);
  // Upstream swaps the fee into the pool here (a write of the test itself).
  const uint64_t fee_as_alpha = swap_tao_for_alpha(env_, netuid, kFee);

  ok(coldkey, swap_call(hotkey, netuid, netuid, alpha_before));

  const uint64_t alpha_after = stake(hotkey, coldkey, netuid);
  EXPECT_ABS_DIFF_EQ(alpha_after, alpha_before - fee_as_alpha, alpha_after / 10000);
  EXPECT_EQ(fee_as_alpha, 49'994u);    // exact
  EXPECT_EQ(alpha_after, 4'949'752u);  // exact
}

TEST_F(MoveStakeTest, test_do_swap_partial_stake) {
  const NetUid origin_netuid = add_dynamic_network(u256(1101), u256(1100));
  const NetUid destination_netuid = add_dynamic_network(u256(1101), u256(1100));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t total_stake = kMinStake * 10;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, origin_netuid, total_stake, 0);
  const uint64_t swap_amount = total_stake / 2;

  ok(coldkey, swap_call(hotkey, origin_netuid, destination_netuid, swap_amount));

  EXPECT_ABS_DIFF_EQ(stake(hotkey, coldkey, origin_netuid), total_stake - swap_amount,
                     total_stake / 1000);
  const U96F32 alpha_fee = U96F32::from_num(kFee) / price(destination_netuid);
  const U96F32 expected_value =
      U96F32::from_num(swap_amount) * price(origin_netuid) / price(destination_netuid);
  EXPECT_ABS_DIFF_EQ(stake(hotkey, coldkey, destination_netuid),
                     (expected_value - alpha_fee).to_num<uint64_t>(),
                     (expected_value / U96F32::from_num(1000)).to_num<uint64_t>());
  EXPECT_EQ(stake(hotkey, coldkey, origin_netuid), 2'499'750u);       // exact
  EXPECT_EQ(stake(hotkey, coldkey, destination_netuid), 2'450'126u);  // exact
}

TEST_F(MoveStakeTest, test_do_swap_storage_updates) {
  const NetUid origin_netuid = add_dynamic_network(u256(1301), u256(1300));
  const NetUid destination_netuid = add_dynamic_network(u256(1301), u256(1300));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = kMinStake * 10;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, origin_netuid, stake_amount, 0);
  const uint64_t alpha = stake(hotkey, coldkey, origin_netuid);

  ok(coldkey, swap_call(hotkey, origin_netuid, destination_netuid, alpha));

  EXPECT_EQ(stake(hotkey, coldkey, origin_netuid), 0u);
  const U96F32 alpha_fee = U96F32::from_num(kFee) / price(destination_netuid);
  const U96F32 expected_value =
      U96F32::from_num(alpha) * price(origin_netuid) / price(destination_netuid);
  EXPECT_ABS_DIFF_EQ(stake(hotkey, coldkey, destination_netuid),
                     (expected_value - alpha_fee).to_num<uint64_t>(),
                     (expected_value / U96F32::from_num(1000)).to_num<uint64_t>());
  EXPECT_EQ(stake(hotkey, coldkey, destination_netuid), 4'949'753u);  // exact
}

TEST_F(MoveStakeTest, test_do_swap_multiple_times) {
  const NetUid netuid1 = add_dynamic_network(u256(1501), u256(1500));
  const NetUid netuid2 = add_dynamic_network(u256(1501), u256(1500));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t initial_stake = kMinStake * 10;
  create_account(coldkey, hotkey);
  stake_into(hotkey, coldkey, netuid1, initial_stake, 0);

  uint64_t total_alpha1_fee = 0;
  for (int i = 0; i < 3; ++i) {
    const uint64_t alpha1 = stake(hotkey, coldkey, netuid1);
    if (alpha1 > 0) {
      ok(coldkey, swap_call(hotkey, netuid1, netuid2, alpha1));
      // Upstream swaps the fee into netuid1's pool here (a write of the test itself).
      total_alpha1_fee += swap_tao_for_alpha(env_, netuid1, kFee);
    }
    const uint64_t alpha2 = stake(hotkey, coldkey, netuid2);
    if (alpha2 > 0) {
      ok(coldkey, swap_call(hotkey, netuid2, netuid1, alpha2));
      total_alpha1_fee += swap_tao_for_alpha(env_, netuid1, kFee);
    }
  }

  const uint64_t final_stake_netuid1 = stake(hotkey, coldkey, netuid1);
  const uint64_t final_stake_netuid2 = stake(hotkey, coldkey, netuid2);
  EXPECT_ABS_DIFF_EQ(final_stake_netuid1, initial_stake - total_alpha1_fee, initial_stake / 10000);
  EXPECT_EQ(total_alpha1_fee, 299'980u);       // exact
  EXPECT_EQ(final_stake_netuid1, 4'699'758u);  // exact
  EXPECT_EQ(final_stake_netuid2, 0u);
}

TEST_F(MoveStakeTest, test_do_swap_allows_non_owned_hotkey) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(2), foreign_coldkey = u256(3);
  create_account(foreign_coldkey, hotkey);
  stake_into(hotkey, coldkey, origin_netuid, kMinStake * 10, 0);
  const uint64_t alpha_before = stake(hotkey, coldkey, origin_netuid);
  ok(coldkey, swap_call(hotkey, origin_netuid, destination_netuid, alpha_before));
}

TEST_F(MoveStakeTest0, test_swap_stake_limit_validate) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = 100'000'000'000;
  create_account(coldkey, hotkey);
  const uint64_t unstake_amount = stake_into(hotkey, coldkey, origin_netuid, stake_amount, 0);

  // A limit price that allows almost no slippage.
  const uint64_t limit_price =
      ((price(origin_netuid) / price(destination_netuid)) * U96F32::from_num(1'000'000'000))
          .to_num<uint64_t>() -
      1;
  const auto result = validate(coldkey, swap_limit_call(hotkey, origin_netuid, destination_netuid,
                                                        unstake_amount, limit_price, false));
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error(), custom_error(CustomTransactionError::kSlippageTooHigh));
}

TEST_F(MoveStakeTest0, test_stake_transfers_disabled_validate) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  const AccountId coldkey = u256(1), hotkey = u256(2), destination_coldkey = u256(3);
  create_account(coldkey, hotkey);
  const uint64_t unstake_amount = stake_into(hotkey, coldkey, origin_netuid, 100'000'000'000, 0);
  const Bytes call =
      transfer_call(destination_coldkey, hotkey, origin_netuid, destination_netuid, unstake_amount);

  // Disable transfers in origin subnet
  TransferToggle::insert(overlay_, origin_netuid, false);
  TransferToggle::insert(overlay_, destination_netuid, true);
  auto result1 = validate(coldkey, call);
  ASSERT_FALSE(result1.has_value());
  EXPECT_EQ(result1.error(), custom_error(CustomTransactionError::kTransferDisallowed));

  // Disable transfers in destination subnet
  TransferToggle::insert(overlay_, origin_netuid, true);
  TransferToggle::insert(overlay_, destination_netuid, false);
  auto result2 = validate(coldkey, call);
  ASSERT_FALSE(result2.has_value());
  EXPECT_EQ(result2.error(), custom_error(CustomTransactionError::kTransferDisallowed));

  // Enable transfers
  TransferToggle::insert(overlay_, origin_netuid, true);
  TransferToggle::insert(overlay_, destination_netuid, true);
  auto result3 = validate(coldkey, call);
  ASSERT_TRUE(result3.has_value());
  // No LastColdkeyHotkeyStakeBlock entry (stake_into_subnet writes one at block 0... see below).
  EXPECT_EQ(result3->priority, 0xFFFF'FFFFu + unstake_amount);  // exact: (0 - 0) + u32::MAX + amt
}

TEST_F(MoveStakeTest, test_move_stake_specific_stake_into_subnet_fail) {
  const AccountId sn_owner_coldkey = u256(55453), hotkey_account_id = u256(533453),
                  coldkey_account_id = u256(55454), hotkey_owner_account_id = u256(533454);
  const U64F64 existing_shares =
      U64F64::from_num(161'986'254).saturating_div(U64F64::from_num(UINT64_MAX));
  const uint64_t existing_stake = 36'711'495'953;
  const uint64_t tao_in = 2'409'892'148'947;
  const uint64_t alpha_in = 15'358'708'513'716;
  const uint64_t tao_staked = 200'000'000;

  const NetUid netuid = add_dynamic_network(sn_owner_coldkey, sn_owner_coldkey);
  const NetUid origin_netuid = add_dynamic_network(sn_owner_coldkey, sn_owner_coldkey);
  register_ok_neuron(netuid, hotkey_account_id, hotkey_owner_account_id, 0);
  register_ok_neuron(origin_netuid, hotkey_account_id, hotkey_owner_account_id, 0);
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_account_id), 0u);

  // A hotkey pool on the destination subnet, then its totals overridden.
  get_alpha_share_pool(env_, hotkey_account_id, netuid)
      .update_value_for_one(hotkey_owner_account_id, 1234);
  TotalHotkeyShares::insert(overlay_, hotkey_account_id, netuid, existing_shares);
  TotalHotkeyAlpha::insert(overlay_, hotkey_account_id, netuid, AlphaBalance(existing_stake));
  Delegates::insert(overlay_, hotkey_account_id, uint16_t{0});
  set_reserves(netuid, tao_in, alpha_in);
  add_balance(coldkey_account_id, tao_staked + 1'000'000'000);
  set_reserves(origin_netuid, tao_in + 10'000'000, alpha_in + 10'000'000);

  ok(coldkey_account_id, st_call(2, hotkey_account_id, origin_netuid, tao_staked));  // add_stake
  const uint64_t alpha_to_move = stake(hotkey_account_id, coldkey_account_id, origin_netuid);

  ok(coldkey_account_id,
     move_call(hotkey_account_id, hotkey_account_id, origin_netuid, netuid, alpha_to_move));

  EXPECT_EQ(stake(hotkey_account_id, coldkey_account_id, origin_netuid), 0u);
  const U96F32 alpha_fee = U96F32::from_num(kFee) / price(netuid);
  const U96F32 expected_value =
      U96F32::from_num(alpha_to_move) * price(origin_netuid) / price(netuid);
  EXPECT_ABS_DIFF_EQ(stake(hotkey_account_id, coldkey_account_id, netuid),
                     (expected_value - alpha_fee).to_num<uint64_t>(),
                     (expected_value / U96F32::from_num(1000)).to_num<uint64_t>());
  EXPECT_EQ(alpha_to_move, 1'274'209'822u);                                         // exact
  EXPECT_EQ(stake(hotkey_account_id, coldkey_account_id, netuid), 1'273'895'486u);  // exact
}

// ---- staking.rs: get_max_amount_move and swap_stake_limit --------------------------------------

TEST_F(MoveStakeTest0, test_max_amount_move_root_root) {
  const NetUid root{0};
  EXPECT_EQ(get_max_amount_move(overlay_, root, root, 0), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, root, 500'000'000), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, root, 999'999'999), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, root, 1'000'000'000), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, root, 1'000'000'001), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, root, root, 2'000'000'000), 0u);
}

TEST_F(MoveStakeTest0, test_max_amount_move_root_stable) {
  const NetUid root{0}, netuid{1};
  add_network(netuid, 1, 0);
  EXPECT_EQ(get_max_amount_move(overlay_, root, netuid, 0), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, netuid, 500'000'000), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, netuid, 999'999'999), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, netuid, 1'000'000'000), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, root, netuid, 1'000'000'001), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, root, netuid, 2'000'000'000), 0u);
}

TEST_F(MoveStakeTest0, test_max_amount_move_stable_dynamic) {
  const NetUid stable_netuid{1};
  add_network(stable_netuid, 1, 0);
  const NetUid dynamic_netuid = add_dynamic_network(u256(1002), u256(1001));
  set_reserves(dynamic_netuid, 50'000'000'000, 100'000'000'000);
  EXPECT_EQ(price(dynamic_netuid), U96F32::from_bits(u128{1} << 31));  // 0.5

  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 0), UINT64_MAX);
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 2'000'000'000), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 3'000'000'000), 0u);
  EXPECT_ABS_DIFF_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 1'000'000'000),
                     50'000'000'000, 10'000);
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 1'000'000'000),
            50'000'000'000u);  // exact
  EXPECT_GT(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 1'999'999'000), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, 1'999'999'000),
            25'000u);  // exact (upstream's body)
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, UINT64_MAX), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, UINT64_MAX - 1), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, stable_netuid, dynamic_netuid, UINT64_MAX / 2), 0u);
}

TEST_F(MoveStakeTest0, test_max_amount_move_dynamic_stable) {
  const NetUid stable_netuid{1};
  add_network(stable_netuid, 1, 0);
  const NetUid dynamic_netuid = add_dynamic_network(u256(1002), u256(1001));
  set_reserves(dynamic_netuid, 150'000'000'000, 100'000'000'000);
  EXPECT_EQ(price(dynamic_netuid), U96F32::from_bits(u128{3} << 31));  // 1.5

  EXPECT_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 0), UINT64_MAX);
  EXPECT_GT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 1), 0u);
  EXPECT_GT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 2), 0u);
  EXPECT_GT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 3), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 1'500'000'001), 0u);
  EXPECT_ABS_DIFF_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 1'500'000'000), 0,
                     10'000);
  EXPECT_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 1'500'000'000),
            0u);  // exact
  EXPECT_ABS_DIFF_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 750'000'000),
                     100'000'000'000, 10'000);
  EXPECT_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 750'000'000),
            100'000'000'000u);  // exact
  EXPECT_GT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 1'499'999'999), 0u);
  EXPECT_EQ(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, 1'499'999'999),
            66u);  // exact (upstream's body)
  EXPECT_LT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, UINT64_MAX),
            21'000'000'000'000'000u);
  EXPECT_LT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, UINT64_MAX - 1),
            21'000'000'000'000'000u);
  EXPECT_LT(get_max_amount_move(overlay_, dynamic_netuid, stable_netuid, UINT64_MAX / 2),
            21'000'000'000'000'000u);
}

TEST_F(MoveStakeTest0, test_max_amount_move_dynamic_dynamic) {
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  // tao_in_1, alpha_in_1, tao_in_2, alpha_in_2, limit_price, expected, precision as upstream;
  // exact: the value upstream's get_max_amount_move body gives (the oracle of
  // MoveStakeEdges.get_max_amount_move_upstream_differential printed each one).
  struct Case {
    uint64_t tao_in_1, alpha_in_1, tao_in_2, alpha_in_2, limit_price, expected, precision, exact;
  };
  const std::vector<Case> cases = {
      // Zero handling (no panics)
      {0, 1'000'000'000, 1'000'000'000, 1'000'000'000, 100, 0, 1, 0},
      {1'000'000'000, 0, 1'000'000'000, 1'000'000'000, 100, 0, 1, 0},
      {1'000'000'000, 1'000'000'000, 0, 1'000'000'000, 100, 0, 1, 0},
      {1'000'000'000, 1'000'000'000, 1'000'000'000, 0, 100, 0, 1, 0},
      // Low bounds
      {1, 1, 1, 1, 0, UINT64_MAX, 1, UINT64_MAX},
      {1, 1, 1, 1, 1, 500'000'000, 1, 499'999'999},
      {1, 1, 1, 1, 2, 250'000'000, 1, 249'999'999},
      {1, 1, 1, 1, 3, 166'666'666, 1, 166'666'666},
      {1, 1, 1, 1, 4, 125'000'000, 1, 124'999'999},
      {1, 1, 1, 1, 1'000, 500'000, 1, 499'999},
      // Basic math
      {1'000, 1'000, 1'000, 1'000, 500'000'000, 500, 1, 500},
      {1'000, 1'000, 1'000, 1'000, 100'000'000, 4'500, 1, 4'500},
      // Normal range values edge cases
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000,
       560'000'000'000, 1'000'000, 560'000'000'000},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 500'000'000,
       80'000'000'000, 1'000'000, 79'999'999'999},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 750'000'000,
       40'000'000'000, 1'000'000, 39'999'999'999},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 1'000'000'000,
       20'000'000'000, 1'000, 19'999'999'999},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 1'250'000'000,
       8'000'000'000, 1'000, 7'999'999'999},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 1'499'999'999, 27, 1,
       26},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 1'500'000'000, 0, 1, 0},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 1'500'000'001, 0, 1, 0},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 1'500'001'000, 0, 1, 0},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, 2'000'000'000, 0, 1, 0},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, UINT64_MAX, 0, 1, 0},
      {100'000'000'000, 200'000'000'000, 300'000'000'000, 400'000'000'000, 500'000'000,
       50'000'000'000, 1'000, 50'000'000'000},
      // Miscellaneous overflows
      {1'000'000'000, 1'000'000'000, 1'000'000'000, 1'000'000'000, 1, 499'999'999'500'000'000,
       100'000'000, 499'999'999'519'232'435},
      {1'000'000, 1'000'000, 21'000'000'000'000'000, 1'000'000'000'000'000'000ULL, 1,
       48'000'000'000'000'000, 1'000'000'000'000'000, 47'619'047'594'814'715},
      {150'000'000'000, 100'000'000'000, 100'000'000'000, 100'000'000'000, UINT64_MAX, 0, 1, 0},
      {1'000'000, 1'000'000, 21'000'000'000'000'000, 1'000'000'000'000'000'000ULL, UINT64_MAX, 0, 1,
       0},
  };
  for (const Case& c : cases) {
    set_reserves(origin_netuid, c.tao_in_1, c.alpha_in_1);
    set_reserves(destination_netuid, c.tao_in_2, c.alpha_in_2);
    const uint64_t got =
        get_max_amount_move(overlay_, origin_netuid, destination_netuid, c.limit_price);
    EXPECT_ABS_DIFF_EQ(got, c.expected, c.precision);
    EXPECT_EQ(got, c.exact) << c.tao_in_1 << "/" << c.alpha_in_1 << " -> " << c.tao_in_2 << "/"
                            << c.alpha_in_2 << " at " << c.limit_price;
  }
}

TEST_F(MoveStakeTest, test_move_stake_limit_partial) {
  const AccountId coldkey = u256(1), hotkey = u256(2);
  const uint64_t stake_amount = 150'000'000'000, move_amount = 150'000'000'000;
  const NetUid origin_netuid = add_dynamic_network(u256(1002), u256(1001));
  const NetUid destination_netuid = add_dynamic_network(u256(1002), u256(1001));
  register_ok_neuron(origin_netuid, hotkey, coldkey, 192213123);
  register_ok_neuron(destination_netuid, hotkey, coldkey, 192213123);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey, coldkey, origin_netuid,
                                                  stake_amount);
  // Price 1.5 on both; much more liquidity on the destination.
  set_reserves(origin_netuid, 150'000'000'000, 100'000'000'000);
  set_reserves(destination_netuid, 150'000'000'000ULL * 100'000, 100'000'000'000ULL * 100'000);
  EXPECT_EQ(price(origin_netuid), U96F32::from_bits(u128{3} << 31));  // 1.5

  // Relative price 1; the limit lets it fall by at most 1%.
  ok(coldkey,
     swap_limit_call(hotkey, origin_netuid, destination_netuid, move_amount, 990'000'000, true));

  const uint64_t new_alpha = stake(hotkey, coldkey, origin_netuid);
  EXPECT_ABS_DIFF_EQ(new_alpha, 149'000'000'000, 100'000'000);
  // exact: get_max_amount_move = 1,010,090,909 (upstream's formula, see
  // MoveStakeEdges.get_max_amount_move_upstream_differential).
  EXPECT_EQ(new_alpha, 148'989'909'091u);
}

// ---- edges: bad inputs (exact error, unchanged state), limit paths, upstream quirks ------------

class MoveStakeEdges : public MoveStakeTest {
 protected:
  // A dynamic subnet, coldkey 1 owning hotkeys 2 and 3, 10 TAO staked on hotkey 2.
  void SetUp() override {
    netuid_ = add_dynamic_network(u256(1002), u256(1001));
    netuid2_ = add_dynamic_network(u256(1002), u256(1001));
    create_account(coldkey_, hotkey_);
    create_account(coldkey_, hotkey2_);
    alpha_ = stake_into(hotkey_, coldkey_, netuid_, 10'000'000'000, 0);
  }
  NetUid netuid_, netuid2_;
  const AccountId coldkey_ = u256(1), hotkey_ = u256(2), hotkey2_ = u256(3);
  uint64_t alpha_ = 0;
};

// Upstream's get_max_amount_move / _add / _remove / get_alpha_price bodies compiled against
// substrate-fixed v0.5.9 (release profile), with the storage reads replaced by arguments, on
// 20,000 random cases: SplitMix64(seed 1); per case origin mechanism next() % 3, destination
// mechanism next() % 3, origin netuid root when next() % 8 == 0 (else 1), destination root when
// next() % 8 == 0 (else 2), then origin (tao, alpha_in), destination (tao, alpha_in) and the limit
// price each next() >> (next() % 64); FNV-1a over the 8 little-endian bytes of each result.
TEST_F(MoveStakeTest0, get_max_amount_move_upstream_differential) {
  struct SplitMix64 {
    uint64_t state;
    uint64_t next() {
      state += 0x9E3779B97F4A7C15ULL;
      uint64_t z = state;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
      return z ^ (z >> 31);
    }
    uint64_t mag() {
      const uint64_t v = next();
      return v >> (next() % 64);
    }
  } rng{1};
  uint64_t h = 0xcbf29ce484222325ULL;
  for (int i = 0; i < 20'000; ++i) {
    const auto mech_o = static_cast<uint16_t>(rng.next() % 3);
    const auto mech_d = static_cast<uint16_t>(rng.next() % 3);
    const NetUid o{static_cast<uint16_t>(rng.next() % 8 == 0 ? 0 : 1)};
    const NetUid d{static_cast<uint16_t>(rng.next() % 8 == 0 ? 0 : 2)};
    const uint64_t tao_o = rng.mag(), alpha_o = rng.mag(), tao_d = rng.mag(), alpha_d = rng.mag(),
                   limit = rng.mag();
    // (root, root) reads no reserves; otherwise the two netuids differ.
    SubnetMechanism::insert(overlay_, o, mech_o);
    set_reserves(o, tao_o, alpha_o);
    if (d != o) {
      SubnetMechanism::insert(overlay_, d, mech_d);
      set_reserves(d, tao_d, alpha_d);
    }
    const uint64_t v = get_max_amount_move(overlay_, o, d, limit);
    for (int b = 0; b < 8; ++b) {
      h ^= (v >> (8 * b)) & 0xff;
      h *= 0x100000001b3ULL;
    }
  }
  EXPECT_EQ(h, 0x8f02339bc6ac58f5ULL);
}

TEST_F(MoveStakeEdges, rejects_unsigned_origins) {
  expect_rejected(Origin::root(), move_call(hotkey_, hotkey2_, netuid_, netuid_, alpha_),
                  frame::DispatchError::bad_origin());
  expect_rejected(Origin::none(), swap_call(hotkey_, netuid_, netuid2_, alpha_),
                  frame::DispatchError::bad_origin());
}

TEST_F(MoveStakeEdges, zero_amount_is_too_low) {
  // 0 alpha sells for 0 TAO, not above DefaultMinStake.
  expect_rejected(Origin::signed_by(coldkey_), move_call(hotkey_, hotkey2_, netuid_, netuid_, 0),
                  err(Error::kAmountTooLow));
  expect_rejected(Origin::signed_by(coldkey_), swap_call(hotkey_, netuid_, netuid2_, 0),
                  err(Error::kAmountTooLow));
  expect_rejected(Origin::signed_by(coldkey_), transfer_call(u256(9), hotkey_, netuid_, netuid_, 0),
                  err(Error::kAmountTooLow));
}

TEST_F(MoveStakeEdges, unknown_subnets_in_check_order) {
  const NetUid unknown{77};
  // Origin first, then a different destination; both before the hotkeys.
  expect_rejected(Origin::signed_by(coldkey_), move_call(u256(50), u256(51), unknown, netuid_, 1),
                  err(Error::kSubnetNotExists));
  expect_rejected(Origin::signed_by(coldkey_), move_call(u256(50), u256(51), netuid_, unknown, 1),
                  err(Error::kSubnetNotExists));
  expect_rejected(Origin::signed_by(coldkey_), swap_call(hotkey_, netuid_, unknown, alpha_),
                  err(Error::kSubnetNotExists));
}

TEST_F(MoveStakeEdges, unknown_hotkeys) {
  expect_rejected(Origin::signed_by(coldkey_), move_call(u256(50), hotkey2_, netuid_, netuid_, 1),
                  err(Error::kHotKeyAccountNotExists));
  expect_rejected(Origin::signed_by(coldkey_),
                  move_call(hotkey_, u256(51), netuid_, netuid2_, alpha_),
                  err(Error::kHotKeyAccountNotExists));
}

TEST_F(MoveStakeEdges, not_enough_stake) {
  expect_rejected(Origin::signed_by(coldkey_),
                  move_call(hotkey_, hotkey2_, netuid_, netuid2_, alpha_ + 1),
                  err(Error::kNotEnoughStakeToWithdraw));
  // Another coldkey has nothing on the position.
  expect_rejected(Origin::signed_by(u256(40)), swap_call(hotkey_, netuid_, netuid2_, alpha_),
                  err(Error::kNotEnoughStakeToWithdraw));
}

TEST_F(MoveStakeEdges, transfer_disallowed_in_dispatch) {
  TransferToggle::insert(overlay_, netuid2_, false);
  expect_rejected(Origin::signed_by(coldkey_),
                  transfer_call(u256(9), hotkey_, netuid_, netuid2_, alpha_),
                  err(Error::kTransferDisallowed));
  // move_stake and swap_stake ignore the toggle.
  ok(coldkey_, swap_call(hotkey_, netuid_, netuid2_, alpha_ / 2));
}

TEST_F(MoveStakeEdges, swap_stake_limit_fill_or_kill_and_partial) {
  // Pools 110 TAO / 90,909,090,910 alpha (origin, after the stake) and 100 / 100 TAO
  // (destination): relative price 1.21. A limit of 1.1 lets part through.
  const uint64_t limit = 1'100'000'000;
  const uint64_t max = get_max_amount_move(overlay_, netuid_, netuid2_, limit);
  ASSERT_LT(max, alpha_);
  EXPECT_EQ(max, 4'329'004'328u);  // exact (upstream's get_max_amount_move body at these reserves)
  // Fill or kill: refused, nothing written.
  expect_rejected(Origin::signed_by(coldkey_),
                  swap_limit_call(hotkey_, netuid_, netuid2_, alpha_, limit, false),
                  err(Error::kSlippageTooHigh));
  // Partial: only `max` leaves the origin.
  ok(coldkey_, swap_limit_call(hotkey_, netuid_, netuid2_, alpha_, limit, true));
  EXPECT_EQ(stake(hotkey_, coldkey_, netuid_), alpha_ - max);
}

TEST_F(MoveStakeEdges, swap_stake_limit_above_price_moves_nothing) {
  // A limit above the current relative price: max 0. With allow_partial nothing moves, but the
  // fee (half of DefaultStakingFee: same-mechanism dynamic origin without dividends pays the
  // floor) is still credited to the origin pool by unstake_from_subnet of 0 alpha.
  const uint64_t tao_before = SubnetTAO::get(overlay_, netuid_).to_u64();
  system::reset_events(env_);
  ok(coldkey_, swap_limit_call(hotkey_, netuid_, netuid2_, alpha_, 100'000'000'000, true));
  EXPECT_EQ(stake(hotkey_, coldkey_, netuid_), alpha_);
  EXPECT_EQ(stake(hotkey_, coldkey_, netuid2_), 0u);
  EXPECT_EQ(SubnetTAO::get(overlay_, netuid_).to_u64(), tao_before);
  EXPECT_TRUE(has_event(event::StakeSwapped{coldkey_, hotkey_, netuid_, netuid2_, TaoBalance(0)}));
}

TEST_F(MoveStakeEdges, too_little_after_fee_is_not_restaked) {
  // On a stable subnet (1:1) 510,000 alpha sells for 510,000 TAO > DefaultMinStake, so the move
  // is valid; after the 25,000 leg fee 485,000 < 500,000 + 25,000 is left, which is not
  // restaked and not paid to anyone: it leaves SubnetTAO and TotalStake.
  const NetUid stable{5};
  add_network(stable, 1, 0);
  stake_into(hotkey_, coldkey_, stable, 510'000, 0);
  const uint64_t balance_before = free_balance(coldkey_);
  const uint64_t total_stake_before = TotalStake::get(overlay_).to_u64();
  system::reset_events(env_);
  ok(coldkey_, move_call(hotkey_, hotkey2_, stable, stable, 510'000));
  EXPECT_EQ(stake(hotkey_, coldkey_, stable), 0u);
  EXPECT_EQ(stake(hotkey2_, coldkey_, stable), 0u);
  EXPECT_EQ(free_balance(coldkey_), balance_before);
  EXPECT_EQ(TotalStake::get(overlay_).to_u64(), total_stake_before - 485'000);
  EXPECT_EQ(events().back(), ev(event::StakeMoved{coldkey_, hotkey_, stable, hotkey2_, stable,
                                                  TaoBalance(460'000)}));
}

TEST_F(MoveStakeEdges, foreign_destination_hotkey_becomes_delegate) {
  const AccountId foreign = u256(60);
  create_account(u256(61), foreign);
  ASSERT_FALSE(Delegates::contains_key(overlay_, foreign));
  ok(coldkey_, move_call(hotkey_, foreign, netuid_, netuid_, alpha_));
  EXPECT_EQ(Delegates::try_get(overlay_, foreign), std::optional<uint16_t>(11'796));
  // The destination coldkey's own hotkey does not.
  ok(coldkey_, move_call(foreign, hotkey2_, netuid_, netuid_, stake(foreign, coldkey_, netuid_)));
  EXPECT_FALSE(Delegates::contains_key(overlay_, hotkey2_));
}

TEST_F(MoveStakeEdges, extension_arms) {
  // Other calls are not these arms.
  EXPECT_FALSE(validate_stake_transition_extension(env_, coldkey_, 2, {}).has_value());
  // Valid: priority from LastColdkeyHotkeyStakeBlock (written at block 1 by stake_into_subnet).
  run_to_block(4);
  auto v = validate(coldkey_, move_call(hotkey_, hotkey2_, netuid_, netuid2_, alpha_));
  ASSERT_TRUE(v.has_value());
  EXPECT_EQ(alpha_, 9'090'909'090u);
  EXPECT_EQ(v->priority, 3 + uint64_t{UINT32_MAX} + alpha_);
  // Each error as its custom code.
  v = validate(coldkey_, move_call(hotkey_, hotkey2_, netuid_, NetUid{77}, alpha_));
  expect_custom(v, CustomTransactionError::kSubnetDoesntExist);
  v = validate(coldkey_, swap_call(u256(50), netuid_, netuid2_, alpha_));
  expect_custom(v, CustomTransactionError::kHotkeyAccountDoesntExist);
  v = validate(coldkey_, swap_call(hotkey_, netuid_, netuid2_, alpha_ + 1));
  expect_custom(v, CustomTransactionError::kNotEnoughStakeToWithdraw);
  v = validate(coldkey_, swap_call(hotkey_, netuid_, netuid2_, 0));
  expect_custom(v, CustomTransactionError::kStakeAmountTooLow);
  // A scheduled coldkey swap comes first.
  ColdkeySwapScheduled::insert(overlay_, coldkey_, std::monostate{});
  v = validate(coldkey_, swap_call(hotkey_, netuid_, netuid2_, 0));
  expect_custom(v, CustomTransactionError::kColdkeyInSwapSchedule);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
