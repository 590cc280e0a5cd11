// Neuron registration into a full subnet (runtime/pallets/subtensor/subnets/registration.hpp):
//
//   BM_RegisterIntoFullSubnet/pow     SubtensorModule.register (6) dispatched through
//                                     dispatch_call (decode, storage layer, do_registration) on a
//                                     subnet that already holds MaxAllowedUids = 4096 neurons, so
//                                     every registration takes the pruning path:
//                                     get_neuron_to_prune over 4096 UIDs, then replace_neuron.
//                                     Difficulty 1 (every seal passes) and the work is made before
//                                     the timed section: this times the chain's checks (seal,
//                                     difficulty, limits), not the miner.
//   BM_RegisterIntoFullSubnet/burned  SubtensorModule.burned_register (7) on the same subnet:
//                                     the burn is withdrawn and swapped in the subnet pool.
//   BM_GetNeuronToPrune               get_neuron_to_prune alone on the 4096-UID subnet.
//
// The unit-test configuration (frame::test_config()), an in-memory store, block 1; the subnet is
// made with init_new_network and filled with append_neuron (pruning scores 1..4096 in a shuffled
// order, no neuron immune: ImmunityPeriod 0). The rate limits (MaxRegistrationsPerBlock,
// TargetRegistrationsPerInterval) are raised to u16::MAX and the per-block / per-interval counters
// reset after each batch of 256 registrations, so no registration is refused (checked: a failed
// dispatch aborts the benchmark). items_per_second is registrations per second.
// Run in a Release build:
//   build/bench/subemu_bench --benchmark_filter='BM_(RegisterIntoFullSubnet|GetNeuronToPrune)'
#include <benchmark/benchmark.h>

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/registration.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"

namespace {

using namespace subemu;           // NOLINT(google-build-using-namespace)
using namespace subemu::runtime;  // NOLINT(google-build-using-namespace)
namespace st = subemu::runtime::subtensor;

constexpr uint16_t kFullUids = 4096;
constexpr size_t kBatch = 256;
const NetUid kNet{1};

AccountId account(uint64_t n) {
  ByteArray<32> b{};
  for (size_t i = 0; i < 8; ++i) b[i] = static_cast<uint8_t>(n >> (8 * i));
  b[31] = 0x5A;  // never collides with the prefilled hotkeys
  return AccountId(b);
}

template <class... A>
Bytes st_call(uint8_t index, const A&... args) {
  scale::Encoder e;
  e.put_byte(st::kPalletIndex);
  e.put_byte(index);
  (scale::encode_to(e, args), ...);
  return e.take();
}

// A chain state with the full subnet.
struct FullSubnet {
  storage::MemoryStore store;
  storage::Overlay overlay{store};
  frame::Env env{overlay, frame::test_config(), runtime_registry()};
  uint64_t next_hotkey = 0;

  FullSubnet() {
    system::build_genesis(env);
    system::Number::put(overlay, BlockNumber{1});
    st::init_new_network(env, kNet, 13);
    st::NetworkRegistrationAllowed::insert(overlay, kNet, true);
    st::NetworkPowRegistrationAllowed::insert(overlay, kNet, true);
    st::MaxAllowedUids::insert(overlay, kNet, kFullUids);
    st::MaxRegistrationsPerBlock::insert(overlay, kNet, uint16_t{UINT16_MAX});
    st::TargetRegistrationsPerInterval::insert(overlay, kNet, uint16_t{UINT16_MAX});
    st::ImmunityPeriod::insert(overlay, kNet, uint16_t{0});
    st::Difficulty::insert(overlay, kNet, uint64_t{1});
    st::Burn::insert(overlay, kNet, TaoBalance(1000));
    std::vector<uint16_t> scores(kFullUids);
    for (uint16_t i = 0; i < kFullUids; ++i) {
      st::append_neuron(overlay, kNet, account(0xFFFF'0000 + i), 1);
      scores[i] = static_cast<uint16_t>(1 + (i * 2654435761U) % kFullUids);  // a permutation
    }
    st::PruningScores::insert(overlay, kNet, scores);
    st::add_balance_to_coldkey_account(env, account(0), uint64_t{1} << 62);
  }

  void reset_counters() {
    st::RegistrationsThisBlock::insert(overlay, kNet, uint16_t{0});
    st::RegistrationsThisInterval::insert(overlay, kNet, uint16_t{0});
  }

  // The next batch of calls with their signers (work made here, outside the timed section).
  std::vector<std::pair<AccountId, Bytes>> pow_batch() {
    std::vector<std::pair<AccountId, Bytes>> out;
    for (size_t i = 0; i < kBatch; ++i) {
      const AccountId hotkey = account(++next_hotkey);
      auto [nonce, work] = st::create_work_for_block_number(env, kNet, 1, 0, hotkey);
      out.emplace_back(hotkey, st_call(6, kNet, uint64_t{1}, nonce, work, hotkey, account(0)));
    }
    return out;
  }
  std::vector<std::pair<AccountId, Bytes>> burned_batch() {
    std::vector<std::pair<AccountId, Bytes>> out;
    for (size_t i = 0; i < kBatch; ++i) {
      out.emplace_back(account(0), st_call(7, kNet, account(++next_hotkey)));
    }
    return out;
  }
};

void BM_RegisterIntoFullSubnet(benchmark::State& state) {
  const bool burned = state.range(0) == 1;
  FullSubnet chain;
  int64_t registered = 0;
  for (auto _ : state) {
    state.PauseTiming();
    chain.reset_counters();
    const auto batch = burned ? chain.burned_batch() : chain.pow_batch();
    state.ResumeTiming();
    for (const auto& [signer, call] : batch) {
      auto r = frame::dispatch_call(chain.env, frame::Origin::signed_by(signer), call, false);
      if (!r.has_value()) {
        state.SkipWithError("a registration failed");
        return;
      }
    }
    registered += static_cast<int64_t>(batch.size());
  }
  if (st::get_subnetwork_n(chain.overlay, kNet) != kFullUids) {
    state.SkipWithError("the subnet did not stay full");
  }
  state.SetItemsProcessed(registered);
}
BENCHMARK(BM_RegisterIntoFullSubnet)
    ->ArgName("burned")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMicrosecond);

void BM_GetNeuronToPrune(benchmark::State& state) {
  FullSubnet chain;
  for (auto _ : state) {
    benchmark::DoNotOptimize(st::get_neuron_to_prune(chain.env, kNet));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_GetNeuronToPrune)->Unit(benchmark::kMicrosecond);

}  // namespace
