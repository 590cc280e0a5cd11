// Overlay semantics: nested transactions, merged byte-order iteration over overlay + backend,
// prefix tombstones, sticky backend errors, block drain; plus a randomized comparison against a
// naive model (a stack of full copies of the state).
#include "storage/overlay.hpp"

#include <gtest/gtest.h>

#include <random>

#include "storage/faulty_store.hpp"
#include "storage/memory_store.hpp"
#include "tests/storage/storage_test_util.hpp"

namespace subemu::storage {
namespace {

using testing::b;
using testing::Dump;

// All merged entries of the overlay within `range`.
Dump overlay_dump(const Overlay& ov, const ScanRange& range = ScanRange{}) {
  Dump out;
  std::vector<Bytes> order;
  ov.scan(range, [&](ByteView k, ByteView v) {
    order.emplace_back(k.begin(), k.end());
    out.emplace(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
    return Visit::kContinue;
  });
  for (size_t i = 1; i < order.size(); ++i) {
    EXPECT_LT(compare_bytes(order[i - 1], order[i]), 0) << "scan not strictly ascending";
  }
  return out;
}

std::vector<std::string> overlay_keys(const Overlay& ov, std::string_view prefix = "") {
  std::vector<std::string> out;
  const Bytes p = b(prefix);
  ov.scan(ScanRange::all_with_prefix(p), [&](ByteView k, ByteView) {
    out.emplace_back(k.begin(), k.end());
    return Visit::kContinue;
  });
  return out;
}

MemoryStore backend_with(std::initializer_list<std::pair<const char*, const char*>> kvs) {
  MemoryStore store;
  WriteBatch wb;
  for (const auto& [k, v] : kvs) wb.put(b(k), b(v));
  EXPECT_TRUE(store.apply(wb).ok());
  return store;
}

std::optional<std::string> get_str(const Overlay& ov, std::string_view k) {
  auto v = ov.get(b(k));
  if (!v) return std::nullopt;
  return std::string(v->begin(), v->end());
}

TEST(Overlay, GetFallsThroughToBackend) {
  MemoryStore store = backend_with({{"a", "1"}, {"b", "2"}});
  Overlay ov(store);
  EXPECT_EQ(get_str(ov, "a"), "1");
  ov.put(b("a"), b("9"));
  EXPECT_EQ(get_str(ov, "a"), "9");
  ov.remove(b("b"));
  EXPECT_EQ(get_str(ov, "b"), std::nullopt);
  EXPECT_FALSE(ov.contains(b("b")));
  EXPECT_EQ(get_str(ov, "c"), std::nullopt);
}

TEST(Overlay, NestedRollbackDiscardsOnlyTheInnerLayer) {
  MemoryStore store = backend_with({{"k", "base"}});
  Overlay ov(store);
  ov.put(b("k"), b("block"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("k"), b("outer"));
  ov.put(b("o"), b("1"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("k"), b("inner"));
  ov.remove(b("o"));
  ov.put(b("i"), b("1"));
  EXPECT_EQ(ov.transaction_depth(), 2u);
  EXPECT_EQ(get_str(ov, "k"), "inner");
  ASSERT_TRUE(ov.rollback_transaction().has_value());
  EXPECT_EQ(get_str(ov, "k"), "outer");
  EXPECT_EQ(get_str(ov, "o"), "1");
  EXPECT_EQ(get_str(ov, "i"), std::nullopt);
  ASSERT_TRUE(ov.rollback_transaction().has_value());
  EXPECT_EQ(get_str(ov, "k"), "block");
  EXPECT_EQ(get_str(ov, "o"), std::nullopt);
  EXPECT_EQ(ov.rollback_transaction().error(), TransactionError::kNoOpenTransaction);
  EXPECT_EQ(ov.commit_transaction().error(), TransactionError::kNoOpenTransaction);
}

TEST(Overlay, CommitInnerThenRollbackOuterDropsBoth) {
  MemoryStore store = backend_with({{"k", "base"}, {"p/1", "x"}});
  Overlay ov(store);
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("k"), b("outer"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("k"), b("inner"));
  ov.clear_prefix(b("p/"));
  ov.put(b("new"), b("1"));
  ASSERT_TRUE(ov.commit_transaction().has_value());
  EXPECT_EQ(get_str(ov, "k"), "inner");
  EXPECT_EQ(get_str(ov, "p/1"), std::nullopt);
  EXPECT_EQ(get_str(ov, "new"), "1");
  ASSERT_TRUE(ov.rollback_transaction().has_value());
  EXPECT_EQ(get_str(ov, "k"), "base");
  EXPECT_EQ(get_str(ov, "p/1"), "x");
  EXPECT_EQ(get_str(ov, "new"), std::nullopt);
  EXPECT_TRUE(ov.empty());
}

TEST(Overlay, CommitMergesIntoOuterLayer) {
  MemoryStore store = backend_with({{"p/1", "x"}, {"p/2", "y"}, {"q", "z"}});
  Overlay ov(store);
  ov.put(b("p/3"), b("block"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("p/4"), b("outer"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.clear_prefix(b("p/"));
  ov.put(b("p/2"), b("again"));
  ASSERT_TRUE(ov.commit_transaction().has_value());
  ASSERT_TRUE(ov.commit_transaction().has_value());
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"p/2", "q"}));
  auto batch = ov.drain_to_batch();
  ASSERT_TRUE(batch.has_value());
  ASSERT_TRUE(store.apply(*batch).ok());
  EXPECT_EQ(testing::dump(store), (Dump{{b("p/2"), b("again")}, {b("q"), b("z")}}));
  EXPECT_TRUE(ov.empty());
}

TEST(Overlay, IterationDuringTransactionSeesOwnWritesInByteOrder) {
  MemoryStore store = backend_with({{"m/b", "1"}, {"m/d", "2"}, {"m/f", "3"}, {"n", "4"}});
  Overlay ov(store);
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("m/a"), b("new"));
  ov.put(b("m/d"), b("changed"));
  ov.remove(b("m/f"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.put(b("m/e"), b("inner"));
  ov.put(Bytes{'m', '/', 0xff}, b("high"));
  ov.put(Bytes{'m', '/', 0x00}, b("low"));
  const Bytes m = b("m/");
  Dump got = overlay_dump(ov, ScanRange::all_with_prefix(m));
  Dump want{{Bytes{'m', '/', 0x00}, b("low")},
            {b("m/a"), b("new")},
            {b("m/b"), b("1")},
            {b("m/d"), b("changed")},
            {b("m/e"), b("inner")},
            {Bytes{'m', '/', 0xff}, b("high")}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(ov.next_key(b("m/b")), b("m/d"));
  EXPECT_EQ(ov.next_key(b("m/e")), (Bytes{'m', '/', 0xff}));
  EXPECT_EQ(ov.next_key(Bytes{'m', '/', 0xff}), b("n"));
  EXPECT_EQ(ov.next_key(b("n")), std::nullopt);
  const Bytes from = b("m/b");
  auto e = ov.next_entry(ScanRange::after(m, from));
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->first, b("m/d"));
  EXPECT_EQ(e->second, b("changed"));
}

TEST(Overlay, ClearPrefixThenReinsert) {
  MemoryStore store = backend_with({{"p/1", "a"}, {"p/2", "b"}, {"p/3", "c"}, {"pq", "d"}});
  Overlay ov(store);
  ov.put(b("p/4"), b("e"));
  ov.clear_prefix(b("p/"));
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"pq"}));
  ov.put(b("p/2"), b("B"));
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"p/2", "pq"}));
  EXPECT_EQ(get_str(ov, "p/2"), "B");
  EXPECT_EQ(get_str(ov, "p/1"), std::nullopt);
  EXPECT_EQ(get_str(ov, "p/4"), std::nullopt);
  // A transaction that clears again and rolls back restores the reinsert.
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.clear_prefix(b("p"));
  EXPECT_TRUE(overlay_keys(ov).empty());
  ASSERT_TRUE(ov.rollback_transaction().has_value());
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"p/2", "pq"}));
  // Drain: prefix removal first, then the reinsert.
  auto batch = ov.drain_to_batch();
  ASSERT_TRUE(batch.has_value());
  ASSERT_EQ(batch->size(), 2u);
  EXPECT_EQ(batch->ops()[0].kind, WriteBatch::OpKind::kRemovePrefix);
  EXPECT_EQ(batch->ops()[0].key, b("p/"));
  EXPECT_EQ(batch->ops()[1].kind, WriteBatch::OpKind::kPut);
  ASSERT_TRUE(store.apply(*batch).ok());
  EXPECT_EQ(testing::dump(store), (Dump{{b("p/2"), b("B")}, {b("pq"), b("d")}}));
}

