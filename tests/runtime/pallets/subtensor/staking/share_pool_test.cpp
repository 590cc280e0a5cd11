// SharePool (share_pool.hpp): every #[test] of subtensor v3.0.0 primitives/share-pool/src/lib.rs
// with its inputs, over the same in-memory MockSharePoolDataOperations (a BTreeMap keyed by u16),
// plus the pinned bits of the 0.00001 precision threshold, hand-computed boundaries, a
// differential check against upstream's code (golden hashes, see there) and the Alpha-backed
// instance's storage writes.
#include "runtime/pallets/subtensor/staking/share_pool.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>

#include "runtime/frame/config.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"
#include "tests/testutil/fixed_float.hpp"

namespace subemu::runtime::subtensor {
namespace {

using testutil::fixed_from_f64;
using testutil::saturating_fixed_from_f64;

// lib.rs tests :: MockSharePoolDataOperations.
struct MockSharePoolDataOperations {
  U64F64 shared_value = U64F64::saturating_from_num(0);
  std::map<uint16_t, U64F64> share;
  U64F64 denominator = U64F64::saturating_from_num(0);

  U64F64 get_shared_value() const { return shared_value; }
  U64F64 get_share(const uint16_t& key) const {
    const auto it = share.find(key);
    return it == share.end() ? U64F64::saturating_from_num(0) : it->second;
  }
  std::optional<U64F64> try_get_share(const uint16_t& key) const {
    const auto it = share.find(key);
    if (it == share.end()) return std::nullopt;
    return it->second;
  }
  U64F64 get_denominator() const { return denominator; }
  void set_shared_value(U64F64 value) { shared_value = value; }
  void set_share(const uint16_t& key, U64F64 s) { share[key] = s; }
  void set_denominator(U64F64 update) { denominator = update; }
};

using Pool = SharePool<uint16_t, MockSharePoolDataOperations>;

i128 abs128(i128 v) { return v < 0 ? -v : v; }

TEST(SharePool, test_get_value) {
  MockSharePoolDataOperations mock_ops;
  mock_ops.set_denominator(U64F64::saturating_from_num(10));
  mock_ops.set_share(1, U64F64::saturating_from_num(3));
  mock_ops.set_share(2, U64F64::saturating_from_num(7));
  mock_ops.set_shared_value(U64F64::saturating_from_num(100));
  const Pool share_pool(mock_ops);
  EXPECT_EQ(share_pool.get_value(1), 30u);
  EXPECT_EQ(share_pool.get_value(2), 70u);
}

TEST(SharePool, test_division_by_zero) {
  MockSharePoolDataOperations mock_ops;
  mock_ops.set_denominator(U64F64::saturating_from_num(0));  // Zero denominator
  const Pool pool(mock_ops);
  EXPECT_EQ(pool.get_value(1), 0u) << "Value should be 0 when denominator is zero";
}

TEST(SharePool, test_max_shared_value) {
  MockSharePoolDataOperations mock_ops;
  mock_ops.set_shared_value(U64F64::saturating_from_num(UINT64_MAX));
  mock_ops.set_share(1, U64F64::saturating_from_num(3));
  mock_ops.set_share(2, U64F64::saturating_from_num(7));
  mock_ops.set_denominator(U64F64::saturating_from_num(10));
  const Pool pool(mock_ops);
  const uint64_t max_value = pool.get_value(1) + pool.get_value(2);
  EXPECT_LE(UINT64_MAX - max_value, 5u) << "Max value should map to u64 MAX";
}

TEST(SharePool, test_max_share_value) {
  MockSharePoolDataOperations mock_ops;
  mock_ops.set_shared_value(U64F64::saturating_from_num(1'000'000'000));
  mock_ops.set_share(1, U64F64::saturating_from_num(UINT64_MAX / 2));
  mock_ops.set_share(2, U64F64::saturating_from_num(UINT64_MAX / 2));
  mock_ops.set_denominator(U64F64::saturating_from_num(UINT64_MAX));
  const Pool pool(mock_ops);
  const auto value1 = static_cast<i128>(pool.get_value(1));
  const auto value2 = static_cast<i128>(pool.get_value(2));
  EXPECT_LE(abs128(value1 - 500'000'000), 1);
  EXPECT_LE(abs128(value2 - 500'000'000), 1);
}

TEST(SharePool, test_denom_precision) {
  Pool pool{MockSharePoolDataOperations{}};
  pool.update_value_for_one(1, 1000);
  EXPECT_EQ(pool.get_value(1), 1000u);

  pool.update_value_for_one(1, -990);
  pool.update_value_for_one(2, 1000);
  pool.update_value_for_one(2, -990);

  EXPECT_EQ(pool.get_value(1), 10u);
  EXPECT_EQ(pool.get_value(2), 10u);
}

TEST(SharePool, test_denom_high_precision) {
  Pool pool{MockSharePoolDataOperations{}};
  pool.update_value_for_one(1, 1);
  pool.update_value_for_one(2, 1);

  pool.update_value_for_all(999'999'999'999'998);

  pool.update_value_for_one(1, -499'999'999'999'990);
  pool.update_value_for_one(2, -499'999'999'999'990);

  pool.update_value_for_all(999'999'999'999'980);

  pool.update_value_for_one(1, 1'000'000'000'000);
  pool.update_value_for_one(2, 1'000'000'000'000);

  const auto value1 = static_cast<i128>(pool.get_value(1));
  const auto value2 = static_cast<i128>(pool.get_value(2));
  // First to stake gets all accumulated emission if there are no other stakers.
  EXPECT_LT(abs128(value1 - 1'001'000'000'000'000), 100);
  EXPECT_LT(abs128(value2 - 1'000'000'000'000), 100);
}

TEST(SharePool, test_denom_high_precision_many_small_unstakes) {
  Pool pool{MockSharePoolDataOperations{}};
  pool.update_value_for_one(1, 1);
  pool.update_value_for_one(2, 1);

  pool.update_value_for_all(1'000'000'000'000'000);

  for (int i = 0; i < 1'000'000; ++i) {
    pool.update_value_for_one(1, -500'000'000);
    pool.update_value_for_one(2, -500'000'000);
  }

  pool.update_value_for_all(1'000'000'000'000'000);

  pool.update_value_for_one(1, 1'000'000'000'000);
  pool.update_value_for_one(2, 1'000'000'000'000);

  const auto value1 = static_cast<i128>(pool.get_value(1));
  const auto value2 = static_cast<i128>(pool.get_value(2));
  EXPECT_LT(abs128(value1 - 1'001'000'000'000'000), 10);
  EXPECT_LT(abs128(value2 - 1'000'000'000'000), 10);
}

TEST(SharePool, test_update_value_for_one) {
  Pool pool{MockSharePoolDataOperations{}};
  pool.update_value_for_one(1, 1000);
  EXPECT_EQ(pool.get_value(1), 1000u);
}

TEST(SharePool, test_update_value_for_all) {
  Pool pool{MockSharePoolDataOperations{}};
  pool.update_value_for_all(1000);
  EXPECT_EQ(pool.ops().shared_value, U64F64::saturating_from_num(1000));
}

TEST(SharePool, test_get_shares_per_update) {
  struct Case {
    int64_t update;
    uint64_t shared_value;
    double denominator;
    double expected;
  };
  const Case cases[] = {
      {1, 1, 1.0, 1.0},
      {1'000, 21'000'000'000'000'000, 0.00001, 0.00000000000000000043},
      {21'000'000'000'000'000, 21'000'000'000'000'000, 0.00001, 0.00001},
      {210'000'000'000'000'000, 21'000'000'000'000'000, 0.00001, 0.0001},
      {1'000, 1'000, 21'000'000'000'000'000.0, 21'000'000'000'000'000.0},
  };
  for (const Case& c : cases) {
    const Pool pool{MockSharePoolDataOperations{}};
    const U64F64 shared_fixed = U64F64::from_num(c.shared_value);
    const U64F64 denominator_fixed = fixed_from_f64<U64F64>(c.denominator);
    const I64F64 expected_fixed = fixed_from_f64<I64F64>(c.expected);

    const I64F64 spu = pool.get_shares_per_update(c.update, shared_fixed, denominator_fixed);
    const I64F64 precision = fixed_from_f64<I64F64>(1000.);
    EXPECT_LE((spu - expected_fixed).abs(), expected_fixed / precision)
        << "update " << c.update << " spu " << spu.to_string();
  }
}

// ---- Beyond upstream's tests --------------------------------------------------------------------

// U64F64::saturating_from_num(0.00001) in update_value_for_one is a float conversion; our
// constant must be its exact bits.
TEST(SharePoolConstants, MinShareRatioIsTheFloatConversionOfOneHundredThousandth) {
  EXPECT_EQ(share_pool_detail::kMinShareRatio, saturating_fixed_from_f64<U64F64>(0.00001));
  EXPECT_EQ(share_pool_detail::kMinShareRatio.to_bits(), u128{184'467'440'737'096});
}

// The boundary of the precision rule, by hand: one key, V = D = 100,000 (price 1), so a
// withdrawal of w leaves (100,000 - w) / 100,000 of the shares. w = 99,999 leaves exactly 1e-5,
// which as U64F64 (184,467,440,737,095 bits, 1 / 100,000 truncated) is below the threshold's
// 184,467,440,737,096 bits: the whole position goes, actual update -100,000. w = 99,998 leaves
// 2e-5: kept, actual update -99,998.
TEST(SharePoolConstants, PrecisionRuleRemovesTheWholePositionAtTheThreshold) {
  {
    Pool pool{MockSharePoolDataOperations{}};
    pool.update_value_for_one(1, 100'000);
    EXPECT_EQ(pool.update_value_for_one(1, -99'999), -100'000);
    EXPECT_EQ(pool.get_value(1), 0u);
    EXPECT_EQ(pool.ops().denominator, U64F64::zero());
    EXPECT_EQ(pool.ops().shared_value, U64F64::zero());
  }
  {
    Pool pool{MockSharePoolDataOperations{}};
    pool.update_value_for_one(1, 100'000);
    EXPECT_EQ(pool.update_value_for_one(1, -99'998), -99'998);
    EXPECT_EQ(pool.get_value(1), 2u);
  }
}

// sim_update_value_for_one is always true on an empty pool, and false when the update buys no
// shares. By hand: V = 2^63, D = 2^-64, so V / D = 2^127 overflows U64F64 and the fallback runs:
// V saturates into I64F64 as 2^63 - 2^-64, 1 / that = 2^-63 (2 ulps, truncated), and times
// D = 2^-64 floors to 0.
TEST(SharePoolConstants, SimUpdateValueForOne) {
  Pool pool{MockSharePoolDataOperations{}};
  EXPECT_TRUE(pool.sim_update_value_for_one(0));
  pool.ops().set_shared_value(U64F64::saturating_from_num(uint64_t{1} << 63));
  pool.ops().set_denominator(U64F64::delta());
  EXPECT_FALSE(pool.sim_update_value_for_one(1));
  EXPECT_EQ(pool.ops().shared_value, U64F64::saturating_from_num(uint64_t{1} << 63));
}

// ---- Differential check against the upstream code -----------------------------------------------
//
// The golden hashes below were produced by upstream's own code: primitives/share-pool/src/lib.rs
// and the SafeDiv part of primitives/safe-math/src/lib.rs at v3.0.0, compiled unchanged against
// substrate-fixed v0.5.9 (encointer tag v0.5.9, typenum v1.16.0; only the SCALE derives stripped)
// in Cargo's release profile, driving the same MockSharePoolDataOperations with the same
// pseudo-random sequence (SplitMix64, FNV-1a over every result, 16 little-endian bytes each).
// A single differing bit anywhere in 20,000 operations changes the hash.

struct SplitMix64 {
  uint64_t state;
  uint64_t next() {
    state += 0x9E3779B97F4A7C15ULL;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // A value of random magnitude: next() >> (next() % 64).
  uint64_t mag() {
    const uint64_t v = next();
    const uint64_t shift = next() % 64;
    return v >> shift;
  }
};

struct Fnv1a {
  uint64_t h = 0xcbf29ce484222325ULL;
  void add(u128 v) {
    for (int i = 0; i < 16; ++i) {
      h ^= static_cast<uint64_t>((v >> (8 * i)) & 0xff);
      h *= 0x100000001b3ULL;
    }
  }
};

u128 as_u128(int64_t v) { return u128{static_cast<uint64_t>(v)}; }

// update_value_for_one (stake, unstake, unstake everything), update_value_for_all (emission or
// slashing), sim_update_value_for_one and try_get_value on four keys; all values after each step.
uint64_t pool_sequence_hash(uint64_t seed, int steps) {
  SplitMix64 rng{seed};
  Fnv1a h;
  Pool pool{MockSharePoolDataOperations{}};
  for (int i = 0; i < steps; ++i) {
    const uint64_t op = rng.next() % 5;
    const auto key = static_cast<uint16_t>(rng.next() % 4);
    const uint64_t amount = rng.mag();
    const auto signed_amount = static_cast<int64_t>(amount);
    switch (op) {
      case 0:
        h.add(as_u128(pool.update_value_for_one(key, signed_amount)));
        break;
      case 1:
        h.add(as_u128(
            pool.update_value_for_one(key, share_pool_detail::wrapping_neg(signed_amount))));
        break;
      case 2: {
        const auto all = static_cast<int64_t>(pool.get_value(key));
        h.add(as_u128(pool.update_value_for_one(key, share_pool_detail::wrapping_neg(all))));
        break;
      }
      case 3: {
        const bool up = rng.next() % 2 == 0;
        pool.update_value_for_all(up ? signed_amount
                                     : share_pool_detail::wrapping_neg(signed_amount));
        break;
      }
      default: {
        h.add(u128{pool.sim_update_value_for_one(signed_amount) ? 1U : 0U});
        const std::optional<uint64_t> v = pool.try_get_value(key);
        h.add(v.has_value() ? u128{*v} : ~u128{0});
        break;
      }
    }
    for (uint16_t k = 0; k < 4; ++k) h.add(u128{pool.get_value(k)});
  }
  return h.h;
}

// get_shares_per_update and get_value_from_shares on random U64F64 bit patterns.
uint64_t shares_per_update_hash(uint64_t seed, int steps) {
  SplitMix64 rng{seed ^ 0x5555};
  Fnv1a h;
  const auto random_u64f64 = [&](bool shifted) {
    const uint64_t hi = rng.mag();
    const uint64_t lo = rng.next();
    const u128 bits = (u128{hi} << 64) | lo;
    if (!shifted) return U64F64::from_bits(bits);
    const uint64_t shift = rng.next() % 128;
    return U64F64::from_bits(bits >> shift);
  };
  for (int i = 0; i < steps; ++i) {
    const U64F64 shared_value = random_u64f64(true);
    const U64F64 denominator = random_u64f64(true);
    const auto update = static_cast<int64_t>(rng.mag());
    MockSharePoolDataOperations ops;
    ops.shared_value = shared_value;
    ops.denominator = denominator;
    const Pool pool(ops);
    h.add(
        static_cast<u128>(pool.get_shares_per_update(update, shared_value, denominator).to_bits()));
    h.add(u128{pool.get_value_from_shares(random_u64f64(false))});
  }
  return h.h;
}

TEST(SharePoolUpstreamDifferential, RandomOperationSequences) {
  EXPECT_EQ(pool_sequence_hash(1, 20'000), 0x7f332e3794eb46e1ULL);
  EXPECT_EQ(pool_sequence_hash(7, 20'000), 0x9fc59794691950efULL);
  EXPECT_EQ(shares_per_update_hash(1, 20'000), 0xdab886e20a23bbdcULL);
  EXPECT_EQ(shares_per_update_hash(7, 20'000), 0xb5e32ee3648eaceeULL);
}

// The Alpha instance: V, shares and D live in TotalHotkeyAlpha, Alpha and TotalHotkeyShares;
// zero removes the entry.
TEST(AlphaSharePool, ReadsAndWritesTheStakeItems) {
  storage::MemoryStore store;
  storage::Overlay state(store);
  frame::Env env{state, frame::test_config(), runtime_registry()};
  const AccountId hotkey = testing::u256(1);
  const AccountId coldkey = testing::u256(2);
  const NetUid netuid(3);

  AlphaSharePool pool = get_alpha_share_pool(env, hotkey, netuid);
  EXPECT_FALSE(pool.try_get_value(coldkey).has_value());
  EXPECT_EQ(pool.update_value_for_one(coldkey, 1'000), 1'000);
  EXPECT_EQ(TotalHotkeyAlpha::get(state, hotkey, netuid), AlphaBalance(1'000));
  EXPECT_EQ(Alpha::get(state, hotkey, coldkey, netuid), U64F64::from_num(1'000));
  EXPECT_EQ(TotalHotkeyShares::get(state, hotkey, netuid), U64F64::from_num(1'000));
  EXPECT_EQ(get_alpha_share_pool_view(state, hotkey, netuid).try_get_value(coldkey),
            std::optional<uint64_t>(1'000));

  EXPECT_EQ(pool.update_value_for_one(coldkey, -1'000), -1'000);
  EXPECT_FALSE(TotalHotkeyAlpha::contains_key(state, hotkey, netuid));
  EXPECT_FALSE(Alpha::contains_key(state, hotkey, coldkey, netuid));
  EXPECT_FALSE(TotalHotkeyShares::contains_key(state, hotkey, netuid));
}

}  // namespace
}  // namespace subemu::runtime::subtensor
