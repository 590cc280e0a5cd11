// Transaction fees through the executive, with every number derived by hand from the runtime's
// configuration (runtime/src/lib.rs at v3.0.0, FRAME at polkadot-stable2409):
//
//   fee = base_fee + len_fee + weight_fee + tip
//   base_fee   = LinearWeightToFee(ExtrinsicBaseWeight) = Perbill(500_000) * 125_000_000 = 62_500
//   len_fee    = IdentityFee: the extrinsic's encoded length in bytes, length prefix included
//   weight_fee = Perbill(500_000) * declared ref_time, rounded to nearest, ties down
//                (NextFeeMultiplier stays 1: ConstFeeMultiplier)
//
// Balances.transfer_keep_alive declares 38_159_000 + reads(1) 25_000_000 + writes(1) 100_000_000
// = 163_159_000 ref time (proof 3_593): weight_fee = 163_159_000 * 5 / 10_000 = 81_579.5 -> 81_579.
//
// A signed transfer_keep_alive (immortal, nonce < 64, tip < 64, CheckMetadataHash disabled) is
//   2 (Compact length prefix, the body is >= 64 bytes) + 1 (version 0x84)
//   + 33 (MultiAddress::Id) + 65 (MultiSignature::Sr25519) + 1 (era) + 1 (nonce) + 1 (tip)
//   + 1 (metadata hash mode) + 2 (call index) + 33 (dest) + Compact(value)
// bytes: 146 for 10 TAO (Compact of 10^10 takes 6 bytes), 147 for 5,000 TAO (7 bytes).
#include <gtest/gtest.h>

#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/transaction_payment/storage.hpp"
#include "tests/runtime/chain/dev_chain.hpp"
#include "tests/runtime/executive/event_bytes.hpp"

namespace subemu::runtime {
namespace {

using testing::dev;
using testing::DevChain;

constexpr uint64_t kTao = 1'000'000'000;
constexpr uint64_t kBaseFee = 62'500;
constexpr uint64_t kTransferWeightFee = 81'579;

// The timestamp inherent's ExtrinsicSuccess: Timestamp.set declares 8_684_000 + reads(2)
// + writes(1) = 158_684_000 (proof 1_493), Mandatory, Pays::Yes; the event adds the class's
// base_extrinsic 125_000_000.
Bytes timestamp_success_record() {
  return testing::record(
      0, testing::ev_extrinsic_success(testing::dispatch_info(283'684'000, 1'493, 2, 0)));
}

TEST(ExecutiveFees, TransferKeepAliveChargesBaseLengthAndWeightFee) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  const uint64_t issuance = balances::TotalIssuance::get(s);
  const Bytes xt = c.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 10 * kTao));
  ASSERT_EQ(xt.size(), 146u);
  constexpr uint64_t kFee = kBaseFee + 146 + kTransferWeightFee;
  static_assert(kFee == 144'225);

  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->fee, kFee);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 10 * kTao - kFee);
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'000 * kTao + 10 * kTao);
  // The fee is burnt: Balances.TotalIssuance drops by it (the credit is dropped), and so does
  // SubtensorModule.TotalIssuance (TransactionFeeHandler), which saturates at its initial 0 and
  // is written (ValueQuery mutate).
  EXPECT_EQ(balances::TotalIssuance::get(s), issuance - kFee);
  EXPECT_EQ(s.get(transaction_payment::SubtensorTotalIssuance::hashed_key()),
            std::optional<Bytes>(testing::le64(0)));