TEST(Overlay, NestedPrefixTombstonesNormalise) {
  MemoryStore store = backend_with({{"abc", "1"}, {"abd", "2"}, {"ax", "3"}, {"b", "4"}});
  Overlay ov(store);
  ov.clear_prefix(b("abc"));
  ov.clear_prefix(b("ab"));  // covers the first: replaces it
  ov.put(b("abz"), b("5"));
  ov.clear_prefix(b("abz"));  // covered by "ab": only erases the write
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"ax", "b"}));
  ov.clear_prefix(b(""));  // everything
  EXPECT_TRUE(overlay_keys(ov).empty());
  EXPECT_EQ(ov.next_key(b("")), std::nullopt);
  ov.put(b("c"), b("6"));
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"c"}));
}

TEST(Overlay, RemovalHidesBackendKeysInIteration) {
  MemoryStore store = backend_with({{"a", "1"}, {"b", "2"}, {"c", "3"}});
  Overlay ov(store);
  ov.remove(b("b"));
  ASSERT_TRUE(ov.start_transaction().has_value());
  ov.remove(b("a"));
  ov.put(b("b"), b("back"));
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"b", "c"}));
  ASSERT_TRUE(ov.rollback_transaction().has_value());
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"a", "c"}));
  EXPECT_EQ(ov.next_key(b("a")), b("c"));
}

