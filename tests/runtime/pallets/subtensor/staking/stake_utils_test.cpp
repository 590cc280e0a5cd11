// Stake accounting and subnet pools (stake_utils.hpp), on the unit-test mock (mock.hpp).
//
// Ported from subtensor v3.0.0 pallets/subtensor/src/tests with their names, inputs and asserted
// numbers (including upstream's tolerances; f64 only where the upstream test computes in f64):
//   staking2.rs  test_stake_base_case, test_share_based_staking,
//                test_share_based_staking_denominator_precision,
//                test_share_based_staking_stake_unstake_inject,
//                test_share_based_staking_stake_inject_stake_new
//   staking.rs   test_add_stake_to_hotkey_account_ok, test_remove_stake_from_hotkey_account,
//                test_remove_stake_from_hotkey_account_registered_in_various_networks,
//                test_has_enough_stake_yes, test_has_enough_stake_no,
//                test_has_enough_stake_no_for_zero, test_non_existent_account
// The tests after them (StakeUtils*) pin the writes, events and rounding of the pool functions
// with numbers computed by hand in their comments, or produced by upstream's code (the
// UpstreamDifferential tests, see there).
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/share_pool.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/balance.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using testing::u256;

class Staking2Test : public testing::SubtensorTest {};
class StakingTest : public testing::SubtensorTest {};
class StakeUtilsTest : public testing::SubtensorTest {
 protected:
  void set_pool(NetUid netuid, uint16_t mechanism, uint64_t tao, uint64_t alpha_in,
                uint64_t alpha_out) {
    SubnetMechanism::insert(overlay_, netuid, mechanism);
    SubnetTAO::insert(overlay_, netuid, TaoBalance(tao));
    SubnetAlphaIn::insert(overlay_, netuid, AlphaBalance(alpha_in));
    SubnetAlphaOut::insert(overlay_, netuid, AlphaBalance(alpha_out));
  }
  uint64_t subnet_tao(NetUid n) const { return SubnetTAO::get(overlay_, n).to_u64(); }
  uint64_t alpha_in(NetUid n) const { return SubnetAlphaIn::get(overlay_, n).to_u64(); }
  uint64_t alpha_out(NetUid n) const { return SubnetAlphaOut::get(overlay_, n).to_u64(); }
  uint64_t total_stake() const { return TotalStake::get(overlay_).to_u64(); }
};

int64_t i64(uint64_t v) { return static_cast<int64_t>(v); }

// ---- staking2.rs --------------------------------------------------------------------------------

TEST_F(Staking2Test, test_stake_base_case) {
  const NetUid netuid(1);
  const uint64_t tao_to_swap = 1'000'000'000;  // 1 TAO

  SubnetMechanism::insert(overlay_, netuid, uint16_t{1});
  const uint64_t initial_subnet_tao = 10'000'000'000;   // 10 TAO
  const uint64_t initial_subnet_alpha = 5'000'000'000;  // 5 Alpha
  SubnetTAO::insert(overlay_, netuid, TaoBalance(initial_subnet_tao));
  SubnetAlphaIn::insert(overlay_, netuid, AlphaBalance(initial_subnet_alpha));
  SubnetAlphaOut::insert(overlay_, netuid, AlphaBalance(initial_subnet_alpha));

  const uint64_t initial_total_stake = TotalStake::get(overlay_).to_u64();

  const uint64_t alpha_received = swap_tao_for_alpha(env_, netuid, tao_to_swap);

  // The test's own I96F32 constant-product formula.
  const I96F32 k = I96F32::from_num(initial_subnet_alpha) * I96F32::from_num(initial_subnet_tao);
  const I96F32 expected_alpha = I96F32::from_num(initial_subnet_alpha) -
                                (k / I96F32::from_num(initial_subnet_tao + tao_to_swap));
  const auto expected_alpha_u64 = expected_alpha.to_num<uint64_t>();
  EXPECT_EQ(alpha_received, expected_alpha_u64) << "Alpha received calculation is incorrect";

  EXPECT_EQ(SubnetTAO::get(overlay_, netuid).to_u64(), initial_subnet_tao + tao_to_swap);
  EXPECT_EQ(SubnetAlphaIn::get(overlay_, netuid).to_u64(), initial_subnet_alpha - alpha_received);
  EXPECT_EQ(SubnetAlphaOut::get(overlay_, netuid).to_u64(), initial_subnet_alpha + alpha_received);
  EXPECT_EQ(TotalStake::get(overlay_).to_u64(), initial_total_stake + tao_to_swap);
}

