// frame_system: SCALE layouts (scale.json), storage keys (storage-keys.json), block limits, ref
// counting, the event log, the block lifecycle and the calls.
#include <gtest/gtest.h>

#include "runtime/pallets/system/accounts.hpp"
#include "runtime/pallets/system/limits.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/storage_key.hpp"
#include "storage/trie_root.hpp"
#include "tests/runtime/pallets/system/frame_fixture.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::testing {
namespace {

using frame::DispatchClass;
using frame::DispatchError;
using frame::DispatchInfo;
using frame::Origin;
using frame::Weight;
using system::AccountData;
using system::AccountInfo;

TEST(SystemTypes, AccountInfoMatchesScaleVector) {
  const auto doc = testutil::load_vectors("scale.json");
  int seen = 0;
  for (const auto& c : doc["cases"]) {
    if (c.value("type", "") != "AccountInfo") continue;
    ++seen;
    const Bytes bytes = testutil::hex(c["hex"].get<std::string>());
    auto info = scale::decode<AccountInfo>(bytes);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->nonce, c["value"]["nonce"].get<uint32_t>());
    EXPECT_EQ(info->consumers, 1u);
    EXPECT_EQ(info->providers, 1u);
    EXPECT_EQ(info->data.free, 1'000'000'000'000u);
    EXPECT_TRUE(info->data.is_new_logic());
    EXPECT_EQ(scale::encode(*info), bytes);
  }
  EXPECT_EQ(seen, 1);
}

TEST(SystemTypes, DefaultAccountDataHasTheNewLogicFlag) {
  // ExtraFlags::default() = IS_NEW_LOGIC: 15 zero bytes then 0x80 after free/reserved/frozen.
  const Bytes b = scale::encode(AccountInfo{});
  ASSERT_EQ(b.size(), 16u + 24u + 16u);
  EXPECT_EQ(b.back(), 0x80);
  for (size_t i = 0; i + 1 < b.size(); ++i) EXPECT_EQ(b[i], 0) << i;
}

TEST(SystemTypes, PhaseAndConsumedWeight) {
  EXPECT_EQ(scale::encode(system::Phase::apply_extrinsic(3)), (Bytes{0, 3, 0, 0, 0}));
  EXPECT_EQ(scale::encode(system::Phase::finalization()), (Bytes{1}));
  EXPECT_EQ(scale::encode(system::Phase::initialization()), (Bytes{2}));
  system::ConsumedWeight w;
  w.accrue(Weight::from_parts(1, 2), DispatchClass::kOperational);
  // Three compact weights: (0,0) (1,2) (0,0).
  EXPECT_EQ(scale::encode(w), (Bytes{0, 0, 4, 8, 0, 0}));
}

TEST(SystemStorage, KeysMatchVectors) {
  const auto doc = testutil::load_vectors("storage-keys.json");
  int seen = 0;
  for (const auto& c : doc["cases"]) {
    if (c.contains("partial")) continue;
    const std::string pallet = c.value("pallet", "");
    const std::string item = c.value("item", "");
    const std::string key = c.value("key", "");
    Bytes ours;
    if (pallet == "System" && item == "Number") {
      ours = system::Number::hashed_key();
    } else if (pallet == "Balances" && item == "TotalIssuance") {
      ours = balances::TotalIssuance::hashed_key();
    } else if (pallet == "System" && item == "Account") {
      ours = system::Account::hashed_key_for(
          *AccountId::from_hex(c["keys"][0]["value"].get<std::string>()));
    } else if (pallet == "System" && item == "BlockHash") {
      ours = system::BlockHash::hashed_key_for(c["keys"][0]["value"].get<uint32_t>());
    } else {
      continue;
    }
    ++seen;
    EXPECT_EQ(to_hex(ours), key) << c["name"];
  }
  EXPECT_GE(seen, 6);
}

