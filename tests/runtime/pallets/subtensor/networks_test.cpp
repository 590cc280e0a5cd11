// Subnet registration arithmetic (subnets/subnet.hpp): the lock cost of get_network_lock_cost,
// the halving-scaled reduction interval of get_lock_reduction_interval and get_next_netuid,
// against hand-computed numbers (pallets/subtensor/src/coinbase/root.rs and subnets/subnet.rs
// at v3.0.0), with the state inputs read under both configurations.
#include "runtime/pallets/subtensor/subnets/subnet.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "runtime/frame/config.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/genesis.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {
namespace {

constexpr uint64_t kTao = 1'000'000'000;

TEST(SubtensorLockCost, BeforeAnyRegistrationIsTheLastLockFloorMin) {
  // mult 1 while NetworkLastRegistered == 0: the cost can only fall to the minimum.
  LockCostInputs in{1000 * kTao, 1000 * kTao, 0, 0, 100'800};
  EXPECT_EQ(network_lock_cost(in), 1000 * kTao);
  in.current_block = 1;  // 1e12 - 9,920,634 < min
  EXPECT_EQ(network_lock_cost(in), 1000 * kTao);
  in.min_lock = 0;
  EXPECT_EQ(network_lock_cost(in), 1000 * kTao - 9'920'634);
}

TEST(SubtensorLockCost, DoublesThenDecaysLinearly) {
  // Registered at block 10 for 1000 TAO: floor(1e12 / 100800) = 9,920,634 per block.
  LockCostInputs in{1000 * kTao, 1000 * kTao, 10, 10, 100'800};
  EXPECT_EQ(network_lock_cost(in), 2000 * kTao);
  in.current_block = 11;
  EXPECT_EQ(network_lock_cost(in), 2000 * kTao - 9'920'634);
  in.current_block = 10 + 50'400;
  EXPECT_EQ(network_lock_cost(in), 1'500'000'046'400u);
  in.current_block = 10 + 100'800;
  EXPECT_EQ(network_lock_cost(in), 1'000'000'092'800u);
  in.current_block = 10 + 200'000;  // 15,873,200,000 < min
  EXPECT_EQ(network_lock_cost(in), 1000 * kTao);
  in.current_block = 5;  // before the last registration: no reduction
  EXPECT_EQ(network_lock_cost(in), 2000 * kTao);
}

TEST(SubtensorLockCost, SaturatesAndZeroInterval) {
  EXPECT_EQ(network_lock_cost({UINT64_MAX, 0, 1, 1, 10}), UINT64_MAX);
  // Zero interval: safe_div gives 0, no decay.
  EXPECT_EQ(network_lock_cost({7 * kTao, 0, 3, 1'000'000, 0}), 14 * kTao);
  // Reduction larger than the cost: saturates to 0, then the minimum.
  EXPECT_EQ(network_lock_cost({100, 0, 1, 1'000, 1}), 0u);
  EXPECT_EQ(network_lock_cost({100, 42, 1, 1'000, 1}), 42u);
}

TEST(SubtensorLockCost, ReductionIntervalScalesWithBlockEmission) {
  EXPECT_EQ(lock_reduction_interval(100'800, kTao), 100'800u);
  EXPECT_EQ(lock_reduction_interval(100'800, kTao / 2), 50'400u);
  EXPECT_EQ(lock_reduction_interval(100'800, 0), 0u);
  // 333333333 / 1e9 truncates below 1/3: 3 * that floors to 0.
  EXPECT_EQ(lock_reduction_interval(3, 333'333'333), 0u);
  EXPECT_EQ(lock_reduction_interval(3, 333'333'334), 1u);
  // u64::MAX saturates into I64F64 (max 2^63 - 2^-64), then floors.
  EXPECT_EQ(lock_reduction_interval(UINT64_MAX, kTao), 9'223'372'036'854'775'807u);
}

struct Fixture {
  storage::MemoryStore store;
  storage::Overlay state{store};
};

TEST(SubtensorLockCost, InputsFromStateUseConfigDefaults) {
  Fixture f;
  frame::Env rt{f.state, frame::runtime_config(), runtime_registry()};
  LockCostInputs in = lock_cost_inputs(rt, 5, kTao);
  EXPECT_EQ(in.last_lock, 1000 * kTao);
  EXPECT_EQ(in.min_lock, 1000 * kTao);
  EXPECT_EQ(in.last_lock_block, 0u);
  EXPECT_EQ(in.current_block, 5u);
  EXPECT_EQ(in.lock_reduction_interval, 100'800u);

  NetworkLastLockCost::put(f.state, TaoBalance(3000 * kTao));
  NetworkLastRegistered::put(f.state, 4);
  in = lock_cost_inputs(rt, 5, kTao / 2);
  EXPECT_EQ(in.last_lock, 3000 * kTao);
  EXPECT_EQ(in.last_lock_block, 4u);
  EXPECT_EQ(in.lock_reduction_interval, 50'400u);
  // 6000 TAO - floor(3e12 / 50400) * 1 = 6e12 - 59,523,809.
  EXPECT_EQ(network_lock_cost(in), 6000 * kTao - 59'523'809);
}

TEST(SubtensorNextNetuid, FirstFreeFromOne) {
  Fixture f;
  EXPECT_EQ(next_netuid(f.state), NetUid(1));
  NetworksAdded::insert(f.state, NetUid(0), true);
  EXPECT_EQ(next_netuid(f.state), NetUid(1));
  NetworksAdded::insert(f.state, NetUid(1), true);
  NetworksAdded::insert(f.state, NetUid(3), true);
  EXPECT_EQ(next_netuid(f.state), NetUid(2));
  // A key counts even when its value is false (upstream iterates the keys).
  NetworksAdded::insert(f.state, NetUid(2), false);
  EXPECT_EQ(next_netuid(f.state), NetUid(4));
}

TEST(SubtensorNextNetuid, DevGenesisGivesTwo) {
  Fixture f;
  frame::Env env{f.state, frame::runtime_config(), runtime_registry()};
  ASSERT_TRUE(build_genesis_state(env, dev_genesis()).has_value());
  EXPECT_EQ(next_netuid(f.state), NetUid(2));
}

TEST(SubtensorTokenSymbol, TableAndDefault) {
  EXPECT_EQ(symbol_for_subnet(NetUid(0)), (Bytes{0xCE, 0xA4}));                // uppercase Tau
  EXPECT_EQ(symbol_for_subnet(NetUid(1)), (Bytes{0xCE, 0xB1}));                // alpha
  EXPECT_EQ(symbol_for_subnet(NetUid(2)), (Bytes{0xCE, 0xB2}));                // beta
  EXPECT_EQ(symbol_for_subnet(NetUid(18)), (Bytes{0xCF, 0x83}));               // sigma
  EXPECT_EQ(symbol_for_subnet(NetUid(19)), (Bytes{'t'}));                      // ASCII t
  EXPECT_EQ(symbol_for_subnet(NetUid(25)), (Bytes{0xD7, 0x90}));               // aleph
  EXPECT_EQ(symbol_for_subnet(NetUid(127)), (Bytes{0xF0, 0x91, 0x80, 0x85}));  // Brahmi, skips 0x84
  EXPECT_EQ(symbol_for_subnet(NetUid(438)), (Bytes{0xE0, 0xB6, 0xB0}));        // Sinhala Ra
  EXPECT_EQ(symbol_for_subnet(NetUid(439)), (Bytes{0xCE, 0xA4}));
  EXPECT_EQ(symbol_for_subnet(NetUid(65535)), (Bytes{0xCE, 0xA4}));
}

}  // namespace
}  // namespace subemu::runtime::subtensor
