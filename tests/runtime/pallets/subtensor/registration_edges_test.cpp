// Parity audit (A) of subnets, registration, UIDs, root registration, block_step, the signed
// extension and staking helpers against subtensor v3.0.0. The line-by-line review found no
// behavioural discrepancy in that scope; these tests pin the points the review checked that no
// other test covered: get_block_emission's write-only-on-change of BlockEmission (and no write at
// the total supply), get_network_lock_cost reading the emission-halved reduction interval end to
// end from SubtensorModule.TotalIssuance, and clear_neuron's ValueQuery mutates storing an empty
// vector back. Every number is computed by hand in the comments.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "runtime/pallets/subtensor/coinbase/block_emission.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;

class RegistrationEdgesTest : public SubtensorTest {};

constexpr uint64_t kTao = 1'000'000'000;
// Half of 2 * 10.5e15 (the halving denominator of get_block_emission_for_issuance).
constexpr uint64_t kFirstHalving = 10'500'000'000'000'000;

TEST_F(RegistrationEdgesTest, BlockEmissionWritesStorageOnlyWhenTheValueChanges) {
  // Issuance 0: log2(1 / (1 - 0)) = 0, 2^0 = 1, emission 1e9 == the DefaultBlockEmission that
  // BlockEmission already reads: nothing is written.
  st::TotalIssuance::put(overlay_, TaoBalance(0));
  EXPECT_EQ(st::block_emission(env_), std::optional<uint64_t>(kTao));
  EXPECT_FALSE(st::BlockEmission::try_get(overlay_).has_value());

  // Issuance 10.5e15: 10.5e15 / 2.1e16 = 0.5 exactly, 1 / (1 - 0.5) = 2, log2(2) = 1, so the
  // multiplier is 2 and the emission 1e9 / 2 = 5e8, which differs: BlockEmission is written.
  st::TotalIssuance::put(overlay_, TaoBalance(kFirstHalving));
  EXPECT_EQ(st::block_emission(env_), std::optional<uint64_t>(kTao / 2));
  EXPECT_EQ(st::BlockEmission::try_get(overlay_), std::optional(TaoBalance(kTao / 2)));

  // At the 21e15 total supply upstream returns Ok(0) before the write: BlockEmission keeps 5e8.
  st::TotalIssuance::put(overlay_, TaoBalance(st::kTotalSupply));
  EXPECT_EQ(st::block_emission(env_), std::optional<uint64_t>(0));
  EXPECT_EQ(st::BlockEmission::try_get(overlay_), std::optional(TaoBalance(kTao / 2)));

  // Back to issuance 0: 1e9 differs from the stored 5e8, so it is written explicitly.
  st::TotalIssuance::put(overlay_, TaoBalance(0));
  EXPECT_EQ(st::block_emission(env_), std::optional<uint64_t>(kTao));
  EXPECT_EQ(st::BlockEmission::try_get(overlay_), std::optional(TaoBalance(kTao)));
}

TEST_F(RegistrationEdgesTest, LockCostUsesTheHalvedReductionIntervalAndRefreshesBlockEmission) {
  // Emission 5e8 (issuance 10.5e15, above) halves the interval: 100 * (5e8 / 1e9) = 50.
  st::TotalIssuance::put(overlay_, TaoBalance(kFirstHalving));
  st::NetworkLockReductionInterval::put(overlay_, uint64_t{100});
  st::NetworkLastLockCost::put(overlay_, TaoBalance(1'000'000'000'000));
  st::NetworkMinLockCost::put(overlay_, TaoBalance(0));
  st::NetworkLastRegistered::put(overlay_, uint64_t{1});
  set_block(11);
  // mult 2 (a registration happened): 2e12 - (1e12 / 50) * (11 - 1) = 2e12 - 2e11 = 1.8e12.
  EXPECT_EQ(st::network_lock_cost(env_), 1'800'000'000'000u);
  EXPECT_EQ(st::BlockEmission::try_get(overlay_), std::optional(TaoBalance(kTao / 2)));
}

TEST_F(RegistrationEdgesTest, ClearNeuronStoresTheVectorsBackEvenWhenEmpty) {
  // Upstream's `Emission::<T>::mutate(netuid, ...)` on a ValueQuery map stores the (here empty)
  // vector back: five explicit entries appear, and Bonds stays absent.
  const NetUid n{5};
  st::clear_neuron(overlay_, n, Uid(3));
  EXPECT_EQ(st::Emission::try_get(overlay_, n), std::optional(std::vector<uint64_t>{}));
  EXPECT_EQ(st::Trust::try_get(overlay_, n), std::optional(std::vector<uint16_t>{}));
  EXPECT_EQ(st::Consensus::try_get(overlay_, n), std::optional(std::vector<uint16_t>{}));
  EXPECT_EQ(st::Incentive::try_get(overlay_, n), std::optional(std::vector<uint16_t>{}));
  EXPECT_EQ(st::Dividends::try_get(overlay_, n), std::optional(std::vector<uint16_t>{}));
  EXPECT_FALSE(st::Bonds::contains_key(overlay_, n, Uid(3)));
}

}  // namespace
}  // namespace subemu::runtime::testing
