// The chain on persistent and failing stores, as `serve` wires it: a Chain over a RocksDbStore
// survives close and reopen (same head, hash, state root and balances; the next block continues
// from the old head, identical to the block an uninterrupted chain seals); a database of another
// genesis is refused; a state value changed behind the chain's back is Corruption (naming the
// state-root mismatch) and opening writes nothing; a commit that fails in seal() leaves the store
// at the previous head, and a chain reopened on it continues from there.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "runtime/chain/block_records.hpp"
#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/genesis.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "storage/faulty_store.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"
#include "storage/state_trie.hpp"
#include "tests/storage/storage_test_util.hpp"

namespace subemu::runtime {
namespace {

namespace xt = frame::extrinsic;
using chain::Chain;
using storage::testing::TempDir;

constexpr uint64_t kTao = 1'000'000'000;

AccountId dev(std::string_view name) { return *dev_account(name); }

Hash256 dev_genesis_hash() { return Chain::genesis_of(dev_genesis())->hash(); }

// Balances.transfer_keep_alive(MultiAddress::Id(dest), value): pallet 5, call 3.
Bytes transfer_keep_alive(const AccountId& dest, uint64_t value) {
  Bytes call;
  call.reserve(3 + 32 + 9);  // (a braced 3-byte start trips GCC 12's -Warray-bounds at -O3)
  for (const uint8_t b : {uint8_t{5}, uint8_t{3}, uint8_t{0x00}}) call.push_back(b);
  append(call, dest.view());
  append(call, scale::encode(scale::Compact<uint64_t>{value}));
  return call;
}

// An immortal signed extrinsic from a dev account with an explicit nonce.
Bytes sign(const Chain& c, std::string_view signer_name, ByteView call, uint32_t nonce) {
  const auto signer = xt::Signer::sr25519(*dev_sr25519_secret(signer_name));
  const xt::ChainContext ctx = c.signing_context();
  xt::ExtraValues extra;
  extra.nonce = nonce;
  extra.metadata_hash_mode = xt::MetadataHashMode::kDisabled;
  auto built = xt::build_signed(call, signer, extra, xt::kSubtensorV300, ctx);
  SUBEMU_CHECK(built.has_value());
  return xt::encode_extrinsic(*built, xt::kSubtensorV300);
}

system::AccountInfo account_in(const storage::KvReader& reader, const AccountId& who) {
  storage::Overlay ov(reader);
  return system::Account::get(ov, who);
}

// Every record of both spaces of a store.
struct FullDump {
  storage::testing::Dump state;
  storage::testing::Dump chain;
  friend bool operator==(const FullDump&, const FullDump&) = default;
};
FullDump full_dump(const storage::KvReader& r) {
  FullDump out;
  out.state = storage::testing::dump(r);
  Status s = r.scan_chain(storage::ScanRange{}, [&](ByteView k, ByteView v) {
    out.chain.emplace(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
    return storage::Visit::kContinue;
  });
  EXPECT_TRUE(s.ok()) << s.to_string();
  return out;
}

std::unique_ptr<storage::RocksDbStore> open_store(const std::string& path, const Hash256& genesis) {
  auto store = storage::RocksDbStore::open(path, genesis.bytes());
  EXPECT_TRUE(store.has_value()) << store.error().to_string();
  return store.has_value() ? std::move(*store) : nullptr;
}

// Block b (1-based) holds Alice -> Bob b TAO and Bob -> Charlie 2b TAO; returns the fees paid.
struct Fees {
  uint64_t alice = 0;
  uint64_t bob = 0;
};
Fees seal_transfer_block(Chain& c, uint32_t b) {
  Fees fees;
  auto a = c.submit(sign(c, "Alice", transfer_keep_alive(dev("Bob"), b * kTao), b - 1));
  EXPECT_TRUE(a.has_value() && !a->error.has_value());
  auto o = c.submit(sign(c, "Bob", transfer_keep_alive(dev("Charlie"), 2 * b * kTao), b - 1));
  EXPECT_TRUE(o.has_value() && !o->error.has_value());
  if (a.has_value()) fees.alice = a->fee;
  if (o.has_value()) fees.bob = o->fee;
  auto sealed = c.seal();
  EXPECT_TRUE(sealed.has_value()) << sealed.error().to_string();
  EXPECT_EQ(sealed->block.header.number, b);
  EXPECT_EQ(sealed->block.extrinsics.size(), 3u);
  return fees;
}

constexpr uint32_t kBlocks = 4;

TEST(ChainRocksDb, ReopenKeepsHeadRootAndBalancesAndContinues) {
  TempDir dir;
  const std::string path = dir.sub("state");
  const Hash256 genesis = dev_genesis_hash();
  std::vector<Hash256> hashes;
  Hash256 root;
  Fees total;
  {
    auto store = open_store(path, genesis);
    ASSERT_NE(store, nullptr);
    auto c = Chain::open(*store, dev_genesis());
    ASSERT_TRUE(c.has_value()) << c.error().to_string();
    hashes.push_back((*c)->head().hash);
    for (uint32_t b = 1; b <= kBlocks; ++b) {
      const Fees f = seal_transfer_block(**c, b);
      total.alice += f.alice;
      total.bob += f.bob;
      hashes.push_back((*c)->head().hash);
    }
    EXPECT_EQ(hashes.front(), genesis);
    root = (*c)->head_state_root();
    EXPECT_GT(total.alice, 0u);
  }  // the chain, then the store, close

  // Alice sent 1+2+3+4 = 10 TAO, Bob received them and sent 2+4+6+8 = 20 TAO to Charlie.
  const uint64_t alice_free = 1'000'000 * kTao - 10 * kTao - total.alice;
  const uint64_t bob_free = 1'000'000 * kTao + 10 * kTao - 20 * kTao - total.bob;
  const uint64_t charlie_free = 1'000'000 * kTao + 20 * kTao;

  auto store = open_store(path, genesis);
  ASSERT_NE(store, nullptr);
  auto c = Chain::open(*store, dev_genesis());
  ASSERT_TRUE(c.has_value()) << c.error().to_string();
  Chain& chain = **c;
  EXPECT_EQ(chain.genesis_hash(), genesis);
  EXPECT_EQ(chain.head().number, kBlocks);
  EXPECT_EQ(chain.head().hash, hashes.back());
  EXPECT_EQ(chain.head_state_root(), root);
  EXPECT_EQ(chain.pending_number(), kBlocks + 1);
  // The state on disk is the committed one: its full trie root equals the head's.
  auto rebuilt = storage::StateTrie::build(*store);
  ASSERT_TRUE(rebuilt.has_value());
  EXPECT_EQ(Hash256(rebuilt->root()), root);
  // The canonical hashes of every block are on disk.
  for (uint32_t n = 0; n <= kBlocks; ++n) {
    auto h = chain::read_hash(*store, n);
    ASSERT_TRUE(h.has_value() && h->has_value()) << n;
    EXPECT_EQ(**h, hashes[n]) << n;
  }
  // Balances and nonces, both on disk and in the pending block.
  EXPECT_EQ(account_in(*store, dev("Alice")).data.free, alice_free);
  EXPECT_EQ(account_in(*store, dev("Bob")).data.free, bob_free);
  EXPECT_EQ(account_in(*store, dev("Charlie")).data.free, charlie_free);
  EXPECT_EQ(account_in(*store, dev("Alice")).nonce, kBlocks);
  EXPECT_EQ(account_in(*store, dev("Bob")).nonce, kBlocks);
  EXPECT_EQ(system::Account::get(chain.pending_state(), dev("Alice")).data.free, alice_free);
  EXPECT_EQ(system::Account::get(chain.pending_state(), dev("Charlie")).data.free, charlie_free);

  // The next block continues the old head, with the old nonces.
  const Fees next = seal_transfer_block(chain, kBlocks + 1);
  auto head = chain::read_block(*store, chain.head().hash);
  ASSERT_TRUE(head.has_value() && head->has_value());
  EXPECT_EQ((*head)->block.header.number, kBlocks + 1);
  EXPECT_EQ((*head)->block.header.parent_hash, hashes.back());
  EXPECT_EQ(account_in(*store, dev("Alice")).data.free,
            alice_free - (kBlocks + 1) * kTao - next.alice);

  // The same blocks sealed without a restart give the same block hash.
  storage::MemoryStore memory;
  auto twin = Chain::open(memory, dev_genesis());
  ASSERT_TRUE(twin.has_value());
  for (uint32_t b = 1; b <= kBlocks + 1; ++b) seal_transfer_block(**twin, b);
  EXPECT_EQ((*twin)->head().hash, chain.head().hash);
  EXPECT_EQ((*twin)->head_state_root(), chain.head_state_root());
}

TEST(ChainRocksDb, RefusesAnotherGenesis) {
  TempDir dir;
  const std::string path = dir.sub("state");
  const Hash256 genesis = dev_genesis_hash();
  {
    auto store = open_store(path, genesis);
    ASSERT_NE(store, nullptr);
    auto c = Chain::open(*store, dev_genesis());
    ASSERT_TRUE(c.has_value());
    ASSERT_TRUE((*c)->seal().has_value());
  }
  const Hash256 other = Chain::genesis_of(test_genesis())->hash();
  ASSERT_NE(other, genesis);
  // The database itself records its genesis identity...
  {
    auto store = storage::RocksDbStore::open(path, other.bytes());
    ASSERT_FALSE(store.has_value());
    EXPECT_TRUE(store.error().is_invalid_argument()) << store.error().to_string();
  }
  // ...and the chain records refuse another genesis config, writing nothing.
  auto store = open_store(path, genesis);
  ASSERT_NE(store, nullptr);
  const FullDump before = full_dump(*store);
  auto c = Chain::open(*store, test_genesis());
  ASSERT_FALSE(c.has_value());
  EXPECT_TRUE(c.error().is_invalid_argument()) << c.error().to_string();
  EXPECT_NE(c.error().to_string().find(genesis.to_hex()), std::string::npos)
      << c.error().to_string();
  EXPECT_NE(c.error().to_string().find(other.to_hex()), std::string::npos) << c.error().to_string();
  EXPECT_TRUE(full_dump(*store) == before);
  // The right config still opens it.
  auto ok = Chain::open(*store, dev_genesis());
  ASSERT_TRUE(ok.has_value()) << ok.error().to_string();
  EXPECT_EQ((*ok)->head().number, 1u);
}

TEST(ChainRocksDb, TamperedStateIsCorruptionAndNothingIsWritten) {
  TempDir dir;
  const std::string path = dir.sub("state");
  const Hash256 genesis = dev_genesis_hash();
  Hash256 root;
  uint64_t alice_free = 0;
  {
    auto store = open_store(path, genesis);
    ASSERT_NE(store, nullptr);
    auto c = Chain::open(*store, dev_genesis());
    ASSERT_TRUE(c.has_value());
    for (uint32_t b = 1; b <= 2; ++b) seal_transfer_block(**c, b);
    root = (*c)->head_state_root();
    alice_free = system::Account::get((*c)->pending_state(), dev("Alice")).data.free;
  }
  // Raise Alice's free balance by 1 rao behind the chain's back. AccountInfo is nonce,
  // consumers, providers, sufficients (u32 each), then free as u128 little endian.
  const Bytes key = system::Account::hashed_key_for(dev("Alice"));
  Bytes original;
  {
    auto store = open_store(path, genesis);
    ASSERT_NE(store, nullptr);
    auto value = store->get(key);
    ASSERT_TRUE(value.has_value() && value->has_value());
    original = **value;
    ASSERT_GE(original.size(), 32u);
    Bytes tampered = original;
    ASSERT_NE(tampered[16], 0xff);
    tampered[16] = static_cast<uint8_t>(tampered[16] + 1);
    storage::WriteBatch wb;
    wb.put(key, tampered);
    ASSERT_TRUE(store->apply(wb).ok());
  }
  {
    auto store = open_store(path, genesis);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(account_in(*store, dev("Alice")).data.free, alice_free + 1);
    const FullDump before = full_dump(*store);
    auto c = Chain::open(*store, dev_genesis());
    ASSERT_FALSE(c.has_value());
    EXPECT_TRUE(c.error().is_corruption()) << c.error().to_string();
    const std::string msg = c.error().to_string();
    EXPECT_NE(msg.find("state root"), std::string::npos) << msg;
    EXPECT_NE(msg.find(root.to_hex()), std::string::npos) << "names the head's root: " << msg;
    EXPECT_TRUE(full_dump(*store) == before) << "a refused open writes nothing";

    // Restoring the value makes the database whole again.
    storage::WriteBatch wb;
    wb.put(key, original);
    ASSERT_TRUE(store->apply(wb).ok());
    auto healed = Chain::open(*store, dev_genesis());
    ASSERT_TRUE(healed.has_value()) << healed.error().to_string();
    EXPECT_EQ((*healed)->head().number, 2u);
    EXPECT_EQ((*healed)->head_state_root(), root);
  }
}

TEST(ChainFaultyStore, FailedCommitLeavesThePreviousHead) {
  storage::MemoryStore inner;
  Hash256 head_hash;
  Hash256 root;
  FullDump committed;
  Bytes lost_xt;
  uint64_t alice_free = 0;
  {
    storage::FaultyStore faulty(inner);
    auto c = Chain::open(faulty, dev_genesis());
    ASSERT_TRUE(c.has_value());
    Chain& chain = **c;
    seal_transfer_block(chain, 1);
    head_hash = chain.head().hash;
    root = chain.head_state_root();
    alice_free = account_in(inner, dev("Alice")).data.free;
    committed = full_dump(inner);

    // Block 2 applies a transfer, then its commit fails.
    lost_xt = sign(chain, "Alice", transfer_keep_alive(dev("Bob"), 7 * kTao), 1);
    auto applied = chain.submit(lost_xt);
    ASSERT_TRUE(applied.has_value() && !applied->error.has_value());
    faulty.inject(storage::FaultOp::kApply, Status::io_error("disk full"), 0, 1);
    auto sealed = chain.seal();
    ASSERT_FALSE(sealed.has_value());
    EXPECT_TRUE(sealed.error().is_io_error()) << sealed.error().to_string();
    EXPECT_NE(sealed.error().to_string().find("disk full"), std::string::npos);
    EXPECT_EQ(faulty.faults_injected(), 1u);

    // The store holds block 1, exactly as before.
    EXPECT_TRUE(full_dump(inner) == committed);
    auto head = chain::read_head(inner);
    ASSERT_TRUE(head.has_value() && head->has_value());
    EXPECT_EQ(**head, (chain::Head{1, head_hash}));
    auto rebuilt = storage::StateTrie::build(inner);
    ASSERT_TRUE(rebuilt.has_value());
    EXPECT_EQ(Hash256(rebuilt->root()), root);

    // The chain stays unusable (the fault is spent, but its trie moved on) until reopened.
    auto again = chain.seal();
    ASSERT_FALSE(again.has_value());
    EXPECT_TRUE(again.error().is_io_error()) << again.error().to_string();
    EXPECT_TRUE(full_dump(inner) == committed);
    EXPECT_EQ(chain.head().hash, head_hash);
  }  // the chain, then the faulty store, go

  auto c = Chain::open(inner, dev_genesis());
  ASSERT_TRUE(c.has_value()) << c.error().to_string();
  Chain& chain = **c;
  EXPECT_EQ(chain.head().number, 1u);
  EXPECT_EQ(chain.head().hash, head_hash);
  EXPECT_EQ(chain.head_state_root(), root);
  EXPECT_EQ(system::Account::get(chain.pending_state(), dev("Alice")).data.free, alice_free);
  // The lost transfer is valid again (same nonce) and block 2 builds on block 1.
  auto applied = chain.submit(lost_xt);
  ASSERT_TRUE(applied.has_value()) << applied.error().reason;
  EXPECT_FALSE(applied->error.has_value());
  auto sealed = chain.seal();
  ASSERT_TRUE(sealed.has_value()) << sealed.error().to_string();
  EXPECT_EQ(sealed->block.header.number, 2u);
  EXPECT_EQ(sealed->block.header.parent_hash, head_hash);
  EXPECT_EQ(account_in(inner, dev("Alice")).data.free, alice_free - 7 * kTao - applied->fee);
  auto head = chain::read_head(inner);
  ASSERT_TRUE(head.has_value() && head->has_value());
  EXPECT_EQ(**head, (chain::Head{2, sealed->hash}));
}

}  // namespace
}  // namespace subemu::runtime