TEST_F(Staking2Test, test_share_based_staking) {
  const NetUid netuid(1);
  const AccountId primary_hotkey = u256(1);
  const AccountId primary_coldkey = u256(2);
  const uint64_t stake_amount = 1'000'000'000;  // 1 TAO
  const auto stake_of = [&](const AccountId& hotkey, const AccountId& coldkey) {
    return get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, coldkey, netuid);
  };

  // Test Case 1: Initial Stake
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, primary_coldkey, netuid,
                                                  stake_amount);
  const uint64_t initial_stake = stake_of(primary_hotkey, primary_coldkey);
  EXPECT_EQ(initial_stake, stake_amount);

  // Test Case 2: Additional Stake to Same Account
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, primary_coldkey, netuid,
                                                  stake_amount);
  const uint64_t stake_after_second = stake_of(primary_hotkey, primary_coldkey);
  EXPECT_LE(std::abs(i64(stake_after_second) - i64(initial_stake + stake_amount)), 1);

  // Test Case 3: Direct Hotkey Stake
  increase_stake_for_hotkey_on_subnet(env_, primary_hotkey, netuid, stake_amount);
  const uint64_t stake_after_direct = stake_of(primary_hotkey, primary_coldkey);
  EXPECT_LE(std::abs(i64(stake_after_direct) - i64(stake_after_second + stake_amount)), 1);

  // Test Case 4: Multiple Coldkey Support
  const AccountId secondary_coldkey = u256(3);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, secondary_coldkey, netuid,
                                                  stake_amount);
  const uint64_t secondary_stake = stake_of(primary_hotkey, secondary_coldkey);
  EXPECT_LE(std::abs(i64(secondary_stake) - i64(stake_amount)), 1);

  // Test Case 5: Total Stake Verification
  const uint64_t total_hotkey_stake =
      get_stake_for_hotkey_on_subnet(overlay_, primary_hotkey, netuid);
  EXPECT_LE(std::abs(i64(total_hotkey_stake) - i64(stake_after_direct + stake_amount)), 1);

  // Test Case 6: Proportional Distribution
  increase_stake_for_hotkey_on_subnet(env_, primary_hotkey, netuid, stake_amount);
  const uint64_t primary_final_stake = stake_of(primary_hotkey, primary_coldkey);
  const uint64_t secondary_final_stake = stake_of(primary_hotkey, secondary_coldkey);
  const double primary_expected =
      static_cast<double>(stake_after_direct) +
      static_cast<double>(stake_amount) *
          (static_cast<double>(stake_after_direct) / static_cast<double>(total_hotkey_stake));
  const double secondary_expected =
      static_cast<double>(secondary_stake) +
      static_cast<double>(stake_amount) *
          (static_cast<double>(secondary_stake) / static_cast<double>(total_hotkey_stake));
  EXPECT_LE(std::abs(static_cast<double>(primary_final_stake) - primary_expected), 1.0);
  EXPECT_LE(std::abs(static_cast<double>(secondary_final_stake) - secondary_expected), 1.0);

  // Test Case 7: Stake Removal
  decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, primary_coldkey, netuid,
                                                  stake_amount);
  const uint64_t primary_after_removal = stake_of(primary_hotkey, primary_coldkey);
  EXPECT_LE(std::abs(i64(primary_after_removal) - i64(primary_final_stake - stake_amount)), 1);

  decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, secondary_coldkey, netuid,
                                                  stake_amount);
  const uint64_t secondary_after_removal = stake_of(primary_hotkey, secondary_coldkey);
  EXPECT_LE(std::abs(i64(secondary_after_removal) - i64(secondary_final_stake - stake_amount)), 1);

  // Test Case 8: Final Total Verification
  const uint64_t final_total = get_stake_for_hotkey_on_subnet(overlay_, primary_hotkey, netuid);
  EXPECT_LE(std::abs(i64(final_total) - i64(primary_after_removal + secondary_after_removal)), 1);

  // Staking with zero amount
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, primary_coldkey, netuid, 0);
  const uint64_t zero_stake = stake_of(primary_hotkey, primary_coldkey);
  EXPECT_EQ(zero_stake, primary_after_removal) << "Staking with zero amount should not change";

  // Removing more stake than available
  const uint64_t available_stake = stake_of(primary_hotkey, primary_coldkey);
  const uint64_t excessive_amount = available_stake + 1000;
  decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, primary_coldkey, netuid,
                                                  excessive_amount);
  const uint64_t after_excessive_removal = stake_of(primary_hotkey, primary_coldkey);
  EXPECT_EQ(after_excessive_removal, available_stake) << "Removing more stake performs no action";

  // Staking to non-existent hotkey
  const AccountId non_existent_hotkey = u256(4);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, non_existent_hotkey, primary_coldkey,
                                                  netuid, stake_amount);
  EXPECT_EQ(stake_of(non_existent_hotkey, primary_coldkey), stake_amount);

  // Removing stake from non-existent coldkey
  const AccountId non_existent_coldkey = u256(5);
  decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, primary_hotkey, non_existent_coldkey,
                                                  netuid, stake_amount);
  EXPECT_EQ(stake_of(primary_hotkey, non_existent_coldkey), 0u);
}

