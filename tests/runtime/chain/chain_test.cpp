// The chain end to end on a memory store: genesis, the pending block, signed extrinsics (success,
// failed dispatch, every invalid class), sealing and reopening.
#include <gtest/gtest.h>

#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/sudo/storage.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/runtime.hpp"
#include "storage/trie_root.hpp"
#include "tests/runtime/chain/dev_chain.hpp"

namespace subemu::runtime {
namespace {

using frame::extrinsic::InvalidTransaction;
using frame::extrinsic::TransactionValidityError;
using testing::dev;
using testing::DevChain;
using testing::state_of;

constexpr uint64_t kTao = 1'000'000'000;

TEST(Chain, GenesisAndTheFirstPendingBlock) {
  DevChain c;
  EXPECT_EQ(c.chain->head().number, 0u);
  EXPECT_EQ(c.chain->head().hash, c.chain->genesis_hash());
  EXPECT_EQ(c.chain->pending_number(), 1u);
  const storage::Overlay& s = c.chain->pending_state();
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao);
  EXPECT_EQ(c.free_of(dev("Ferdie")), 2'000 * kTao);
  EXPECT_EQ(balances::TotalIssuance::get(s), 3 * 1'000'000 * kTao + 5 * 2'000 * kTao);
  EXPECT_EQ(sudo::Key::try_get(s), std::optional<AccountId>(dev("Alice")));
  EXPECT_EQ(system::block_number(s), 1u);
  // Block 1's initialize recorded the genesis hash as BlockHash[0].
  EXPECT_EQ(system::block_hash(s, 0), c.chain->genesis_hash());
  // The genesis hash is a pure function of the genesis config.
  EXPECT_EQ(chain::Chain::genesis_of(dev_genesis())->hash(), c.chain->genesis_hash());
}

TEST(Chain, SignedTransferMovesFundsAndChargesTheFee) {
  DevChain c;
  const uint64_t issuance = balances::TotalIssuance::get(c.chain->pending_state());
  const Bytes xt = c.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 10 * kTao));
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  EXPECT_EQ(applied->index, 1u);  // after the timestamp inherent
  EXPECT_GT(applied->fee, 0u);
  EXPECT_EQ(c.free_of(dev("Alice")), 1'000'000 * kTao - 10 * kTao - applied->fee);
  EXPECT_EQ(c.free_of(dev("Bob")), 1'000'000 * kTao + 10 * kTao);
  EXPECT_EQ(c.nonce_of(dev("Alice")), 1u);
  // The fee leaves the issuance.
  EXPECT_EQ(balances::TotalIssuance::get(c.chain->pending_state()), issuance - applied->fee);

