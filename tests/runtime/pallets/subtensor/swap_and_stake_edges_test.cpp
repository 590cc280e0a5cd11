// Parity pins from the serving / identity / rate-limiting / key-swap / share-pool / stake-utils
// audit against subtensor v3.0.0. Each test pins an upstream behaviour at a boundary the other
// test files do not reach (the audit found no divergence in these areas; these keep it so).
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/swap/swap_coldkey.hpp"
#include "runtime/pallets/subtensor/swap/swap_hotkey.hpp"
#include "runtime/primitives/balance.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subemu::runtime::subtensor;
using frame::Weight;

class SwapAndStakeEdgesTest : public SubtensorTest {};

// swap_hotkey.rs do_swap_hotkey step 9: reads((TotalNetworks.saturating_add(1u16)) as u64). The
// addition saturates in u16, so TotalNetworks = u16::MAX accounts 65535 reads, not 65536.
TEST_F(SwapAndStakeEdgesTest, SwapHotkeyNetworkReadsSaturateInU16) {
  const uint64_t cost = env_.config.subtensor.key_swap_cost;
  auto swap_weight = [&](uint16_t total_networks, uint64_t base) -> std::optional<Weight> {
    const AccountId old_hotkey = u256(base), new_hotkey = u256(base + 1), coldkey = u256(base + 2);
    st::Owner::insert(overlay_, old_hotkey, coldkey);
    st::TotalNetworks::put(overlay_, total_networks);
    add_balance(coldkey, cost + 1000);
    auto r = st::do_swap_hotkey(env_, frame::Origin::signed_by(coldkey), old_hotkey, new_hotkey);
    EXPECT_TRUE(r.has_value());
    return r.has_value() ? r->actual_weight : std::nullopt;
  };
  // No subnet: the weight of perform_hotkey_swap is the same for both swaps.
  const std::optional<Weight> one = swap_weight(1, 10);
  const std::optional<Weight> max = swap_weight(UINT16_MAX, 20);
  ASSERT_TRUE(one.has_value() && max.has_value());
  EXPECT_EQ(one->ref_time, 1'175'000'000u);  // reads(2) for TotalNetworks 1
  EXPECT_EQ(max->ref_time - one->ref_time, frame::DbWeight::reads(65'535 - 2).ref_time);
}

// helpers.rs get_total_stake_for_hotkey: Iterator::sum over u64 wraps in the release runtime
// (overflow checks off); each term is alpha * price saturated to u64.
TEST_F(SwapAndStakeEdgesTest, TotalStakeForHotkeySumWraps) {
  const AccountId hotkey = u256(1);
  for (const NetUid n : {NetUid{1}, NetUid{2}}) {
    st::NetworksAdded::insert(overlay_, n, true);  // SubnetMechanism 0: price 1
    st::TotalHotkeyAlpha::insert(overlay_, hotkey, n, AlphaBalance(UINT64_MAX));
  }
  EXPECT_EQ(st::get_total_stake_for_hotkey(overlay_, hotkey), UINT64_MAX - 1);
}

// swap_coldkey.rs perform_swap_coldkey step 2 reads SubnetOwner with its ValueQuery default (the
// all-zero account): swapping away from the zero account takes every subnet with no stored owner,
// and the unconditional `weight += reads_writes(1, 1)` counts every subnet.
TEST_F(SwapAndStakeEdgesTest, SwapFromZeroColdkeyTakesUnownedSubnets) {
  const AccountId zero = u256(0), new_coldkey = u256(7), other = u256(8);
  st::NetworksAdded::insert(overlay_, NetUid{3}, true);  // no SubnetOwner entry
  st::NetworksAdded::insert(overlay_, NetUid{4}, true);
  st::SubnetOwner::insert(overlay_, NetUid{4}, other);
  Weight weight;
  ASSERT_TRUE(st::perform_swap_coldkey(env_, zero, new_coldkey, weight).has_value());
  EXPECT_EQ(st::SubnetOwner::try_get(overlay_, NetUid{3}), std::optional<AccountId>(new_coldkey));
  EXPECT_EQ(st::SubnetOwner::get(overlay_, NetUid{4}), other);
  // 2 subnets rw(1,1), StakingHotkeys rw(2,2), OwnedHotkeys rw(2,2), balance rw(2,2).
  EXPECT_EQ(weight, frame::DbWeight::reads_writes(8, 8));
}

}  // namespace
}  // namespace subemu::runtime::testing