// Each case runs on a fresh mock (upstream: new_test_ext(1) per case).
TEST(Staking2Cases, test_share_based_staking_denominator_precision) {
  const std::pair<uint64_t, uint64_t> cases[] = {
      {1'000, 990},
      {1'000, 999},
      {1'000'000, 990'000},
      {1'000'000, 999'990},
      {1'000'000'000, 999'999'990},
      {1'000'000'000'000, 999'999'999'990},
  };
  struct Case : testing::SubtensorTest {
    void TestBody() override {}
    void run(uint64_t stake_amount, uint64_t unstake_amount) {
      const NetUid netuid(1);
      const AccountId hotkey1 = u256(1);
      const AccountId coldkey1 = u256(2);
      increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey1, netuid,
                                                      stake_amount);
      EXPECT_EQ(Alpha::get(overlay_, hotkey1, coldkey1, netuid), U64F64::from_num(stake_amount));
      decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey1, netuid,
                                                      unstake_amount);
      const uint64_t stake1 =
          get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey1, coldkey1, netuid);
      const uint64_t expected_remaining_stake =
          (static_cast<double>(stake_amount) - static_cast<double>(unstake_amount)) /
                      static_cast<double>(stake_amount) <=
                  0.00001
              ? 0
              : stake_amount - unstake_amount;
      EXPECT_EQ(stake1, expected_remaining_stake) << stake_amount << " - " << unstake_amount;
    }
  };
  for (const auto& [stake, unstake] : cases) Case().run(stake, unstake);
}

TEST(Staking2Cases, test_share_based_staking_stake_unstake_inject) {
  // stake, unstake, inject, tolerance
  const std::tuple<uint64_t, uint64_t, uint64_t, int64_t> cases[] = {
      {1'000, 999, 1'000'000, 0},
      {1'000'000, 999'000, 100'000'000, 0},
      {1'000'000, 900'000, 100'000'000, 0},
      {100'000'000'000, 1'000'000'000, 1'000'000'000'000, 1},
      {100'000'000'000, 99'000'000'000, 1'000'000'000'000, 1},
      {100'000'000'000, 99'990'000'000, 1'000'000'000'000, 1},
      {100'000'000'000, 99'990'000'000, 1'234'567'890, 1},
  };
  struct Case : testing::SubtensorTest {
    void TestBody() override {}
    void run(uint64_t stake_amount, uint64_t unstake_amount, uint64_t inject_amount,
             int64_t tolerance) {
      const NetUid netuid(1);
      const AccountId hotkey1 = u256(1);
      const AccountId coldkey1 = u256(2);
      const AccountId coldkey2 = u256(3);
      increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey1, netuid,
                                                      stake_amount);
      decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey1, netuid,
                                                      unstake_amount);
      increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey2, netuid,
                                                      stake_amount);
      decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey2, netuid,
                                                      unstake_amount);
      increase_stake_for_hotkey_on_subnet(env_, hotkey1, netuid, inject_amount);

      const uint64_t stake1 =
          get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey1, coldkey1, netuid);
      const uint64_t stake2 =
          get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey1, coldkey2, netuid);
      const int64_t expected = i64(stake_amount) - i64(unstake_amount) + i64(inject_amount / 2);
      EXPECT_LE(std::abs(i64(stake1) - expected), tolerance) << stake_amount;
      EXPECT_LE(std::abs(i64(stake2) - expected), tolerance) << stake_amount;
    }
  };
  for (const auto& [stake, unstake, inject, tolerance] : cases) {
    Case().run(stake, unstake, inject, tolerance);
  }
}

TEST(Staking2Cases, test_share_based_staking_stake_inject_stake_new) {
  // stake, inject, stake, tolerance
  const std::tuple<uint64_t, uint64_t, uint64_t, int64_t> cases[] = {
      {1, 2'000'000'000, 500'000'000, 1},
      {1, 5'000'000'000, 50'000'000, 1},
      {500'000'000, 1'000'000'000, 1'000'000'000, 1},
  };
  struct Case : testing::SubtensorTest {
    void TestBody() override {}
    void run(uint64_t stake_amount, uint64_t inject_amount, uint64_t stake_amount_2,
             int64_t tolerance) {
      const NetUid netuid(1);
      const AccountId hotkey1 = u256(1);
      const AccountId coldkey1 = u256(2);
      const AccountId coldkey2 = u256(3);
      increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey1, netuid,
                                                      stake_amount);
      increase_stake_for_hotkey_on_subnet(env_, hotkey1, netuid, inject_amount);
      increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey1, coldkey2, netuid,
                                                      stake_amount_2);

      const uint64_t stake1 =
          get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey1, coldkey1, netuid);
      const uint64_t stake2 =
          get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey1, coldkey2, netuid);
      EXPECT_LE(std::abs(i64(stake1) - i64(stake_amount + inject_amount)), tolerance);
      EXPECT_LE(std::abs(i64(stake2) - i64(stake_amount_2)), tolerance);
    }
  };
  for (const auto& [stake, inject, stake2, tolerance] : cases) {
    Case().run(stake, inject, stake2, tolerance);
  }
}