// Counts the backend entries a scan walks, to check that cleared ranges are skipped by seeking.
class CountingReader final : public KvReader {
 public:
  explicit CountingReader(const KvReader& inner) : inner_(inner) {}
  Result<std::optional<Bytes>, Status> get(ByteView key) const override { return inner_.get(key); }
  Status scan(const ScanRange& range, ScanVisitor visit) const override {
    ++scans;
    return inner_.scan(range, [&](ByteView k, ByteView v) {
      ++visited;
      return visit(k, v);
    });
  }
  mutable uint64_t scans = 0;
  mutable uint64_t visited = 0;

 private:
  const KvReader& inner_;
};

TEST(Overlay, ClearedBackendRangeIsSkippedNotWalked) {
  MemoryStore store;
  WriteBatch wb;
  for (uint32_t i = 0; i < 10000; ++i) {
    wb.put(Bytes{'p', static_cast<uint8_t>(i >> 8), static_cast<uint8_t>(i)}, b("v"));
  }
  wb.put(b("q"), b("after"));
  ASSERT_TRUE(store.apply(wb).ok());
  CountingReader counting(store);
  Overlay ov(counting);
  ov.clear_prefix(b("p"));
  EXPECT_EQ(overlay_keys(ov), (std::vector<std::string>{"q"}));
  EXPECT_LE(counting.visited, 3u);
  EXPECT_EQ(ov.next_key(b("")), b("q"));
}

TEST(Overlay, TransactionDepthIsLimited) {
  MemoryStore store;
  Overlay ov(store, /*max_transaction_depth=*/3);
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(ov.start_transaction().has_value());
  EXPECT_EQ(ov.start_transaction().error(), TransactionError::kLimitReached);
  EXPECT_EQ(ov.transaction_depth(), 3u);
  Overlay deflt(store);
  EXPECT_EQ(deflt.max_transaction_depth(), 255u);
}

