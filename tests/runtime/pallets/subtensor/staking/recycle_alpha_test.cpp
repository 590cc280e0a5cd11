// recycle_alpha / burn_alpha (recycle_alpha.hpp), on the unit-test mock (mock.hpp).
//
// Ported from subtensor v3.0.0 pallets/subtensor/src/tests/recycle_alpha.rs (all 8 tests) with
// their names, inputs and assertions; upstream's `<` / `any(AlphaRecycled(..))` checks are kept
// and our exact values pinned next to them (marked "exact": ours, consistent with upstream's
// assertions). assert_noop! becomes expect_rejected (exact error, unchanged state).
// RecycleAlphaEdges adds the zero amount, the unsigned origin and the whole-position rule.
#include "runtime/pallets/subtensor/staking/recycle_alpha.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/balance.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::Origin;
using testing::u256;

constexpr uint8_t kRecycleAlpha = 101;
constexpr uint8_t kBurnAlpha = 102;

uint64_t abs_diff(uint64_t a, uint64_t b) { return a > b ? a - b : b - a; }

class RecycleAlphaTest : public testing::SubtensorTest {
 protected:
  // The common start of upstream's tests: coldkey 1 / hotkey 2 registered on a dynamic subnet
  // owned by 1001 / 1002, 200,000 rao staked (mock.rs increase_stake_on_coldkey_hotkey_account:
  // stake_into_subnet with no fee).
  void setup_staked(bool with_root = false) {
    netuid_ = add_dynamic_network(u256(1002), u256(1001));
    if (with_root) migrate_create_root_network();
    add_balance(coldkey_, 1'000'000'000);  // Balances::make_free_balance_be on a fresh account
    create_account_if_non_existent(overlay_, coldkey_, hotkey_);
    register_ok_neuron(netuid_, hotkey_, coldkey_, 0);
    ASSERT_TRUE(subnet_exists(overlay_, netuid_));
    stake_into_subnet(env_, hotkey_, coldkey_, netuid_, kStake, 0);
  }
  // mirrors migrations/migrate_create_root_network.rs (no senate members in the mock).
  void migrate_create_root_network() {
    const NetUid root{0};
    if (NetworksAdded::get(overlay_, root)) return;
    NetworksAdded::insert(overlay_, root, true);
    TotalNetworks::put(overlay_, static_cast<uint16_t>(TotalNetworks::get(overlay_) + 1));
    MaxAllowedUids::insert(overlay_, root, uint16_t{64});
    MaxAllowedValidators::insert(overlay_, root, uint16_t{64});
    MinAllowedWeights::insert(overlay_, root, uint16_t{0});
    MaxWeightsLimit::insert(overlay_, root, uint16_t{UINT16_MAX});
    Tempo::insert(overlay_, root, uint16_t{100});
    NetworkRegistrationAllowed::insert(overlay_, root, true);
    TargetRegistrationsPerInterval::insert(overlay_, root, uint16_t{1});
  }
  uint64_t stake(const AccountId& coldkey) const {
    return get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey_, coldkey, netuid_);
  }
  uint64_t hotkey_alpha() const {
    return TotalHotkeyAlpha::get(overlay_, hotkey_, netuid_).to_u64();
  }
  uint64_t alpha_out() const { return SubnetAlphaOut::get(overlay_, netuid_).to_u64(); }
  void ok(const AccountId& who, uint8_t call, uint64_t amount) {
    auto r = signed_call(who, st_call(call, hotkey_, amount, netuid_));
    ASSERT_TRUE(r.has_value()) << "call failed";
  }

