// Port of the reference's pallets/subtensor/src/tests/batch_tx.rs (v3.0.0). None of its four tests
// needs a SubtensorModule call, so all are here:
//   test_batch_txs                      Utility.batch of two transfers, dispatched as Alice
//   test_cant_nest_batch_txs            batch inside batch fails the BaseCallFilter
//   test_can_batch_txs                  a flat batch passes it
//   test_cant_nest_batch_diff_batch_txs force_batch in batch, batch in batch_all, batch_all in
//                                       force_batch all fail it
// The mock's accounts U256(0..2) become the dev accounts Alice, Bob, Charlie with the same
// balances; the runtime's existential deposit (500 rao) is far below them, so nothing changes.
// The signed-extrinsic variant at the end adds the fee the mock's direct dispatch skips.
#include <gtest/gtest.h>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/balances/fungible.hpp"
#include "tests/runtime/chain/dev_chain.hpp"

namespace subemu::runtime {
namespace {

using testing::dev;
using testing::DevChain;

GenesisConfig batch_tx_genesis() {
  GenesisConfig g = dev_genesis();
  g.balances = {
      {dev("Alice"), 8'000'000'000}, {dev("Bob"), 1'000'000'000}, {dev("Charlie"), 1'000'000'000}};
  return g;
}

TEST(BatchTx, TestBatchTxs) {
  DevChain c(batch_tx_genesis());
  const Bytes call = testing::batch({testing::transfer_allow_death(dev("Bob"), 1'000'000'000),
                                     testing::transfer_allow_death(dev("Charlie"), 1'000'000'000)});
  auto r = c.chain->dispatch(frame::Origin::signed_by(dev("Alice")), call);
  ASSERT_TRUE(r.has_value()) << r.error();
  ASSERT_TRUE(r->has_value());  // assert_ok!
  const storage::Overlay& s = c.chain->pending_state();
  EXPECT_EQ(balances::total_balance(s, dev("Alice")), 6'000'000'000u);
  EXPECT_EQ(balances::total_balance(s, dev("Bob")), 2'000'000'000u);
  EXPECT_EQ(balances::total_balance(s, dev("Charlie")), 2'000'000'000u);
}

TEST(BatchTx, TestCantNestBatchTxs) {
  const Bytes call = testing::batch(
      {testing::transfer_allow_death(dev("Bob"), 1'000'000'000),
       testing::batch({testing::transfer_allow_death(dev("Charlie"), 1'000'000'000)})});
  EXPECT_FALSE(frame::base_call_filter(runtime_registry(), call));
}

TEST(BatchTx, TestCanBatchTxs) {
  const Bytes call = testing::batch({testing::transfer_allow_death(dev("Bob"), 1'000'000'000)});
  EXPECT_TRUE(frame::base_call_filter(runtime_registry(), call));
}

TEST(BatchTx, TestCantNestBatchDiffBatchTxs) {
  const Bytes inner = testing::transfer_allow_death(dev("Charlie"), 1'000'000'000);
  const Bytes call = testing::batch({testing::force_batch({inner})});
  EXPECT_FALSE(frame::base_call_filter(runtime_registry(), call));
  const Bytes call2 = testing::batch_all({testing::batch({inner})});
  EXPECT_FALSE(frame::base_call_filter(runtime_registry(), call2));
  const Bytes call3 = testing::force_batch({testing::batch_all({inner})});
  EXPECT_FALSE(frame::base_call_filter(runtime_registry(), call3));
}

// test_batch_txs as a wallet would send it: the same transfers, plus the fee.
TEST(BatchTx, TestBatchTxsAsASignedExtrinsic) {
  DevChain c(batch_tx_genesis());
  const Bytes call = testing::batch({testing::transfer_allow_death(dev("Bob"), 1'000'000'000),
                                     testing::transfer_allow_death(dev("Charlie"), 1'000'000'000)});
  auto applied = c.chain->submit(c.sign("Alice", call));
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  // 103 + call (2 + 1 + 39 + 39) + 2 = 186 bytes; weight batch(2) 62_706_252 + 2 * 173_363_000
  // = 409_432_252 -> 204_716; fee 62_500 + 186 + 204_716 = 267_402.
  EXPECT_EQ(applied->fee, 267'402u);
  const storage::Overlay& s = c.chain->pending_state();
  EXPECT_EQ(balances::total_balance(s, dev("Alice")), 6'000'000'000u - 267'402);
  EXPECT_EQ(balances::total_balance(s, dev("Bob")), 2'000'000'000u);
  EXPECT_EQ(balances::total_balance(s, dev("Charlie")), 2'000'000'000u);
}

}  // namespace
}  // namespace subemu::runtime