TEST(Overlay, BackendErrorIsStickyAndBlocksDrain) {
  MemoryStore inner = backend_with({{"a", "1"}, {"b", "2"}});
  FaultyStore store(inner);
  Overlay ov(store);
  ov.put(b("x"), b("1"));
  store.inject(FaultOp::kGet, Status::io_error("read failed"), 0, 1);
  EXPECT_EQ(get_str(ov, "a"), std::nullopt);  // infallible to the caller
  EXPECT_TRUE(ov.backend_error().is_io_error());
  EXPECT_EQ(get_str(ov, "a"), "1");  // later reads work, the error stays
  store.inject(FaultOp::kScan, Status::corruption("bad block"), 0, 1);
  EXPECT_EQ(overlay_keys(ov), std::vector<std::string>{});  // scan ended early
  EXPECT_TRUE(ov.backend_error().is_io_error());            // the first error wins
  auto batch = ov.drain_to_batch();
  ASSERT_FALSE(batch.has_value());
  EXPECT_TRUE(batch.error().is_io_error());
  EXPECT_FALSE(ov.empty());  // nothing drained
  ov.clear_errors();
  EXPECT_TRUE(ov.drain_to_batch().has_value());
}

TEST(Overlay, DecodeFailureNotes) {
  MemoryStore store;
  Overlay ov(store);
  EXPECT_EQ(ov.decode_failures(), 0u);
  ov.note_decode_failure(b("k1"));
  ov.note_decode_failure(b("k2"));
  EXPECT_EQ(ov.decode_failures(), 2u);
  EXPECT_EQ(ov.first_decode_failure_key(), b("k1"));
}

TEST(Overlay, SetBackendAfterDrain) {
  MemoryStore store = backend_with({{"a", "1"}});
  auto snap1 = store.snapshot();
  Overlay ov(*snap1);
  ov.put(b("a"), b("2"));
  auto batch = ov.drain_to_batch();
  ASSERT_TRUE(batch.has_value());
  ASSERT_TRUE(store.apply(*batch).ok());
  EXPECT_EQ(get_str(ov, "a"), "1");  // still reading the old snapshot
  auto snap2 = store.snapshot();
  ov.set_backend(*snap2);
  EXPECT_EQ(get_str(ov, "a"), "2");
}

// ---- randomized model check ------------------------------------------------------------------

using Model = std::map<Bytes, Bytes, BytesLess>;