  // Withdraw(fee), Transfer, Deposit(refund 0), TransactionFeePaid, ExtrinsicSuccess with the
  // declared weight + base_extrinsic = 288_159_000 (proof 3_593), Normal, Pays::Yes.
  const Bytes alice = testing::acc_bytes(dev("Alice"));
  EXPECT_EQ(
      testing::raw_events(s),
      testing::events_value(
          {timestamp_success_record(),
           testing::record(1, testing::ev_balances_withdraw(dev("Alice"), kFee)),
           testing::record(1, testing::ev_balances_transfer(dev("Alice"), dev("Bob"), 10 * kTao)),
           testing::record(1, testing::ev_balances_deposit(dev("Alice"), 0)),
           testing::record(1, testing::ev_fee_paid(dev("Alice"), kFee, 0)),
           testing::record(1, testing::ev_extrinsic_success(
                                  testing::dispatch_info(288'159'000, 3'593, 0, 0)))}));
  // The TransactionFeePaid bytes spelled out once: pallet 6, variant 0, who, fee u64, tip u64.
  Bytes fee_paid{6, 0};
  append(fee_paid, alice);
  append(fee_paid, Bytes{0x61, 0x33, 0x02, 0, 0, 0, 0, 0});  // 144_225 = 0x023361
  append(fee_paid, Bytes(8, 0));
  EXPECT_EQ(testing::ev_fee_paid(dev("Alice"), kFee, 0), fee_paid);
}

TEST(ExecutiveFees, A147ByteTransferCosts144226) {
  DevChain c;
  const Bytes xt = c.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 5'000 * kTao));
  ASSERT_EQ(xt.size(), 147u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_EQ(applied->fee, 144'226u);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 5'000 * kTao - 144'226);
}

TEST(ExecutiveFees, TipRaisesTheFeeByExactlyTheTip) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  const uint64_t issuance = balances::TotalIssuance::get(s);
  // Compact(tip) of 1_000_000 takes 4 bytes instead of 1: the extrinsic is 3 bytes longer.
  constexpr uint64_t kTip = 1'000'000;
  const Bytes xt = c.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 10 * kTao), {}, kTip);
  ASSERT_EQ(xt.size(), 149u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_EQ(applied->fee, kBaseFee + 149 + kTransferWeightFee + kTip);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 10 * kTao - applied->fee);
  // The tip is burnt with the fee (TransactionFeeHandler takes both).
  EXPECT_EQ(balances::TotalIssuance::get(s), issuance - applied->fee);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 6u);
  EXPECT_EQ(testing::cat({Bytes{ev[4].pallet}, ev[4].event}),
            testing::ev_fee_paid(dev("Alice"), kBaseFee + 149 + kTransferWeightFee + kTip, kTip));

  // Same length, tip 0 vs tip 63 (both one-byte compacts): the fees differ by exactly 63.
  DevChain d;
  const Bytes no_tip = d.sign("Bob", testing::transfer_keep_alive(dev("Alice"), kTao), {}, 0);
  const Bytes tip63 = d.sign("Charlie", testing::transfer_keep_alive(dev("Alice"), kTao), {}, 63);
  ASSERT_EQ(no_tip.size(), tip63.size());
  auto a = d.chain->submit(no_tip);
  auto b = d.chain->submit(tip63);
  ASSERT_TRUE(a.has_value() && b.has_value());
  EXPECT_EQ(b->fee, a->fee + 63);
}

TEST(ExecutiveFees, AFailedDispatchStillPaysTheDeclaredFee) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  const uint64_t issuance = balances::TotalIssuance::get(s);
  // Dave holds 2,000 TAO: a 3,000 TAO transfer fails with Token(FundsUnavailable).
  const Bytes xt = c.sign("Dave", testing::transfer_keep_alive(dev("Bob"), 3'000 * kTao));
  ASSERT_EQ(xt.size(), 147u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  ASSERT_TRUE(applied->error.has_value());
  EXPECT_EQ(*applied->error, frame::DispatchError::token(frame::TokenError::kFundsUnavailable));
  EXPECT_EQ(applied->fee, 144'226u);
  EXPECT_EQ(c.free_of(dev("Dave")), 2'000 * kTao - 144'226);
  EXPECT_EQ(c.nonce_of(dev("Dave")), 1u);
  EXPECT_EQ(balances::TotalIssuance::get(s), issuance - 144'226);
}

}  // namespace
}  // namespace subemu::runtime