TEST(SystemLimits, RuntimeBlockWeightsAndLength) {
  const system::BlockWeights w = system::block_weights(frame::runtime_config());
  // 75% of (4e12, u64::MAX): u64::MAX / 1e9 = 18446744073 rem 709551615;
  // 18446744073 * 750000000 + round(709551615 * 0.75 = 532163711.25) = 13835058055282163711.
  EXPECT_EQ(w.max_block, Weight::from_parts(4'000'000'000'000, UINT64_MAX));
  EXPECT_EQ(w.base_block, Weight::from_parts(5'000'000'000, 0));
  const auto& normal = w.get(DispatchClass::kNormal);
  EXPECT_EQ(normal.base_extrinsic, Weight::from_parts(125'000'000, 0));
  EXPECT_EQ(normal.max_total, Weight::from_parts(3'000'000'000'000, 13835058055282163711u));
  EXPECT_EQ(normal.reserved, Weight::zero());
  // init = 10% of max_block = (4e11, 1844674407370955161).
  EXPECT_EQ(normal.max_extrinsic,
            Weight::from_parts(2'599'875'000'000, 13835058055282163711u - 1844674407370955161u));
  const auto& op = w.get(DispatchClass::kOperational);
  EXPECT_EQ(op.max_total, Weight::from_parts(4'000'000'000'000, UINT64_MAX));
  EXPECT_EQ(op.reserved, Weight::from_parts(1'000'000'000'000, UINT64_MAX - 13835058055282163711u));
  EXPECT_EQ(op.max_extrinsic,
            Weight::from_parts(3'599'875'000'000, UINT64_MAX - 1844674407370955161u));
  const auto& mandatory = w.get(DispatchClass::kMandatory);
  EXPECT_FALSE(mandatory.max_total.has_value());
  EXPECT_FALSE(mandatory.reserved.has_value());
  EXPECT_FALSE(mandatory.max_extrinsic.has_value());

  const system::BlockLength l = system::block_length(frame::runtime_config());
  EXPECT_EQ(l.max.normal, 7'864'320u);
  EXPECT_EQ(l.max.operational, 10'485'760u);
  EXPECT_EQ(l.max.mandatory, 10'485'760u);
  EXPECT_EQ(system::block_length(frame::test_config()).max.normal, 3'932'160u);
}

TEST(SystemLimits, PerbillRounding) {
  // Nearest, ties down: 0.0005 * 1_000_001 = 500.0005 -> 500; 0.0005 * 1_001_001 = 500.5005 ->
  // 501; 0.5 * 3 = 1.5 -> 1 (a tie rounds down).
  EXPECT_EQ(system::perbill_mul(500'000, 1'000'001), 500u);
  EXPECT_EQ(system::perbill_mul(500'000, 1'001'001), 501u);
  EXPECT_EQ(system::perbill_mul(500'000'000, 3), 1u);
  EXPECT_EQ(system::perbill_mul(1'000'000'000, UINT64_MAX), UINT64_MAX);
  EXPECT_EQ(system::perbill_from_rational(9, 10), 900'000'000u);
  EXPECT_EQ(system::perbill_from_rational(2, 3), 666'666'666u);
  EXPECT_EQ(system::perbill_from_rational(1, 0), 1'000'000'000u);
}

class SystemTest : public FrameTest {};

TEST_F(SystemTest, ProvidersCreateAndReapAccounts) {
  start_block(1);
  const AccountId a = acc(1);
  EXPECT_EQ(system::inc_providers(env(), a), system::IncRefStatus::kCreated);
  EXPECT_EQ(system::inc_providers(env(), a), system::IncRefStatus::kExisted);
  EXPECT_EQ(system::providers(state(), a), 2u);
  ASSERT_TRUE(system::inc_consumers(env(), a).has_value());
  EXPECT_EQ(*system::dec_providers(env(), a), system::DecRefStatus::kExists);
  // The last provider cannot go while a consumer remains.
  auto r = system::dec_providers(env(), a);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind(), DispatchError::Kind::kConsumerRemaining);
  system::dec_consumers(env(), a);
  EXPECT_EQ(*system::dec_providers(env(), a), system::DecRefStatus::kReaped);
  EXPECT_FALSE(system::account_exists(state(), a));
  EXPECT_EQ(event_bytes(),
            (std::vector<std::pair<uint8_t, Bytes>>{ev(system::event::NewAccount{a}),
                                                    ev(system::event::KilledAccount{a})}));
}

TEST_F(SystemTest, ConsumerLimits) {
  const AccountId a = acc(2);
  auto r = system::inc_consumers(env(), a);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind(), DispatchError::Kind::kNoProviders);
  (void)system::inc_providers(env(), a);
  for (int i = 0; i < 16; ++i) ASSERT_TRUE(system::inc_consumers(env(), a).has_value()) << i;
  r = system::inc_consumers(env(), a);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().kind(), DispatchError::Kind::kTooManyConsumers);
  EXPECT_TRUE(system::inc_consumers_without_limit(env(), a).has_value());
  EXPECT_EQ(system::consumers(state(), a), 17u);
  EXPECT_FALSE(system::can_inc_consumer(env(), a));
  EXPECT_FALSE(system::can_dec_provider(state(), a));
}

TEST_F(SystemTest, NoEventsAtGenesis) {
  (void)system::inc_providers(env(), acc(3));  // block number 0
  EXPECT_TRUE(events().empty());
  EXPECT_EQ(system::EventCount::get(state()), 0u);
}

TEST_F(SystemTest, EventRecordsAndTopics) {
  start_block(7);
  const Hash256 topic(crypto::blake2_256(as_bytes("topic")));
  system::deposit_event_indexed(env(), std::vector<Hash256>{topic}, 12,
                                Bytes{2});  // Sudo.KeyRemoved
  system::ExecutionPhase::put(state(), system::Phase::finalization());
  system::deposit_event(env(), 0, Bytes{2});  // System.CodeUpdated
  // Vec of 2 records: ApplyExtrinsic(0) ++ [12, 2] ++ [topic]; Finalization ++ [0, 2] ++ [].
  Bytes expected = {8, 0, 0, 0, 0, 0, 12, 2, 4};
  append(expected, topic.view());
  append(expected, Bytes{1, 0, 2, 0});
  EXPECT_EQ(state().get(system::events_key()), expected);
  EXPECT_EQ(system::EventCount::get(state()), 2u);
  using Entry = std::tuple<BlockNumber, uint32_t>;
  EXPECT_EQ(system::EventTopics::get(state(), topic), (std::vector<Entry>{{7u, 0u}}));
  const auto records = events();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].phase, system::Phase::apply_extrinsic(0));
  EXPECT_EQ(records[0].topics, std::vector<Hash256>{topic});
  EXPECT_EQ(records[1].phase, system::Phase::finalization());
  system::reset_events(env());
  EXPECT_FALSE(state().contains(system::events_key()));
  EXPECT_FALSE(system::EventTopics::contains_key(state(), topic));
}

TEST_F(SystemTest, StorageAppendReplacesUndecodableValues) {
  const Bytes key = {1, 2, 3};
  state().put(key, Bytes{0xff});  // a 4-byte compact mode with no bytes after it
  system::storage_append(state(), key, Bytes{7});
  EXPECT_EQ(state().get(key), (Bytes{4, 7}));
  system::storage_append(state(), key, Bytes{8});
  EXPECT_EQ(state().get(key), (Bytes{8, 7, 8}));
}

TEST_F(SystemTest, InitializeWritesTheBlockEnvironment) {
  const Hash256 parent(crypto::blake2_256(as_bytes("parent")));
  frame::Digest digest;
  digest.logs.push_back(frame::DigestItem::pre_runtime(frame::kAuraEngineId, Bytes{1, 2}));
  system::initialize(env(), 5, parent, digest);
  EXPECT_EQ(system::Number::get(state()), 5u);
  EXPECT_EQ(system::ParentHash::get(state()), parent);
  EXPECT_EQ(system::BlockHash::get(state(), 4), parent);
  EXPECT_EQ(system::Digest::get(state()), digest);
  EXPECT_EQ(system::extrinsic_index(state()), 0u);
  EXPECT_EQ(system::ExecutionPhase::get(state()), system::Phase::initialization());
  Bytes seed(as_bytes("frame_system::initialize").begin(),
             as_bytes("frame_system::initialize").end());
  append(seed, parent.view());
  const crypto::Hash256 entropy = crypto::blake2_256(seed);
  EXPECT_EQ(state().get(as_bytes(storage::kIntrablockEntropyKey)),
            Bytes(entropy.begin(), entropy.end()));
  system::deposit_log(env(), frame::DigestItem::pre_runtime(frame::kAuraEngineId, Bytes{3}));
  EXPECT_EQ(system::Digest::get(state()).logs.size(), 2u);
}

TEST_F(SystemTest, AppliedExtrinsicEventsCarryTheActualWeightPlusBase) {
  start_block(1);
  system::note_extrinsic(env(), Bytes{0xaa});
  const DispatchInfo info{Weight::from_parts(1'000, 10), DispatchClass::kNormal, frame::Pays::kYes};
  frame::DispatchResultWithPostInfo ok =
      frame::PostDispatchInfo{Weight::from_parts(400, 4), frame::Pays::kNo};
  system::note_applied_extrinsic(env(), ok, info);
  system::note_extrinsic(env(), Bytes{0xbb, 0xcc});
  frame::DispatchResultWithPostInfo err = frame::fail(balances::error(balances::Error::kDeltaZero));
  system::note_applied_extrinsic(env(), err, info);
  const DispatchInfo expected_ok{Weight::from_parts(125'000'400, 4), DispatchClass::kNormal,
                                 frame::Pays::kNo};
  const DispatchInfo expected_err{Weight::from_parts(125'001'000, 10), DispatchClass::kNormal,
                                  frame::Pays::kYes};
  const auto records = events();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].event, system::encode_event(system::event::ExtrinsicSuccess{expected_ok}));
  EXPECT_EQ(records[0].phase, system::Phase::apply_extrinsic(0));
  EXPECT_EQ(records[1].event, system::encode_event(system::event::ExtrinsicFailed{
                                  balances::error(balances::Error::kDeltaZero), expected_err}));
  EXPECT_EQ(records[1].phase, system::Phase::apply_extrinsic(1));
  // ExtrinsicFailed: index 1, Module{5, [11,0,0,0]}, weight compacts, class, pays.
  EXPECT_EQ(records[1].event, (Bytes{1, 3, 5, 11, 0, 0, 0, 0xa2, 0x74, 0xcd, 0x1d, 0x28, 0, 0}));
  EXPECT_EQ(system::ExecutionPhase::get(state()), system::Phase::apply_extrinsic(2));

  system::note_finished_extrinsics(env());
  EXPECT_EQ(system::ExtrinsicCount::get(state()), 2u);
  EXPECT_FALSE(system::extrinsic_index(state()).has_value());
  const frame::Header header = system::finalize(env());
  const std::vector<Bytes> xts = {Bytes{0xaa}, Bytes{0xbb, 0xcc}};
  EXPECT_EQ(header.extrinsics_root.bytes(),
            storage::ordered_trie_root(xts, storage::StateVersion::kV0));
  EXPECT_EQ(header.number, 1u);
  EXPECT_FALSE(system::ExtrinsicData::contains_key(state(), 0));
  EXPECT_FALSE(system::ExtrinsicCount::exists(state()));
  EXPECT_FALSE(system::ExecutionPhase::exists(state()));
  EXPECT_FALSE(state().contains(as_bytes(storage::kIntrablockEntropyKey)));
  // Events stay for the client.
  EXPECT_EQ(events().size(), 2u);
}

class SystemTestConfig : public FrameTest {
 protected:
  SystemTestConfig() : FrameTest(frame::test_config()) {}
};

TEST_F(SystemTestConfig, BlockHashPruningKeepsGenesis) {
  // BlockHashCount 250: finalizing block n removes BlockHash[n - 251] (never 0).
  for (BlockNumber n = 1; n <= 252; ++n) {
    start_block(n);
    system::note_finished_extrinsics(env());
    frame::Header h = system::finalize(env());
    system::BlockHash::insert(state(), n, h.hash());  // stands in for the next initialize
  }
  EXPECT_TRUE(system::BlockHash::contains_key(state(), 0));
  EXPECT_FALSE(system::BlockHash::contains_key(state(), 1));
  EXPECT_TRUE(system::BlockHash::contains_key(state(), 2));
}

TEST_F(SystemTest, RemarkAndRemarkWithEvent) {
  start_block(1);
  const Bytes remark = {1, 2, 3};
  EXPECT_TRUE(dispatch(Origin::none(), call(0, 0, remark)).has_value());
  auto r = dispatch(Origin::root(), call(0, 7, remark));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, DispatchError::bad_origin());
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), call(0, 7, remark)).has_value());
  EXPECT_EQ(event_bytes(), (std::vector<std::pair<uint8_t, Bytes>>{ev(system::event::Remarked{
                               acc(1), Hash256(crypto::blake2_256(remark))})}));
}

