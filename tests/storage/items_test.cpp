// Typed storage items: query kinds, FRAME's read/write semantics, iteration order and prefixes,
// decode failures, mutation during iteration.
#include "storage/items.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/memory_store.hpp"
#include "tests/storage/storage_test_util.hpp"

namespace subemu::storage {
namespace {

inline constexpr FixedString kTest{"SubtensorModule"};

struct DefaultTempo {
  static uint16_t value() { return 360; }
};

using TotalStake = StorageValue<kTest, "TotalStake", TaoBalance, ValueQuery<0>>;
using Note = StorageValue<kTest, "Note", std::string>;  // OptionQuery
using Tempo = StorageMap<kTest, "Tempo", Identity<NetUid>, uint16_t, ValueQueryFn<DefaultTempo>>;
using Burn = StorageMap<kTest, "Burn", Identity<NetUid>, TaoBalance, ValueQuery<1000>>;
using Owner = StorageMap<kTest, "Owner", Blake2_128Concat<AccountId>, AccountId, OptionQuery>;
using Uids = StorageDoubleMap<kTest, "Uids", Identity<NetUid>, Blake2_128Concat<AccountId>,
                              uint16_t, OptionQuery>;
using Alpha = StorageNMap<
    kTest, "Alpha",
    NMapKeys<Blake2_128Concat<AccountId>, Blake2_128Concat<AccountId>, Identity<NetUid>>, uint64_t,
    ValueQuery<>>;

AccountId acct(uint8_t seed) {
  ByteArray<32> b{};
  b.fill(seed);
  return AccountId(b);
}

struct ItemsTest : ::testing::Test {
  MemoryStore store;
  Overlay ov{store};
};

TEST_F(ItemsTest, ValueQueryMissingReturnsDefaultAndWritesNothing) {
  EXPECT_EQ(TotalStake::get(ov), TaoBalance(0));
  EXPECT_EQ(Burn::get(ov, NetUid(3)), TaoBalance(1000));
  EXPECT_EQ(Tempo::get(ov, NetUid(3)), 360);
  EXPECT_FALSE(TotalStake::exists(ov));
  EXPECT_FALSE(Burn::contains_key(ov, NetUid(3)));
  EXPECT_TRUE(ov.empty());
  EXPECT_EQ(TotalStake::try_get(ov), std::nullopt);
}

TEST_F(ItemsTest, ValuePutKillTakeMutate) {
  TotalStake::put(ov, TaoBalance(5));
  EXPECT_EQ(TotalStake::get(ov), TaoBalance(5));
  EXPECT_EQ(ov.get(TotalStake::hashed_key()), scale::encode(uint64_t{5}));
  TotalStake::mutate(ov, [](TaoBalance& v) { v = v.saturating_add(TaoBalance(7)); });
  EXPECT_EQ(TotalStake::get(ov), TaoBalance(12));
  EXPECT_EQ(TotalStake::take(ov), TaoBalance(12));
  EXPECT_FALSE(TotalStake::exists(ov));
  // ValueQuery mutate stores even the default (FRAME: from_query_to_optional_value = Some).
  TotalStake::mutate(ov, [](TaoBalance&) {});
  EXPECT_TRUE(TotalStake::exists(ov));

  EXPECT_EQ(Note::get(ov), std::nullopt);
  Note::put(ov, "hi");
  EXPECT_EQ(Note::get(ov), "hi");
  Note::mutate(ov, [](std::optional<std::string>& v) { v.reset(); });  // None removes
  EXPECT_FALSE(Note::exists(ov));
  const int r = Note::mutate(ov, [](std::optional<std::string>& v) {
    v = "x";
    return 42;
  });
  EXPECT_EQ(r, 42);
  EXPECT_EQ(Note::get(ov), "x");
  Note::set(ov, std::nullopt);
  EXPECT_FALSE(Note::exists(ov));
}

TEST_F(ItemsTest, TryMutateStoresOnlyOnSuccess) {
  Burn::insert(ov, NetUid(1), TaoBalance(10));
  auto fail = Burn::try_mutate(ov, NetUid(1), [](TaoBalance& v) -> Result<int, std::string> {
    v = TaoBalance(99);
    return unexpected(std::string("no"));
  });
  EXPECT_FALSE(fail.has_value());
  EXPECT_EQ(Burn::get(ov, NetUid(1)), TaoBalance(10));
  auto ok = Burn::try_mutate(ov, NetUid(1), [](TaoBalance& v) -> std::optional<int> {
    v = TaoBalance(11);
    return 1;
  });
  EXPECT_TRUE(ok.has_value());
  EXPECT_EQ(Burn::get(ov, NetUid(1)), TaoBalance(11));
}

TEST_F(ItemsTest, MapAndDoubleMapBasics) {
  Owner::insert(ov, acct(1), acct(2));
  EXPECT_EQ(Owner::get(ov, acct(1)), acct(2));
  EXPECT_EQ(Owner::get(ov, acct(3)), std::nullopt);
  EXPECT_EQ(Owner::take(ov, acct(1)), acct(2));
  EXPECT_FALSE(Owner::contains_key(ov, acct(1)));

  Uids::insert(ov, NetUid(1), acct(1), 0);
  Uids::insert(ov, NetUid(1), acct(2), 1);
  Uids::insert(ov, NetUid(2), acct(1), 5);
  EXPECT_EQ(Uids::get(ov, NetUid(1), acct(2)), 1);
  Uids::remove(ov, NetUid(1), acct(2));
  EXPECT_EQ(Uids::get(ov, NetUid(1), acct(2)), std::nullopt);
  Uids::clear_prefix(ov, NetUid(1));
  EXPECT_EQ(Uids::get(ov, NetUid(1), acct(1)), std::nullopt);
  EXPECT_EQ(Uids::get(ov, NetUid(2), acct(1)), 5);
  Uids::remove_all(ov);
  EXPECT_EQ(Uids::get(ov, NetUid(2), acct(1)), std::nullopt);
}

TEST_F(ItemsTest, IdentityU16IsLittleEndianSoNetuid256SortsBefore1) {
  for (uint16_t n : {1, 256, 2, 513, 0}) Burn::insert(ov, NetUid(n), TaoBalance(n));
  std::vector<uint16_t> order;
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance& v) {
    EXPECT_EQ(v, TaoBalance(k.value()));
    order.push_back(k.value());
  });
  // LE bytes: 0 = 00 00, 256 = 00 01, 1 = 01 00, 513 = 01 02, 2 = 02 00.
  EXPECT_EQ(order, (std::vector<uint16_t>{0, 256, 1, 513, 2}));
}

