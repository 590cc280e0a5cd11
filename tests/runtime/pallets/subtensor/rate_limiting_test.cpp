// Rate limiting (utils/rate_limiting.hpp). Upstream has no test file for utils/rate_limiting.rs
// (its functions are exercised through children.rs and admin-utils, which need mechanisms not
// modelled yet), so these are our own cases: the TransactionType numbers, each type's limit under
// both configurations (numbers from tests/mock.rs and runtime/src/lib.rs at v3.0.0), where each
// type's last block is stored, and the boundaries of the passes / exceeds rules, computed by hand.
#include "runtime/pallets/subtensor/utils/rate_limiting.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "runtime/frame/config.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
using st::TransactionType;

class RateLimitingTest : public SubtensorTest {};

TEST(RateLimiting, TransactionTypeNumbers) {
  EXPECT_EQ(st::to_u16(TransactionType::kSetChildren), 0);
  EXPECT_EQ(st::to_u16(TransactionType::kSetChildkeyTake), 1);
  EXPECT_EQ(st::to_u16(TransactionType::kUnknown), 2);
  EXPECT_EQ(st::to_u16(TransactionType::kRegisterNetwork), 3);
  EXPECT_EQ(st::to_u16(TransactionType::kSetWeightsVersionKey), 4);
  EXPECT_EQ(st::transaction_type_from_u16(0), TransactionType::kSetChildren);
  EXPECT_EQ(st::transaction_type_from_u16(1), TransactionType::kSetChildkeyTake);
  EXPECT_EQ(st::transaction_type_from_u16(2), TransactionType::kUnknown);
  EXPECT_EQ(st::transaction_type_from_u16(3), TransactionType::kRegisterNetwork);
  EXPECT_EQ(st::transaction_type_from_u16(4), TransactionType::kSetWeightsVersionKey);
  EXPECT_EQ(st::transaction_type_from_u16(5), TransactionType::kUnknown);
  EXPECT_EQ(st::transaction_type_from_u16(UINT16_MAX), TransactionType::kUnknown);
}

TEST(RateLimiting, CheckPassesRateLimitBoundaries) {
  EXPECT_TRUE(st::check_passes_rate_limit(10, 5, 0));    // nothing recorded
  EXPECT_FALSE(st::check_passes_rate_limit(10, 14, 5));  // 9 < 10
  EXPECT_TRUE(st::check_passes_rate_limit(10, 15, 5));   // 10 >= 10
  EXPECT_FALSE(st::check_passes_rate_limit(10, 3, 5));   // earlier block: 0 (saturating) < 10
  EXPECT_TRUE(st::check_passes_rate_limit(0, 3, 5));     // limit 0: 0 >= 0
}

TEST_F(RateLimitingTest, LimitsUnderTheTestConfig) {
  // mock.rs: InitialTxChildKeyTakeRateLimit 1, InitialNetworkRateLimit 0; SetChildren is the
  // hard-coded 150.
  EXPECT_EQ(st::get_rate_limit(env_, TransactionType::kSetChildren), 150u);
  EXPECT_EQ(st::get_rate_limit(env_, TransactionType::kSetChildkeyTake), 1u);
  EXPECT_EQ(st::get_rate_limit(env_, TransactionType::kRegisterNetwork), 0u);
  EXPECT_EQ(st::get_rate_limit(env_, TransactionType::kUnknown), 0u);
  EXPECT_EQ(st::get_rate_limit(env_, TransactionType::kSetWeightsVersionKey), 0u);
  // On a subnet, SetWeightsVersionKey is Tempo * WeightsVersionKeyRateLimit (default 5): the
  // mock's default tempo 360 gives 1800; tempo 13 gives 65; a stored 0 gives 0.
  const NetUid net{3};
  EXPECT_EQ(st::get_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, net), 1800u);
  st::Tempo::insert(overlay_, net, uint16_t{13});
  EXPECT_EQ(st::get_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, net), 65u);
  st::WeightsVersionKeyRateLimit::put(overlay_, uint64_t{0});
  EXPECT_EQ(st::get_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, net), 0u);
  st::WeightsVersionKeyRateLimit::put(overlay_, UINT64_MAX);  // saturates
  EXPECT_EQ(st::get_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, net),
            UINT64_MAX);
  // Other types ignore the netuid.
  EXPECT_EQ(st::get_rate_limit_on_subnet(env_, TransactionType::kSetChildren, net), 150u);
}