TEST_F(SystemTest, SetKillStorageAndKillPrefix) {
  using KV = std::tuple<Bytes, Bytes>;
  const std::vector<KV> items = {{Bytes{9, 1}, Bytes{1}},
                                 {Bytes{9, 2}, Bytes{2}},
                                 {Bytes{9, 3}, Bytes{3}},
                                 {Bytes{8}, Bytes{4}}};
  auto bad = dispatch(Origin::signed_by(acc(1)), call(0, 4, items));
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().error, DispatchError::bad_origin());
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 4, items)).has_value());
  EXPECT_EQ(state().get(Bytes{9, 2}), Bytes{2});
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 5, std::vector<Bytes>{Bytes{8}})).has_value());
  EXPECT_FALSE(state().contains(Bytes{8}));
  // Written in this block: kill_prefix removes them whatever the limit.
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 6, Bytes{9}, uint32_t{0})).has_value());
  EXPECT_FALSE(state().contains(Bytes{9, 1}));
  EXPECT_FALSE(state().contains(Bytes{9, 3}));
}

TEST_F(SystemTest, KillPrefixLimitCountsParentStateKeys) {
  storage::WriteBatch batch;
  for (uint8_t i = 1; i <= 4; ++i) batch.put(Bytes{7, i}, Bytes{i});
  ASSERT_TRUE(store_.apply(batch).ok());
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 6, Bytes{7}, uint32_t{3})).has_value());
  EXPECT_FALSE(state().contains(Bytes{7, 1}));
  EXPECT_FALSE(state().contains(Bytes{7, 3}));
  EXPECT_TRUE(state().contains(Bytes{7, 4}));
  // kill_prefix's declared weight uses subkeys + 1.
  auto info = frame::call_info(registry(), call(0, 6, Bytes{7}, uint32_t{3}));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->weight, system::weights::kill_prefix(4));
  EXPECT_EQ(info->weight,
            Weight::from_parts(4'270'000 + 1'389'650 * 4 + 4 * 125'000'000, 128 + 280));
  EXPECT_EQ(info->dispatch_class, DispatchClass::kOperational);
}