TEST_F(ItemsTest, IterationCoversBackendAndOverlayInKeyOrderAndCanStop) {
  Burn::insert(ov, NetUid(1), TaoBalance(1));
  Burn::insert(ov, NetUid(2), TaoBalance(2));
  auto batch = ov.drain_to_batch();
  ASSERT_TRUE(batch.has_value());
  ASSERT_TRUE(store.apply(*batch).ok());
  Burn::insert(ov, NetUid(3), TaoBalance(3));
  Burn::remove(ov, NetUid(1));
  std::vector<uint16_t> seen;
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance&) { seen.push_back(k.value()); });
  EXPECT_EQ(seen, (std::vector<uint16_t>{2, 3}));
  seen.clear();
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance&) {
    seen.push_back(k.value());
    return Visit::kStop;
  });
  EXPECT_EQ(seen, (std::vector<uint16_t>{2}));
}

TEST_F(ItemsTest, DoubleMapAndNMapPrefixIteration) {
  Uids::insert(ov, NetUid(7), acct(1), 10);
  Uids::insert(ov, NetUid(7), acct(2), 11);
  Uids::insert(ov, NetUid(8), acct(3), 12);
  std::vector<uint16_t> uids;
  Uids::iterate_prefix(ov, NetUid(7),
                       [&](const AccountId&, const uint16_t& uid) { uids.push_back(uid); });
  std::sort(uids.begin(), uids.end());
  EXPECT_EQ(uids, (std::vector<uint16_t>{10, 11}));

  Alpha::insert(ov, acct(1), acct(2), NetUid(1), 100);
  Alpha::insert(ov, acct(1), acct(2), NetUid(2), 200);
  Alpha::insert(ov, acct(1), acct(3), NetUid(1), 300);
  Alpha::insert(ov, acct(4), acct(2), NetUid(1), 400);
  uint64_t sum = 0;
  size_t n = 0;
  Alpha::iterate_prefix(ov, std::make_tuple(acct(1)),
                        [&](const AccountId&, const NetUid&, const uint64_t& v) { sum += v, ++n; });
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(sum, 600u);
  std::vector<uint16_t> nets;
  Alpha::iterate_prefix(ov, std::make_tuple(acct(1), acct(2)),
                        [&](const NetUid& net, const uint64_t&) { nets.push_back(net.value()); });
  EXPECT_EQ(nets, (std::vector<uint16_t>{1, 2}));
  size_t all = 0;
  Alpha::iterate(
      ov, [&](const AccountId&, const AccountId&, const NetUid&, const uint64_t&) { ++all; });
  EXPECT_EQ(all, 4u);
  Alpha::clear_prefix(ov, std::make_tuple(acct(1)));
  EXPECT_EQ(Alpha::get(ov, acct(1), acct(2), NetUid(1)), 0u);
  EXPECT_EQ(Alpha::get(ov, acct(4), acct(2), NetUid(1)), 400u);
  EXPECT_EQ(Alpha::prefix_for(std::tuple<>()).size(), 32u);
}

