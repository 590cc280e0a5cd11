// Registration terms (coinbase/registration_terms.hpp): the test of
// pallets/subtensor/src/tests/difficulty.rs at v3.0.0 under its upstream name with the same inputs
// and asserted numbers, then the U110F18 formula on hand-computed cases and the six adjustment
// cases of adjust_registration_terms_for_networks.
#include "runtime/pallets/subtensor/coinbase/registration_terms.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "tests/runtime/pallets/subtensor/registration_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;

class DifficultyTest : public RegistrationFixture {};

AccountId plus(uint64_t base, uint64_t k) { return u256(base + k); }

TEST_F(DifficultyTest, test_registration_difficulty_adjustment) {
  const NetUid netuid{1};
  add_network(netuid, 1, 1);
  st::SubnetOwner::insert(overlay_, netuid, u256(99999));  // owners are not deregistered

  set_min_difficulty(netuid, 10000);
  EXPECT_EQ(difficulty(netuid), 10000u);
  EXPECT_EQ(last_adjustment_block(netuid), 0u);
  EXPECT_EQ(registrations_this_block(netuid), 0);
  set_adjustment_alpha(netuid, 58000);
  set_target_registrations_per_interval(netuid, 2);
  set_adjustment_interval(netuid, 100);
  EXPECT_TRUE(st::NetworkRegistrationAllowed::get(overlay_, netuid));

  set_difficulty(netuid, 20000);
  set_adjustment_interval(netuid, 1);
  set_target_registrations_per_interval(netuid, 1);
  set_max_registrations_per_block(netuid, 3);
  set_max_allowed_uids(netuid, 3);
  set_network_registration_allowed(netuid, true);
  EXPECT_EQ(difficulty(netuid), 20000u);
  EXPECT_EQ(st::AdjustmentInterval::get(env_, netuid), 1);
  EXPECT_EQ(st::TargetRegistrationsPerInterval::get(env_, netuid), 1);
  EXPECT_EQ(st::MaxRegistrationsPerBlock::get(env_, netuid), 3);
  EXPECT_EQ(st::MaxAllowedUids::get(env_, netuid), 3);
  EXPECT_TRUE(st::NetworkRegistrationAllowed::get(overlay_, netuid));

  const uint64_t hotkey0 = 0, hotkey1 = 100, hotkey2 = 2000;
  const uint64_t coldkey0 = 0, coldkey1 = 1000, coldkey2 = 20000;
  register_ok_neuron(netuid, u256(hotkey0), u256(coldkey0), 39420842);
  register_ok_neuron(netuid, u256(hotkey1), u256(coldkey1), 12412392);
  register_ok_neuron(netuid, u256(hotkey2), u256(coldkey2), 21813123);
  EXPECT_EQ(hotkey_at(netuid, 0), u256(hotkey0));
  EXPECT_EQ(hotkey_at(netuid, 1), u256(hotkey1));
  EXPECT_EQ(hotkey_at(netuid, 2), u256(hotkey2));
  EXPECT_EQ(subnetwork_n(netuid), 3);
  EXPECT_EQ(registrations_this_block(netuid), 3);
  EXPECT_EQ(registrations_this_interval(netuid), 3);

  EXPECT_EQ(difficulty(netuid), 20000u);
  step_block(1);
  EXPECT_EQ(registrations_this_block(netuid), 0);
  EXPECT_EQ(last_adjustment_block(netuid), 2u);
  EXPECT_EQ(difficulty(netuid), 40000u);  // 20000 * (3 + 1) / (1 + 1)
  EXPECT_EQ(registrations_this_interval(netuid), 0);

  set_adjustment_interval(netuid, 3);
  EXPECT_EQ(st::AdjustmentInterval::get(env_, netuid), 3);
  set_target_registrations_per_interval(netuid, 3);
  EXPECT_EQ(st::TargetRegistrationsPerInterval::get(env_, netuid), 3);

  register_ok_neuron(netuid, plus(hotkey0, 1), plus(coldkey0, 1), 3942084);
  register_ok_neuron(netuid, plus(hotkey1, 1), plus(coldkey1, 1), 1241239);
  register_ok_neuron(netuid, plus(hotkey2, 1), plus(coldkey2, 1), 2181312);
  EXPECT_EQ(hotkey_at(netuid, 0), plus(hotkey0, 1));  // replace 0
  EXPECT_EQ(hotkey_at(netuid, 1), plus(hotkey1, 1));  // replace 1
  EXPECT_EQ(hotkey_at(netuid, 2), plus(hotkey2, 1));  // replace 2
  EXPECT_EQ(registrations_this_block(netuid), 3);
  EXPECT_EQ(registrations_this_interval(netuid), 3);

  step_block(1);
  EXPECT_EQ(last_adjustment_block(netuid), 2u);
  EXPECT_EQ(registrations_this_block(netuid), 0);
  EXPECT_EQ(registrations_this_interval(netuid), 3);

  register_ok_neuron(netuid, plus(hotkey0, 2), plus(coldkey0, 2), 394208420);
  register_ok_neuron(netuid, plus(hotkey1, 2), plus(coldkey1, 2), 124123920);
  register_ok_neuron(netuid, plus(hotkey2, 2), plus(coldkey2, 2), 218131230);
  EXPECT_EQ(registrations_this_block(netuid), 3);

  step_block(1);
  EXPECT_EQ(registrations_this_interval(netuid), 6);
  EXPECT_EQ(difficulty(netuid), 40000u);
  step_block(1);
  EXPECT_EQ(difficulty(netuid), 60'000u);  // 40000 * (6 + 3) / (3 + 3)
  EXPECT_EQ(registrations_this_interval(netuid), 0);

  // Min value.
  set_min_difficulty(netuid, 1);
  set_difficulty(netuid, 4);
  EXPECT_EQ(st::MinDifficulty::get(env_, netuid), 1u);
  EXPECT_EQ(difficulty(netuid), 4u);
  set_adjustment_interval(netuid, 1);
  step_block(1);
  EXPECT_EQ(difficulty(netuid), 2u);  // 4 * (0 + 1) / (1 + 1)
  step_block(1);
  EXPECT_EQ(difficulty(netuid), 1u);
  step_block(1);
  EXPECT_EQ(difficulty(netuid), 1u);  // max(0.5, 1)

  // Max value.
  set_max_difficulty(netuid, 10000);
  set_difficulty(netuid, 5000);
  EXPECT_EQ(st::MaxDifficulty::get(env_, netuid), 10000u);
  EXPECT_EQ(difficulty(netuid), 5000u);
  set_max_registrations_per_block(netuid, 4);
  register_ok_neuron(netuid, plus(hotkey0, 3), plus(coldkey0, 3), 294208420);
  register_ok_neuron(netuid, plus(hotkey1, 3), plus(coldkey1, 3), 824123920);
  register_ok_neuron(netuid, plus(hotkey2, 3), plus(coldkey2, 3), 324123920);
  register_ok_neuron(netuid, plus(hotkey2, 4), plus(coldkey2, 4), 524123920);
  EXPECT_EQ(registrations_this_interval(netuid), 4);
  EXPECT_EQ(st::TargetRegistrationsPerInterval::get(env_, netuid), 3);
  step_block(1);
  EXPECT_EQ(difficulty(netuid), 5833u);  // 5000 * (4 + 3) / (3 + 3), floored

  register_ok_neuron(netuid, plus(hotkey0, 4), plus(coldkey0, 4), 124208420);
  register_ok_neuron(netuid, plus(hotkey1, 4), plus(coldkey1, 4), 314123920);
  register_ok_neuron(netuid, plus(hotkey2, 4), plus(coldkey2, 4), 834123920);
  step_block(1);
  EXPECT_EQ(difficulty(netuid), 5833u);
}

// ---- the formula (hand-computed in U110F18: 18 fractional bits) ------------------------------

TEST(RegistrationTermsFormula, Cases) {
  const auto f = st::upgraded_registration_value;
  // alpha = 0: the ratio alone. 12345 * (3 + 3) / (3 + 3) is unchanged.
  EXPECT_EQ(f(12345, 3, 3, 0, 1, UINT64_MAX), 12345u);
  // alpha = u64::MAX / u64::MAX = 1.0 exactly: the current value, whatever the registrations.
  EXPECT_EQ(f(5000, 100, 1, UINT64_MAX, 1, UINT64_MAX), 5000u);
  // alpha = 2^63 / (2^64 - 1): 2^81 / (2^64 - 1) = 131072.000... bits, i.e. exactly 0.5.
  // 0.5 * 1000 + 0.5 * (1000 * 4 / 2) = 1500.
  EXPECT_EQ(f(1000, 3, 1, uint64_t{1} << 63, 1, UINT64_MAX), 1500u);
  // 0.5 * 3 + 0.5 * (3 * 1 / 2) = 1.5 + 0.75 = 2.25, floored to 2.
  EXPECT_EQ(f(3, 0, 1, uint64_t{1} << 63, 1, UINT64_MAX), 2u);
  // init_new_network's alpha 17_893_341_751_498_265_066 is 254279 / 2^18 (floor of
  // raw * 2^18 / u64::MAX); with current 10000 and 2 registrations against a target of 1:
  // (254279 * 10000 + (262144 - 254279) * 15000) / 2^18 = 10150.01..., floored to 10150.
  EXPECT_EQ(f(10000, 2, 1, 17'893'341'751'498'265'066u, 1, UINT64_MAX), 10150u);
  // Target 0: x / 0 is 0 (safe_div), so with alpha 0 the value falls to the minimum.
  EXPECT_EQ(f(5000, 5, 0, 0, 7, UINT64_MAX), 7u);
  // u16 saturation: 65535 + 1 saturates to 65535, so 2 * 65535 / 2 = 65535 (not 65536).
  EXPECT_EQ(f(2, 65535, 1, 0, 1, UINT64_MAX), 65535u);
  // Clamps: at or above max gives max, at or below min gives min (max is checked first).
  EXPECT_EQ(f(5000, 7, 1, 0, 1, 10000), 10000u);   // 20000 >= 10000
  EXPECT_EQ(f(5000, 1, 1, 0, 1, 5000), 5000u);     // 5000 >= max 5000
  EXPECT_EQ(f(5000, 1, 1, 0, 5000, 9000), 5000u);  // 5000 <= min 5000
  EXPECT_EQ(f(5000, 1, 1, 0, 6000, 5000), 5000u);  // both: max wins
  // init_new_network's min difficulty u64::MAX: any value below it is lifted to u64::MAX.
  EXPECT_EQ(f(10000, 0, 1, 0, UINT64_MAX, UINT64_MAX), UINT64_MAX);
}

// ---- the six cases ---------------------------------------------------------------------------

class RegistrationTermsCases : public RegistrationFixture {
 protected:
  void SetUp() override {
    add_network(net_, 13, 0);
    set_adjustment_alpha(net_, 0);
    set_adjustment_interval(net_, 1);
    set_target_registrations_per_interval(net_, 2);
    set_min_difficulty(net_, 1);
    set_max_difficulty(net_, UINT64_MAX);
    set_difficulty(net_, 10000);
    set_burn(net_, 1'000'000);  // mock MinBurn 500_000, MaxBurn 1_000_000_000
  }
  // Sets the interval counters, runs one block, returns (burn, difficulty).
  std::pair<uint64_t, uint64_t> run(uint16_t pow, uint16_t burned) {
    st::POWRegistrationsThisInterval::insert(overlay_, net_, pow);
    st::BurnRegistrationsThisInterval::insert(overlay_, net_, burned);
    set_registrations_this_interval(net_, static_cast<uint16_t>(pow + burned));
    st::RegistrationsThisBlock::insert(overlay_, net_, uint16_t{5});
    step_block(1);
    EXPECT_EQ(registrations_this_interval(net_), 0);
    EXPECT_EQ(st::POWRegistrationsThisInterval::get(overlay_, net_), 0);
    EXPECT_EQ(st::BurnRegistrationsThisInterval::get(overlay_, net_), 0);
    EXPECT_EQ(registrations_this_block(net_), 0);
    EXPECT_EQ(last_adjustment_block(net_), block());
    return {burn(net_), difficulty(net_)};
  }
  const NetUid net_{1};
};

// Target 2: with r registrations the factor is (r + 2) / 4.
TEST_F(RegistrationTermsCases, A_TooManyMostlyPow_DifficultyUp) {
  EXPECT_EQ(run(4, 1), (std::pair<uint64_t, uint64_t>{1'000'000, 17'500}));  // x 7/4
}
TEST_F(RegistrationTermsCases, B_TooManyMostlyBurn_BurnUp) {
  EXPECT_EQ(run(1, 4), (std::pair<uint64_t, uint64_t>{1'750'000, 10'000}));
}
TEST_F(RegistrationTermsCases, F_TooManyEqual_BothUp) {
  EXPECT_EQ(run(2, 2), (std::pair<uint64_t, uint64_t>{1'500'000, 15'000}));  // x 6/4
}
TEST_F(RegistrationTermsCases, C_FewMostlyPow_BurnDown) {
  EXPECT_EQ(run(1, 0), (std::pair<uint64_t, uint64_t>{750'000, 10'000}));  // x 3/4
}
TEST_F(RegistrationTermsCases, D_FewMostlyBurn_DifficultyDown) {
  EXPECT_EQ(run(0, 1), (std::pair<uint64_t, uint64_t>{1'000'000, 7'500}));
}
TEST_F(RegistrationTermsCases, E_FewEqual_BothDown) {
  // x 2/4: the burn 500_000 is at MinBurn (returned as the minimum).
  EXPECT_EQ(run(0, 0), (std::pair<uint64_t, uint64_t>{500'000, 5'000}));
  EXPECT_TRUE(has_event(st::event::DifficultySet{net_, 5'000}));
}

TEST_F(RegistrationTermsCases, NothingBeforeTheInterval) {
  set_adjustment_interval(net_, 10);
  st::LastAdjustmentBlock::insert(overlay_, net_, block());
  set_registrations_this_interval(net_, 4);
  st::RegistrationsThisBlock::insert(overlay_, net_, uint16_t{2});
  step_block(1);
  EXPECT_EQ(difficulty(net_), 10000u);
  EXPECT_EQ(registrations_this_interval(net_), 4);
  EXPECT_EQ(registrations_this_block(net_), 0);  // always drained
}

}  // namespace
}  // namespace subemu::runtime::testing
