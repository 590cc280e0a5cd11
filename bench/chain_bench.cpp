// Chain throughput (runtime/chain/chain.hpp), end to end through the public Chain API:
//
//   BM_SubmitTransfers/<scheme>   signed Balances.transfer_keep_alive extrinsics applied per second
//                                 by Chain::submit: decode, signature check, signed extensions
//                                 (nonce, weight, fee), dispatch, events. The extrinsics are built
//                                 and signed before the timed loop (round robin over 6 senders,
//                                 sequential nonces); every iteration submits the whole batch to
//                                 a fresh chain (set up with the timer paused), so each extrinsic
//                                 is valid and dispatches successfully (checked: a rejected or
//                                 failed one aborts the benchmark). n = 100 and 1,000 per block:
//                                 the per-extrinsic cost grows with n (System events are
//                                 appended by copying the block's whole Events value).
//   BM_SealEmpty/<store>          empty blocks (the Timestamp.set inherent only) sealed per second
//                                 on a MemoryStore and on RocksDB with and without fsync; a seal
//                                 includes finalize, the incremental state root, the atomic
//                                 commit of state + block record, and opening the next block.
//                                 Blocks 1..1000 of a fresh chain (a fixed count: the cost of a
//                                 seal grows with the chain's length, see the next one).
//   BM_SealEmptyAfter/<store>/<n> 200 empty seals on a chain that already holds n blocks. (Why
//                                 it grows, as profiled: a MemoryStore copies its maps, block
//                                 records included, on each commit because the chain holds a
//                                 snapshot of the head; RocksDB re-fragments, on every read, the
//                                 memtable's range tombstones, one per block from the
//                                 EventTopics prefix removal in System::initialize.)
//   BM_Block1000/<store>          one block of 1,000 signed transfers: submit all + seal.
//
// All chain benchmarks report wall time (UseRealTime): an fsync is waiting, not CPU time.
// Run in a Release build:
//   build/bench/subemu_bench --benchmark_filter='BM_(Submit|Seal|Block)'
//       --benchmark_repetitions=5 --benchmark_report_aggregates_only=true  (one line)
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/genesis.hpp"
#include "storage/memory_store.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"

