// Utility's batches as signed extrinsics through the executive: batch (stops at the first error,
// BatchInterrupted; see block_events_test.cpp for its refund), batch_all (all or nothing: only
// the fee, the nonce and ExtrinsicFailed remain), force_batch (never stops), and a nested batch
// refused by the runtime's NoNestingCallFilter (CallFiltered, the declared fee kept).
//
// Weights used below (Utility's own weights.rs, RocksDbWeight reads 25_000_000):
//   batch(c)       = 2_694_370 + 5_005_941 c + 50_000_000, proof 3_997
//   batch_all(c)   = 12_948_874 + 5_162_821 c + 50_000_000, proof 3_997
//   force_batch(c) = 4_879_712 + 4_955_816 c + 50_000_000, proof 3_997
//   transfer_allow_death = 48_363_000 + reads_writes(1, 1) = 173_363_000, proof 3_593
// Fees: 62_500 + length + round(ref_time / 2_000) (ties down).
#include <gtest/gtest.h>

#include "runtime/pallets/balances/storage.hpp"
#include "tests/runtime/chain/dev_chain.hpp"
#include "tests/runtime/executive/event_bytes.hpp"

namespace subemu::runtime {
namespace {

using testing::dev;
using testing::DevChain;
using namespace testing;  // NOLINT(google-build-using-namespace): the event byte builders

constexpr uint64_t kTao = 1'000'000'000;

Bytes bytes_of(const system::EventRecordView& r) { return cat({Bytes{r.pallet}, r.event}); }

// [transfer 1 TAO, transfer 2,000,000 TAO (Alice has 1,000,000: FundsUnavailable), transfer
// 1 TAO], all to Bob. Encoded inside a batch: 39 + 43 + 39 bytes.
std::vector<Bytes> ok_fail_ok() {
  return {transfer_allow_death(dev("Bob"), kTao),
          transfer_allow_death(dev("Bob"), 2'000'000 * kTao),
          transfer_allow_death(dev("Bob"), kTao)};
}

TEST(ExecutiveUtility, BatchAllIsAllOrNothing) {
  DevChain c;
  const uint64_t bob = c.free_of(dev("Bob"));
  const uint64_t issuance = balances::TotalIssuance::get(c.chain->pending_state());
  const Bytes xt = c.sign("Alice", batch_all(ok_fail_ok()));
  ASSERT_EQ(xt.size(), 229u);  // 103 + call (2 + 1 + 39 + 43 + 39) + 2-byte prefix
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  ASSERT_TRUE(applied->error.has_value());
  EXPECT_EQ(*applied->error, frame::DispatchError::token(frame::TokenError::kFundsUnavailable));
  // Declared: batch_all(3) 78_437_337 + 3 transfers = 598_526_337, proof 14_776.
  EXPECT_EQ(applied->info.weight, frame::Weight::from_parts(598'526'337, 14'776));
  // The error's post info: batch_all(index + 1 = 2) 73_274_516 + the two dispatched transfers.
  EXPECT_EQ(applied->post_info.actual_weight,
            std::optional(frame::Weight::from_parts(420'000'516, 11'183)));
  // Withdrawn 62_500 + 229 + 299_263 = 361_992; charged 62_500 + 229 + 210_000 = 272_729.
  EXPECT_EQ(applied->fee, 272'729u);

  // The first transfer was rolled back with the rest of the call.
  EXPECT_EQ(c.free_of(dev("Bob")), bob);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 272'729);
  EXPECT_EQ(c.nonce_of(dev("Alice")), 1u);
  EXPECT_EQ(balances::TotalIssuance::get(c.chain->pending_state()), issuance - 272'729);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 5u);
  EXPECT_EQ(bytes_of(ev[1]), ev_balances_withdraw(dev("Alice"), 361'992));
  EXPECT_EQ(bytes_of(ev[2]), ev_balances_deposit(dev("Alice"), 89'263));
  EXPECT_EQ(bytes_of(ev[3]), ev_fee_paid(dev("Alice"), 272'729, 0));
  EXPECT_EQ(bytes_of(ev[4]),
            ev_extrinsic_failed(err_token(0), dispatch_info(545'000'516, 11'183, 0, 0)));
  for (size_t i = 1; i < ev.size(); ++i) EXPECT_EQ(ev[i].phase, system::Phase::apply_extrinsic(1));
}

TEST(ExecutiveUtility, BatchAllThatSucceedsKeepsEverything) {
  DevChain c;
  const Bytes xt = c.sign("Alice", batch_all({transfer_allow_death(dev("Bob"), kTao),
                                              transfer_allow_death(dev("Charlie"), kTao)}));
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'001 * kTao);
  EXPECT_EQ(c.free_of(dev("Charlie")), 1'000'001 * kTao);
  const auto ev = c.events();
  // Withdraw, Transfer, ItemCompleted, Transfer, ItemCompleted, BatchCompleted, Deposit,
  // TransactionFeePaid, ExtrinsicSuccess.
  ASSERT_EQ(ev.size(), 10u);
  EXPECT_EQ(bytes_of(ev[3]), (Bytes{11, 3}));
  EXPECT_EQ(bytes_of(ev[5]), (Bytes{11, 3}));
  EXPECT_EQ(bytes_of(ev[6]), (Bytes{11, 1}));
}

TEST(ExecutiveUtility, ForceBatchNeverStops) {
  DevChain c;
  const Bytes xt = c.sign("Alice", force_batch(ok_fail_ok()));
  ASSERT_EQ(xt.size(), 229u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  // Declared: force_batch(3) 69_747_160 + 3 transfers = 589_836_160; actual (upstream uses
  // batch(3) here): 67_712_193 + 3 transfers = 587_801_193.
  EXPECT_EQ(applied->info.weight, frame::Weight::from_parts(589'836'160, 14'776));
  EXPECT_EQ(applied->post_info.actual_weight,
            std::optional(frame::Weight::from_parts(587'801'193, 14'776)));
  // Withdrawn 62_500 + 229 + 294_918 = 357_647; charged 62_500 + 229 + 293_901 = 356_630.
  EXPECT_EQ(applied->fee, 356'630u);
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'002 * kTao);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 2 * kTao - 356'630);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 11u);
  EXPECT_EQ(bytes_of(ev[1]), ev_balances_withdraw(dev("Alice"), 357'647));
  EXPECT_EQ(bytes_of(ev[2]), ev_balances_transfer(dev("Alice"), dev("Bob"), kTao));
  EXPECT_EQ(bytes_of(ev[3]), (Bytes{11, 3}));                     // ItemCompleted
  EXPECT_EQ(bytes_of(ev[4]), cat({Bytes{11, 4}, err_token(0)}));  // ItemFailed
  EXPECT_EQ(bytes_of(ev[5]), ev_balances_transfer(dev("Alice"), dev("Bob"), kTao));
  EXPECT_EQ(bytes_of(ev[6]), (Bytes{11, 3}));
  EXPECT_EQ(bytes_of(ev[7]), (Bytes{11, 2}));  // BatchCompletedWithErrors
  EXPECT_EQ(bytes_of(ev[8]), ev_balances_deposit(dev("Alice"), 1'017));
  EXPECT_EQ(bytes_of(ev[9]), ev_fee_paid(dev("Alice"), 356'630, 0));
  EXPECT_EQ(bytes_of(ev[10]), ev_extrinsic_success(dispatch_info(712'801'193, 14'776, 0, 0)));
}

TEST(ExecutiveUtility, BatchStopsAtTheFirstError) {
  DevChain c;
  auto applied = c.chain->submit(c.sign("Alice", batch(ok_fail_ok())));
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'001 * kTao);  // the first transfer stays, the third
                                                       // never ran
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 8u);
  EXPECT_EQ(bytes_of(ev[4]), cat({Bytes{11, 0}, le32(1), err_token(0)}));  // BatchInterrupted
}

TEST(ExecutiveUtility, NestedBatchIsRefusedByTheCallFilter) {
  DevChain c;
  const uint64_t bob = c.free_of(dev("Bob"));
  const uint64_t charlie = c.free_of(dev("Charlie"));
  const Bytes call = batch({transfer_allow_death(dev("Bob"), kTao),
                            batch({transfer_allow_death(dev("Charlie"), kTao)})});
  const Bytes xt = c.sign("Alice", call);
  ASSERT_EQ(xt.size(), 189u);  // 103 + call (2 + 1 + 39 + (2 + 1 + 39)) + 2
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  // System's Error::CallFiltered = Module{index 0, error 5}.
  ASSERT_TRUE(applied->error.has_value());
  EXPECT_EQ(*applied->error, frame::DispatchError::module(0, 5));
  // The declared weight is charged: batch(2) 62_706_252 + transfer 173_363_000 + the inner
  // batch (batch(1) 57_700_311 + transfer) = 467_132_563, proof 3_997 + 3_593 + 7_590 = 15_180;
  // fee 62_500 + 189 + 233_566 = 296_255.
  EXPECT_EQ(applied->info.weight, frame::Weight::from_parts(467'132'563, 15'180));
  EXPECT_EQ(applied->post_info, frame::PostDispatchInfo{});
  EXPECT_EQ(applied->fee, 296'255u);
  EXPECT_EQ(c.free_of(dev("Bob")), bob);
  EXPECT_EQ(c.free_of(dev("Charlie")), charlie);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 5u);
  EXPECT_EQ(bytes_of(ev[4]),
            ev_extrinsic_failed(err_module(0, 5), dispatch_info(592'132'563, 15'180, 0, 0)));

  // batch_all inside force_batch, and batch inside batch_all, likewise.
  for (const Bytes& nested :
       {force_batch({batch_all({transfer_allow_death(dev("Charlie"), kTao)})}),
        batch_all({batch({transfer_allow_death(dev("Charlie"), kTao)})})}) {
    auto r = c.chain->submit(c.sign("Alice", nested));
    ASSERT_TRUE(r.has_value()) << r.error().reason;
    ASSERT_TRUE(r->error.has_value());
    EXPECT_EQ(*r->error, frame::DispatchError::module(0, 5));
  }
  EXPECT_EQ(c.free_of(dev("Charlie")), charlie);
  EXPECT_EQ(c.nonce_of(dev("Alice")), 3u);
}

}  // namespace
}  // namespace subemu::runtime
