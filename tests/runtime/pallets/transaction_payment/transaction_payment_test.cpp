// pallet_transaction_payment with the runtime's fee configuration. The expected fees are derived
// by hand from the formula in pallet.hpp:
//   fee = 62_500 (base: 0.0005 * 125_000_000) + len + round(0.0005 * weight.ref_time) + tip
#include <gtest/gtest.h>

#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/system/accounts.hpp"
#include "runtime/pallets/transaction_payment/pallet.hpp"
#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

namespace tp = transaction_payment;
using frame::DispatchClass;
using frame::DispatchInfo;
using frame::Pays;
using frame::PostDispatchInfo;
using frame::Weight;
using Events = std::vector<std::pair<uint8_t, Bytes>>;

class TransactionPaymentTest : public FrameTest {
 protected:
  TransactionPaymentTest() { tp::build_genesis(env()); }
  // transfer_keep_alive's declared info: (38_159_000 + 25e6 + 100e6, 3593), Normal, Yes.
  static DispatchInfo transfer_info() {
    return DispatchInfo{Weight::from_parts(163'159'000, 3593), DispatchClass::kNormal, Pays::kYes};
  }
};

TEST(TransactionPaymentFees, WeightToFeeRounding) {
  const auto& c = frame::runtime_config();
  EXPECT_EQ(tp::weight_to_fee(c, Weight::from_parts(125'000'000, 0)), 62'500u);
  // 163_159_000 * 0.0005 = 81_579.5: a tie, rounded down.
  EXPECT_EQ(tp::weight_to_fee(c, Weight::from_parts(163'159'000, 3593)), 81'579u);
  EXPECT_EQ(tp::weight_to_fee(c, Weight::from_parts(1'001'001, 0)), 501u);  // 500.5005 -> 501
  EXPECT_EQ(tp::weight_to_fee(c, Weight::from_parts(1'000'001, 0)), 500u);  // 500.0005 -> 500
  // Capped at max_block: 4e12 * 0.0005 = 2e9.
  EXPECT_EQ(tp::weight_to_fee(c, Weight::from_parts(UINT64_MAX, 0)), 2'000'000'000u);
  EXPECT_EQ(tp::length_to_fee(147), 147u);
}

TEST(TransactionPaymentFees, MultiplierMulInt) {
  EXPECT_EQ(tp::Multiplier::one().saturating_mul_int(81'579), 81'579u);
  EXPECT_EQ((tp::Multiplier{1'500'000'000'000'000'000}).saturating_mul_int(3), 4u);  // 4.5 floored
  EXPECT_EQ((tp::Multiplier{u128{3} * tp::Multiplier::kDiv}).saturating_mul_int(UINT64_MAX),
            UINT64_MAX);
  // FixedU128 1 encodes as its 16-byte inner value 10^18.
  EXPECT_EQ(to_hex(scale::encode(tp::Multiplier::one())), "0x000064a7b3b6e00d0000000000000000");
}

TEST_F(TransactionPaymentTest, TransferKeepAliveFee) {
  // 62_500 + 147 + 81_579 = 144_226 (no tip); with a tip of 1_000: 145_226.
  EXPECT_EQ(tp::compute_fee(env(), 147, transfer_info(), 0), 144'226u);
  EXPECT_EQ(tp::compute_fee(env(), 147, transfer_info(), 1'000), 145'226u);
  const tp::FeeDetails d = tp::compute_fee_details(env(), 147, transfer_info(), 7);
  ASSERT_TRUE(d.inclusion_fee.has_value());
  EXPECT_EQ(d.inclusion_fee->base_fee, 62'500u);
  EXPECT_EQ(d.inclusion_fee->len_fee, 147u);
  EXPECT_EQ(d.inclusion_fee->adjusted_weight_fee, 81'579u);
  EXPECT_EQ(d.tip, 7u);
  // Pays::No: the tip alone.
  DispatchInfo free_info = transfer_info();
  free_info.pays_fee = Pays::kNo;
  EXPECT_EQ(tp::compute_fee(env(), 147, free_info, 9), 9u);
  // Actual fee: min(actual, declared) weight; a post-dispatch Pays::No waives the fee.
  EXPECT_EQ(
      tp::compute_actual_fee(env(), 147, transfer_info(),
                             PostDispatchInfo{Weight::from_parts(1'000'000, 0), Pays::kYes}, 0),
      62'500u + 147u + 500u);
  EXPECT_EQ(
      tp::compute_actual_fee(env(), 147, transfer_info(),
                             PostDispatchInfo{Weight::from_parts(UINT64_MAX, 0), Pays::kYes}, 0),
      144'226u);
  EXPECT_EQ(tp::compute_actual_fee(env(), 147, transfer_info(),
                                   PostDispatchInfo{std::nullopt, Pays::kNo}, 5),
            5u);
}

TEST_F(TransactionPaymentTest, ChargeRefundAndIssuance) {
  endow(acc(1), 1'000'000);
  tp::SubtensorTotalIssuance::put(state(), 1'000'000);
  start_block(1);
  auto pre = tp::pre_dispatch(env(), acc(1), transfer_info(), 147, 1'000);
  ASSERT_TRUE(pre.has_value());
  EXPECT_EQ(pre->fee, 145'226u);
  EXPECT_EQ(free(acc(1)), 1'000'000u - 145'226u);
  // The call used less weight: actual fee 62_500 + 147 + 500 + 1_000 (tip) = 64_147.
  const PostDispatchInfo post{Weight::from_parts(1'000'000, 0), Pays::kYes};
  ASSERT_TRUE(tp::post_dispatch(env(), *pre, transfer_info(), post, 147).has_value());
  EXPECT_EQ(free(acc(1)), 1'000'000u - 64'147u);
  EXPECT_EQ(balances::total_issuance(state()), 1'000'000u - 64'147u);
  EXPECT_EQ(tp::SubtensorTotalIssuance::get(state()), 1'000'000u - 64'147u);
  EXPECT_EQ(event_bytes(), (Events{ev(balances::event::Withdraw{acc(1), 145'226}),
                                   ev(balances::event::Deposit{acc(1), 145'226 - 64'147}),
                                   ev(tp::event::TransactionFeePaid{acc(1), 64'147, 1'000})}));
}

TEST_F(TransactionPaymentTest, ZeroRefundStillDepositsAtStable2409) {
  endow(acc(1), 1'000'000);
  start_block(1);
  auto pre = tp::pre_dispatch(env(), acc(1), transfer_info(), 147, 0);
  ASSERT_TRUE(pre.has_value());
  ASSERT_TRUE(tp::post_dispatch(env(), *pre, transfer_info(), PostDispatchInfo{}, 147).has_value());
  EXPECT_EQ(event_bytes(), (Events{ev(balances::event::Withdraw{acc(1), 144'226}),
                                   ev(balances::event::Deposit{acc(1), 0}),
                                   ev(tp::event::TransactionFeePaid{acc(1), 144'226, 0})}));
  // The subtensor issuance saturates at 0.
  EXPECT_EQ(tp::SubtensorTotalIssuance::get(state()), 0u);
}

TEST_F(TransactionPaymentTest, SudoLikeCallsAreRefundedInFull) {
  endow(acc(1), 1'000'000);
  start_block(1);
  auto pre = tp::pre_dispatch(env(), acc(1), transfer_info(), 100, 0);
  ASSERT_TRUE(pre.has_value());
  ASSERT_TRUE(tp::post_dispatch(env(), *pre, transfer_info(),
                                PostDispatchInfo{std::nullopt, Pays::kNo}, 100)
                  .has_value());
  EXPECT_EQ(free(acc(1)), 1'000'000u);
  EXPECT_EQ(balances::total_issuance(state()), 1'000'000u);
}

TEST_F(TransactionPaymentTest, PaymentNeedsToKeepTheAccountAlive) {
  // The fee is withdrawn with Preserve: ED (500) must stay.
  endow(acc(1), 144'226 + 499);
  EXPECT_EQ(tp::withdraw_fee(env(), acc(1), 144'226).error(), tp::ChargeError::kPayment);
  EXPECT_EQ(free(acc(1)), 144'226u + 499u);
  endow(acc(2), 144'226 + 500);
  ASSERT_TRUE(tp::withdraw_fee(env(), acc(2), 144'226).has_value());
  EXPECT_FALSE(tp::withdraw_fee(env(), acc(3), 0)->has_value());  // a zero fee withdraws nothing
}

TEST_F(TransactionPaymentTest, Priority) {
  const auto& c = frame::runtime_config();
  // max_tx_per_block = min(4e12 / 163_159_000 = 24_515, u64::MAX / 3593, 7_864_320 / 147 = 53_498).
  EXPECT_EQ(tp::get_priority(c, transfer_info(), 147, 0, 144'226), 24'515u);
  EXPECT_EQ(tp::get_priority(c, transfer_info(), 147, 99, 144'226), 2'451'500u);
  // Operational: + fee * 5 * max_tx_per_block (max length 10_485_760 / 147 = 71_331 > 24_515).
  DispatchInfo op = transfer_info();
  op.dispatch_class = DispatchClass::kOperational;
  EXPECT_EQ(tp::get_priority(c, op, 147, 0, 144'226),
            uint64_t{24'515} + uint64_t{144'226} * 5 * 24'515);
  // Length-bound: a zero-weight call of 1 MiB fits 7 times in a normal block.
  const DispatchInfo tiny{Weight::zero(), DispatchClass::kNormal, Pays::kYes};
  EXPECT_EQ(tp::get_priority(c, tiny, 1 << 20, 0, 0), 7u);
}

TEST_F(TransactionPaymentTest, GenesisAndFinalize) {
  EXPECT_EQ(tp::StorageVersion::get(state()).value, tp::Releases::kV2);
  EXPECT_EQ(tp::NextFeeMultiplier::get(state()), tp::Multiplier::one());
  tp::NextFeeMultiplier::put(state(), tp::Multiplier{5});
  tp::on_finalize(env(), 1);
  EXPECT_EQ(tp::NextFeeMultiplier::get(state()), tp::Multiplier::one());
}

}  // namespace
}  // namespace subemu::runtime::testing
