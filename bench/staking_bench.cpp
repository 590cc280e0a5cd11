// Staking throughput (runtime/pallets/subtensor/staking/):
//
//   BM_QuoteTaoForAlpha / BM_QuoteAlphaForTao   the pure constant-product quotes
//                                               (quote_tao_for_alpha / quote_alpha_for_tao) on
//                                               fixed reserves, amounts varying per iteration:
//                                               swaps per second without storage.
//   BM_StakeIntoSubnet / BM_UnstakeFromSubnet   stake_into_subnet / unstake_from_subnet on a
//                                               dynamic subnet that already holds 10,000 stakers
//                                               (10,000 coldkeys over 16 hotkeys): pool swap,
//                                               share-pool update, counters, event.
//   BM_AddStake / BM_RemoveStake                the add_stake (2) / remove_stake (3) extrinsics
//                                               on that subnet: by dispatch_call (decode, storage
//                                               layer, do_add_stake / do_remove_stake) once their
//                                               call descriptors are registered, otherwise
//                                               do_add_stake / do_remove_stake in a storage
//                                               layer (the label says which).
//
// The unit-test configuration, an in-memory store, reserves of 1,000,000 TAO / 1,000,000 alpha.
// Events are reset every 256 operations (outside the timed section), as a block boundary would.
// items_per_second is operations per second. Run in a Release build:
//   build/bench/subemu_bench
//   --benchmark_filter='BM_(Quote|StakeInto|UnstakeFrom|AddStake|RemoveStake)'
#include <benchmark/benchmark.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/staking/add_stake.hpp"
#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/remove_stake.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"

namespace {

using namespace subemu;           // NOLINT(google-build-using-namespace)
using namespace subemu::runtime;  // NOLINT(google-build-using-namespace)
namespace st = subemu::runtime::subtensor;

constexpr uint64_t kStakers = 10'000;
constexpr uint64_t kHotkeys = 16;
constexpr uint64_t kReserve = 1'000'000'000'000'000;  // 1,000,000 TAO / alpha
constexpr uint64_t kEventBatch = 256;
const NetUid kNet{1};

AccountId account(uint64_t n, uint8_t tag) {
  ByteArray<32> b{};
  for (size_t i = 0; i < 8; ++i) b[i] = static_cast<uint8_t>(n >> (8 * i));
  b[31] = tag;
  return AccountId(b);
}
AccountId hotkey(uint64_t i) { return account(i, 0x48); }
AccountId coldkey(uint64_t i) { return account(i, 0x43); }

template <class... A>
Bytes st_call(uint8_t index, const A&... args) {
  scale::Encoder e;
  e.put_byte(st::kPalletIndex);
  e.put_byte(index);
  (scale::encode_to(e, args), ...);
  return e.take();
}

// A chain state with one dynamic subnet of kStakers stakers.
struct StakedSubnet {
  storage::MemoryStore store;
  storage::Overlay overlay{store};
  frame::Env env{overlay, frame::test_config(), runtime_registry()};