namespace {

using namespace subemu;
using runtime::GenesisConfig;
using runtime::chain::Chain;
namespace xt = runtime::frame::extrinsic;

constexpr uint64_t kTao = 1'000'000'000;
constexpr size_t kSenders = 6;

enum class Scheme : int64_t { kSr25519 = 0, kEd25519 = 1 };
enum class StoreKind : int64_t { kMemory = 0, kRocksSync = 1, kRocksNoSync = 2 };

const char* store_label(StoreKind k) {
  switch (k) {
    case StoreKind::kMemory:
      return "memory";
    case StoreKind::kRocksSync:
      return "rocksdb sync_writes=on";
    case StoreKind::kRocksNoSync:
      return "rocksdb sync_writes=off";
  }
  return "?";
}

// The six sr25519 dev accounts, or six ed25519 accounts with fixed seeds.
std::vector<xt::Signer> senders(Scheme scheme) {
  std::vector<xt::Signer> out;
  for (size_t i = 0; i < kSenders; ++i) {
    if (scheme == Scheme::kSr25519) {
      out.push_back(
          xt::Signer::sr25519(*runtime::dev_sr25519_secret(runtime::kDevAccountNames[i])));
    } else {
      crypto::ed25519::Seed seed{};
      for (size_t j = 0; j < seed.size(); ++j) seed[j] = static_cast<uint8_t>(0x40 + i * 7 + j);
      out.push_back(xt::Signer::ed25519(seed));
    }
  }
  return out;
}

// dev_genesis(), plus 1,000,000 TAO for each ed25519 sender when they sign.
GenesisConfig genesis_for(Scheme scheme) {
  GenesisConfig g = runtime::dev_genesis();
  if (scheme == Scheme::kEd25519) {
    for (const xt::Signer& s : senders(scheme))
      g.balances.emplace_back(s.account_id(), 1'000'000 * kTao);
  }
  return g;
}

// Balances.transfer_keep_alive(MultiAddress::Id(dest), value): pallet 5, call 3.
Bytes transfer_keep_alive(const AccountId& dest, uint64_t value) {
  Bytes call;
  call.reserve(3 + 32 + 9);  // (a braced 3-byte start trips GCC 12's -Warray-bounds at -O3)
  for (const uint8_t b : {uint8_t{5}, uint8_t{3}, uint8_t{0x00}}) call.push_back(b);
  append(call, dest.view());
  append(call, scale::encode(scale::Compact<uint64_t>{value}));
  return call;
}

// `n` signed transfers valid in order on a fresh chain of `genesis`: extrinsic k is sent by
// sender k % 6 with nonce k / 6, to the next sender, 1 TAO, immortal, no tip.
std::vector<Bytes> signed_transfers(Scheme scheme, const GenesisConfig& genesis, size_t n) {
  const std::vector<xt::Signer> from = senders(scheme);
  xt::ChainContext ctx;
  ctx.spec_version = genesis.config->spec_version;
  ctx.transaction_version = genesis.config->transaction_version;
  ctx.genesis_hash = Chain::genesis_of(genesis)->hash();
  ctx.current_block = 1;
  std::vector<Bytes> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) {
    const xt::Signer& signer = from[k % kSenders];
    xt::ExtraValues extra;
    extra.nonce = static_cast<uint32_t>(k / kSenders);
    extra.metadata_hash_mode = xt::MetadataHashMode::kDisabled;
    const Bytes call = transfer_keep_alive(from[(k + 1) % kSenders].account_id(), kTao);
    auto built = xt::build_signed(call, signer, extra, xt::kSubtensorV300, ctx);
    if (!built.has_value()) std::abort();
    out.push_back(xt::encode_extrinsic(*built, xt::kSubtensorV300));
  }
  return out;
}

// A fresh database folder, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / "subemu-chain-bench-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) std::abort();
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// A chain on a store of `kind`, its store and (for RocksDB) its folder; destroyed in reverse.
struct BenchChain {
  std::unique_ptr<TempDir> dir;
  std::unique_ptr<storage::KvStore> store;
  std::unique_ptr<Chain> chain;

  BenchChain(StoreKind kind, const GenesisConfig& genesis) {
    if (kind == StoreKind::kMemory) {
      store = std::make_unique<storage::MemoryStore>();
    } else {
      dir = std::make_unique<TempDir>();
      storage::RocksDbOptions options;
      options.sync_writes = kind == StoreKind::kRocksSync;
      auto opened = storage::RocksDbStore::open(
          dir->path() + "/state", Chain::genesis_of(genesis)->hash().bytes(), options);
      if (!opened.has_value()) std::abort();
      store = std::move(*opened);
    }
    auto opened = Chain::open(*store, genesis);
    if (!opened.has_value()) std::abort();
    chain = std::move(*opened);
  }
  ~BenchChain() {
    chain.reset();
    store.reset();
    dir.reset();
  }
};

// Submits every extrinsic; false (with the benchmark skipped) unless all dispatched successfully.
bool submit_all(benchmark::State& state, Chain& chain, const std::vector<Bytes>& xts) {
  for (const Bytes& e : xts) {
    auto applied = chain.submit(e);
    if (!applied.has_value()) {
      state.SkipWithError(("rejected: " + applied.error().reason).c_str());
      return false;
    }
    if (applied->error.has_value()) {
      state.SkipWithError("a transfer failed in dispatch");
      return false;
    }
    benchmark::DoNotOptimize(applied->fee);
  }
  return true;
}