TEST(RateLimiting, LimitsUnderTheRuntimeConfig) {
  // runtime/src/lib.rs: INITIAL_CHILDKEY_TAKE_RATELIMIT 216000, SubtensorInitialNetworkRateLimit
  // 7200, SubtensorInitialTxRateLimit 1000, SubtensorInitialTxDelegateTakeRateLimit 216000.
  storage::MemoryStore store;
  storage::Overlay overlay(store);
  frame::Env env{overlay, frame::runtime_config(), runtime_registry()};
  EXPECT_EQ(st::get_rate_limit(env, TransactionType::kSetChildkeyTake), 216'000u);
  EXPECT_EQ(st::get_rate_limit(env, TransactionType::kRegisterNetwork), 7'200u);
  // exceeds_tx_rate_limit with 1000: prev 1, current 1001 is still limited (1000 <= 1000).
  EXPECT_TRUE(st::exceeds_tx_rate_limit(env, 1, 1001));
  EXPECT_FALSE(st::exceeds_tx_rate_limit(env, 1, 1002));
  EXPECT_TRUE(st::exceeds_tx_delegate_take_rate_limit(env, 10, 216'010));
  EXPECT_FALSE(st::exceeds_tx_delegate_take_rate_limit(env, 10, 216'011));
}

TEST_F(RateLimitingTest, LastBlockStorage) {
  const AccountId key = u256(1);
  const NetUid net{5};
  // Subnet-less variants store under netuid 0 with the type number as the third key.
  st::set_last_transaction_block(overlay_, key, TransactionType::kSetChildren, 7);
  EXPECT_EQ(st::TransactionKeyLastBlock::get(overlay_, key, NetUid{0}, uint16_t{0}), 7u);
  st::set_last_transaction_block_on_subnet(overlay_, key, net, TransactionType::kSetChildkeyTake,
                                           9);
  EXPECT_EQ(st::TransactionKeyLastBlock::get(overlay_, key, net, uint16_t{1}), 9u);
  EXPECT_EQ(st::get_last_transaction_block_on_subnet(overlay_, key, net,
                                                     TransactionType::kSetChildkeyTake),
            9u);
  EXPECT_EQ(st::get_last_transaction_block(overlay_, key, TransactionType::kSetChildkeyTake), 0u);
  EXPECT_EQ(st::get_last_transaction_block(overlay_, key, TransactionType::kSetChildren), 7u);
  // RegisterNetwork is the global NetworkLastRegistered, whatever the key and netuid.
  st::set_last_transaction_block_on_subnet(overlay_, key, net, TransactionType::kRegisterNetwork,
                                           11);
  EXPECT_EQ(st::NetworkLastRegistered::get(overlay_), 11u);
  EXPECT_EQ(st::get_last_transaction_block(overlay_, u256(2), TransactionType::kRegisterNetwork),
            11u);
  st::set_last_transaction_block(overlay_, u256(3), TransactionType::kRegisterNetwork, 12);
  EXPECT_EQ(st::get_network_last_lock_block(overlay_), 12u);
  EXPECT_FALSE(st::TransactionKeyLastBlock::contains_key(overlay_, key, net, uint16_t{3}));
  // The per-key maps.
  st::set_last_tx_block(overlay_, key, 21);
  st::set_last_tx_block_delegate_take(overlay_, key, 22);
  EXPECT_EQ(st::LastTxBlock::get(overlay_, key), 21u);
  EXPECT_EQ(st::get_last_tx_block(overlay_, key), 21u);
  EXPECT_EQ(st::get_last_tx_block_delegate_take(overlay_, key), 22u);
  EXPECT_EQ(st::get_last_tx_block_childkey_take(overlay_, key), 0u);
}

TEST_F(RateLimitingTest, PassesRateLimitAtTheCurrentBlock) {
  const AccountId hotkey = u256(1);
  const NetUid net{2};
  st::Tempo::insert(overlay_, net, uint16_t{2});  // limit 2 * 5 = 10 blocks
  set_block(100);
  EXPECT_TRUE(
      st::passes_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, hotkey, net));
  st::set_last_transaction_block_on_subnet(overlay_, hotkey, net,
                                           TransactionType::kSetWeightsVersionKey, 100);
  set_block(109);
  EXPECT_FALSE(
      st::passes_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, hotkey, net));
  // Another subnet or another key is not limited.
  EXPECT_TRUE(st::passes_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, hotkey,
                                              NetUid{3}));
  EXPECT_TRUE(
      st::passes_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, u256(2), net));
  set_block(110);
  EXPECT_TRUE(
      st::passes_rate_limit_on_subnet(env_, TransactionType::kSetWeightsVersionKey, hotkey, net));
  // passes_rate_limit: SetChildren (150) at netuid 0.
  st::set_last_transaction_block(overlay_, hotkey, TransactionType::kSetChildren, 110);
  set_block(259);
  EXPECT_FALSE(st::passes_rate_limit(env_, TransactionType::kSetChildren, hotkey));
  set_block(260);
  EXPECT_TRUE(st::passes_rate_limit(env_, TransactionType::kSetChildren, hotkey));
  // SetWeightsVersionKey off-subnet has limit 0: always passes.
  st::set_last_transaction_block(overlay_, hotkey, TransactionType::kSetWeightsVersionKey, 260);
  EXPECT_TRUE(st::passes_rate_limit(env_, TransactionType::kSetWeightsVersionKey, hotkey));
}

TEST_F(RateLimitingTest, ExceedsTxRateLimitBoundaries) {
  // The mock's TxRateLimit is 0: never limited.
  EXPECT_FALSE(st::exceeds_tx_rate_limit(env_, 5, 5));
  st::TxRateLimit::put(overlay_, uint64_t{10});
  EXPECT_FALSE(st::exceeds_tx_rate_limit(env_, 0, 5));  // nothing recorded
  EXPECT_TRUE(st::exceeds_tx_rate_limit(env_, 5, 15));  // 10 <= 10
  EXPECT_FALSE(st::exceeds_tx_rate_limit(env_, 5, 16));
  EXPECT_TRUE(st::exceeds_tx_rate_limit(env_, 5, 1));  // earlier block: 0 <= 10
  // The mock's TxDelegateTakeRateLimit is 1.
  EXPECT_TRUE(st::exceeds_tx_delegate_take_rate_limit(env_, 5, 6));
  EXPECT_FALSE(st::exceeds_tx_delegate_take_rate_limit(env_, 5, 7));
}

}  // namespace
}  // namespace subemu::runtime::testing
