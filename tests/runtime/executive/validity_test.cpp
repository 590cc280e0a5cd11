// What is refused, and by whom: mortal eras (valid within their period; after it the birth hash
// no longer matches -> BadProof, or the birth block is the one being built / was pruned ->
// AncientBirthBlock), block length and weight exhaustion (ExhaustsResources, nothing written),
// bare calls from users (the pool refuses them with NoUnsignedValidator; the block builder would
// dispatch them with the None origin), Mandatory calls from users (MandatoryValidation), and the
// ValidTransaction the pool records for a signed extrinsic.
#include <gtest/gtest.h>

#include "runtime/frame/config.hpp"
#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/system/block.hpp"
#include "tests/runtime/chain/dev_chain.hpp"
#include "tests/runtime/executive/event_bytes.hpp"

namespace subemu::runtime {
namespace {

using frame::extrinsic::Era;
using frame::extrinsic::InvalidTransaction;
using frame::extrinsic::TransactionValidityError;
using frame::extrinsic::UnknownTransaction;
using frame::extrinsic::ValidTransaction;
using testing::dev;
using testing::DevChain;
using testing::state_of;
using namespace testing;  // NOLINT(google-build-using-namespace): the event byte builders

constexpr uint64_t kTao = 1'000'000'000;

Bytes bytes_of(const system::EventRecordView& r) { return cat({Bytes{r.pallet}, r.event}); }

// Expects `r` to be the runtime's verdict `want`, and the pending state to equal `before`.
template <class R>
void expect_refused(const R& r, const TransactionValidityError& want, DevChain& c,
                    const std::map<Bytes, Bytes>& before) {
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind, executive::ApplyError::Kind::kInvalid) << r.error().reason;
  EXPECT_EQ(r.error().validity, want) << r.error().reason;
  EXPECT_EQ(state_of(c.chain->pending_state()), before);
}

Bytes nonce_tag(const AccountId& who, uint32_t nonce) { return cat({acc_bytes(who), le32(nonce)}); }

// ---- mortality --------------------------------------------------------------------------------

TEST(ExecutiveValidity, MortalEraIsValidWithinItsPeriodThenBadProofOrAncientBirthBlock) {
  DevChain c;
  c.seal_blocks(4);  // head 4, pending 5
  // Born at the head: Era::mortal(4, 4) = Mortal(period 4, phase 0); birth(n) = 4 for n in 4..7,
  // death 8. Each transaction signs BlockHash[4] as its birth hash.
  const Era era = Era::mortal(4, 4);
  ASSERT_EQ(era.period(), 4u);
  ASSERT_EQ(era.phase(), 0u);
  std::vector<Bytes> xts;
  for (uint32_t nonce = 0; nonce < 4; ++nonce) {
    xts.push_back(c.sign("Alice", transfer_keep_alive(dev("Bob"), kTao), nonce, 0, era));
  }
  // The pool's longevity: death 8 - current 5.
  auto valid = c.executive().validate_transaction(xts[0]);
  ASSERT_TRUE(valid.has_value()) << valid.error().reason;
  EXPECT_EQ(valid->longevity, 3u);
  // Blocks 5, 6 and 7 accept it.
  for (uint32_t i = 0; i < 3; ++i) {
    EXPECT_EQ(c.chain->pending_number(), 5u + i);
    auto r = c.chain->submit(xts[i]);
    ASSERT_TRUE(r.has_value()) << i << ": " << r.error().reason;
    EXPECT_FALSE(r->error.has_value());
    c.seal_blocks(1);
  }
  // Block 8: birth(8) = 8, the block being built, has no BlockHash yet -> AncientBirthBlock
  // (CheckMortality's additional_signed finds no BlockHash[8]).
  ASSERT_EQ(c.chain->pending_number(), 8u);
  expect_refused(c.chain->submit(xts[3]),
                 TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock), c,
                 state_of(c.chain->pending_state()));
  c.seal_blocks(1);
  // Block 9: birth(9) = 8, whose hash exists but is not the signed BlockHash[4]: the signature
  // does not verify -> BadProof.
  expect_refused(c.chain->submit(xts[3]),
                 TransactionValidityError::invalid(InvalidTransaction::kBadProof), c,
                 state_of(c.chain->pending_state()));
  EXPECT_EQ(c.nonce_of(dev("Alice")), 3u);
}

