// The chain-record space (Space::kChain): separate from the state, committed atomically with it,
// seen by snapshots as of their moment, in the memory store and in RocksDB alike.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "storage/faulty_store.hpp"
#include "storage/memory_store.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"
#include "tests/storage/storage_test_util.hpp"

namespace subemu::storage {
namespace {
using namespace ::subemu::storage::testing;  // NOLINT(google-build-using-namespace)

std::string chain_value(const KvReader& r, std::string_view key) {
  auto v = r.get_chain(b(key));
  EXPECT_TRUE(v.has_value());
  if (!v.has_value() || !v->has_value()) return "<absent>";
  return str(**v);
}

void exercise(KvStore& store) {
  WriteBatch batch;
  batch.put(b("k"), b("state"));
  batch.put_chain(b("k"), b("chain"));
  batch.put_chain(b("head"), b("1"));
  ASSERT_TRUE(batch.has_chain_ops());
  ASSERT_TRUE(store.apply(batch).ok());

  // Same key, two spaces.
  EXPECT_EQ(str(**store.get(b("k"))), "state");
  EXPECT_EQ(chain_value(store, "k"), "chain");
  // The state scan never sees chain records.
  EXPECT_EQ(scan_keys(store, ScanRange{}).size(), 1u);
  size_t chain_keys = 0;
  ASSERT_TRUE(store.scan_chain(ScanRange{}, [&](ByteView, ByteView) {
                     ++chain_keys;
                     return Visit::kContinue;
                   })
                  .ok());
  EXPECT_EQ(chain_keys, 2u);

  auto snap = store.snapshot();
  WriteBatch next;
  next.put_chain(b("head"), b("2"));
  next.remove_chain(b("k"));
  next.remove_prefix(b(""));  // clears the state only
  ASSERT_TRUE(store.apply(next).ok());
  EXPECT_EQ(chain_value(store, "head"), "2");
  EXPECT_EQ(chain_value(store, "k"), "<absent>");
  EXPECT_FALSE(store.get(b("k"))->has_value());
  // The snapshot keeps the old records.
  EXPECT_EQ(chain_value(*snap, "head"), "1");
  EXPECT_EQ(chain_value(*snap, "k"), "chain");
  EXPECT_EQ(str(**snap->get(b("k"))), "state");
}

TEST(ChainSpace, MemoryStore) {
  MemoryStore store;
  exercise(store);
}

TEST(ChainSpace, RocksDbStoreAndReopen) {
  TempDir dir;
  const std::string path = dir.sub("db");
  RocksDbOptions options;
  options.sync_writes = false;
  ByteArray<32> genesis{};
  genesis[0] = 9;
  {
    auto store = RocksDbStore::open(path, genesis, options);
    ASSERT_TRUE(store.has_value()) << store.error().to_string();
    exercise(**store);
  }
  auto store = RocksDbStore::open(path, genesis, options);
  ASSERT_TRUE(store.has_value()) << store.error().to_string();
  EXPECT_EQ(chain_value(**store, "head"), "2");
}

TEST(ChainSpace, FaultyStoreForwardsAndFails) {
  MemoryStore inner;
  FaultyStore store(inner);
  exercise(store);
  store.inject(FaultOp::kGet, Status::io_error("injected"));
  EXPECT_FALSE(store.get_chain(b("head")).has_value());
  store.heal();
  EXPECT_EQ(chain_value(store, "head"), "2");
}

TEST(ChainSpace, FailedApplyWritesNeitherSpace) {
  MemoryStore inner;
  FaultyStore store(inner);
  store.inject(FaultOp::kApply, Status::io_error("disk full"));
  WriteBatch batch;
  batch.put(b("k"), b("v"));
  batch.put_chain(b("head"), b("1"));
  EXPECT_FALSE(store.apply(batch).ok());
  EXPECT_EQ(inner.size(), 0u);
  EXPECT_TRUE(inner.chain_entries().empty());
}

}  // namespace
}  // namespace subemu::storage
