// AdminUtils.sudo_set_nominator_min_required_stake (admin-utils lib.rs call 43 at v3.0.0) and
// staking/helpers.rs clear_small_nominations: raising the minimum unstakes (without fee) every
// nomination below it — stakes of coldkeys that do not own the hotkey — and pays the TAO to the
// nominator; the owner's own stake and larger nominations stay; lowering it clears nothing.
#include <gtest/gtest.h>

#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;

class NominationsTest : public SubtensorTest {
 protected:
  static Bytes set_min(uint64_t v) {
    scale::Encoder e;
    e.put_byte(19);
    e.put_byte(43);
    scale::encode_to(e, v);
    return e.take();
  }
};

TEST_F(NominationsTest, RaisingTheMinimumClearsSmallNominationsOnly) {
  const AccountId hot = u256(1), owner = u256(2), small = u256(3), big = u256(4);
  const NetUid n = add_dynamic_network(hot, owner);
  st::stake_into_subnet(env_, hot, owner, n, 1'000'000, 0);
  st::stake_into_subnet(env_, hot, small, n, 1'000'000, 0);
  st::stake_into_subnet(env_, hot, big, n, 5'000'000, 0);
  const uint64_t small_alpha = st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, small, n);
  const uint64_t owner_alpha = st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, owner, n);
  const uint64_t big_alpha = st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, big, n);
  ASSERT_GT(small_alpha, 0u);
  ASSERT_LT(small_alpha, 2'000'000u);
  ASSERT_LT(owner_alpha, 2'000'000u);
  ASSERT_GT(big_alpha, 2'000'000u);
  const std::optional<uint64_t> small_tao = st::sim_swap_alpha_for_tao(overlay_, n, small_alpha);
  ASSERT_TRUE(small_tao.has_value());
  const uint64_t before = free_balance(small);

  // Only Root may call it.
  expect_rejected(frame::Origin::signed_by(owner), set_min(2'000'000),
                  frame::DispatchError::bad_origin());
  ASSERT_TRUE(root(set_min(2'000'000)).has_value());
  EXPECT_EQ(st::NominatorMinRequiredStake::get(overlay_), 2'000'000u);
  EXPECT_EQ(st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, small, n), 0u);
  EXPECT_FALSE(st::Alpha::contains_key(overlay_, hot, small, n));
  EXPECT_EQ(free_balance(small), before + *small_tao);
  EXPECT_EQ(st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, owner, n), owner_alpha);
  EXPECT_EQ(st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, big, n), big_alpha);

  // Lowering (or keeping) the minimum clears nothing, even below the new one.
  st::stake_into_subnet(env_, hot, small, n, 1'000'000, 0);
  const auto state_alpha = st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, small, n);
  ASSERT_TRUE(root(set_min(1'500'000)).has_value());
  ASSERT_TRUE(root(set_min(1'500'000)).has_value());
  EXPECT_EQ(st::get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hot, small, n), state_alpha);
}

}  // namespace
}  // namespace subemu::runtime::testing