// ---- staking.rs ---------------------------------------------------------------------------------

TEST_F(StakingTest, test_add_stake_to_hotkey_account_ok) {
  const AccountId subnet_owner_coldkey = u256(1);
  const AccountId subnet_owner_hotkey = u256(2);
  const AccountId hotkey_id = u256(5445);
  const AccountId coldkey_id = u256(5443433);
  const uint64_t amount = 10'000;
  const NetUid netuid = add_dynamic_network(subnet_owner_hotkey, subnet_owner_coldkey);
  register_ok_neuron(netuid, hotkey_id, coldkey_id, 192'213'123);

  // No stake in the system at first, other than the network's initial lock.
  EXPECT_EQ(TotalStake::get(overlay_), NetworkMinLockCost::get(env_));

  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid, amount);
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_id), amount);
}

TEST_F(StakingTest, test_remove_stake_from_hotkey_account) {
  const AccountId subnet_owner_coldkey = u256(1);
  const AccountId subnet_owner_hotkey = u256(2);
  const AccountId hotkey_id = u256(5445);
  const AccountId coldkey_id = u256(5443433);
  const uint64_t amount = 10'000;
  const NetUid netuid = add_dynamic_network(subnet_owner_hotkey, subnet_owner_coldkey);
  register_ok_neuron(netuid, hotkey_id, coldkey_id, 192'213'123);

  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid, amount);
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_id), amount);

  decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid, amount);
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_id), 0u);
}

TEST_F(StakingTest, test_remove_stake_from_hotkey_account_registered_in_various_networks) {
  const AccountId hotkey_id = u256(5445);
  const AccountId coldkey_id = u256(5443433);
  const uint64_t amount = 10'000;
  const NetUid netuid = add_dynamic_network(hotkey_id, coldkey_id);
  const NetUid netuid_ex = add_dynamic_network(hotkey_id, coldkey_id);

  const auto neuron_uid = get_uid_for_net_and_hotkey(overlay_, netuid, hotkey_id);
  ASSERT_TRUE(neuron_uid.has_value());
  const auto neuron_uid_ex = get_uid_for_net_and_hotkey(overlay_, netuid_ex, hotkey_id);
  ASSERT_TRUE(neuron_uid_ex.has_value());

  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid, amount);
  EXPECT_EQ(get_stake_for_uid_and_subnetwork(overlay_, netuid, *neuron_uid), amount);
  EXPECT_EQ(get_stake_for_uid_and_subnetwork(overlay_, netuid_ex, *neuron_uid_ex), 0u);

  decrease_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid, amount);
  EXPECT_EQ(get_stake_for_uid_and_subnetwork(overlay_, netuid, *neuron_uid), 0u);
  EXPECT_EQ(get_stake_for_uid_and_subnetwork(overlay_, netuid_ex, *neuron_uid_ex), 0u);
}

TEST_F(StakingTest, test_has_enough_stake_yes) {
  const AccountId hotkey_id = u256(4334);
  const AccountId coldkey_id = u256(87989);
  const uint64_t intial_amount = 10'000;
  const NetUid netuid = add_dynamic_network(hotkey_id, coldkey_id);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid,
                                                  intial_amount);

  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_id), intial_amount);
  EXPECT_EQ(get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey_id, coldkey_id, netuid),
            intial_amount);
  EXPECT_TRUE(
      has_enough_stake_on_subnet(overlay_, hotkey_id, coldkey_id, netuid, intial_amount / 2));
}