TEST_F(ItemsTest, UndecodableValueReadsAsMissingAndIsNoted) {
  ov.put(Burn::hashed_key_for(NetUid(4)), Bytes{1, 2, 3});  // 3 bytes: not a u64
  EXPECT_EQ(Burn::get(ov, NetUid(4)), TaoBalance(1000));    // ValueQuery default
  EXPECT_EQ(Burn::try_get(ov, NetUid(4)), std::nullopt);
  EXPECT_TRUE(Burn::contains_key(ov, NetUid(4)));  // raw bytes are there
  EXPECT_EQ(ov.decode_failures(), 2u);
  EXPECT_EQ(ov.first_decode_failure_key(), Burn::hashed_key_for(NetUid(4)));

  Burn::insert(ov, NetUid(5), TaoBalance(5));
  std::vector<uint16_t> seen;
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance&) { seen.push_back(k.value()); });
  EXPECT_EQ(seen, (std::vector<uint16_t>{5}));  // the corrupt entry is skipped
  EXPECT_EQ(ov.decode_failures(), 3u);

  // A key whose segment cannot be decoded is skipped too.
  Bytes bad = Burn::hashed_key_for(NetUid(6));
  bad.pop_back();
  ov.put(bad, scale::encode(uint64_t{1}));
  seen.clear();
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance&) { seen.push_back(k.value()); });
  EXPECT_EQ(seen, (std::vector<uint16_t>{5}));
}

TEST_F(ItemsTest, TakeLeavesAnUndecodableValueInPlaceAsFrame) {
  ov.put(Burn::hashed_key_for(NetUid(4)), Bytes{1, 2, 3});
  EXPECT_EQ(Burn::take(ov, NetUid(4)), TaoBalance(1000));
  EXPECT_EQ(ov.get(Burn::hashed_key_for(NetUid(4))), (Bytes{1, 2, 3}));
  ov.put(TotalStake::hashed_key(), Bytes{9});
  EXPECT_EQ(TotalStake::take(ov), TaoBalance(0));
  EXPECT_TRUE(TotalStake::exists(ov));
  Burn::insert(ov, NetUid(5), TaoBalance(5));
  EXPECT_EQ(Burn::take(ov, NetUid(5)), TaoBalance(5));
  EXPECT_FALSE(Burn::contains_key(ov, NetUid(5)));
}

TEST_F(ItemsTest, TrailingBytesAfterValueAreIgnoredAsInFrame) {
  Bytes v = scale::encode(uint64_t{77});
  v.push_back(0xee);
  ov.put(Burn::hashed_key_for(NetUid(9)), v);
  EXPECT_EQ(Burn::get(ov, NetUid(9)), TaoBalance(77));
  EXPECT_EQ(ov.decode_failures(), 0u);
}

TEST_F(ItemsTest, CallbackMayRemoveWhileIterating) {
  for (uint16_t n = 0; n < 10; ++n) Burn::insert(ov, NetUid(n), TaoBalance(n));
  size_t visited = 0;
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance& v) {
    ++visited;
    Burn::remove(ov, k);  // drain-like
    if (v.to_u64() % 2 == 0) Burn::insert(ov, NetUid(static_cast<uint16_t>(k.value() + 1000)), v);
  });
  // Inserted keys (n + 1000, LE) sort after the visited position or before it; each step
  // continues after the previous key in the current state, as Substrate's iterator does.
  size_t left = 0;
  Burn::iterate(ov, [&](const NetUid& k, const TaoBalance&) {
    EXPECT_GE(k.value(), 1000);
    ++left;
  });
  EXPECT_GE(visited, 10u);
  EXPECT_GT(left, 0u);
}

TEST_F(ItemsTest, WritesInsideRolledBackTransactionVanish) {
  Burn::insert(ov, NetUid(1), TaoBalance(1));
  ASSERT_TRUE(ov.start_transaction().has_value());
  Burn::insert(ov, NetUid(1), TaoBalance(2));
  Burn::remove_all(ov);
  EXPECT_EQ(Burn::get(ov, NetUid(1)), TaoBalance(1000));
  ASSERT_TRUE(ov.rollback_transaction().has_value());
  EXPECT_EQ(Burn::get(ov, NetUid(1)), TaoBalance(1));
}

}  // namespace
}  // namespace subemu::storage