  auto sealed = c.chain->seal();
  ASSERT_TRUE(sealed.has_value()) << sealed.error().to_string();
  EXPECT_EQ(sealed->block.header.number, 1u);
  EXPECT_EQ(sealed->block.extrinsics.size(), 2u);
  EXPECT_EQ(sealed->block.extrinsics[1], xt);
  EXPECT_EQ(c.chain->head().number, 1u);
  EXPECT_EQ(c.chain->head().hash, sealed->hash);
  EXPECT_EQ(sealed->block.header.parent_hash, c.chain->genesis_hash());
  EXPECT_EQ(sealed->block.header.extrinsics_root,
            Hash256(storage::ordered_trie_root(sealed->block.extrinsics, storage::StateVersion::kV0)));
  EXPECT_EQ(sealed->block.header.state_root, c.chain->head_state_root());
  // Block 2 is open and knows block 1's hash.
  EXPECT_EQ(system::block_hash(c.chain->pending_state(), 1), sealed->hash);
}

TEST(Chain, FailedDispatchKeepsOnlyFeeNonceAndEvent) {
  DevChain c;
  const uint64_t before_dave = c.free_of(dev("Dave"));
  const uint64_t before_bob = c.free_of(dev("Bob"));
  // Dave holds 2,000 TAO: a 3,000 TAO transfer fails in dispatch.
  const Bytes xt = c.sign("Dave", testing::transfer_keep_alive(dev("Bob"), 3'000 * kTao));
  auto applied = c.chain->submit(xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  ASSERT_TRUE(applied->error.has_value());
  EXPECT_EQ(c.nonce_of(dev("Dave")), 1u);
  EXPECT_EQ(c.free_of(dev("Dave")), before_dave - applied->fee);
  EXPECT_EQ(c.free_of(dev("Bob")), before_bob);
  // The block records ExtrinsicFailed for it.
  const auto events = system::read_events(c.chain->pending_state(), runtime_registry());
  ASSERT_TRUE(events.has_value());
  bool failed_seen = false;
  for (const auto& e : *events) {
    if (e.pallet == 0 && e.variant() == 1) failed_seen = true;
  }
  EXPECT_TRUE(failed_seen);
}

// Applies `xt`, expects the given error, and checks that nothing changed.
void expect_invalid(DevChain& c, const Bytes& xt, const TransactionValidityError& want) {
  const auto before = state_of(c.chain->pending_state());
  auto r = c.chain->submit(xt);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind, executive::ApplyError::Kind::kInvalid) << r.error().reason;
  EXPECT_EQ(r.error().validity, want) << r.error().reason;
  EXPECT_EQ(state_of(c.chain->pending_state()), before);
}

TEST(Chain, EveryInvalidClassLeavesNoTrace) {
  DevChain c;
  const Bytes call = testing::transfer_keep_alive(dev("Bob"), kTao);
  // Stale and Future nonces.
  ASSERT_TRUE(c.chain->submit(c.sign("Alice", call)).has_value());
  expect_invalid(c, c.sign("Alice", call, 0),
                 TransactionValidityError::invalid(InvalidTransaction::kStale));
  expect_invalid(c, c.sign("Alice", call, 5),
                 TransactionValidityError::invalid(InvalidTransaction::kFuture));
  // A flipped signature bit.
  Bytes bad = c.sign("Bob", call);
  bad[1 + 1 + 1 + 32 + 1 + 10] ^= 0x01;  // len, version, Id tag, account, sig tag, sig byte
  expect_invalid(c, bad, TransactionValidityError::invalid(InvalidTransaction::kBadProof));
  // Signed for another chain (genesis) -> BadProof.
  {
    auto ctx = c.context();
    ctx.genesis_hash = Hash256{};
    const auto signer = frame::extrinsic::Signer::sr25519(*dev_sr25519_secret("Bob"));
    frame::extrinsic::ExtraValues extra;
    extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
    auto xt = frame::extrinsic::build_signed(call, signer, extra,
                                             frame::extrinsic::kSubtensorV300, ctx);
    ASSERT_TRUE(xt.has_value());
    expect_invalid(c, frame::extrinsic::encode_extrinsic(*xt, frame::extrinsic::kSubtensorV300),
                   TransactionValidityError::invalid(InvalidTransaction::kBadProof));
  }
  // An account that does not exist cannot pay (CheckNonce: no providers -> Payment).
  {
    crypto::ed25519::Seed seed{};
    seed[0] = 42;
    const auto signer = frame::extrinsic::Signer::ed25519(seed);
    frame::extrinsic::ExtraValues extra;
    extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
    auto xt = frame::extrinsic::build_signed(call, signer, extra,
                                             frame::extrinsic::kSubtensorV300, c.context());
    ASSERT_TRUE(xt.has_value());
    expect_invalid(c, frame::extrinsic::encode_extrinsic(*xt, frame::extrinsic::kSubtensorV300),
                   TransactionValidityError::invalid(InvalidTransaction::kPayment));
  }
  // A mortal era whose birth block is unknown -> AncientBirthBlock.
  {
    auto ctx = c.context();
    const auto era = frame::extrinsic::Era::mortal(64, 1000);
    ctx.block_hash = [](BlockNumber) { return std::optional<Hash256>(Hash256{}); };
    ctx.current_block = 1000;
    const auto signer = frame::extrinsic::Signer::sr25519(*dev_sr25519_secret("Bob"));
    frame::extrinsic::ExtraValues extra;
    extra.era = era;
    extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
    auto xt = frame::extrinsic::build_signed(call, signer, extra,
                                             frame::extrinsic::kSubtensorV300, ctx);
    ASSERT_TRUE(xt.has_value());
    expect_invalid(c, frame::extrinsic::encode_extrinsic(*xt, frame::extrinsic::kSubtensorV300),
                   TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock));
  }
}

TEST(Chain, UndecodableBytesLeaveNoTrace) {
  DevChain c;
  const auto before = state_of(c.chain->pending_state());
  for (const Bytes& junk : {Bytes{}, Bytes{0x00}, Bytes{0x04, 0x84, 0x00}, Bytes{0xff, 0xff}}) {
    auto r = c.chain->submit(junk);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().kind, executive::ApplyError::Kind::kUndecodable);
  }
  // A well-formed extrinsic whose call index does not exist.
  auto r = c.chain->submit(c.sign("Alice", Bytes{5, 99}));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind, executive::ApplyError::Kind::kUndecodable);
  EXPECT_EQ(state_of(c.chain->pending_state()), before);
}

TEST(Chain, ReopeningTheStoreGivesTheSameHeadAndRoot) {
  storage::MemoryStore store;
  Hash256 head_hash, root;
  {
    auto chain = chain::Chain::open(store, dev_genesis());
    ASSERT_TRUE(chain.has_value());
    for (int i = 0; i < 5; ++i) ASSERT_TRUE((*chain)->seal().has_value());
    head_hash = (*chain)->head().hash;
    root = (*chain)->head_state_root();
    EXPECT_EQ((*chain)->head().number, 5u);
  }
  auto chain = chain::Chain::open(store, dev_genesis());
  ASSERT_TRUE(chain.has_value()) << chain.error().to_string();
  EXPECT_EQ((*chain)->head().number, 5u);
  EXPECT_EQ((*chain)->head().hash, head_hash);
  EXPECT_EQ((*chain)->head_state_root(), root);
  // Another genesis is refused.
  auto other = chain::Chain::open(store, test_genesis());
  ASSERT_FALSE(other.has_value());
  EXPECT_TRUE(other.error().is_invalid_argument()) << other.error().to_string();
}

TEST(Chain, EmptyBlocksAdvanceTimestampAndBlockHashes) {
  DevChain c;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(c.chain->seal().has_value());
  EXPECT_EQ(c.chain->pending_number(), 4u);
  EXPECT_EQ(c.chain->pending_timestamp(), 4 * c.chain->config().slot_duration_ms);
  for (BlockNumber n = 0; n < 4; ++n) {
    EXPECT_FALSE(system::block_hash(c.chain->pending_state(), n).is_zero()) << n;
  }
}

}  // namespace
}  // namespace subemu::runtime