TEST_F(StakingTest, test_has_enough_stake_no) {
  const AccountId hotkey_id = u256(4334);
  const AccountId coldkey_id = u256(87989);
  const uint64_t intial_amount = 10'000;
  const NetUid netuid = add_dynamic_network(hotkey_id, coldkey_id);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey_id, coldkey_id, netuid,
                                                  intial_amount);

  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_id), intial_amount);
  EXPECT_EQ(get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey_id, coldkey_id, netuid),
            intial_amount);
  EXPECT_FALSE(
      has_enough_stake_on_subnet(overlay_, hotkey_id, coldkey_id, netuid, intial_amount * 2));
}

TEST_F(StakingTest, test_has_enough_stake_no_for_zero) {
  const AccountId hotkey_id = u256(4334);
  const AccountId coldkey_id = u256(87989);
  const uint64_t intial_amount = 0;
  const NetUid netuid = add_dynamic_network(hotkey_id, coldkey_id);

  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey_id), intial_amount);
  EXPECT_EQ(get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey_id, coldkey_id, netuid),
            intial_amount);
  EXPECT_FALSE(has_enough_stake_on_subnet(overlay_, hotkey_id, coldkey_id, netuid, 1'000));
}

TEST_F(StakingTest, test_non_existent_account) {
  const NetUid netuid(1);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, u256(0), u256(0), netuid, 10);
  EXPECT_EQ(get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, u256(0), u256(0), netuid), 10u);
  // No subnets => no iteration => zero total stake.
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, u256(0)), 0u);
}

// ---- Beyond upstream's tests: writes, events and rounding, computed by hand ---------------------

