// Every case of shared/vectors/storage-keys.json, built through the typed items (and the key
// API for the per-segment fields), then decoded back from the raw key.
#include "storage/storage_key.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <string>
#include <tuple>

#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::storage {
namespace {

using testutil::hex;
using json = nlohmann::json;

inline constexpr FixedString kSystem{"System"};
inline constexpr FixedString kBalances{"Balances"};
inline constexpr FixedString kSubtensor{"SubtensorModule"};

// The declarations the vectors quote (value types are irrelevant to keys; U64F64 is stood in
// for by its u128 bits).
using Account = StorageMap<kSystem, "Account", Blake2_128Concat<AccountId32>, Bytes>;
using Number = StorageValue<kSystem, "Number", BlockNumber, ValueQuery<>>;
using BlockHash =
    StorageMap<kSystem, "BlockHash", Twox64Concat<BlockNumber>, Hash256, ValueQuery<>>;
using TotalIssuance = StorageValue<kBalances, "TotalIssuance", u128, ValueQuery<>>;
using TotalStake = StorageValue<kSubtensor, "TotalStake", TaoBalance, ValueQuery<0>>;
using SubnetTAO = StorageMap<kSubtensor, "SubnetTAO", Identity<NetUid>, TaoBalance, ValueQuery<0>>;
using Owner =
    StorageMap<kSubtensor, "Owner", Blake2_128Concat<AccountId32>, AccountId32, ValueQuery<>>;
using ColdkeySwapAnnouncements =
    StorageMap<kSubtensor, "ColdkeySwapAnnouncements", Twox64Concat<AccountId32>,
               std::tuple<BlockNumber, Hash256>>;
using TestDoubleMap = StorageDoubleMap<kSubtensor, "TestDoubleMap", Twox64Concat<NetUid>,
                                       Blake2_128Concat<AccountId32>, uint32_t>;
using Uids =
    StorageDoubleMap<kSubtensor, "Uids", Identity<NetUid>, Blake2_128Concat<AccountId32>, uint16_t>;
using Keys = StorageDoubleMap<kSubtensor, "Keys", Identity<NetUid>, Identity<uint16_t>, AccountId32,
                              ValueQuery<>>;
using IsNetworkMember =
    StorageDoubleMap<kSubtensor, "IsNetworkMember", Blake2_128Concat<AccountId32>, Identity<NetUid>,
                     bool, ValueQuery<>>;
using Alpha = StorageNMap<
    kSubtensor, "Alpha",
    NMapKeys<Blake2_128Concat<AccountId32>, Blake2_128Concat<AccountId32>, Identity<NetUid>>, u128,
    ValueQuery<>>;

// Typed key values read from a case's keys[i].value.
AccountId32 account(const json& k) {
  auto a = AccountId32::from_hex(k.at("value").get<std::string>());
  EXPECT_TRUE(a.has_value());
  return a.value_or(AccountId32());
}
NetUid netuid(const json& k) { return NetUid(k.at("value").get<uint16_t>()); }
uint16_t u16(const json& k) { return k.at("value").get<uint16_t>(); }
uint32_t u32(const json& k) { return k.at("value").get<uint32_t>(); }

// Builds the case's final key (or iteration prefix) through the typed item, and checks that a
// full key decodes back to the same key values.
using Builder = std::function<Bytes(const json& keys)>;

template <class Item, class... K>
Bytes full_key_round_trip(const K&... keys) {
  const Bytes key = Item::hashed_key_for(keys...);
  typename Item::Keys decoded{};
  EXPECT_TRUE(Item::template decode_keys_from<0>(ByteView(key).subspan(32), decoded));
  EXPECT_TRUE(decoded == std::make_tuple(keys...)) << "key does not decode back";
  return key;
}

Bytes raw(std::string_view s) { return Bytes(s.begin(), s.end()); }

std::map<std::string, Builder> builders() {
  std::map<std::string, Builder> m;
  m["System.Account(Alice)"] = [](const json& k) {
    return full_key_round_trip<Account>(account(k[0]));
  };
  m["System.Account(Bob)"] = m["System.Account(Alice)"];
  m["System.Account (prefix)"] = [](const json&) { return Account::prefix_for(std::tuple<>()); };
  m["System.Number"] = [](const json&) { return Number::hashed_key(); };
  m["System.BlockHash(0)"] = [](const json& k) {
    return full_key_round_trip<BlockHash>(u32(k[0]));
  };
  m["System.BlockHash(100)"] = m["System.BlockHash(0)"];
  m["Balances.TotalIssuance"] = [](const json&) { return TotalIssuance::hashed_key(); };
  m["SubtensorModule.TotalStake"] = [](const json&) { return TotalStake::hashed_key(); };
  m["SubtensorModule.SubnetTAO(1)"] = [](const json& k) {
    return full_key_round_trip<SubnetTAO>(netuid(k[0]));
  };
  m["SubtensorModule.SubnetTAO(300)"] = m["SubtensorModule.SubnetTAO(1)"];
  m["SubtensorModule.Owner(Alice)"] = [](const json& k) {
    return full_key_round_trip<Owner>(account(k[0]));
  };
  m["SubtensorModule.ColdkeySwapAnnouncements(Alice)"] = [](const json& k) {
    return full_key_round_trip<ColdkeySwapAnnouncements>(account(k[0]));
  };
  m["SubtensorModule.TestDoubleMap(1, Alice)"] = [](const json& k) {
    return full_key_round_trip<TestDoubleMap>(netuid(k[0]), account(k[1]));
  };
  m["SubtensorModule.TestDoubleMap(1, *) (prefix)"] = [](const json& k) {
    return TestDoubleMap::prefix_for(netuid(k[0]));
  };
  m["SubtensorModule.Uids(1, Alice)"] = [](const json& k) {
    return full_key_round_trip<Uids>(netuid(k[0]), account(k[1]));
  };
  m["SubtensorModule.Keys(1, 0)"] = [](const json& k) {
    return full_key_round_trip<Keys>(netuid(k[0]), u16(k[1]));
  };
  m["SubtensorModule.IsNetworkMember(Alice, 1)"] = [](const json& k) {
    return full_key_round_trip<IsNetworkMember>(account(k[0]), netuid(k[1]));
  };
  m["SubtensorModule.Alpha(Alice, Bob, 1)"] = [](const json& k) {
    return full_key_round_trip<Alpha>(account(k[0]), account(k[1]), netuid(k[2]));
  };
  m["SubtensorModule.Alpha(Alice, *, *) (prefix)"] = [](const json& k) {
    return Alpha::prefix_for(std::make_tuple(account(k[0])));
  };
  m["SubtensorModule.Alpha(Alice, Bob, *) (prefix)"] = [](const json& k) {
    return Alpha::prefix_for(std::make_tuple(account(k[0]), account(k[1])));
  };
  m["well_known :code"] = [](const json&) { return raw(kCodeKey); };
  m["well_known :heappages"] = [](const json&) { return raw(kHeapPagesKey); };
  m["well_known :extrinsic_index"] = [](const json&) { return raw(kExtrinsicIndexKey); };
  m["well_known :intrablock_entropy"] = [](const json&) { return raw(kIntrablockEntropyKey); };
  return m;
}

HasherKind hasher_from_name(const std::string& name) {
  for (HasherKind h : {HasherKind::kBlake2_128, HasherKind::kBlake2_256,
                       HasherKind::kBlake2_128Concat, HasherKind::kTwox128, HasherKind::kTwox256,
                       HasherKind::kTwox64Concat, HasherKind::kIdentity}) {
    if (hasher_name(h) == name) return h;
  }
  ADD_FAILURE() << "unknown hasher " << name;
  return HasherKind::kIdentity;
}

// SCALE of a key value by its vector type name, through the typed primitives.
Bytes encode_typed(const json& k) {
  const std::string type = k.at("type").get<std::string>();
  if (type == "AccountId32") return scale::encode(account(k));
  if (type == "u16") return scale::encode(NetUid(u16(k)));
  if (type == "u32") return scale::encode(u32(k));
  ADD_FAILURE() << "unknown key type " << type;
  return {};
}

TEST(StorageKey, EveryVectorCase) {
  const json v = testutil::load_vectors("storage-keys.json");
  ASSERT_TRUE(v.contains("cases"));
  const auto table = builders();
  size_t checked = 0;
  for (const json& c : v.at("cases")) {
    const std::string name = c.at("name").get<std::string>();
    SCOPED_TRACE(name);
    auto it = table.find(name);
    ASSERT_NE(it, table.end()) << "no typed declaration for vector case " << name;
    const json keys = c.value("keys", json::array());
    EXPECT_EQ(to_hex(it->second(keys)), c.at("key").get<std::string>());

    if (c.at("kind") != "raw") {
      const std::string pallet = c.at("pallet").get<std::string>();
      const std::string item = c.at("item").get<std::string>();
      EXPECT_EQ(to_hex(pallet_prefix(pallet)), c.at("pallet_hash").get<std::string>());
      EXPECT_EQ(to_hex(item_prefix(item)), c.at("item_hash").get<std::string>());
      EXPECT_EQ(to_hex(storage_prefix(pallet, item)), c.at("prefix").get<std::string>());
      const StoragePrefix prefix = storage_prefix(pallet, item);
      Bytes rebuilt(prefix.begin(), prefix.end());
      for (const json& k : keys) {
        const Bytes encoded = encode_typed(k);
        EXPECT_EQ(to_hex(encoded), k.at("encoded").get<std::string>());
        const HasherKind h = hasher_from_name(k.at("hasher").get<std::string>());
        EXPECT_EQ(to_hex(hashed(h, encoded)), k.at("hashed").get<std::string>());
        EXPECT_EQ(hashed(h, encoded).size(),
                  hash_size(h) + (is_reversible(h) ? encoded.size() : 0));
        append_hashed(h, encoded, rebuilt);
      }
      EXPECT_EQ(to_hex(rebuilt), c.at("key").get<std::string>());
    }
    ++checked;
  }
  EXPECT_EQ(checked, 24u);
}

TEST(StorageKey, NonConcatHashersAreDigestsOnly) {
  const Bytes x = scale::encode(uint32_t{7});
  const crypto::Hash128 t = crypto::twox_128(x);
  EXPECT_EQ(hashed(HasherKind::kTwox128, x), Bytes(t.begin(), t.end()));
  EXPECT_EQ(hashed(HasherKind::kTwox256, x).size(), 32u);
  EXPECT_EQ(hashed(HasherKind::kBlake2_128, x).size(), 16u);
  const crypto::Hash256 h = crypto::blake2_256(x);
  EXPECT_EQ(hashed(HasherKind::kBlake2_256, x), Bytes(h.begin(), h.end()));
  EXPECT_FALSE(is_reversible(HasherKind::kBlake2_256));
  using Hashed = StorageMap<kSystem, "Hashed", Blake2_256<uint32_t>, uint32_t>;
  const Bytes key = Hashed::hashed_key_for(7);
  EXPECT_EQ(key.size(), 32u + 32u);
}

TEST(StorageKey, DecodeRejectsShortSegments) {
  // A Blake2_128Concat<AccountId32> segment cut short cannot be decoded.
  const Bytes key = Owner::hashed_key_for(AccountId32());
  Owner::Keys out{};
  EXPECT_FALSE(Owner::decode_keys_from<0>(ByteView(key).subspan(32, 20), out));
  EXPECT_TRUE(Owner::decode_keys_from<0>(ByteView(key).subspan(32), out));
}

}  // namespace
}  // namespace subemu::storage