TEST(ExecutiveValidity, AMortalEraWhoseBirthHashWasPrunedIsAncientBirthBlock) {
  // BlockHashCount 8 instead of 2400: finalize of block n prunes BlockHash[n - 9].
  static const frame::RuntimeConfig config = [] {
    frame::RuntimeConfig cfg = frame::runtime_config();
    cfg.block_hash_count = 8;
    return cfg;
  }();
  GenesisConfig genesis = dev_genesis();
  genesis.config = &config;
  DevChain c(genesis);
  c.seal_blocks(4);
  // Mortal(64, 4): alive from block 4 to 67.
  const Era era = Era::mortal(64, 4);
  const Bytes xt = c.sign("Alice", transfer_keep_alive(dev("Bob"), kTao), 0, 0, era);
  c.seal_blocks(8);  // pending 13: BlockHash[4] is still there
  ASSERT_EQ(c.chain->pending_number(), 13u);
  auto valid = c.executive().validate_transaction(xt);
  ASSERT_TRUE(valid.has_value()) << valid.error().reason;
  EXPECT_EQ(valid->longevity, 68u - 13u);
  c.seal_blocks(1);  // block 13's finalize pruned BlockHash[4]
  expect_refused(c.chain->submit(xt),
                 TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock), c,
                 state_of(c.chain->pending_state()));
}

// ---- exhaustion -------------------------------------------------------------------------------

TEST(ExecutiveValidity, ARemarkLongerThanTheBlockExhaustsResources) {
  DevChain c;
  // Normal extrinsics may fill 75% of 10 MiB = 7_864_320 bytes; this one alone is longer.
  const Bytes huge = c.sign("Alice", remark(Bytes(7'864'320, 0xab)));
  expect_refused(c.chain->submit(huge),
                 TransactionValidityError::invalid(InvalidTransaction::kExhaustsResources), c,
                 state_of(c.chain->pending_state()));

  // Two 4 MB remarks: the first fits (4_000_113 bytes: 103 + 2 + Compact(4e6) 4 + 4e6, and a
  // 4-byte prefix), the second would bring AllExtrinsicsLen to 6 + 2 * 4_000_113 > 7_864_320.
  const Bytes first = c.sign("Alice", remark(Bytes(4'000'000, 1)));
  ASSERT_EQ(first.size(), 4'000'113u);
  auto r = c.chain->submit(first);
  ASSERT_TRUE(r.has_value()) << r.error().reason;
  // remark(b) = 2_119_000 + 390 b = 1_562_119_000 -> 781_059 (ties down);
  // fee 62_500 + 4_000_113 + 781_059 = 4_843_672.
  EXPECT_EQ(r->fee, 4'843'672u);
  EXPECT_EQ(system::all_extrinsics_len(c.chain->pending_state()), 6u + 4'000'113u);
  const Bytes second = c.sign("Alice", remark(Bytes(4'000'000, 2)));
  expect_refused(c.chain->submit(second),
                 TransactionValidityError::invalid(InvalidTransaction::kExhaustsResources), c,
                 state_of(c.chain->pending_state()));
  EXPECT_EQ(c.nonce_of(dev("Alice")), 1u);
}

