// Decoded state dumps over a memory store and an overlay: the SCENARIO.md shapes, raw key order,
// omitted empty items, the default item selection, and undecodable entries reported instead of
// crashing.
#include <gtest/gtest.h>

#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "tests/testutil/vectors.hpp"
#include "tests/tools/json/test_registry.hpp"
#include "tools/json/state_dump.hpp"

namespace subemu::tools::json {
namespace {

namespace reg = testutil::json_registry;
using testutil::hex;

constexpr const char* kAliceHex =
    "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
constexpr const char* kBobHex =
    "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";

AccountId32 alice() { return *AccountId32::from_hex(kAliceHex); }
AccountId32 bob() { return *AccountId32::from_hex(kBobHex); }

void populate(storage::Overlay& ov) {
  reg::AccountInfo info;
  info.providers = 1;
  info.data.free = 999'999'000'000'000;
  reg::Account::insert(ov, alice(), info);
  reg::TotalIssuance::put(ov, TaoBalance(1'000'000'000'000'000));
  reg::Number::put(ov, 11);  // not in the scenario selection
  reg::SubnetTAO::insert(ov, NetUid(1), TaoBalance(5));
  reg::SubnetTAO::insert(ov, NetUid(256), TaoBalance(7));  // 0x0001 sorts before 0x0100
  reg::SubnetTAO::insert(ov, NetUid(2), TaoBalance(0));    // a written default is present
  reg::SubnetMovingPrice::insert(ov, NetUid(2), I96F32::from_bits(1073741824));
  reg::Alpha::insert(ov, alice(), bob(), NetUid(2), U64F64::from_bits(u128{3} << 64));
  reg::Keys::insert(ov, NetUid(2), 0, bob());
  reg::SubnetName::insert(ov, NetUid(2), Bytes{'a', 'b'});
}

Json expected_state() {
  return Json{
      {"System.Account",
       {{{kAliceHex},
         {{"nonce", 0},
          {"consumers", 0},
          {"providers", 1},
          {"sufficients", 0},
          {"data",
           {{"free", "999999000000000"},
            {"reserved", "0"},
            {"frozen", "0"},
            {"flags", "170141183460469231731687303715884105728"}}}}}}},
      {"Balances.TotalIssuance", "1000000000000000"},
      {"SubtensorModule.SubnetTAO", {{{256}, "7"}, {{1}, "5"}, {{2}, "0"}}},
      {"SubtensorModule.SubnetMovingPrice", {{{2}, {{"bits", "1073741824"}}}}},
      {"SubtensorModule.Keys", {{{2, 0}, kBobHex}}},
      {"SubtensorModule.Alpha", {{{kAliceHex, kBobHex, 2}, {{"bits", "55340232221128654848"}}}}},
      {"SubtensorModule.SubnetName", {{{2}, "0x6162"}}},
  };
}

TEST(StateDump, OverlayAndStoreGiveTheScenarioShape) {
  const auto& r = reg::registry();
  storage::MemoryStore store;
  storage::Overlay ov(store);
  populate(ov);
  const std::vector<const runtime::metadata::ItemDesc*> items = scenario_dump_items(r);
  ASSERT_EQ(items.size(), 2u + 6u);

  Result<StateDump, Status> dump = dump_state(r, items, OverlayScanner(ov));
  ASSERT_TRUE(dump.has_value()) << dump.error().to_string();
  EXPECT_EQ(dump->state, expected_state()) << dump->state.dump(1);
  EXPECT_TRUE(dump->undecodable.empty());
  // TotalStake holds nothing: absent.
  EXPECT_FALSE(dump->state.contains("SubtensorModule.TotalStake"));

  // The same state committed to the store, dumped from the store and from a snapshot.
  Result<storage::WriteBatch, Status> batch = ov.drain_to_batch();
  ASSERT_TRUE(batch.has_value());
  ASSERT_TRUE(store.apply(*batch).ok());
  Result<StateDump, Status> from_store = dump_state(r, items, KvReaderScanner(store));
  ASSERT_TRUE(from_store.has_value());
  EXPECT_EQ(from_store->state, expected_state());
  const std::unique_ptr<storage::KvSnapshot> snap = store.snapshot();
  EXPECT_EQ(dump_state(r, items, KvReaderScanner(*snap))->state, expected_state());
}

TEST(StateDump, SelectedItems) {
  const auto& r = reg::registry();
  storage::MemoryStore store;
  storage::Overlay ov(store);
  populate(ov);
  Result<std::vector<const runtime::metadata::ItemDesc*>, std::string> items =
      items_by_name(r, {"System.Number", "SubtensorModule.Keys", "System.Number"});
  ASSERT_TRUE(items.has_value());
  EXPECT_EQ(items->size(), 2u);
  EXPECT_EQ(dump_state(r, *items, OverlayScanner(ov))->state,
            (Json{{"System.Number", 11}, {"SubtensorModule.Keys", {{{2, 0}, kBobHex}}}}));
  EXPECT_EQ(items_by_name(r, {"SubtensorModule.Nope"}).error(),
            "unknown storage item 'SubtensorModule.Nope'");
}

TEST(StateDump, UndecodableEntriesAreReported) {
  const auto& r = reg::registry();
  storage::MemoryStore store;
  storage::Overlay ov(store);
  populate(ov);
  // A SubnetTAO value of 3 bytes, a key with a byte after the netuid, a value at the map's bare
  // prefix, a TotalIssuance with a trailing byte, and a key below a plain value's prefix.
  const Bytes short_value_key = reg::SubnetTAO::hashed_key_for(NetUid(9));
  ov.put(short_value_key, Bytes{1, 2, 3});
  Bytes long_key = reg::SubnetTAO::hashed_key_for(NetUid(3));
  long_key.push_back(0xee);
  ov.put(long_key, Bytes(8, 0));
  const auto& tao_prefix = reg::SubnetTAO::final_prefix();
  ov.put(ByteView(tao_prefix), Bytes(8, 0));
  ov.put(reg::TotalIssuance::hashed_key(), Bytes(9, 1));
  Bytes below = reg::TotalIssuance::hashed_key();
  below.push_back(1);
  ov.put(below, Bytes{0});

  Result<StateDump, Status> dump = dump_state(r, scenario_dump_items(r), OverlayScanner(ov));
  ASSERT_TRUE(dump.has_value());
  // Good entries are still there.
  EXPECT_EQ(dump->state["SubtensorModule.SubnetTAO"], (Json{{{256}, "7"}, {{1}, "5"}, {{2}, "0"}}));
  EXPECT_FALSE(dump->state.contains("Balances.TotalIssuance"));
  ASSERT_EQ(dump->undecodable.size(), 5u) << dump->undecodable.dump(1);
  const Json& u = dump->undecodable;
  EXPECT_EQ(u[0]["item"], "Balances.TotalIssuance");
  EXPECT_EQ(u[0]["error"], "value (value): trailing bytes after value (at byte 8)");
  EXPECT_EQ(u[1]["error"], "key below a plain value's prefix");
  EXPECT_EQ(u[1]["key"], to_hex(below));
  EXPECT_EQ(u[2]["item"], "SubtensorModule.SubnetTAO");
  EXPECT_EQ(u[2]["error"], "value at a map's bare prefix");
  EXPECT_EQ(u[3]["key"], to_hex(long_key));  // 0x0300ee sorts before 0x0900
  EXPECT_EQ(u[3]["error"], "key: trailing bytes after value (at byte 34)");
  EXPECT_EQ(u[4]["key"], to_hex(short_value_key));
  EXPECT_EQ(u[4]["value"], "0x010203");
  EXPECT_EQ(u[4]["error"], "value (value): truncated input (at byte 0)");
}

// A backend failure is an error of the dump, not an undecodable entry.
class FailingReader final : public storage::KvReader {
 public:
  Result<std::optional<Bytes>, Status> get(ByteView) const override {
    return unexpected(Status::io_error("disk"));
  }
  Status scan(const storage::ScanRange&, storage::ScanVisitor) const override {
    return Status::io_error("disk");
  }
};

TEST(StateDump, BackendFailureIsAnError) {
  const auto& r = reg::registry();
  FailingReader bad;
  Result<StateDump, Status> dump = dump_state(r, scenario_dump_items(r), KvReaderScanner(bad));
  ASSERT_FALSE(dump.has_value());
  EXPECT_TRUE(dump.error().is_io_error());
  storage::Overlay ov(bad);
  dump = dump_state(r, scenario_dump_items(r), OverlayScanner(ov));
  ASSERT_FALSE(dump.has_value());
  EXPECT_TRUE(dump.error().is_io_error());
}

}  // namespace
}  // namespace subemu::tools::json