void BM_SubmitTransfers(benchmark::State& state) {
  const auto scheme = static_cast<Scheme>(state.range(0));
  const auto n = static_cast<size_t>(state.range(1));
  const GenesisConfig genesis = genesis_for(scheme);
  const std::vector<Bytes> xts = signed_transfers(scheme, genesis, n);
  for (auto _ : state) {
    state.PauseTiming();
    auto c = std::make_unique<BenchChain>(StoreKind::kMemory, genesis);
    state.ResumeTiming();
    if (!submit_all(state, *c->chain, xts)) break;
    state.PauseTiming();
    c.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
  state.counters["time_per_xt"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * static_cast<double>(n),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert, benchmark::Counter::kIs1000);
  state.SetLabel(scheme == Scheme::kSr25519 ? "sr25519" : "ed25519");
}
BENCHMARK(BM_SubmitTransfers)
    ->ArgNames({"scheme", "n"})
    ->ArgsProduct({{static_cast<int64_t>(Scheme::kSr25519), static_cast<int64_t>(Scheme::kEd25519)},
                   {100, 1000}})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

void BM_SealEmpty(benchmark::State& state) {
  const auto kind = static_cast<StoreKind>(state.range(0));
  const GenesisConfig genesis = runtime::dev_genesis();
  BenchChain c(kind, genesis);
  for (auto _ : state) {
    auto sealed = c.chain->seal();
    if (!sealed.has_value()) {
      state.SkipWithError(sealed.error().to_string().c_str());
      break;
    }
    benchmark::DoNotOptimize(sealed->hash);
  }
  state.counters["blocks_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["head"] = static_cast<double>(c.chain->head().number);
  state.SetLabel(store_label(kind));
}
BENCHMARK(BM_SealEmpty)
    ->ArgName("store")
    ->Arg(static_cast<int64_t>(StoreKind::kMemory))
    ->Arg(static_cast<int64_t>(StoreKind::kRocksSync))
    ->Arg(static_cast<int64_t>(StoreKind::kRocksNoSync))
    ->Iterations(1000)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

// Empty seals on a chain that already holds `blocks` blocks (prefilled with the timer off).
void BM_SealEmptyAfter(benchmark::State& state) {
  const auto kind = static_cast<StoreKind>(state.range(0));
  const auto prefill = static_cast<size_t>(state.range(1));
  const GenesisConfig genesis = runtime::dev_genesis();
  BenchChain c(kind, genesis);
  for (size_t i = 0; i < prefill; ++i) {
    if (!c.chain->seal().has_value()) std::abort();
  }
  for (auto _ : state) {
    auto sealed = c.chain->seal();
    if (!sealed.has_value()) {
      state.SkipWithError(sealed.error().to_string().c_str());
      break;
    }
    benchmark::DoNotOptimize(sealed->hash);
  }
  state.counters["blocks_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.SetLabel(store_label(kind));
}
BENCHMARK(BM_SealEmptyAfter)
    ->ArgNames({"store", "blocks"})
    ->ArgsProduct({{static_cast<int64_t>(StoreKind::kMemory),
                    static_cast<int64_t>(StoreKind::kRocksNoSync)},
                   {1000, 10000}})
    ->Iterations(200)
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);

void BM_Block1000(benchmark::State& state) {
  const auto kind = static_cast<StoreKind>(state.range(0));
  constexpr size_t kN = 1000;
  const GenesisConfig genesis = runtime::dev_genesis();
  const std::vector<Bytes> xts = signed_transfers(Scheme::kSr25519, genesis, kN);
  for (auto _ : state) {
    state.PauseTiming();
    auto c = std::make_unique<BenchChain>(kind, genesis);
    state.ResumeTiming();
    if (!submit_all(state, *c->chain, xts)) break;
    auto sealed = c->chain->seal();
    if (!sealed.has_value() || sealed->block.extrinsics.size() != kN + 1) {
      state.SkipWithError("seal failed or lost extrinsics");
      break;
    }
    benchmark::DoNotOptimize(sealed->hash);
    state.PauseTiming();
    c.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kN));
  state.SetLabel(store_label(kind));
}
BENCHMARK(BM_Block1000)
    ->ArgName("store")
    ->Arg(static_cast<int64_t>(StoreKind::kMemory))
    ->Arg(static_cast<int64_t>(StoreKind::kRocksSync))
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

}  // namespace