TEST_F(SystemTest, CodeUpgradesAreRefused) {
  const Bytes code = {0, 'a', 's', 'm'};
  const DispatchError no_version = system::error(system::Error::kFailedToExtractRuntimeVersion);
  EXPECT_EQ(dispatch(Origin::root(), call(0, 2, code)).error().error, no_version);
  EXPECT_EQ(dispatch(Origin::root(), call(0, 3, code)).error().error, no_version);
  EXPECT_EQ(dispatch(Origin::none(), call(0, 11, code)).error().error,
            system::error(system::Error::kNothingAuthorized));
  start_block(1);
  const Hash256 other(crypto::blake2_256(as_bytes("other")));
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 9, other)).has_value());
  EXPECT_EQ(system::AuthorizedUpgrade::get(state()),
            (system::CodeUpgradeAuthorization{other, true}));
  EXPECT_EQ(
      event_bytes(),
      (std::vector<std::pair<uint8_t, Bytes>>{ev(system::event::UpgradeAuthorized{other, true})}));
  EXPECT_EQ(dispatch(Origin::none(), call(0, 11, code)).error().error,
            system::error(system::Error::kUnauthorized));
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 10, Hash256(crypto::blake2_256(code)))).has_value());
  EXPECT_EQ(dispatch(Origin::none(), call(0, 11, code)).error().error, no_version);
  // set_heap_pages works: :heappages and a RuntimeEnvironmentUpdated log.
  ASSERT_TRUE(dispatch(Origin::root(), call(0, 1, uint64_t{64})).has_value());
  EXPECT_EQ(state().get(as_bytes(storage::kHeapPagesKey)), scale::encode(uint64_t{64}));
  EXPECT_EQ(system::Digest::get(state()).logs.back().kind,
            frame::DigestItem::Kind::kRuntimeEnvironmentUpdated);
}