  StakedSubnet() {
    system::build_genesis(env);
    system::Number::put(overlay, BlockNumber{1});
    st::init_new_network(env, kNet, 360);
    st::SubnetMechanism::insert(overlay, kNet, uint16_t{1});
    st::SubnetTAO::insert(overlay, kNet, TaoBalance(kReserve));
    st::SubnetAlphaIn::insert(overlay, kNet, AlphaBalance(kReserve));
    st::increase_total_stake(overlay, kReserve);
    for (uint64_t h = 0; h < kHotkeys; ++h) {
      st::create_account_if_non_existent(overlay, coldkey(h), hotkey(h));
    }
    for (uint64_t c = 0; c < kStakers; ++c) {
      st::add_balance_to_coldkey_account(env, coldkey(c), 1'000'000'000'000'000);
      st::stake_into_subnet(env, hotkey(c % kHotkeys), coldkey(c), kNet, 1'000'000'000 + 1'000 * c,
                            st::kDefaultStakingFee);
    }
    system::reset_events(env);
  }

  bool has_call(uint8_t index) const {
    return env.registry.call(st::kPalletIndex, index) != nullptr;
  }
};

void BM_QuoteTaoForAlpha(benchmark::State& state) {
  const st::PoolReserves pool{kReserve, kReserve};
  uint64_t tao = 1'000'000;
  for (auto _ : state) {
    benchmark::DoNotOptimize(st::quote_tao_for_alpha(pool, tao));
    tao = tao * 3 % 1'000'000'000'000 + 500'000;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_QuoteTaoForAlpha);

void BM_QuoteAlphaForTao(benchmark::State& state) {
  const st::PoolReserves pool{kReserve, kReserve};
  uint64_t alpha = 1'000'000;
  for (auto _ : state) {
    benchmark::DoNotOptimize(st::quote_alpha_for_tao(pool, alpha));
    alpha = alpha * 3 % 1'000'000'000'000 + 500'000;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_QuoteAlphaForTao);

void BM_StakeIntoSubnet(benchmark::State& state) {
  StakedSubnet s;
  uint64_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(st::stake_into_subnet(s.env, hotkey(i % kHotkeys),
                                                   coldkey(i % kStakers), kNet, 100'000'000,
                                                   st::kDefaultStakingFee));
    if (++i % kEventBatch == 0) {
      state.PauseTiming();
      system::reset_events(s.env);
      state.ResumeTiming();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_StakeIntoSubnet)->Unit(benchmark::kMicrosecond);

void BM_UnstakeFromSubnet(benchmark::State& state) {
  StakedSubnet s;
  uint64_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(st::unstake_from_subnet(s.env, hotkey(i % kHotkeys),
                                                     coldkey(i % kStakers), kNet, 1'000'000,
                                                     st::kDefaultStakingFee));
    if (++i % kEventBatch == 0) {
      state.PauseTiming();
      system::reset_events(s.env);
      state.ResumeTiming();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_UnstakeFromSubnet)->Unit(benchmark::kMicrosecond);

// add_stake (2) or remove_stake (3) by dispatch, or the do_* function in a storage layer.
void run_stake_call(benchmark::State& state, bool add) {
  StakedSubnet s;
  const uint8_t index = add ? 2 : 3;
  const bool by_dispatch = s.has_call(index);
  state.SetLabel(by_dispatch ? "dispatch_call" : "do_* in a storage layer (no call descriptor)");
  uint64_t i = 0;
  for (auto _ : state) {
    const AccountId hk = hotkey(i % kHotkeys);
    const AccountId ck = coldkey(i % kStakers);
    const uint64_t amount = add ? 100'000'000 : 1'000'000;
    bool ok = false;
    if (by_dispatch) {
      ok = frame::dispatch_call(s.env, frame::Origin::signed_by(ck),
                                st_call(index, hk, kNet, amount), false)
               .has_value();
    } else {
      (void)s.overlay.start_transaction();
      const auto r =
          add ? st::do_add_stake(s.env, frame::Origin::signed_by(ck), hk, kNet, amount)
              : st::do_remove_stake(s.env, frame::Origin::signed_by(ck), hk, kNet, amount);
      ok = r.has_value();
      (void)(ok ? s.overlay.commit_transaction() : s.overlay.rollback_transaction());
    }
    if (!ok) {
      state.SkipWithError("the staking call failed");
      break;
    }
    if (++i % kEventBatch == 0) {
      state.PauseTiming();
      system::reset_events(s.env);
      // A new block: the stake rate limits are per block.
      system::Number::put(s.overlay, static_cast<BlockNumber>(st::current_block(s.overlay) + 1));
      state.ResumeTiming();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void BM_AddStake(benchmark::State& state) { run_stake_call(state, true); }
BENCHMARK(BM_AddStake)->Unit(benchmark::kMicrosecond);

void BM_RemoveStake(benchmark::State& state) { run_stake_call(state, false); }
BENCHMARK(BM_RemoveStake)->Unit(benchmark::kMicrosecond);

}  // namespace
