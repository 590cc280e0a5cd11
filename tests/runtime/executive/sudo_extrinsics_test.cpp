// Sudo as signed extrinsics through the executive. Alice holds the dev chain's sudo key.
//
// A successful sudo call returns Pays::No, so ChargeTransactionPayment refunds the whole
// pre-dispatch withdrawal (computed from the declared info, which says Pays::Yes) and the actual
// fee is the tip alone; CheckNonce still bumps the nonce. A non-key caller fails in ensure_sudo
// (RequireSudo, no post info: the declared fee is kept).
//
// Weights (pallet_sudo SubstrateWeight, RocksDbWeight read 25_000_000, write 100_000_000):
//   sudo    = 10_729_000 + reads(1) = 35_729_000, proof 1_517
//   sudo_as = 11_003_000 + reads(1) = 36_003_000, proof 1_517
//   Balances.force_transfer = 49_944_000 + reads_writes(2, 2) = 299_944_000, proof 6_196
//   Balances.transfer_keep_alive = 163_159_000, proof 3_593
#include <gtest/gtest.h>

#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/sudo/storage.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/transaction_payment/storage.hpp"
#include "tests/runtime/chain/dev_chain.hpp"
#include "tests/runtime/executive/event_bytes.hpp"

namespace subemu::runtime {
namespace {

using testing::dev;
using testing::DevChain;
using namespace testing;  // NOLINT(google-build-using-namespace): the event byte builders

constexpr uint64_t kTao = 1'000'000'000;

Bytes bytes_of(const system::EventRecordView& r) { return cat({Bytes{r.pallet}, r.event}); }

// Balances.force_transfer(source, dest, value): 2 + 33 + 33 + Compact(value) bytes.
Bytes force_transfer(const AccountId& source, const AccountId& dest, uint64_t value) {
  Bytes call{5, 2, 0x00};
  append(call, source.view());
  append(call, Bytes{0x00});
  append(call, dest.view());
  append(call, compact(value));
  return call;
}

TEST(ExecutiveSudo, SuccessfulSudoIsFeeFree) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  const uint64_t issuance = balances::TotalIssuance::get(s);
  const Bytes xt = c.sign("Alice", sudo_call(force_transfer(dev("Charlie"), dev("Dave"), kTao)));
  // 103 + call (2 + 74) + 2-byte prefix.
  ASSERT_EQ(xt.size(), 179u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  // Declared: sudo + force_transfer = 335_673_000, proof 7_713, Normal, Pays::Yes.
  EXPECT_EQ(applied->info, (frame::DispatchInfo{frame::Weight::from_parts(335'673'000, 7'713),
                                                frame::DispatchClass::kNormal, frame::Pays::kYes}));
  EXPECT_EQ(applied->post_info, (frame::PostDispatchInfo{std::nullopt, frame::Pays::kNo}));
  EXPECT_EQ(applied->fee, 0u);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao);
  EXPECT_EQ(c.free_of(dev("Charlie")), 1'000'000 * kTao - kTao);
  EXPECT_EQ(c.free_of(dev("Dave")), 2'000 * kTao + kTao);
  EXPECT_EQ(c.nonce_of(dev("Alice")), 1u);
  EXPECT_EQ(balances::TotalIssuance::get(s), issuance);
  // A zero fee never reaches TransactionFeeHandler: SubtensorModule.TotalIssuance keeps the 0 the
  // subtensor genesis wrote.
  EXPECT_EQ(s.get(transaction_payment::SubtensorTotalIssuance::hashed_key()),
            std::optional<Bytes>(scale::encode(uint64_t{0})));

  // Withdrawn: 62_500 + 179 + round(335_673_000 / 2_000 = 167_836.5, ties down) = 230_515, all
  // refunded. ExtrinsicSuccess reports Pays::No.
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 7u);
  EXPECT_EQ(bytes_of(ev[1]), ev_balances_withdraw(dev("Alice"), 230'515));
  EXPECT_EQ(bytes_of(ev[2]), ev_balances_transfer(dev("Charlie"), dev("Dave"), kTao));
  EXPECT_EQ(bytes_of(ev[3]), cat({Bytes{12, 0}, ok_result()}));  // Sudid{Ok}
  EXPECT_EQ(bytes_of(ev[4]), ev_balances_deposit(dev("Alice"), 230'515));
  EXPECT_EQ(bytes_of(ev[5]), ev_fee_paid(dev("Alice"), 0, 0));
  EXPECT_EQ(bytes_of(ev[6]), ev_extrinsic_success(dispatch_info(460'673'000, 7'713, 0, 1)));
}

TEST(ExecutiveSudo, SudoWithATipPaysTheTipOnly) {
  DevChain c;
  const uint64_t issuance = balances::TotalIssuance::get(c.chain->pending_state());
  const Bytes xt =
      c.sign("Alice", sudo_call(force_transfer(dev("Charlie"), dev("Dave"), kTao)), {}, 63);
  ASSERT_EQ(xt.size(), 179u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_EQ(applied->fee, 63u);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 63);
  EXPECT_EQ(balances::TotalIssuance::get(c.chain->pending_state()), issuance - 63);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 7u);
  EXPECT_EQ(bytes_of(ev[1]), ev_balances_withdraw(dev("Alice"), 230'515 + 63));
  EXPECT_EQ(bytes_of(ev[4]), ev_balances_deposit(dev("Alice"), 230'515));
  EXPECT_EQ(bytes_of(ev[5]), ev_fee_paid(dev("Alice"), 63, 63));
}

TEST(ExecutiveSudo, SudoFromANonKeyFailsAndPays) {
  DevChain c;
  const Bytes xt = c.sign("Bob", sudo_call(force_transfer(dev("Charlie"), dev("Dave"), kTao)));
  ASSERT_EQ(xt.size(), 179u);
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  // Sudo's Error::RequireSudo = Module{12, 0}.
  ASSERT_TRUE(applied->error.has_value());
  EXPECT_EQ(*applied->error, frame::DispatchError::module(12, 0));
  EXPECT_EQ(applied->fee, 230'515u);
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'000 * kTao - 230'515);
  EXPECT_EQ(c.free_of(dev("Charlie")), 1'000'000 * kTao);
  EXPECT_EQ(c.nonce_of(dev("Bob")), 1u);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 5u);
  EXPECT_EQ(bytes_of(ev[4]),
            ev_extrinsic_failed(err_module(12, 0), dispatch_info(460'673'000, 7'713, 0, 0)));
  // sudo_as and sudo_unchecked_weight from Bob: RequireSudo too.
  for (const Bytes& call :
       {sudo_as(dev("Charlie"), transfer_keep_alive(dev("Bob"), kTao)),
        sudo_unchecked_weight(remark(Bytes{1}), frame::Weight::from_parts(1'000'000, 0))}) {
    auto r = c.chain->submit(c.sign("Bob", call));
    ASSERT_TRUE(r.has_value()) << r.error().reason;
    ASSERT_TRUE(r->error.has_value());
    EXPECT_EQ(*r->error, frame::DispatchError::module(12, 0));
    EXPECT_GT(r->fee, 0u);
  }
  EXPECT_EQ(c.free_of(dev("Charlie")), 1'000'000 * kTao);
}

TEST(ExecutiveSudo, SudoWhoseInnerCallFailsIsStillASuccessfulFeeFreeExtrinsic) {
  DevChain c;
  // Root cannot transfer: Balances.transfer_allow_death from Root is BadOrigin.
  auto applied =
      c.chain->submit(c.sign("Alice", sudo_call(transfer_allow_death(dev("Bob"), kTao))));
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->fee, 0u);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 6u);
  EXPECT_EQ(bytes_of(ev[2]), cat({Bytes{12, 0}, err_result(err_bad_origin())}));
}

TEST(ExecutiveSudo, SudoAsDispatchesAsTheAccount) {
  DevChain c;
  // Alice makes Charlie send Bob 1 TAO; Charlie pays nothing but the transfer, Alice nothing.
  const Bytes xt = c.sign("Alice", sudo_as(dev("Charlie"), transfer_keep_alive(dev("Bob"), kTao)));
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->fee, 0u);
  // sudo_as + transfer_keep_alive = 199_162_000, proof 5_110.
  EXPECT_EQ(applied->info.weight, frame::Weight::from_parts(199'162'000, 5'110));
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao);
  EXPECT_EQ(c.free_of(dev("Charlie")), 1'000'000 * kTao - kTao);
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'000 * kTao + kTao);
  EXPECT_EQ(c.nonce_of(dev("Charlie")), 0u);  // dispatch as Charlie does not touch his nonce
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 7u);
  EXPECT_EQ(bytes_of(ev[2]), ev_balances_transfer(dev("Charlie"), dev("Bob"), kTao));
  EXPECT_EQ(bytes_of(ev[3]), cat({Bytes{12, 3}, ok_result()}));  // SudoAsDone{Ok}
  EXPECT_EQ(bytes_of(ev[6]), ev_extrinsic_success(dispatch_info(324'162'000, 5'110, 0, 1)));
}

TEST(ExecutiveSudo, SudoUncheckedWeightDeclaresTheGivenWeight) {
  DevChain c;
  const storage::Overlay& s = c.chain->pending_state();
  const frame::Weight normal_before = system::block_weight(s).get(frame::DispatchClass::kNormal);
  const Bytes xt = c.sign(
      "Alice",
      sudo_unchecked_weight(remark(Bytes{1, 2, 3}), frame::Weight::from_parts(1'000'000'000, 7)));
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->fee, 0u);
  // The weight is exactly the argument (no sudo base), the class the inner call's.
  EXPECT_EQ(applied->info, (frame::DispatchInfo{frame::Weight::from_parts(1'000'000'000, 7),
                                                frame::DispatchClass::kNormal, frame::Pays::kYes}));
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 6u);
  EXPECT_EQ(bytes_of(ev[5]), ev_extrinsic_success(dispatch_info(1'125'000'000, 7, 0, 1)));
  // Pays::No does not refund weight: the block counts the declared weight in full.
  EXPECT_EQ(system::block_weight(s).get(frame::DispatchClass::kNormal),
            normal_before.saturating_add(
                frame::Weight::from_parts(1'125'000'000, 7 + static_cast<uint64_t>(xt.size()))));
}

TEST(ExecutiveSudo, SudoCanChangeTheKey) {
  DevChain c;
  Bytes set_key{12, 2, 0x00};
  append(set_key, dev("Bob").view());
  auto applied = c.chain->submit(c.sign("Alice", set_key));
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->fee, 0u);
  EXPECT_EQ(sudo::Key::try_get(c.chain->pending_state()), std::optional<AccountId>(dev("Bob")));
  // Now Alice is refused and Bob is obeyed.
  auto alice = c.chain->submit(c.sign("Alice", sudo_call(remark(Bytes{}))));
  ASSERT_TRUE(alice.has_value());
  EXPECT_EQ(alice->error, std::optional(frame::DispatchError::module(12, 0)));
  auto bob = c.chain->submit(c.sign("Bob", sudo_call(remark(Bytes{}))));
  ASSERT_TRUE(bob.has_value());
  EXPECT_FALSE(bob->error.has_value());
  EXPECT_EQ(bob->fee, 0u);
}

}  // namespace
}  // namespace subemu::runtime