Bytes random_key(std::mt19937_64& rng, size_t min_len, size_t max_len) {
  static constexpr uint8_t kAlphabet[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
  const size_t len = min_len + rng() % (max_len - min_len + 1);
  Bytes k;
  for (size_t i = 0; i < len; ++i) k.push_back(kAlphabet[rng() % 5]);
  return k;
}

void model_clear_prefix(Model& m, ByteView p) {
  for (auto it = m.lower_bound(p); it != m.end() && starts_with(it->first, p);) it = m.erase(it);
}

Dump to_dump(const Model& m) { return Dump(m.begin(), m.end()); }

Dump model_range(const Model& m, const ScanRange& r) {
  Dump out;
  for (const auto& [k, v] : m) {
    if (r.contains(k)) out.emplace(k, v);
  }
  return out;
}

TEST(Overlay, RandomOperationsMatchNaiveModel) {
  for (uint64_t seed = 1; seed <= 200; ++seed) {
    std::mt19937_64 rng(seed);
    MemoryStore store;
    WriteBatch init;
    for (int i = 0; i < 60; ++i) init.put(random_key(rng, 1, 4), Bytes{static_cast<uint8_t>(i)});
    ASSERT_TRUE(store.apply(init).ok());
    auto snap = store.snapshot();
    Overlay ov(*snap);
    std::vector<Model> stack{Model(store.entries().begin(), store.entries().end())};

    for (int step = 0; step < 400; ++step) {
      const uint64_t op = rng() % 100;
      Model& top = stack.back();
      if (op < 30) {
        Bytes k = random_key(rng, 1, 4);
        Bytes v{static_cast<uint8_t>(step), static_cast<uint8_t>(step >> 8)};
        ov.put(k, v);
        top[k] = v;
      } else if (op < 45) {
        Bytes k = random_key(rng, 1, 4);
        ov.remove(k);
        top.erase(k);
      } else if (op < 53) {
        Bytes p = random_key(rng, 0, 3);
        if (p.empty() && rng() % 4 != 0) p.push_back(0x01);
        ov.clear_prefix(p);
        model_clear_prefix(top, p);
      } else if (op < 63) {
        if (ov.start_transaction().has_value()) stack.push_back(stack.back());
      } else if (op < 70) {
        if (ov.commit_transaction().has_value()) {
          Model inner = std::move(stack.back());
          stack.pop_back();
          stack.back() = std::move(inner);
        } else {
          ASSERT_EQ(stack.size(), 1u);
        }
      } else if (op < 76) {
        if (ov.rollback_transaction().has_value()) {
          stack.pop_back();
        } else {
          ASSERT_EQ(stack.size(), 1u);
        }
      } else if (op < 86) {
        Bytes k = random_key(rng, 1, 4);
        auto it = stack.back().find(k);
        auto got = ov.get(k);
        ASSERT_EQ(got.has_value(), it != stack.back().end()) << "seed " << seed << " step " << step;
        if (got) ASSERT_EQ(*got, it->second);
      } else if (op < 94) {
        Bytes p = random_key(rng, 0, 2);
        Bytes from = random_key(rng, 0, 4);
        ScanRange r{p, from, rng() % 2 == 0};
        ASSERT_EQ(overlay_dump(ov, r), model_range(stack.back(), r))
            << "seed " << seed << " step " << step << " prefix " << to_hex(p) << " from "
            << to_hex(from) << " exclusive " << r.exclusive;
      } else {
        Bytes k = random_key(rng, 0, 4);
        auto it = stack.back().upper_bound(k);
        auto got = ov.next_key(k);
        if (it == stack.back().end()) {
          ASSERT_EQ(got, std::nullopt);
        } else {
          ASSERT_EQ(got, it->first) << "seed " << seed << " step " << step;
        }
      }
      ASSERT_EQ(ov.transaction_depth() + 1, stack.size());
    }
    ASSERT_EQ(overlay_dump(ov), to_dump(stack.back())) << "seed " << seed;
    while (ov.transaction_depth() > 0) {
      ASSERT_TRUE(ov.commit_transaction().has_value());
      Model inner = std::move(stack.back());
      stack.pop_back();
      stack.back() = std::move(inner);
    }
    auto batch = ov.drain_to_batch();
    ASSERT_TRUE(batch.has_value());
    ASSERT_TRUE(store.apply(*batch).ok());
    ASSERT_EQ(testing::dump(store), to_dump(stack.back())) << "seed " << seed;
  }
}


TEST(Overlay, DrainLeavesOutPrefixRemovalsThatRemoveNothing) {
  MemoryStore store;
  WriteBatch seed;
  seed.put(b("aa1"), b("x"));
  ASSERT_TRUE(store.apply(seed).ok());
  Overlay ov(store);
  ov.clear_prefix(b("aa"));  // the backend holds aa1: kept
  ov.clear_prefix(b("zz"));  // nothing under zz anywhere: left out
  ov.clear_prefix(b("qq"));
  ov.put(b("qq7"), b("y"));  // written after the clear: a put, no removal needed
  auto batch = ov.drain_to_batch();
  ASSERT_TRUE(batch.has_value());
  std::vector<std::string> ops;
  for (const auto& op : batch->ops()) {
    ops.push_back(std::to_string(static_cast<int>(op.kind)) + ":" +
                  std::string(op.key.begin(), op.key.end()));
  }
  EXPECT_EQ(ops, (std::vector<std::string>{"2:aa", "0:qq7"}));
  ASSERT_TRUE(store.apply(*batch).ok());
  EXPECT_EQ(testing::dump(store), (Dump{{b("qq7"), b("y")}}));
}

}  // namespace
}  // namespace subemu::storage
