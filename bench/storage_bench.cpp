// Storage benchmarks: key derivation, overlay reads/writes, nested transactions, and committing
// a 10,000-key block to RocksDB with and without fsync.
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <filesystem>
#include <map>
#include <random>
#include <string>

#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"

namespace {

using namespace subemu;
using namespace subemu::storage;

inline constexpr FixedString kSystem{"System"};
inline constexpr FixedString kSubtensor{"SubtensorModule"};
using Account = StorageMap<kSystem, "Account", Blake2_128Concat<AccountId>, uint64_t>;
using Alpha = StorageNMap<
    kSubtensor, "Alpha",
    NMapKeys<Blake2_128Concat<AccountId>, Blake2_128Concat<AccountId>, Identity<NetUid>>, uint64_t,
    ValueQuery<>>;

AccountId account(uint64_t seed) {
  ByteArray<32> b{};
  std::mt19937_64 rng(seed);
  for (auto& x : b) x = static_cast<uint8_t>(rng());
  return AccountId(b);
}

Bytes random_bytes(std::mt19937_64& rng, size_t n) {
  Bytes out(n);
  for (auto& x : out) x = static_cast<uint8_t>(rng());
  return out;
}

void BM_KeyMapBlake2_128ConcatAccount(benchmark::State& state) {
  const AccountId a = account(1);
  for (auto _ : state) benchmark::DoNotOptimize(Account::hashed_key_for(a));
}
BENCHMARK(BM_KeyMapBlake2_128ConcatAccount);

void BM_KeyNMapAlpha(benchmark::State& state) {
  const AccountId hot = account(1);
  const AccountId cold = account(2);
  for (auto _ : state) benchmark::DoNotOptimize(Alpha::hashed_key_for(hot, cold, NetUid(3)));
}
BENCHMARK(BM_KeyNMapAlpha);

// A backend with 100,000 32-byte keys; `keys` holds them.
struct Backend {
  MemoryStore store;
  std::vector<Bytes> keys;
  Backend() {
    std::mt19937_64 rng(7);
    WriteBatch wb;
    for (int i = 0; i < 100000; ++i) {
      keys.push_back(random_bytes(rng, 32));
      wb.put(keys.back(), random_bytes(rng, 64));
    }
    (void)store.apply(wb);
  }
};
Backend& backend() {
  static Backend b;
  return b;
}

void BM_OverlayGetHit(benchmark::State& state) {
  Backend& be = backend();
  Overlay ov(be.store);
  for (size_t i = 0; i < 10000; ++i) ov.put(be.keys[i], Bytes(64, 1));
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(ov.get(be.keys[i++ % 10000]));
}
BENCHMARK(BM_OverlayGetHit);

void BM_OverlayGetFallThroughMemory(benchmark::State& state) {
  Backend& be = backend();
  Overlay ov(be.store);
  for (size_t i = 0; i < 10000; ++i) ov.put(be.keys[i], Bytes(64, 1));
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(ov.get(be.keys[10000 + i++ % 90000]));
}
BENCHMARK(BM_OverlayGetFallThroughMemory);

void BM_OverlayPut(benchmark::State& state) {
  Backend& be = backend();
  Overlay ov(be.store);
  const Bytes value(64, 2);
  size_t i = 0;
  for (auto _ : state) ov.put(be.keys[i++ % 100000], value);
}
BENCHMARK(BM_OverlayPut);

void BM_NestedTransactionStartCommit(benchmark::State& state) {
  Backend& be = backend();
  Overlay ov(be.store);
  const Bytes value(64, 3);
  for (size_t i = 0; i < 10000; ++i) ov.put(be.keys[i], value);  // a busy block layer
  const int writes = static_cast<int>(state.range(0));
  size_t i = 0;
  for (auto _ : state) {
    (void)ov.start_transaction();
    (void)ov.start_transaction();
    for (int w = 0; w < writes; ++w) ov.put(be.keys[i++ % 100000], value);
    (void)ov.commit_transaction();
    (void)ov.commit_transaction();
  }
}
BENCHMARK(BM_NestedTransactionStartCommit)->Arg(0)->Arg(1)->Arg(10);

std::string temp_dir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "subemu-bench-XXXXXX").string();
  if (mkdtemp(tmpl.data()) == nullptr) return {};
  return tmpl;
}

void BM_RocksDbOverlayGetFallThrough(benchmark::State& state) {
  const std::string dir = temp_dir();
  {
    RocksDbOptions o;
    o.sync_writes = false;
    auto store = RocksDbStore::open(dir + "/db", RocksDbStore::Genesis{}, o).value();
    Backend& be = backend();
    WriteBatch wb;
    for (const auto& [k, v] : be.store.entries()) wb.put(k, v);
    (void)store->apply(wb);
    (void)store->flush();
    auto snap = store->snapshot();
    Overlay ov(*snap);
    size_t i = 0;
    for (auto _ : state) benchmark::DoNotOptimize(ov.get(be.keys[i++ % 100000]));
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_RocksDbOverlayGetFallThrough);

// Commits a block of 10,000 fresh random 32-byte keys with 64-byte values as one batch, in key
// order as Overlay::drain_to_batch produces it.
void BM_RocksDbCommit10kBlock(benchmark::State& state) {
  const std::string dir = temp_dir();
  {
    RocksDbOptions o;
    o.sync_writes = state.range(0) != 0;
    auto store = RocksDbStore::open(dir + "/db", RocksDbStore::Genesis{}, o).value();
    std::mt19937_64 rng(11);
    for (auto _ : state) {
      state.PauseTiming();
      std::map<Bytes, Bytes, BytesLess> block;
      while (block.size() < 10000) block.emplace(random_bytes(rng, 32), random_bytes(rng, 64));
      WriteBatch wb;
      wb.reserve(block.size());
      for (auto& [k, v] : block) wb.put(k, v);
      state.ResumeTiming();
      if (!store->apply(wb).ok()) state.SkipWithError("apply failed");
    }
    state.SetItemsProcessed(state.iterations() * 10000);
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_RocksDbCommit10kBlock)->ArgName("sync")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace
