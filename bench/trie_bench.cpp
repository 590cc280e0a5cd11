// State-root benchmarks over a mainnet-shaped state of 1,000,000 storage-shaped keys
// (32-byte twox128(pallet) ++ twox128(item) prefix + 48-byte blake2_128concat(AccountId) suffix,
// values of 8..80 bytes, state version 1):
//   * the incremental root after a block of 10,000 changes (3,000 new keys, 4,000 changed
//     values, 3,000 removals): apply + root, and root alone;
//   * the from-scratch trie_root of the same state, for comparison;
//   * StateTrie::build (full scan of a MemoryStore) and a deep copy of the trie;
//   * memory: bytes per key by the trie's own accounting and by malloc's (mallinfo2), beside the
//     std::map of a MemoryStore holding the same state.
// Run: subemu_bench --benchmark_filter=Trie
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/memory_store.hpp"
#include "storage/state_trie.hpp"
#include "storage/trie_root.hpp"

namespace {

using namespace subemu;
using namespace subemu::storage;

constexpr size_t kStateKeys = 1000000;
constexpr size_t kBlockChanges = 10000;

// Bytes malloc holds for the program (heap in use + mmapped blocks).
uint64_t malloc_in_use() {
  const struct mallinfo2 mi = mallinfo2();
  return mi.uordblks + mi.hblkhd;
}

// (pallet, item, share of the keys in percent).
struct MapShape {
  const char* pallet;
  const char* item;
  uint64_t percent;
};
constexpr MapShape kMaps[] = {
    {"SubtensorModule", "Alpha", 35},
    {"System", "Account", 20},
    {"SubtensorModule", "TotalHotkeyAlpha", 10},
    {"SubtensorModule", "Keys", 10},
    {"SubtensorModule", "Uids", 10},
    {"SubtensorModule", "Owner", 5},
    {"SubtensorModule", "StakingHotkeys", 5},
    {"SubtensorModule", "Delegates", 5},
};

class KeyGen {
 public:
  explicit KeyGen(uint64_t seed) : rng_(seed) {
    for (const MapShape& m : kMaps) {
      Bytes p;
      append(p, crypto::twox_128(as_bytes(m.pallet)));
      append(p, crypto::twox_128(as_bytes(m.item)));
      prefixes_.push_back(p);
    }
  }

  Bytes key() {
    uint64_t pick = rng_() % 100;
    size_t map = 0;
    while (pick >= kMaps[map].percent) pick -= kMaps[map++].percent;
    Bytes k = prefixes_[map];
    ByteArray<32> account{};
    for (auto& x : account) x = static_cast<uint8_t>(rng_());
    append(k, crypto::blake2_128(account));
    append(k, account);
    return k;  // 80 bytes
  }

  Bytes value() {
    Bytes v(8 + rng_() % 73);
    for (auto& x : v) x = static_cast<uint8_t>(rng_());
    return v;
  }

  std::mt19937_64& rng() { return rng_; }

 private:
  std::mt19937_64 rng_;
  std::vector<Bytes> prefixes_;
};

struct Fixture {
  KeyGen gen{2024};
  MemoryStore store;
  std::vector<TrieEntry> entries;  // sorted
  std::vector<Bytes> live;         // keys of `trie`, in no order
  StateTrie trie;
  uint64_t store_bytes = 0;

  Fixture() {
    WriteBatch wb;
    wb.reserve(kStateKeys);
    for (size_t i = 0; i < kStateKeys; ++i) wb.put(gen.key(), gen.value());
    const uint64_t before = malloc_in_use();
    (void)store.apply(wb);
    store_bytes = malloc_in_use() - before;
    wb.clear();
    entries.reserve(store.size());
    for (const auto& [k, v] : store.entries()) {
      entries.emplace_back(k, v);
      live.push_back(k);
    }
    trie = StateTrie::build(store).value();
    (void)trie.root();
  }