  void run_error_sequence(uint8_t call) {
    const AccountId wrong_hotkey = u256(3);
    setup_staked(/*with_root=*/true);
    const Origin signer = Origin::signed_by(coldkey_);
    expect_rejected(signer, st_call(call, hotkey_, uint64_t{100'000}, NetUid{99}),
                    error(Error::kSubNetworkDoesNotExist));
    expect_rejected(signer, st_call(call, hotkey_, uint64_t{100'000}, kRootNetUid),
                    error(Error::kCannotBurnOrRecycleOnRootSubnet));
    expect_rejected(signer, st_call(call, wrong_hotkey, uint64_t{100'000}, netuid_),
                    error(Error::kHotKeyAccountNotExists));
    expect_rejected(signer, st_call(call, hotkey_, uint64_t{10'000'000'000}, netuid_),
                    error(Error::kNotEnoughStakeToWithdraw));
    // Pass the stake check.
    TotalHotkeyAlpha::insert(overlay_, hotkey_, netuid_,
                             AlphaBalance(alpha_out()).saturating_mul(2));
    expect_rejected(signer, st_call(call, hotkey_, alpha_out() + 1, netuid_),
                    error(Error::kInsufficientLiquidity));
  }

  static constexpr uint64_t kStake = 200'000;
  NetUid netuid_;
  const AccountId coldkey_ = u256(1), hotkey_ = u256(2), other_coldkey_ = u256(3);
};

TEST_F(RecycleAlphaTest, test_recycle_success) {
  setup_staked();
  const uint64_t initial_alpha = hotkey_alpha();
  const uint64_t initial_net_alpha = alpha_out();
  ok(coldkey_, kRecycleAlpha, kStake / 2);
  EXPECT_LT(hotkey_alpha(), initial_alpha);
  EXPECT_LT(alpha_out(), initial_net_alpha);
  EXPECT_LT(stake(coldkey_), initial_alpha);
  // exact: 100,000 leaves the position, the hotkey's pool and SubnetAlphaOut.
  EXPECT_EQ(hotkey_alpha(), initial_alpha - 100'000);
  EXPECT_EQ(alpha_out(), initial_net_alpha - 100'000);
  EXPECT_TRUE(has_event(event::AlphaRecycled{coldkey_, hotkey_, AlphaBalance(100'000), netuid_}));
}

TEST_F(RecycleAlphaTest, test_recycle_two_stakers) {
  setup_staked();
  stake_into_subnet(env_, hotkey_, other_coldkey_, netuid_, kStake, 0);
  const uint64_t initial_alpha = hotkey_alpha();
  const uint64_t initial_net_alpha = alpha_out();
  const uint64_t other_before = stake(other_coldkey_);
  ok(coldkey_, kRecycleAlpha, kStake / 2);
  EXPECT_LT(hotkey_alpha(), initial_alpha);
  EXPECT_LT(alpha_out(), initial_net_alpha);
  EXPECT_LT(stake(coldkey_), kStake);
  EXPECT_LE(abs_diff(stake(other_coldkey_), kStake), 2u);
  EXPECT_EQ(stake(other_coldkey_), other_before);  // exact
  EXPECT_TRUE(has_event(event::AlphaRecycled{coldkey_, hotkey_, AlphaBalance(100'000), netuid_}));
}

TEST_F(RecycleAlphaTest, test_recycle_staker_is_nominator) {
  setup_staked();
  stake_into_subnet(env_, hotkey_, other_coldkey_, netuid_, kStake, 0);
  EXPECT_NE(owning_coldkey_for_hotkey(overlay_, hotkey_), other_coldkey_);
  const uint64_t initial_alpha = hotkey_alpha();
  const uint64_t initial_net_alpha = alpha_out();
  const uint64_t owner_before = stake(coldkey_);
  ok(other_coldkey_, kRecycleAlpha, kStake / 2);
  EXPECT_LT(hotkey_alpha(), initial_alpha);
  EXPECT_LT(alpha_out(), initial_net_alpha);
  EXPECT_LT(stake(other_coldkey_), kStake);
  EXPECT_LE(abs_diff(stake(coldkey_), kStake), 2u);
  EXPECT_EQ(stake(coldkey_), owner_before);  // exact
  EXPECT_TRUE(
      has_event(event::AlphaRecycled{other_coldkey_, hotkey_, AlphaBalance(100'000), netuid_}));
}

TEST_F(RecycleAlphaTest, test_burn_success) {
  setup_staked();
  const uint64_t initial_alpha = hotkey_alpha();
  const uint64_t initial_net_alpha = alpha_out();
  ok(coldkey_, kBurnAlpha, kStake / 2);
  EXPECT_LT(hotkey_alpha(), initial_alpha);
  EXPECT_EQ(alpha_out(), initial_net_alpha);
  EXPECT_LT(stake(coldkey_), kStake);
  EXPECT_EQ(hotkey_alpha(), initial_alpha - 100'000);  // exact
  EXPECT_TRUE(has_event(event::AlphaBurned{coldkey_, hotkey_, AlphaBalance(100'000), netuid_}));
}

TEST_F(RecycleAlphaTest, test_burn_staker_is_nominator) {
  setup_staked();
  stake_into_subnet(env_, hotkey_, other_coldkey_, netuid_, kStake, 0);
  const uint64_t initial_alpha = hotkey_alpha();
  const uint64_t initial_net_alpha = alpha_out();
  const uint64_t owner_before = stake(coldkey_);
  ok(other_coldkey_, kBurnAlpha, kStake / 2);
  EXPECT_LT(hotkey_alpha(), initial_alpha);
  EXPECT_EQ(alpha_out(), initial_net_alpha);
  EXPECT_LT(stake(other_coldkey_), kStake);
  EXPECT_LE(abs_diff(stake(coldkey_), kStake), 2u);
  EXPECT_EQ(stake(coldkey_), owner_before);  // exact
  EXPECT_TRUE(
      has_event(event::AlphaBurned{other_coldkey_, hotkey_, AlphaBalance(100'000), netuid_}));
}

TEST_F(RecycleAlphaTest, test_burn_two_stakers) {
  setup_staked();
  stake_into_subnet(env_, hotkey_, other_coldkey_, netuid_, kStake, 0);
  const uint64_t initial_alpha = hotkey_alpha();
  const uint64_t initial_net_alpha = alpha_out();
  const uint64_t other_before = stake(other_coldkey_);
  ok(coldkey_, kBurnAlpha, kStake / 2);
  EXPECT_LT(hotkey_alpha(), initial_alpha);
  EXPECT_EQ(alpha_out(), initial_net_alpha);
  EXPECT_LT(stake(coldkey_), kStake);
  EXPECT_LE(abs_diff(stake(other_coldkey_), kStake), 2u);
  EXPECT_EQ(stake(other_coldkey_), other_before);  // exact
  EXPECT_TRUE(has_event(event::AlphaBurned{coldkey_, hotkey_, AlphaBalance(100'000), netuid_}));
}

// test_recycle_errors and test_burn_errors: the same sequence for both calls.
TEST_F(RecycleAlphaTest, test_recycle_errors) { run_error_sequence(kRecycleAlpha); }
TEST_F(RecycleAlphaTest, test_burn_errors) { run_error_sequence(kBurnAlpha); }

// ---- edges ------------------------------------------------------------------------------------

TEST_F(RecycleAlphaTest, RecycleAlphaEdges_unsigned_origin_and_zero_amount) {
  setup_staked();
  expect_rejected(Origin::root(), st_call(kRecycleAlpha, hotkey_, uint64_t{1}, netuid_),
                  frame::DispatchError::bad_origin());
  expect_rejected(Origin::none(), st_call(kBurnAlpha, hotkey_, uint64_t{1}, netuid_),
                  frame::DispatchError::bad_origin());
  // 0 passes every check and removes nothing; the event still comes.
  const uint64_t before = stake(coldkey_);
  ok(coldkey_, kRecycleAlpha, 0);
  EXPECT_EQ(stake(coldkey_), before);
  EXPECT_TRUE(has_event(event::AlphaRecycled{coldkey_, hotkey_, AlphaBalance(0), netuid_}));
}

TEST_F(RecycleAlphaTest, RecycleAlphaEdges_check_order) {
  // An unknown hotkey on an unknown subnet: the subnet is checked first.
  expect_rejected(Origin::signed_by(coldkey_),
                  st_call(kRecycleAlpha, u256(77), uint64_t{1}, NetUid{99}),
                  error(Error::kSubNetworkDoesNotExist));
}

TEST_F(RecycleAlphaTest, RecycleAlphaEdges_whole_position) {
  setup_staked();
  const uint64_t all = stake(coldkey_);
  const uint64_t out_before = alpha_out();
  ok(coldkey_, kRecycleAlpha, all);
  EXPECT_EQ(stake(coldkey_), 0u);
  EXPECT_EQ(alpha_out(), out_before - all);
  EXPECT_TRUE(has_event(event::AlphaRecycled{coldkey_, hotkey_, AlphaBalance(all), netuid_}));
}

}  // namespace
}  // namespace subemu::runtime::subtensor
