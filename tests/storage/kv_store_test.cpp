// KV seam basics: byte order helpers, WriteBatch semantics, MemoryStore (incl. copy-on-write
// snapshots) and FaultyStore.
#include "storage/kv_store.hpp"

#include <gtest/gtest.h>

#include "storage/faulty_store.hpp"
#include "storage/memory_store.hpp"
#include "tests/storage/storage_test_util.hpp"

namespace subemu::storage {
namespace {

using testing::b;
using testing::dump;
using testing::scan_keys;

TEST(KvStore, CompareBytesIsUnsignedLexicographic) {
  EXPECT_LT(compare_bytes(b(""), b("a")), 0);
  EXPECT_LT(compare_bytes(b("a"), b("ab")), 0);
  EXPECT_GT(compare_bytes(Bytes{0xff}, Bytes{0x01, 0x00}), 0);  // unsigned, not signed char
  EXPECT_EQ(compare_bytes(b("abc"), b("abc")), 0);
}

TEST(KvStore, PrefixSuccessor) {
  EXPECT_EQ(prefix_successor(Bytes{0x01, 0x02}), (Bytes{0x01, 0x03}));
  EXPECT_EQ(prefix_successor(Bytes{0x01, 0xff, 0xff}), (Bytes{0x02}));
  EXPECT_EQ(prefix_successor(Bytes{0xff, 0xff}), std::nullopt);
  EXPECT_EQ(prefix_successor(Bytes{}), std::nullopt);
}

TEST(KvStore, ScanRangeContains) {
  const Bytes p = b("p");
  const Bytes from = b("pb");
  EXPECT_TRUE(ScanRange::all_with_prefix(p).contains(b("p")));
  EXPECT_FALSE(ScanRange::all_with_prefix(p).contains(b("q")));
  EXPECT_FALSE(ScanRange::after(p, from).contains(b("pb")));
  EXPECT_TRUE(ScanRange::after(p, from).contains(b("pba")));
  EXPECT_TRUE(ScanRange::starting_at(p, from).contains(b("pb")));
  EXPECT_FALSE(ScanRange::starting_at(p, from).contains(b("pa")));
}

TEST(MemoryStore, BatchOpsApplyInOrder) {
  MemoryStore store;
  WriteBatch wb;
  wb.put(b("a1"), b("x"));
  wb.put(b("a2"), b("y"));
  wb.put(b("b1"), b("z"));
  wb.remove_prefix(b("a"));  // removes a1, a2 put earlier in the same batch
  wb.put(b("a3"), b("w"));   // survives: after the prefix removal
  wb.remove(b("b1"));
  wb.remove(b("nope"));
  ASSERT_TRUE(store.apply(wb).ok());
  EXPECT_EQ(dump(store), (testing::Dump{{b("a3"), b("w")}}));
}

TEST(MemoryStore, RemovePrefixEmptyAndAllFf) {
  MemoryStore store;
  WriteBatch wb;
  wb.put(Bytes{0xff, 0xff, 0x01}, b("1"));
  wb.put(Bytes{0xff, 0xfe}, b("2"));
  wb.put(b("a"), b("3"));
  ASSERT_TRUE(store.apply(wb).ok());
  WriteBatch rm;
  rm.remove_prefix(Bytes{0xff, 0xff});
  ASSERT_TRUE(store.apply(rm).ok());
  EXPECT_EQ(store.size(), 2u);
  WriteBatch all;
  all.remove_prefix(Bytes{});
  ASSERT_TRUE(store.apply(all).ok());
  EXPECT_EQ(store.size(), 0u);
}

TEST(MemoryStore, ScanHonoursPrefixFromAndStop) {
  MemoryStore store;
  WriteBatch wb;
  for (const char* k : {"a", "ab", "abc", "abd", "ac", "b"}) wb.put(b(k), b("v"));
  ASSERT_TRUE(store.apply(wb).ok());
  const Bytes ab = b("ab");
  EXPECT_EQ(scan_keys(store, ScanRange::all_with_prefix(ab)),
            (std::vector<Bytes>{b("ab"), b("abc"), b("abd")}));
  const Bytes abc = b("abc");
  EXPECT_EQ(scan_keys(store, ScanRange::after(ab, abc)), (std::vector<Bytes>{b("abd")}));
  EXPECT_EQ(scan_keys(store, ScanRange::starting_at(ab, abc)),
            (std::vector<Bytes>{b("abc"), b("abd")}));
  EXPECT_EQ(scan_keys(store, ScanRange::after(ab, ab)), (std::vector<Bytes>{b("abc"), b("abd")}));
  const Bytes before = b("0");
  EXPECT_EQ(scan_keys(store, ScanRange::after(ab, before)).size(), 3u);  // from before prefix
  int n = 0;
  ASSERT_TRUE(
      store
          .scan(ScanRange{},
                [&](ByteView, ByteView) { return ++n == 2 ? Visit::kStop : Visit::kContinue; })
          .ok());
  EXPECT_EQ(n, 2);
}

TEST(MemoryStore, SnapshotIsImmutableAndCheap) {
  MemoryStore store;
  WriteBatch wb;
  wb.put(b("k"), b("1"));
  ASSERT_TRUE(store.apply(wb).ok());
  auto snap = store.snapshot();
  WriteBatch wb2;
  wb2.put(b("k"), b("2"));
  wb2.put(b("j"), b("3"));
  ASSERT_TRUE(store.apply(wb2).ok());
  EXPECT_EQ(*snap->get(b("k")).value(), b("1"));
  EXPECT_FALSE(snap->get(b("j")).value().has_value());
  EXPECT_EQ(dump(*snap).size(), 1u);
  EXPECT_EQ(*store.get(b("k")).value(), b("2"));
  snap.reset();
  WriteBatch wb3;  // no snapshot alive: mutates in place
  wb3.put(b("k"), b("4"));
  ASSERT_TRUE(store.apply(wb3).ok());
  EXPECT_EQ(*store.get(b("k")).value(), b("4"));
}

TEST(FaultyStore, InjectsOnDemandAndHeals) {
  MemoryStore inner;
  FaultyStore store(inner);
  WriteBatch wb;
  wb.put(b("k"), b("v"));
  ASSERT_TRUE(store.apply(wb).ok());

  store.inject(FaultOp::kGet, Status::io_error("disk on fire"), /*skip=*/1, /*count=*/1);
  EXPECT_TRUE(store.get(b("k")).has_value());  // skipped
  auto r = store.get(b("k"));
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_io_error());
  EXPECT_TRUE(store.get(b("k")).has_value());  // count exhausted
  EXPECT_EQ(store.faults_injected(), 1u);