TEST_F(SystemTest, CallWeights) {
  auto remark = frame::call_info(registry(), call(0, 0, Bytes(100, 1)));
  ASSERT_TRUE(remark.has_value());
  EXPECT_EQ(*remark, (DispatchInfo{Weight::from_parts(2'119'000 + 39'000, 0),
                                   DispatchClass::kNormal, frame::Pays::kYes}));
  auto with_event = frame::call_info(registry(), call(0, 7, Bytes(10, 1)));
  EXPECT_EQ(with_event->weight, Weight::from_parts(8'097'000 + 14'550, 0));
  auto heap = frame::call_info(registry(), call(0, 1, uint64_t{1}));
  EXPECT_EQ(heap->weight, Weight::from_parts(4'782'000 + 25'000'000 + 200'000'000, 1485));
  EXPECT_EQ(heap->dispatch_class, DispatchClass::kOperational);
}

TEST_F(SystemTest, GenesisEntries) {
  ByteArray<32> b69;
  b69.fill(69);
  EXPECT_EQ(system::BlockHash::get(state(), 0), Hash256(b69));
  EXPECT_EQ(system::ParentHash::get(state()), Hash256(b69));
  EXPECT_EQ(system::LastRuntimeUpgrade::get(state()),
            (system::LastRuntimeUpgradeInfo{265, "node-subtensor"}));
  EXPECT_TRUE(system::UpgradedToU32RefCount::get(state()));
  EXPECT_TRUE(system::UpgradedToTripleRefCount::get(state()));
  EXPECT_EQ(system::extrinsic_index(state()), 0u);
  // LastRuntimeUpgradeInfo: Compact(265) = 0x2504, then "node-subtensor".
  const Bytes enc = scale::encode(*system::LastRuntimeUpgrade::get(state()));
  EXPECT_EQ(enc[0], 0x25);
  EXPECT_EQ(enc[1], 0x04);
  EXPECT_EQ(enc[2], 14 * 4);
}

}  // namespace
}  // namespace subemu::runtime::testing