// Prices: root and stable subnets are 1; a dynamic pool is SubnetTAO / SubnetAlphaIn in U96F32
// (3e9 / 2e9 = 1.5 exactly), 0 without alpha in. The moving price is SubnetMovingPrice, a
// negative I96F32 saturating to 0.
TEST_F(StakeUtilsTest, PricesAndIssuance) {
  const NetUid stable(2);
  const NetUid dynamic(3);
  set_pool(stable, 0, 3'000'000'000, 2'000'000'000, 7);
  set_pool(dynamic, 1, 3'000'000'000, 2'000'000'000, 7);
  EXPECT_EQ(get_alpha_price(overlay_, kRootNetUid), U96F32::from_num(1));
  EXPECT_EQ(get_alpha_price(overlay_, stable), U96F32::from_num(1));
  EXPECT_EQ(get_alpha_price(overlay_, dynamic), U96F32::from_num(3) / U96F32::from_num(2));
  EXPECT_EQ(get_alpha_issuance(overlay_, dynamic), 2'000'000'007u);

  SubnetMovingPrice::insert(overlay_, dynamic, I96F32::from_num(-1));
  EXPECT_EQ(get_moving_alpha_price(overlay_, dynamic), U96F32::zero());
  SubnetMovingPrice::insert(overlay_, dynamic, I96F32::from_bits(i128{3} << 31));  // 1.5
  EXPECT_EQ(get_moving_alpha_price(overlay_, dynamic), U96F32::from_bits(u128{3} << 31));
  EXPECT_EQ(get_moving_alpha_price(overlay_, stable), U96F32::from_num(1));

  SubnetAlphaIn::insert(overlay_, dynamic, AlphaBalance(0));
  EXPECT_EQ(get_alpha_price(overlay_, dynamic), U96F32::zero());
  // SubnetAlphaIn + SubnetAlphaOut saturates.
  set_pool(dynamic, 1, 0, UINT64_MAX, 5);
  EXPECT_EQ(get_alpha_issuance(overlay_, dynamic), UINT64_MAX);
}

// Minimum liquidity: with reserves of 10,000,000 each, k = 1e14; selling 0 leaves the reserve at
// exactly the minimum (allowed, 0 out); selling 1 leaves 1e14 / 10,000,001 < 1e7 (refused).
// Refused swaps return 0 and write nothing. A stable subnet swaps 1:1.
TEST_F(StakeUtilsTest, MinimumLiquidityAndStableSwaps) {
  const NetUid netuid(1);
  set_pool(netuid, 1, 10'000'000, 10'000'000, 0);
  EXPECT_EQ(sim_swap_tao_for_alpha(overlay_, netuid, 0), std::optional<uint64_t>(0));
  EXPECT_EQ(sim_swap_alpha_for_tao(overlay_, netuid, 0), std::optional<uint64_t>(0));
  EXPECT_EQ(sim_swap_tao_for_alpha(overlay_, netuid, 1), std::nullopt);
  EXPECT_EQ(sim_swap_alpha_for_tao(overlay_, netuid, 1), std::nullopt);

  const auto before = dump();
  EXPECT_EQ(swap_tao_for_alpha(env_, netuid, 1'000), 0u);
  EXPECT_EQ(swap_alpha_for_tao(env_, netuid, 1'000), 0u);
  EXPECT_EQ(dump(), before);

  // An empty dynamic pool: k / (0 + tao) = 0 < minimum; k / 0 -> 0 < minimum.
  set_pool(netuid, 1, 0, 0, 0);
  EXPECT_EQ(sim_swap_tao_for_alpha(overlay_, netuid, 5), std::nullopt);
  EXPECT_EQ(sim_swap_alpha_for_tao(overlay_, netuid, 0), std::nullopt);

  const NetUid stable(2);
  set_pool(stable, 0, 100, 50, 20);
  EXPECT_EQ(sim_swap_tao_for_alpha(overlay_, stable, 1'000), std::optional<uint64_t>(1'000));
  EXPECT_EQ(swap_tao_for_alpha(env_, stable, 1'000), 1'000u);
  EXPECT_EQ(subnet_tao(stable), 1'100u);
  EXPECT_EQ(alpha_in(stable), 0u);  // 50 - 1,000 saturates
  EXPECT_EQ(alpha_out(stable), 1'020u);
  EXPECT_EQ(swap_alpha_for_tao(env_, stable, 30), 30u);
  EXPECT_EQ(subnet_tao(stable), 1'070u);
  EXPECT_EQ(alpha_in(stable), 30u);
  EXPECT_EQ(alpha_out(stable), 990u);
  EXPECT_EQ(total_stake(), 970u);  // +1,000 - 30
  EXPECT_EQ(SubnetVolume::get(overlay_, stable), u128{1'030});
}

// The pure quotes, by hand (reserves must stay >= 1e7, so the pools are in units of 1e7):
// tao 3e7, alpha 7e7, k = 2.1e15; 2e7 TAO in: new alpha = 2.1e15 / 5e7 = 4.2e7 exactly, so
// 2.8e7 alpha out.
TEST(StakeUtilsQuote, ConstantProductRounding) {
  EXPECT_EQ(quote_tao_for_alpha({30'000'000, 70'000'000}, 20'000'000),
            std::optional<uint64_t>(28'000'000));
  // new alpha = 7e7 * 3e7 / (3e7 + 1) = 69,999,997.666...: U110F18 keeps 18 fraction bits, so
  // 7e7 - that = 2.333... floors to 2.
  EXPECT_EQ(quote_tao_for_alpha({30'000'000, 70'000'000}, 1), std::optional<uint64_t>(2));
  // alpha for tao, same pool: new tao = 2.1e15 / (7e7 + 1) = 29,999,999.571..., 3e7 - that =
  // 0.428... -> 0 TAO.
  EXPECT_EQ(quote_alpha_for_tao({30'000'000, 70'000'000}, 1), std::optional<uint64_t>(0));
  // new tao = 2.1e15 / (7e7 + 7e7) = 1.5e7 -> 1.5e7 out.
  EXPECT_EQ(quote_alpha_for_tao({30'000'000, 70'000'000}, 70'000'000),
            std::optional<uint64_t>(15'000'000));
}

// Differential check against upstream's code: the bodies of sim_swap_tao_for_alpha and
// sim_swap_alpha_for_tao (stake_utils.rs at v3.0.0, with the reserves as arguments) compiled
// against substrate-fixed v0.5.9 in Cargo's release profile, on 20,000 random
// (tao reserve, alpha reserve, amount) triples of every magnitude (SplitMix64 draws
// next() >> (next() % 64)); FNV-1a over both quotes (16 little-endian bytes each, u128::MAX
// for None). Plus three single values printed by that program: the 10 TAO / 5 alpha pool of
// test_stake_base_case buying with 1 TAO, the all-u64::MAX saturating case, and
// test_remove_stake_fee_realistic_values' pool selling 111.18 alpha.
TEST(StakeUtilsQuote, UpstreamDifferential) {
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
      const uint64_t shift = next() % 64;
      return v >> shift;
    }
  };
  const auto hash = [](uint64_t seed) {
    SplitMix64 rng{seed ^ 0xaaaa};
    uint64_t h = 0xcbf29ce484222325ULL;
    const auto add = [&](u128 v) {
      for (int i = 0; i < 16; ++i) {
        h ^= static_cast<uint64_t>((v >> (8 * i)) & 0xff);
        h *= 0x100000001b3ULL;
      }
    };
    const auto opt = [](std::optional<uint64_t> v) { return v ? u128{*v} : ~u128{0}; };
    for (int i = 0; i < 20'000; ++i) {
      const uint64_t tao = rng.mag();
      const uint64_t alpha = rng.mag();
      const uint64_t amount = rng.mag();
      add(opt(quote_tao_for_alpha({tao, alpha}, amount)));
      add(opt(quote_alpha_for_tao({tao, alpha}, amount)));
    }
    return h;
  };
  EXPECT_EQ(hash(1), 0x80f13932f1b8f17dULL);
  EXPECT_EQ(hash(7), 0x3b3139196a2445b0ULL);
  EXPECT_EQ(quote_tao_for_alpha({10'000'000'000, 5'000'000'000}, 1'000'000'000),
            std::optional<uint64_t>(454'545'454));
  EXPECT_EQ(quote_tao_for_alpha({UINT64_MAX, UINT64_MAX}, UINT64_MAX),
            std::optional<uint64_t>(18'446'708'889'337'462'783ULL));
  EXPECT_EQ(quote_alpha_for_tao({3'896'056'559'708, 128'011'331'299'964}, 111'180'000'000),
            std::optional<uint64_t>(3'380'854'495));
}

// stake_into_subnet / unstake_from_subnet, by hand on a 1e10 / 1e10 dynamic pool (k = 1e20):
//  stake 1e10 + 50,000 with fee 50,000: 1e10 is swapped, new alpha = 1e20 / 2e10 = 5e9, so 5e9
//  alpha out; SubnetTAO = 2e10 + 50,000 (fee kept), TotalStake +1e10 + 50,000, volume 1e10.
//  unstake 5e9 with fee 50,000: k = 5e9 * (2e10 + 50,000) = 1e20 + 2.5e14, new tao =
//  k / 1e10 = 1e10 + 25,000, so 1e10 + 25,000 out; paid 1e10 - 25,000, fee 50,000; SubnetTAO =
//  2e10 + 50,000 - (1e10 + 25,000) + 50,000 = 1e10 + 75,000; volume 2e10 + 25,000.
TEST_F(StakeUtilsTest, StakeIntoAndUnstakeFromSubnetWritesAndEvents) {
  const NetUid netuid(1);
  const AccountId hotkey = u256(10);
  const AccountId coldkey = u256(11);
  set_pool(netuid, 1, 10'000'000'000, 10'000'000'000, 0);
  TotalStake::put(overlay_, TaoBalance(10'000'000'000));
  set_block(7);

  EXPECT_EQ(stake_into_subnet(env_, hotkey, coldkey, netuid, 10'000'050'000, 50'000),
            5'000'000'000u);
  EXPECT_EQ(subnet_tao(netuid), 20'000'050'000u);
  EXPECT_EQ(alpha_in(netuid), 5'000'000'000u);
  EXPECT_EQ(alpha_out(netuid), 5'000'000'000u);
  EXPECT_EQ(total_stake(), 20'000'050'000u);
  EXPECT_EQ(SubnetVolume::get(overlay_, netuid), u128{10'000'000'000});
  EXPECT_EQ(get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, coldkey, netuid),
            5'000'000'000u);
  EXPECT_EQ(StakingHotkeys::get(overlay_, coldkey), std::vector<AccountId>{hotkey});
  EXPECT_EQ(LastColdkeyHotkeyStakeBlock::get(overlay_, coldkey, hotkey),
            std::optional<uint64_t>(7));
  EXPECT_TRUE(has_event(event::StakeAdded{.coldkey = coldkey,
                                          .hotkey = hotkey,
                                          .tao = TaoBalance(10'000'000'000),
                                          .alpha = AlphaBalance(5'000'000'000),
                                          .netuid = netuid,
                                          .fee = TaoBalance(50'000)}));

  set_block(8);
  EXPECT_EQ(unstake_from_subnet(env_, hotkey, coldkey, netuid, 5'000'000'000, 50'000),
            9'999'975'000u);
  EXPECT_EQ(subnet_tao(netuid), 10'000'075'000u);
  EXPECT_EQ(alpha_in(netuid), 10'000'000'000u);
  EXPECT_EQ(alpha_out(netuid), 0u);
  EXPECT_EQ(total_stake(), 10'000'075'000u);
  EXPECT_EQ(SubnetVolume::get(overlay_, netuid), u128{20'000'025'000});
  EXPECT_EQ(get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, coldkey, netuid), 0u);
  EXPECT_FALSE(Alpha::contains_key(overlay_, hotkey, coldkey, netuid));
  EXPECT_FALSE(TotalHotkeyAlpha::contains_key(overlay_, hotkey, netuid));
  // StakingHotkeys is not pruned at v3.0.0 (upstream's step is commented out).
  EXPECT_EQ(StakingHotkeys::get(overlay_, coldkey), std::vector<AccountId>{hotkey});
  EXPECT_EQ(LastColdkeyHotkeyStakeBlock::get(overlay_, coldkey, hotkey),
            std::optional<uint64_t>(8));
  EXPECT_TRUE(has_event(event::StakeRemoved{.coldkey = coldkey,
                                            .hotkey = hotkey,
                                            .tao = TaoBalance(9'999'975'000),
                                            .alpha = AlphaBalance(5'000'000'000),
                                            .netuid = netuid,
                                            .fee = TaoBalance(50'000)}));
}

// Unstaking more than the coldkey holds removes nothing and swaps nothing, yet (as upstream) the
// fee bookkeeping, LastColdkeyHotkeyStakeBlock and a StakeRemoved event with zeros still happen.
// A fee larger than the TAO staked leaves nothing to swap: the whole amount is the fee, no alpha,
// no StakingHotkeys entry.
TEST_F(StakeUtilsTest, UnstakeTooMuchAndFeeOnlyStake) {
  const NetUid netuid(1);
  const AccountId hotkey = u256(10);
  const AccountId coldkey = u256(11);
  set_pool(netuid, 1, 10'000'000'000, 10'000'000'000, 0);

  EXPECT_EQ(unstake_from_subnet(env_, hotkey, coldkey, netuid, 1, 50'000), 0u);
  EXPECT_EQ(subnet_tao(netuid), 10'000'000'000u);
  EXPECT_EQ(LastColdkeyHotkeyStakeBlock::get(overlay_, coldkey, hotkey),
            std::optional<uint64_t>(1));
  // swap_alpha_for_tao(0) is allowed (0 out) and still adds 0 to the volume.
  EXPECT_EQ(SubnetVolume::get(overlay_, netuid), u128{0});
  EXPECT_TRUE(SubnetVolume::contains_key(overlay_, netuid));
  EXPECT_TRUE(has_event(event::StakeRemoved{.coldkey = coldkey,
                                            .hotkey = hotkey,
                                            .tao = TaoBalance(0),
                                            .alpha = AlphaBalance(0),
                                            .netuid = netuid,
                                            .fee = TaoBalance(0)}));

  EXPECT_EQ(stake_into_subnet(env_, hotkey, coldkey, netuid, 40'000, 50'000), 0u);
  EXPECT_EQ(subnet_tao(netuid), 10'000'040'000u);
  EXPECT_EQ(total_stake(), 40'000u);
  EXPECT_TRUE(StakingHotkeys::get(overlay_, coldkey).empty());
  EXPECT_TRUE(has_event(event::StakeAdded{.coldkey = coldkey,
                                          .hotkey = hotkey,
                                          .tao = TaoBalance(0),
                                          .alpha = AlphaBalance(0),
                                          .netuid = netuid,
                                          .fee = TaoBalance(40'000)}));
}

// Totals at price 1.5 (tao 3e9, alpha in 2e9): 1,000 alpha is worth 1,500; a stable subnet's
// stake counts 1:1. get_total_stake_for_coldkey walks StakingHotkeys and each hotkey's Alpha
// entries for this coldkey.
TEST_F(StakeUtilsTest, TotalStakeForHotkeyAndColdkey) {
  const NetUid dynamic(1);
  const NetUid stable(2);
  NetworksAdded::insert(overlay_, dynamic, true);
  NetworksAdded::insert(overlay_, stable, true);
  set_pool(dynamic, 1, 3'000'000'000, 2'000'000'000, 0);
  const AccountId hotkey = u256(10);
  const AccountId hotkey2 = u256(12);
  const AccountId coldkey = u256(11);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey, coldkey, dynamic, 1'000);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey, coldkey, stable, 20);
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey2, coldkey, dynamic, 1);
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey), 1'520u);
  EXPECT_EQ(get_total_stake_for_hotkey(overlay_, hotkey2), 1u);  // 1.5 floors to 1
  // StakingHotkeys is not written by the share functions.
  EXPECT_EQ(get_total_stake_for_coldkey(overlay_, coldkey), 0u);
  StakingHotkeys::insert(overlay_, coldkey, std::vector<AccountId>{hotkey, hotkey2});
  EXPECT_EQ(get_total_stake_for_coldkey(overlay_, coldkey), 1'521u);
}

// try_increase (sim_update_value_for_one) writes nothing and is true on an empty pool.
TEST_F(StakeUtilsTest, TryIncreaseWritesNothing) {
  const NetUid netuid(1);
  const AccountId hotkey = u256(10);
  EXPECT_TRUE(try_increase_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, netuid, 5));
  increase_stake_for_hotkey_and_coldkey_on_subnet(env_, hotkey, u256(11), netuid, 1'000);
  const auto before = dump();
  EXPECT_TRUE(try_increase_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, netuid, 5));
  // 0 buys no shares.
  EXPECT_FALSE(try_increase_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hotkey, netuid, 0));
  EXPECT_EQ(dump(), before);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
