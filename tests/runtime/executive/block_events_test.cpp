// The block-level bookkeeping of the executive, byte for byte: System.Events of a block with a
// successful and a failed signed extrinsic (phases, DispatchInfo with the actual weight +
// base_extrinsic and the actual pays_fee), BlockWeight and AllExtrinsicsLen, and CheckWeight's
// post-dispatch refund of unspent weight (an interrupted Utility.batch). Every number is derived
// in the comments from the weights the runtime declares (see fees_test.cpp for the fee formula).
#include <gtest/gtest.h>

#include "runtime/pallets/system/block.hpp"
#include "storage/overlay.hpp"
#include "tests/runtime/chain/dev_chain.hpp"
#include "tests/runtime/executive/event_bytes.hpp"

namespace subemu::runtime {
namespace {

using testing::dev;
using testing::DevChain;
using namespace testing;  // NOLINT(google-build-using-namespace): the event byte builders

constexpr uint64_t kTao = 1'000'000'000;

// Timestamp.set's inherent for block 1 of the dev chain: Timestamp.Now = 12_000 ms.
Bytes timestamp_inherent(uint64_t now_ms) {
  Bytes call{2, 0};
  append(call, compact(now_ms));
  return DevChain::bare(call);
}

TEST(ExecutiveBlock, EventsOfASuccessfulAndAFailedSignedExtrinsic) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  // Extrinsic 1: Alice sends Bob 10 TAO (146 bytes, fee 144_225; see fees_test.cpp).
  const Bytes ok_xt = c.sign("Alice", transfer_keep_alive(dev("Bob"), 10 * kTao));
  // Extrinsic 2: Dave (2,000 TAO) sends 3,000 TAO: Token(FundsUnavailable); 147 bytes, the
  // declared fee 144_226 is kept.
  const Bytes failed_xt = c.sign("Dave", transfer_keep_alive(dev("Bob"), 3'000 * kTao));
  ASSERT_TRUE(c.chain->submit(ok_xt).has_value());
  auto failed = c.chain->submit(failed_xt);
  ASSERT_TRUE(failed.has_value());
  EXPECT_EQ(failed->index, 2u);
  EXPECT_EQ(failed->post_info, frame::PostDispatchInfo{});  // no actual weight, Pays::Yes

  // transfer_keep_alive: 163_159_000 declared + 125_000_000 base_extrinsic, proof 3_593; the
  // failed one reports its declared weight too (the error carries no actual weight).
  const Bytes transfer_info = dispatch_info(288'159'000, 3'593, 0, 0);
  const Bytes expected = events_value({
      record(0, ev_extrinsic_success(dispatch_info(283'684'000, 1'493, 2, 0))),
      record(1, ev_balances_withdraw(dev("Alice"), 144'225)),
      record(1, ev_balances_transfer(dev("Alice"), dev("Bob"), 10 * kTao)),
      record(1, ev_balances_deposit(dev("Alice"), 0)),
      record(1, ev_fee_paid(dev("Alice"), 144'225, 0)),
      record(1, ev_extrinsic_success(transfer_info)),
      // The failed call's own writes and events are gone; the fee's stay.
      record(2, ev_balances_withdraw(dev("Dave"), 144'226)),
      record(2, ev_balances_deposit(dev("Dave"), 0)),
      record(2, ev_fee_paid(dev("Dave"), 144'226, 0)),
      record(2, ev_extrinsic_failed(err_token(0), transfer_info)),
  });
  EXPECT_EQ(raw_events(s), expected);
  EXPECT_EQ(system::EventCount::get(s), 10u);
  EXPECT_EQ(system::ExecutionPhase::get(s), std::optional(system::Phase::apply_extrinsic(3)));
  EXPECT_EQ(system::extrinsic_index(s), std::optional<uint32_t>(3));

  // The inherent is 6 bytes (prefix 0x14, version 0x04, call 02 00, Compact(12_000) = 0x81bb).
  const Bytes inherent = timestamp_inherent(12'000);
  ASSERT_EQ(inherent, (Bytes{0x14, 0x04, 0x02, 0x00, 0x81, 0xbb}));
  // AllExtrinsicsLen counts every applied extrinsic, the inherent included.
  EXPECT_EQ(system::all_extrinsics_len(s), 6u + 146u + 147u);
  // BlockWeight. Mandatory: base_block 5_000_000_000 + on_initialize hooks
  // (RandomnessCollectiveFlip reads_writes(1, 1) = 125_000_000, Timestamp's on_finalize weight
  // 4_118_000, SubtensorModule's fixed 110_634_229_000 + reads(8304) + writes(110) =
  // 329_234_229_000) + the inherent (158_684_000 + 125_000_000 base; proof 1_493 + 6 bytes of
  // length).
  // Normal: two transfers of 288_159_000, proof 3_593 + their lengths.
  const system::ConsumedWeight w = system::block_weight(s);
  EXPECT_EQ(w.get(frame::DispatchClass::kMandatory),
            frame::Weight::from_parts(334'647'031'000, 1'499));
  EXPECT_EQ(w.get(frame::DispatchClass::kNormal),
            frame::Weight::from_parts(2 * 288'159'000, 2 * 3'593 + 146 + 147));
  EXPECT_EQ(w.get(frame::DispatchClass::kOperational), frame::Weight::zero());

  // Sealing keeps the events in the block's state (finalize adds none for these pallets), and
  // the block holds the three extrinsics as applied.
  auto sealed = c.chain->seal();
  ASSERT_TRUE(sealed.has_value());
  ASSERT_EQ(sealed->block.extrinsics.size(), 3u);
  EXPECT_EQ(sealed->block.extrinsics[0], inherent);
  EXPECT_EQ(sealed->block.extrinsics[1], ok_xt);
  EXPECT_EQ(sealed->block.extrinsics[2], failed_xt);
  storage::Overlay head(c.chain->store());
  EXPECT_EQ(raw_events(head), expected);
  // finalize removed the per-block entries.
  EXPECT_FALSE(system::AllExtrinsicsLen::get(head).has_value());
  EXPECT_FALSE(system::ExecutionPhase::get(head).has_value());
  EXPECT_EQ(system::ExtrinsicCount::get(head), std::optional<uint32_t>());
}

TEST(ExecutiveBlock, CheckWeightRefundsTheUnspentWeightOfAnInterruptedBatch) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  const system::ConsumedWeight before = system::block_weight(s);
  // batch[transfer_allow_death(Bob, 1 TAO), transfer_allow_death(Bob, 2,000,000 TAO) (fails:
  // Alice has 1,000,000), transfer_allow_death(Bob, 1 TAO)] from Alice.
  const Bytes call = batch({transfer_allow_death(dev("Bob"), kTao),
                            transfer_allow_death(dev("Bob"), 2'000'000 * kTao),
                            transfer_allow_death(dev("Bob"), kTao)});
  const Bytes xt = c.sign("Alice", call);
  // 103 bytes of signed preamble and extra + call 2 + 1 + (2+33+4) + (2+33+8) + (2+33+4) = 227,
  // plus a 2-byte length prefix.
  ASSERT_EQ(xt.size(), 229u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());  // batch itself succeeds

  // Declared: batch(3) = 2_694_370 + 3 * 5_005_941 + reads(2) 50_000_000 = 67_712_193 (proof
  // 3_997) + 3 * transfer_allow_death (48_363_000 + 125_000_000 = 173_363_000, proof 3_593)
  // = 587_801_193, proof 14_776.
  EXPECT_EQ(applied->info.weight, frame::Weight::from_parts(587'801'193, 14'776));
  // Actual: batch(2) = 62_706_252 + the two dispatched transfers = 409_432_252, proof 11_183.
  EXPECT_EQ(applied->post_info.actual_weight,
            std::optional(frame::Weight::from_parts(409'432'252, 11'183)));
  // Withdrawn: 62_500 + 229 + round(587_801_193 / 2_000) = 293_901 -> 356_630.
  // Charged:   62_500 + 229 + round(409_432_252 / 2_000) = 204_716 -> 267_445; refund 89_185.
  EXPECT_EQ(applied->fee, 267'445u);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - kTao - 267'445);

  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 8u);
  auto bytes_of = [](const system::EventRecordView& r) { return cat({Bytes{r.pallet}, r.event}); };
  EXPECT_EQ(bytes_of(ev[1]), ev_balances_withdraw(dev("Alice"), 356'630));
  EXPECT_EQ(bytes_of(ev[2]), ev_balances_transfer(dev("Alice"), dev("Bob"), kTao));
  EXPECT_EQ(bytes_of(ev[3]), (Bytes{11, 3}));                              // ItemCompleted
  EXPECT_EQ(bytes_of(ev[4]), cat({Bytes{11, 0}, le32(1), err_token(0)}));  // BatchInterrupted
  EXPECT_EQ(bytes_of(ev[5]), ev_balances_deposit(dev("Alice"), 89'185));
  EXPECT_EQ(bytes_of(ev[6]), ev_fee_paid(dev("Alice"), 267'445, 0));
  EXPECT_EQ(bytes_of(ev[7]),
            ev_extrinsic_success(dispatch_info(409'432'252 + 125'000'000, 11'183, 0, 0)));

  // BlockWeight.normal: pre_dispatch added 587_801_193 + 125_000_000 (proof 14_776 + 229 bytes),
  // post_dispatch took back the unspent 178_368_941 (proof 3_593).
  const system::ConsumedWeight after = system::block_weight(s);
  EXPECT_EQ(after.get(frame::DispatchClass::kNormal)
                .saturating_sub(before.get(frame::DispatchClass::kNormal)),
            frame::Weight::from_parts(534'432'252, 11'183 + 229));
  EXPECT_EQ(after.get(frame::DispatchClass::kMandatory),
            before.get(frame::DispatchClass::kMandatory));
}

}  // namespace
}  // namespace subemu::runtime