TEST(ExecutiveValidity, BlockWeightExhaustion) {
  DevChain c;
  // Normal max_extrinsic = 3e12 - 10% of 4e12 - 125_000_000 = 2_599_875_000_000 ref time.
  constexpr uint64_t kMaxExtrinsic = 2'599'875'000'000;
  const auto heavy = [&](uint64_t ref_time) {
    return c.sign("Alice",
                  sudo_unchecked_weight(remark(Bytes{}), frame::Weight::from_parts(ref_time, 0)));
  };
  expect_refused(c.chain->submit(heavy(kMaxExtrinsic + 1)),
                 TransactionValidityError::invalid(InvalidTransaction::kExhaustsResources), c,
                 state_of(c.chain->pending_state()));
  auto r = c.chain->submit(heavy(kMaxExtrinsic));
  ASSERT_TRUE(r.has_value()) << r.error().reason;
  EXPECT_EQ(r->fee, 0u);  // sudo: Pays::No
  // Normal now holds 2_600_000_000_000 of its 3e12 (max_total): 400e9 more (+ base) does not fit.
  EXPECT_EQ(
      system::block_weight(c.chain->pending_state()).get(frame::DispatchClass::kNormal).ref_time,
      2'600'000'000'000u);
  expect_refused(c.chain->submit(heavy(400'000'000'000)),
                 TransactionValidityError::invalid(InvalidTransaction::kExhaustsResources), c,
                 state_of(c.chain->pending_state()));
  // A transfer (288_159_000 with its base) still fits.
  auto t = c.chain->submit(c.sign("Bob", transfer_keep_alive(dev("Alice"), kTao)));
  ASSERT_TRUE(t.has_value()) << t.error().reason;
  // The next block starts empty again.
  c.seal_blocks(1);
  auto again = c.chain->submit(heavy(400'000'000'000));
  ASSERT_TRUE(again.has_value()) << again.error().reason;
}

// ---- bare calls and the pool ------------------------------------------------------------------

TEST(ExecutiveValidity, ABareTransferIsRefusedByThePoolButTheBuilderDispatchesItAsNone) {
  DevChain c;
  const Bytes xt = DevChain::bare(transfer_allow_death(dev("Bob"), kTao));
  ASSERT_EQ(xt.size(), 41u);  // prefix 1 + version 0x04 + call 39
  const TransactionValidityError no_validator =
      TransactionValidityError::unknown(UnknownTransaction::kNoUnsignedValidator);

  // The pool (TaggedTransactionQueue_validate_transaction): Unknown(NoUnsignedValidator).
  const auto before = state_of(c.chain->pending_state());
  expect_refused(c.executive().validate_transaction(xt), no_validator, c, before);
  expect_refused(c.executive().submit_extrinsic(xt), no_validator, c, before);

  // The block builder (BlockBuilder_apply_extrinsic): CheckWeight passes, ValidateUnsigned's
  // pre_dispatch is Ok(()) for a pallet without ValidateUnsigned, the call is dispatched with the
  // None origin and fails with BadOrigin; the extrinsic is included, nobody pays.
  const uint64_t bob = c.free_of(dev("Bob"));
  const uint64_t issuance = balances::TotalIssuance::get(c.chain->pending_state());
  auto applied = c.executive().apply_extrinsic(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_EQ(applied->index, 1u);
  EXPECT_FALSE(applied->signer.has_value());
  EXPECT_EQ(applied->error, std::optional(frame::DispatchError::bad_origin()));
  EXPECT_EQ(applied->fee, 0u);
  EXPECT_EQ(c.free_of(dev("Bob")), bob);
  EXPECT_EQ(balances::TotalIssuance::get(c.chain->pending_state()), issuance);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 2u);
  // transfer_allow_death 173_363_000 + base 125_000_000, proof 3_593, Normal, Pays::Yes.
  EXPECT_EQ(bytes_of(ev[1]),
            ev_extrinsic_failed(err_bad_origin(), dispatch_info(298'363'000, 3'593, 0, 0)));
  EXPECT_EQ(ev[1].phase, system::Phase::apply_extrinsic(1));
  EXPECT_EQ(system::all_extrinsics_len(c.chain->pending_state()), 6u + 41u);
}

TEST(ExecutiveValidity, MandatoryCallsFromUsersAreRefusedByThePool) {
  DevChain c;
  Bytes set{2, 0};
  append(set, compact(c.chain->pending_timestamp() + 6'000));
  const auto before = state_of(c.chain->pending_state());
  const TransactionValidityError mandatory =
      TransactionValidityError::invalid(InvalidTransaction::kMandatoryValidation);

  // A second Timestamp.set: the pool says MandatoryValidation; the builder's apply fails it
  // (upstream panics: "Timestamp must be updated only once in the block") -> BadMandatory, not
  // included.
  const Bytes bare_set = DevChain::bare(set);
  expect_refused(c.executive().validate_transaction(bare_set), mandatory, c, before);
  expect_refused(c.executive().apply_extrinsic(bare_set),
                 TransactionValidityError::invalid(InvalidTransaction::kBadMandatory), c, before);

  // Sudo.sudo(Timestamp.set) from the key: the call takes the inner call's Mandatory class. The
  // pool refuses it; the builder would include it (Sudid{Err(BadOrigin)}, Pays::No, no block
  // limit), which is why the user path must validate first.
  const Bytes sudo_set = c.sign("Alice", sudo_call(set));
  expect_refused(c.executive().validate_transaction(sudo_set), mandatory, c, before);
  expect_refused(c.executive().submit_extrinsic(sudo_set), mandatory, c, before);
  auto applied = c.executive().apply_extrinsic(sudo_set);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_EQ(applied->info.dispatch_class, frame::DispatchClass::kMandatory);
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->fee, 0u);
  const auto ev = c.events();
  ASSERT_EQ(ev.size(), 6u);
  EXPECT_EQ(bytes_of(ev[2]), cat({Bytes{12, 0}, err_result(err_bad_origin())}));
}

TEST(ExecutiveValidity, TheValidTransactionOfASignedExtrinsic) {
  DevChain c;
  const Bytes call = transfer_keep_alive(dev("Bob"), kTao);
  const auto before = state_of(c.chain->pending_state());
  auto valid = c.executive().validate_transaction(c.sign("Alice", call));
  ASSERT_TRUE(valid.has_value()) << valid.error().reason;
  // SubtensorSignedExtension and CommitmentsSignedExtension give u64::MAX each: the sum
  // saturates. CheckNonce provides (who, nonce). Immortal: death u64::MAX, current block 1.
  ValidTransaction want;
  want.priority = UINT64_MAX;
  want.provides = {nonce_tag(dev("Alice"), 0)};
  want.longevity = UINT64_MAX - 1;
  want.propagate = true;
  EXPECT_EQ(*valid, want);
  // Validation writes nothing (the fee withdrawal is discarded).
  EXPECT_EQ(state_of(c.chain->pending_state()), before);

  // A future nonce is valid for the pool (it requires its predecessor) but apply refuses it.
  const Bytes future = c.sign("Alice", call, 2);
  auto fv = c.executive().validate_transaction(future);
  ASSERT_TRUE(fv.has_value()) << fv.error().reason;
  EXPECT_EQ(fv->requires_tags, std::vector<Bytes>{nonce_tag(dev("Alice"), 1)});
  EXPECT_EQ(fv->provides, std::vector<Bytes>{nonce_tag(dev("Alice"), 2)});
  expect_refused(c.executive().submit_extrinsic(future),
                 TransactionValidityError::invalid(InvalidTransaction::kFuture), c, before);

  // submit_extrinsic = validate + apply: the same outcome as the builder for a good extrinsic.
  const Bytes good = c.sign("Alice", call);
  ASSERT_EQ(good.size(), 144u);  // Compact(10^9) takes 4 bytes
  auto applied = c.executive().submit_extrinsic(good);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_EQ(applied->fee, 62'500u + 144u + 81'579u);
  const auto stale = state_of(c.chain->pending_state());
  expect_refused(c.executive().validate_transaction(c.sign("Alice", call, 0)),
                 TransactionValidityError::invalid(InvalidTransaction::kStale), c, stale);

  // An account with no funds: CheckNonce (no providers) -> Payment.
  crypto::ed25519::Seed seed{};
  seed[0] = 7;
  const auto signer = frame::extrinsic::Signer::ed25519(seed);
  frame::extrinsic::ExtraValues extra;
  extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
  auto pauper = frame::extrinsic::build_signed(call, signer, extra,
                                               frame::extrinsic::kSubtensorV300, c.context());
  ASSERT_TRUE(pauper.has_value());
  expect_refused(c.executive().validate_transaction(
                     frame::extrinsic::encode_extrinsic(*pauper, frame::extrinsic::kSubtensorV300)),
                 TransactionValidityError::invalid(InvalidTransaction::kPayment), c, stale);
}

}  // namespace
}  // namespace subemu::runtime