  store.inject(FaultOp::kApply | FaultOp::kScan, Status::corruption("bad block"));
  WriteBatch wb2;
  wb2.put(b("k2"), b("v2"));
  EXPECT_TRUE(store.apply(wb2).is_corruption());
  EXPECT_FALSE(inner.get(b("k2")).value().has_value());  // nothing applied
  auto snap = store.snapshot();
  EXPECT_TRUE(
      snap->scan(ScanRange{}, [](ByteView, ByteView) { return Visit::kContinue; }).is_corruption());
  EXPECT_TRUE(snap->get(b("k")).has_value());  // gets not targeted
  store.heal();
  EXPECT_TRUE(store.apply(wb2).ok());
  EXPECT_TRUE(snap->scan(ScanRange{}, [](ByteView, ByteView) { return Visit::kContinue; }).ok());
}

TEST(Status, CheapAndDescriptive) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  EXPECT_EQ(ok.to_string(), "OK");
  Status c = Status::corruption("meta record garbled", "0x00");
  EXPECT_TRUE(c.is_corruption());
  EXPECT_EQ(c.to_string(), "Corruption: meta record garbled: 0x00");
  Status copy = c;
  EXPECT_EQ(copy.message(), c.message());
  EXPECT_EQ(sizeof(Status), sizeof(void*));
}

}  // namespace
}  // namespace subemu::storage
