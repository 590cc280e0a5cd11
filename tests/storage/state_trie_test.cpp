// StateTrie against trie_root (itself checked against ../shared/vectors/trie.json): every vector
// built incrementally in random orders and via build(), a seeded differential run of random
// batches, the empty trie, removal of everything, copies.
#include "storage/state_trie.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/memory_store.hpp"
#include "storage/trie_root.hpp"
#include "tests/storage/storage_test_util.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::storage {
namespace {

using testing::b;
using testutil::hex;

constexpr StateVersion kVersions[] = {StateVersion::kV0, StateVersion::kV1};
constexpr const char* kEmptyRoot =
    "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314";

using State = std::map<Bytes, Bytes>;

ByteArray<32> reference_root(const State& state, StateVersion version) {
  const std::vector<TrieEntry> entries(state.begin(), state.end());
  return trie_root(entries, version);
}

std::string root_field(StateVersion v) { return v == StateVersion::kV0 ? "root_v0" : "root_v1"; }

TEST(StateTrie, EveryVectorInRandomInsertionOrders) {
  const auto doc = testutil::load_vectors("trie.json");
  ASSERT_TRUE(doc.contains("cases"));
  std::mt19937_64 rng(20240917);
  size_t checked = 0;
  for (const auto& c : doc["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>());
    std::vector<TrieEntry> entries;
    for (const auto& e : c["entries"]) entries.emplace_back(hex(e[0]), hex(e[1]));
    for (StateVersion v : kVersions) {
      const std::string want = c[root_field(v)].get<std::string>();
      for (int order = 0; order < 8; ++order) {
        std::shuffle(entries.begin(), entries.end(), rng);
        StateTrie trie(v);
        for (const auto& [k, val] : entries) trie.put(k, val);
        EXPECT_EQ(to_hex(trie.root()), want) << "order " << order;
        EXPECT_EQ(trie.size(), entries.size());
      }
      // Roots after every single insertion and every single removal, against the oracle.
      StateTrie trie(v);
      State state;
      for (const auto& [k, val] : entries) {
        trie.put(k, val);
        state[k] = val;
        ASSERT_EQ(trie.root(), reference_root(state, v));
      }
      EXPECT_EQ(to_hex(trie.root()), want);
      std::shuffle(entries.begin(), entries.end(), rng);
      for (const auto& [k, val] : entries) {
        trie.remove(k);
        state.erase(k);
        ASSERT_EQ(trie.root(), reference_root(state, v));
      }
      EXPECT_EQ(to_hex(trie.root()), kEmptyRoot);
      EXPECT_EQ(trie.size(), 0u);
    }
    ++checked;
  }
  EXPECT_EQ(checked, 24u);
}

TEST(StateTrie, EveryVectorViaBuild) {
  const auto doc = testutil::load_vectors("trie.json");
  for (const auto& c : doc["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>());
    MemoryStore store;
    WriteBatch wb;
    for (const auto& e : c["entries"]) wb.put(hex(e[0]), hex(e[1]));
    ASSERT_TRUE(store.apply(wb).ok());
    for (StateVersion v : kVersions) {
      auto trie = StateTrie::build(store, v);
      ASSERT_TRUE(trie.has_value());
      EXPECT_EQ(to_hex(trie->root()), c[root_field(v)].get<std::string>());
      EXPECT_EQ(trie->size(), c["entries"].size());
      EXPECT_EQ(trie->version(), v);
    }
  }
}

TEST(StateTrie, BuildIgnoresTheChainRecordSpaceAndReportsScanErrors) {
  MemoryStore store;
  WriteBatch wb;
  wb.put(b("key"), b("value"));
  wb.put_chain(b("head"), b("whatever"));
  ASSERT_TRUE(store.apply(wb).ok());
  auto trie = StateTrie::build(store);
  ASSERT_TRUE(trie.has_value());
  State state{{b("key"), b("value")}};
  EXPECT_EQ(trie->root(), reference_root(state, StateVersion::kV1));

  // apply() ignores chain-record ops as well.
  StateTrie t2;
  t2.apply(wb);
  EXPECT_EQ(t2.root(), reference_root(state, StateVersion::kV1));
  EXPECT_EQ(t2.size(), 1u);
}

TEST(StateTrie, EmptyTrie) {
  for (StateVersion v : kVersions) {
    StateTrie trie(v);
    EXPECT_EQ(to_hex(trie.root()), kEmptyRoot);
    EXPECT_EQ(trie.size(), 0u);
    EXPECT_TRUE(trie.empty());
    trie.remove(b("absent"));
    trie.remove_prefix(b("abs"));
    trie.remove_prefix({});
    EXPECT_EQ(to_hex(trie.root()), kEmptyRoot);
  }
}

TEST(StateTrie, EmptyKeyAndEmptyValue) {
  for (StateVersion v : kVersions) {
    StateTrie trie(v);
    State state;
    trie.put({}, {});
    state[{}] = {};
    EXPECT_EQ(trie.root(), reference_root(state, v));
    trie.put(b("a"), {});
    state[b("a")] = {};
    EXPECT_EQ(trie.root(), reference_root(state, v));
    trie.put({}, Bytes(40, 7));
    state[{}] = Bytes(40, 7);
    EXPECT_EQ(trie.root(), reference_root(state, v));
    EXPECT_EQ(trie.size(), 2u);
    trie.remove({});
    state.erase(Bytes{});
    EXPECT_EQ(trie.root(), reference_root(state, v));
    EXPECT_EQ(trie.size(), 1u);
  }
}

TEST(StateTrie, RewritingAnEqualValueKeepsTheRoot) {
  StateTrie trie;
  trie.put(b("alpha"), b("1"));
  trie.put(b("alps"), Bytes(50, 1));
  const auto r = trie.root();
  trie.put(b("alpha"), b("1"));
  trie.put(b("alps"), Bytes(50, 1));
  EXPECT_EQ(trie.root(), r);
  trie.put(b("alps"), Bytes(50, 2));
  EXPECT_NE(trie.root(), r);
  trie.put(b("alps"), Bytes(50, 1));
  EXPECT_EQ(trie.root(), r);
}

TEST(StateTrie, RemovingEverythingReturnsToTheEmptyRoot) {
  for (StateVersion v : kVersions) {
    std::mt19937_64 rng(5);
    StateTrie trie(v);
    std::vector<Bytes> keys;
    for (int i = 0; i < 500; ++i) {
      Bytes k(1 + rng() % 6);
      for (auto& x : k) x = static_cast<uint8_t>(rng() % 4);  // dense: many shared prefixes
      keys.push_back(k);
      trie.put(k, Bytes(rng() % 70, static_cast<uint8_t>(i)));
    }
    EXPECT_NE(to_hex(trie.root()), kEmptyRoot);
    std::shuffle(keys.begin(), keys.end(), rng);
    for (const Bytes& k : keys) trie.remove(k);
    EXPECT_EQ(trie.size(), 0u);
    EXPECT_EQ(to_hex(trie.root()), kEmptyRoot);
    EXPECT_EQ(trie.memory_usage().nodes, 0u);

    // And by prefixes, byte by byte, then all at once.
    for (const Bytes& k : keys) trie.put(k, b("v"));
    for (uint8_t first = 0; first < 4; ++first) trie.remove_prefix(Bytes{first});
    EXPECT_EQ(trie.size(), 0u);
    EXPECT_EQ(to_hex(trie.root()), kEmptyRoot);
    for (const Bytes& k : keys) trie.put(k, b("v"));
    trie.remove_prefix({});
    EXPECT_EQ(trie.size(), 0u);
    EXPECT_EQ(to_hex(trie.root()), kEmptyRoot);
  }
}

TEST(StateTrie, BatchOpsApplyInOrder) {
  StateTrie trie;
  State state;
  WriteBatch wb;
  wb.put(b("pallet:a"), b("1"));
  wb.put(b("pallet:b"), b("2"));
  wb.put(b("other"), b("3"));
  wb.remove_prefix(b("pallet:"));
  wb.put(b("pallet:b"), b("survives"));  // a put after a covering remove_prefix survives
  wb.remove(b("other"));
  wb.put(b("other"), b("back"));
  trie.apply(wb);
  state[b("pallet:b")] = b("survives");
  state[b("other")] = b("back");
  EXPECT_EQ(trie.root(), reference_root(state, StateVersion::kV1));
  EXPECT_EQ(trie.size(), 2u);
}

TEST(StateTrie, RemovePrefixEndingInsideAPartialKey) {
  for (StateVersion v : kVersions) {
    StateTrie trie(v);
    State state;
    for (const char* k : {"abcdef1", "abcdef2", "abcxyz", "abd", "b"}) {
      trie.put(b(k), b(k));
      state[b(k)] = b(k);
    }
    // "abcd" ends inside the partial of the branch at "abcdef"; "abcdeg" matches nothing.
    trie.remove_prefix(b("abcdeg"));
    EXPECT_EQ(trie.root(), reference_root(state, v));
    trie.remove_prefix(b("abcd"));
    state.erase(b("abcdef1"));
    state.erase(b("abcdef2"));
    EXPECT_EQ(trie.root(), reference_root(state, v));
    // A half-byte prefix cannot be expressed; a prefix equal to a whole key removes it.
    trie.remove_prefix(b("abd"));
    state.erase(b("abd"));
    EXPECT_EQ(trie.root(), reference_root(state, v));
    EXPECT_EQ(trie.size(), 2u);
  }
}

// Keys with long shared prefixes (two "pallets", a few "items"), short and long suffixes, some
// keys being prefixes of others; values on both sides of the 32/33-byte boundary.
struct Workload {
  std::mt19937_64 rng;
  std::vector<Bytes> pool;

  explicit Workload(uint64_t seed) : rng(seed) {
    for (int p = 0; p < 2; ++p) {
      for (int item = 0; item < 3; ++item) {
        Bytes prefix(32);
        for (auto& x : prefix) x = static_cast<uint8_t>(rng());
        prefix[0] = static_cast<uint8_t>(p);  // the two pallets share nothing but the first nibble
        pool.push_back(prefix);               // a StorageValue at the prefix itself
        for (int i = 0; i < 700; ++i) {
          Bytes k = prefix;
          const size_t extra = (i % 7 == 0) ? 1 + rng() % 3 : 16 + rng() % 40;
          for (size_t j = 0; j < extra; ++j) k.push_back(static_cast<uint8_t>(rng() % 5));
          pool.push_back(k);
        }
      }
    }
    std::sort(pool.begin(), pool.end());
    pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
  }

  Bytes value() {
    static constexpr size_t kLens[] = {0, 1, 8, 31, 32, 33, 34, 64, 80};
    Bytes v(kLens[rng() % 9]);
    for (auto& x : v) x = static_cast<uint8_t>(rng() % 3);
    return v;
  }
  const Bytes& key() { return pool[rng() % pool.size()]; }
  // A prefix of a random key: anything from empty-ish (1 byte) to the whole key.
  Bytes prefix() {
    const Bytes& k = key();
    const size_t n = rng() % 10 == 0 ? 1 + rng() % 2 : 30 + rng() % (k.size() - 29);
    return Bytes(k.begin(), k.begin() + static_cast<std::ptrdiff_t>(std::min(n, k.size())));
  }
};

void remove_prefix_from(State& state, const Bytes& prefix) {
  auto it = state.lower_bound(prefix);
  while (it != state.end() && starts_with(it->first, prefix)) it = state.erase(it);
}

TEST(StateTrie, DifferentialRandomBatches) {
  for (StateVersion v : kVersions) {
    SCOPED_TRACE(static_cast<int>(v));
    Workload w(v == StateVersion::kV0 ? 11 : 12);
    StateTrie trie(v);
    State state;
    size_t prefix_removals = 0;
    for (int batch = 0; batch < 60; ++batch) {
      WriteBatch wb;
      const int ops = batch < 5 ? 1500 : 1 + static_cast<int>(w.rng() % 400);
      for (int i = 0; i < ops; ++i) {
        const uint64_t r = w.rng() % 100;
        if (r < 60) {
          const Bytes& k = w.key();
          Bytes val = w.value();
          state[k] = val;
          wb.put(k, val);
        } else if (r < 97) {
          const Bytes& k = w.key();
          state.erase(k);
          wb.remove(k);
        } else {
          const Bytes p = w.prefix();
          remove_prefix_from(state, p);
          wb.remove_prefix(p);
          ++prefix_removals;
        }
      }
      trie.apply(wb);
      ASSERT_EQ(trie.size(), state.size()) << "batch " << batch;
      ASSERT_EQ(trie.root(), reference_root(state, v)) << "batch " << batch;
    }
    EXPECT_GT(prefix_removals, 50u);
    // A fresh build of the final state agrees.
    MemoryStore store;
    WriteBatch all;
    for (const auto& [k, val] : state) all.put(k, val);
    ASSERT_TRUE(store.apply(all).ok());
    auto built = StateTrie::build(store, v);
    ASSERT_TRUE(built.has_value());
    EXPECT_EQ(built->root(), trie.root());
  }
}

TEST(StateTrie, DifferentialPointOpsAgainstOracleEveryStep) {
  // Small key space, root after every single op: exercises every split/merge shape.
  for (StateVersion v : kVersions) {
    std::mt19937_64 rng(v == StateVersion::kV0 ? 3 : 4);
    StateTrie trie(v);
    State state;
    for (int step = 0; step < 4000; ++step) {
      Bytes k(rng() % 4);
      for (auto& x : k) x = static_cast<uint8_t>((rng() % 3) * 0x11 + (rng() % 2));
      const uint64_t r = rng() % 10;
      if (r < 6) {
        Bytes val((rng() % 2) == 0 ? rng() % 33 : 33 + rng() % 10, static_cast<uint8_t>(step));
        trie.put(k, val);
        state[k] = val;
      } else if (r < 9) {
        trie.remove(k);
        state.erase(k);
      } else {
        trie.remove_prefix(k);
        remove_prefix_from(state, k);
      }
      ASSERT_EQ(trie.root(), reference_root(state, v)) << "step " << step;
      ASSERT_EQ(trie.size(), state.size());
    }
  }
}

TEST(StateTrie, CopiesAreIndependent) {
  Workload w(99);
  StateTrie a;
  State sa;
  for (int i = 0; i < 2000; ++i) {
    const Bytes& k = w.key();
    const Bytes val = w.value();
    a.put(k, val);
    sa[k] = val;
  }
  const auto root_a = a.root();
  StateTrie b_copy = a;  // copy of a clean trie
  a.put(b("dirty"), b("x"));
  sa[b("dirty")] = b("x");
  StateTrie c_copy = a;  // copy of a dirty trie
  State sb = sa;
  sb.erase(b("dirty"));

  for (int i = 0; i < 500; ++i) {
    const Bytes& k = w.key();
    b_copy.remove(k);
    sb.erase(k);
  }
  b_copy.remove_prefix(Bytes{0x01});
  remove_prefix_from(sb, Bytes{0x01});
  b_copy.put(b("only in b"), Bytes(40, 9));
  sb[b("only in b")] = Bytes(40, 9);

  EXPECT_EQ(b_copy.root(), reference_root(sb, StateVersion::kV1));
  EXPECT_EQ(a.root(), reference_root(sa, StateVersion::kV1));
  EXPECT_EQ(c_copy.root(), a.root());
  EXPECT_NE(a.root(), root_a);
  a.remove(b("dirty"));
  EXPECT_EQ(a.root(), root_a);
  EXPECT_EQ(c_copy.size(), a.size() + 1);

  // Assignment and move.
  StateTrie d(StateVersion::kV0);
  d = b_copy;
  EXPECT_EQ(d.version(), StateVersion::kV1);
  EXPECT_EQ(d.root(), b_copy.root());
  StateTrie e = std::move(d);
  EXPECT_EQ(e.root(), b_copy.root());
}

TEST(StateTrie, LargeValuesUnderV0AreKeptInline) {
  // Blocks over the arena's small limit (4 KiB) take the large path; V1 keeps only the hash.
  for (StateVersion v : kVersions) {
    StateTrie trie(v);
    State state;
    for (int i = 0; i < 20; ++i) {
      Bytes k = b("code");
      k.push_back(static_cast<uint8_t>(i));
      Bytes val(5000 + 700 * static_cast<size_t>(i), static_cast<uint8_t>(i));
      trie.put(k, val);
      state[k] = val;
    }
    EXPECT_EQ(trie.root(), reference_root(state, v));
    for (int i = 0; i < 20; i += 2) {
      Bytes k = b("code");
      k.push_back(static_cast<uint8_t>(i));
      trie.remove(k);
      state.erase(k);
    }
    trie.put(b("code\x03"), Bytes(9000, 1));
    state[b("code\x03")] = Bytes(9000, 1);
    EXPECT_EQ(trie.root(), reference_root(state, v));
  }
}

TEST(StateTrie, DeepChainOfNestedKeys) {
  // Each key is a prefix of the next: a chain of 1,500 branches with values, as deep as tries
  // get. Built, hashed, then torn down from the middle by a prefix removal.
  for (StateVersion v : kVersions) {
    StateTrie trie(v);
    State state;
    for (size_t i = 1; i <= 1500; ++i) {
      const Bytes k(i, 0xab);
      trie.put(k, Bytes(i % 50, 1));
      state[k] = Bytes(i % 50, 1);
    }
    EXPECT_EQ(trie.root(), reference_root(state, v));
    trie.remove(Bytes(700, 0xab));
    state.erase(Bytes(700, 0xab));
    trie.remove_prefix(Bytes(1000, 0xab));
    remove_prefix_from(state, Bytes(1000, 0xab));
    EXPECT_EQ(trie.root(), reference_root(state, v));
    EXPECT_EQ(trie.size(), 998u);
  }
}

TEST(StateTrie, MemoryUsageCountsLiveNodes) {
  StateTrie trie;
  trie.put(b("aa"), b("1"));
  trie.put(b("ab"), b("2"));  // a branch at "a" with leaves at nibbles 1 and 2
  const auto m = trie.memory_usage();
  EXPECT_EQ(m.nodes, 3u);
  EXPECT_GT(m.total(), 0u);
  EXPECT_LE(m.free_bytes, m.node_bytes + m.data_bytes);
}

}  // namespace
}  // namespace subemu::storage