  // A block: 30% new keys, 40% changed values of existing keys, 30% removals (the state keeps
  // its size).
  WriteBatch block() {
    WriteBatch wb;
    wb.reserve(kBlockChanges);
    std::mt19937_64& rng = gen.rng();
    for (size_t i = 0; i < kBlockChanges; ++i) {
      const uint64_t r = rng() % 10;
      if (r < 3) {
        Bytes k = gen.key();
        wb.put(k, gen.value());
        live.push_back(std::move(k));
      } else if (r < 7) {
        wb.put(live[rng() % live.size()], gen.value());
      } else {
        const size_t j = rng() % live.size();
        wb.remove(live[j]);
        live[j] = std::move(live.back());
        live.pop_back();
      }
    }
    return wb;
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void BM_TrieApplyAndRoot10kChanges1M(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    state.PauseTiming();
    const WriteBatch wb = f.block();
    state.ResumeTiming();
    f.trie.apply(wb);
    benchmark::DoNotOptimize(f.trie.root());
  }
  state.counters["state_keys"] = static_cast<double>(f.trie.size());
  state.counters["changes"] = static_cast<double>(kBlockChanges);
}
BENCHMARK(BM_TrieApplyAndRoot10kChanges1M)->Unit(benchmark::kMillisecond)->Repetitions(5);

void BM_TrieRootOnly10kChanges1M(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    state.PauseTiming();
    f.trie.apply(f.block());
    state.ResumeTiming();
    benchmark::DoNotOptimize(f.trie.root());
  }
  state.counters["state_keys"] = static_cast<double>(f.trie.size());
}
BENCHMARK(BM_TrieRootOnly10kChanges1M)->Unit(benchmark::kMillisecond)->Repetitions(5);

void BM_TrieRootFromScratch1M(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) benchmark::DoNotOptimize(trie_root(f.entries, StateVersion::kV1));
  state.counters["state_keys"] = static_cast<double>(f.entries.size());
}
BENCHMARK(BM_TrieRootFromScratch1M)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

void BM_TrieBuild1M(benchmark::State& state) {
  Fixture& f = fixture();
  uint64_t malloc_bytes = 0;
  StateTrie::MemoryUsage usage;
  uint64_t keys = 0;
  for (auto _ : state) {
    const uint64_t before = malloc_in_use();
    auto trie = StateTrie::build(f.store);
    state.PauseTiming();
    malloc_bytes = malloc_in_use() - before;
    usage = trie->memory_usage();
    keys = trie->size();
    state.ResumeTiming();
  }
  const double k = static_cast<double>(keys);
  state.counters["state_keys"] = k;
  state.counters["nodes_per_key"] = static_cast<double>(usage.nodes) / k;
  state.counters["trie_bytes_per_key"] = static_cast<double>(usage.total()) / k;
  state.counters["trie_free_bytes_per_key"] = static_cast<double>(usage.free_bytes) / k;
  state.counters["malloc_bytes_per_key"] = static_cast<double>(malloc_bytes) / k;
  state.counters["memstore_bytes_per_key"] =
      static_cast<double>(f.store_bytes) / static_cast<double>(kStateKeys);
}
BENCHMARK(BM_TrieBuild1M)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

// Memory of the long-lived trie after the blocks above (free lists included).
void BM_TrieCopy1M(benchmark::State& state) {
  Fixture& f = fixture();
  for (auto _ : state) {
    StateTrie copy = f.trie;
    benchmark::DoNotOptimize(copy);
  }
  const StateTrie::MemoryUsage usage = f.trie.memory_usage();
  const double k = static_cast<double>(f.trie.size());
  state.counters["state_keys"] = k;
  state.counters["trie_bytes_per_key"] = static_cast<double>(usage.total()) / k;
  state.counters["trie_free_bytes_per_key"] = static_cast<double>(usage.free_bytes) / k;
}
BENCHMARK(BM_TrieCopy1M)->Unit(benchmark::kMillisecond)->Repetitions(5);

}  // namespace
