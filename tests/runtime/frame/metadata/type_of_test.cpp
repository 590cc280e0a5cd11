// TypeOf descriptors, the builders, describe_item on typed storage items, the registry lookups
// and the SCALE codec of Fixed.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/arith/fixed_scale.hpp"
#include "storage/items.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::metadata {
namespace {

using Kind = TypeDesc::Kind;
using storage::HasherKind;

struct Point {
  uint16_t x = 0;
  std::optional<AccountId32> owner;
  static TypeRef type_desc() {
    return t_struct("Point",
                    {field_of<uint16_t>("x"), field_of<std::optional<AccountId32>>("owner")});
  }
};

TEST(TypeOf, Primitives) {
  EXPECT_EQ((type_of<uint8_t>()->kind), Kind::kUint);
  EXPECT_EQ((type_of<uint8_t>()->bits), 8u);
  EXPECT_EQ((type_of<u128>()->name), "u128");
  EXPECT_EQ((type_of<int32_t>()->kind), Kind::kInt);
  EXPECT_EQ((type_of<i128>()->name), "i128");
  EXPECT_EQ((type_of<bool>()->kind), Kind::kBool);
  EXPECT_EQ((type_of<std::string>()->kind), Kind::kString);
  EXPECT_EQ((type_of<std::vector<uint8_t>>()->kind), Kind::kBytes);
  EXPECT_EQ((type_of<std::vector<uint16_t>>()->name), "Vec<u16>");
  EXPECT_EQ((type_of<std::optional<uint64_t>>()->name), "Option<u64>");
  EXPECT_EQ((type_of<std::array<uint8_t, 20>>()->kind), Kind::kByteArray);
  EXPECT_EQ((type_of<std::array<uint8_t, 20>>()->length), 20u);
  EXPECT_EQ((type_of<std::array<uint16_t, 3>>()->name), "[u16; 3]");
  EXPECT_EQ((type_of<std::tuple<uint16_t, AccountId32>>()->name), "(u16, AccountId32)");
  EXPECT_EQ((type_of<std::pair<uint8_t, bool>>()->fields.size()), 2u);
  EXPECT_EQ((type_of<std::monostate>()->name), "()");
  EXPECT_EQ((type_of<std::map<uint16_t, uint64_t>>()->name), "BTreeMap<u16, u64>");
  EXPECT_EQ((type_of<std::map<uint16_t, uint64_t>>()->kind), Kind::kSeq);
  EXPECT_EQ((type_of<scale::Compact<uint64_t>>()->name), "Compact<u64>");
  EXPECT_EQ((type_of<Result<void, uint8_t>>()->name), "Result<(), u8>");
}

TEST(TypeOf, DomainTypes) {
  EXPECT_EQ((type_of<AccountId32>()->name), "AccountId32");
  EXPECT_EQ((type_of<AccountId32>()->length), 32u);
  EXPECT_EQ((type_of<Hash256>()->name), "H256");
  EXPECT_EQ((type_of<NetUid>()->name), "u16");
  EXPECT_EQ((type_of<Uid>()->name), "u16");
  EXPECT_EQ((type_of<TaoBalance>()->name), "u64");
  EXPECT_EQ((type_of<AlphaBalance>()->name), "u64");
  struct Names {
    TypeRef t;
    const char* name;
    bool is_signed;
    uint32_t bits, frac;
  };
  for (const Names& n : {Names{type_of<U64F64>(), "U64F64", false, 128, 64},
                         Names{type_of<I64F64>(), "I64F64", true, 128, 64},
                         Names{type_of<I96F32>(), "I96F32", true, 128, 32},
                         Names{type_of<U96F32>(), "U96F32", false, 128, 32},
                         Names{type_of<I110F18>(), "I110F18", true, 128, 18},
                         Names{type_of<U110F18>(), "U110F18", false, 128, 18},
                         Names{type_of<I32F32>(), "I32F32", true, 64, 32},
                         Names{type_of<U32F32>(), "U32F32", false, 64, 32}}) {
    EXPECT_EQ(n.t->kind, Kind::kFixed);
    EXPECT_EQ(n.t->name, n.name);
    EXPECT_EQ(n.t->bits, n.bits);
    EXPECT_EQ(n.t->frac_bits, n.frac);
    EXPECT_EQ(n.t->inner->kind, n.is_signed ? Kind::kInt : Kind::kUint) << n.name;
  }
}

TEST(TypeOf, UserTypesAndCaching) {
  const TypeRef p = type_of<Point>();
  EXPECT_EQ(p->kind, Kind::kStruct);
  ASSERT_EQ(p->fields.size(), 2u);
  EXPECT_EQ(p->fields[1].name, "owner");
  EXPECT_EQ(p->fields[1].type->name, "Option<AccountId32>");
  EXPECT_EQ(type_of<Point>().get(), p.get());  // built once
  EXPECT_EQ(type_of<std::vector<Point>>()->inner.get(), p.get());
}

TEST(TypeOf, FrameTypes) {
  const TypeRef e = type_of<frame::DispatchError>();
  ASSERT_NE(e->variant_by_name("Module"), nullptr);
  EXPECT_EQ(e->variant_by_name("Module")->index, 3);
  EXPECT_EQ(e->variant_by_index(3)->fields[0].type->name, "ModuleError");
  EXPECT_EQ(e->variant_by_index(8)->name, "Arithmetic");
  EXPECT_EQ(e->variant_by_index(13)->name, "RootNotAllowed");
  EXPECT_EQ(e->variant_by_index(14), nullptr);
  EXPECT_EQ(type_of<frame::DispatchInfo>()->fields[1].name, "class");
  EXPECT_EQ(type_of<frame::Weight>()->fields[0].type->name, "Compact<u64>");
}

TEST(TypeDesc, Builders) {
  EXPECT_EQ(t_uint(64)->name, "u64");
  EXPECT_EQ(t_int(8)->name, "i8");
  EXPECT_EQ(t_byte_array(4, "")->name, "[u8; 4]");
  EXPECT_EQ(t_seq(t_tuple({t_uint(16), t_bool()}))->name, "Vec<(u16, bool)>");
  EXPECT_EQ(t_call()->kind, Kind::kCall);
  const TypeRef boxed = t_boxed(t_call());
  EXPECT_TRUE(boxed->boxed);
  EXPECT_EQ(boxed->name, "Box<RuntimeCall>");
  EXPECT_EQ(t_named(t_uint(64), "Balance")->name, "Balance");
  EXPECT_EQ(t_named(t_uint(64), "Balance")->bits, 64u);
  const TypeRef sparse = t_enum("E", {variant("A", 0), variant("Z", 200, {unnamed(t_bool())})});
  EXPECT_EQ(sparse->variant_by_index(200)->name, "Z");
  EXPECT_EQ(sparse->variant_by_index(1), nullptr);
  EXPECT_EQ(sparse->variant_by_name("Z")->index, 200);
  EXPECT_EQ(sparse->variant_by_name("B"), nullptr);
}

// ---- describe_item -------------------------------------------------------------------------

inline constexpr storage::FixedString kTest{"SubtensorModule"};
struct TempoDefault {
  static uint16_t value() { return 360; }
};
using TotalStake = storage::StorageValue<kTest, "TotalStake", TaoBalance, storage::ValueQuery<>>;
using MaybeOwner = storage::StorageValue<kTest, "MaybeOwner", AccountId32>;
using SubnetTAO = storage::StorageMap<kTest, "SubnetTAO", storage::Identity<NetUid>, TaoBalance,
                                      storage::ValueQuery<uint64_t{7}>>;
using Tempo = storage::StorageMap<kTest, "Tempo", storage::Identity<NetUid>, uint16_t,
                                  storage::ValueQueryFn<TempoDefault>>;
using Uids = storage::StorageDoubleMap<kTest, "Uids", storage::Identity<NetUid>,
                                       storage::Blake2_128Concat<AccountId32>, uint16_t>;
using Alpha = storage::StorageNMap<
    kTest, "Alpha",
    storage::NMapKeys<storage::Blake2_128Concat<AccountId32>,
                      storage::Blake2_128Concat<AccountId32>, storage::Identity<NetUid>>,
    U64F64, storage::ValueQuery<>>;
using Single =
    storage::StorageNMap<kTest, "Single", storage::NMapKeys<storage::Twox64Concat<uint32_t>>, bool>;

TEST(DescribeItem, Kinds) {
  const ItemDesc v = describe_item<TotalStake>();
  EXPECT_EQ(v.pallet, "SubtensorModule");
  EXPECT_EQ(v.name, "TotalStake");
  EXPECT_EQ(v.kind, ItemKind::kValue);
  EXPECT_TRUE(v.hashers.empty());
  EXPECT_EQ(v.value->name, "u64");
  ASSERT_TRUE(v.default_value.has_value());
  EXPECT_EQ(*v.default_value, Bytes(8, 0));

  const ItemDesc o = describe_item<MaybeOwner>();
  EXPECT_FALSE(o.default_value.has_value());
  EXPECT_EQ(o.value->name, "AccountId32");

  const ItemDesc m = describe_item<SubnetTAO>();
  EXPECT_EQ(m.kind, ItemKind::kMap);
  EXPECT_EQ(m.hashers, std::vector<HasherKind>{HasherKind::kIdentity});
  ASSERT_EQ(m.keys.size(), 1u);
  EXPECT_EQ(m.keys[0]->name, "u16");
  EXPECT_EQ(*m.default_value, (Bytes{7, 0, 0, 0, 0, 0, 0, 0}));

  const ItemDesc t = describe_item<Tempo>();
  EXPECT_EQ(*t.default_value, (Bytes{0x68, 0x01}));  // 360

  const ItemDesc d = describe_item<Uids>();
  EXPECT_EQ(d.kind, ItemKind::kDoubleMap);
  EXPECT_EQ(d.hashers,
            (std::vector<HasherKind>{HasherKind::kIdentity, HasherKind::kBlake2_128Concat}));
  EXPECT_EQ(d.keys[1]->name, "AccountId32");
  EXPECT_FALSE(d.default_value.has_value());

  const ItemDesc n = describe_item<Alpha>();
  EXPECT_EQ(n.kind, ItemKind::kNMap);
  EXPECT_EQ(n.hashers.size(), 3u);
  EXPECT_EQ(n.keys[2]->name, "u16");
  EXPECT_EQ(n.value->name, "U64F64");
  EXPECT_EQ(*n.default_value, Bytes(16, 0));

  const ItemDesc s = describe_item<Single>();
  EXPECT_EQ(s.kind, ItemKind::kNMap);
  EXPECT_EQ(s.hashers, std::vector<HasherKind>{HasherKind::kTwox64Concat});
}

// ---- registry --------------------------------------------------------------------------------

Registry small_registry() {
  PalletDesc system;
  system.name = "System";
  system.index = 0;
  system.calls.push_back(
      CallDesc{"remark", 0, {field_of<std::vector<uint8_t>>("remark")}, nullptr, nullptr});
  system.errors = {"InvalidSpecName", "", "FailedToExtractRuntimeVersion"};
  system.events = {
      variant("ExtrinsicSuccess", 0, {field_of<frame::DispatchInfo>("dispatch_info")})};
  PalletDesc subtensor;
  subtensor.name = "SubtensorModule";
  subtensor.index = 7;
  subtensor.items = {describe_item<SubnetTAO>(), describe_item<Alpha>()};
  subtensor.calls.push_back(CallDesc{"add_stake",
                                     2,
                                     {field_of<AccountId32>("hotkey"), field_of<uint16_t>("netuid"),
                                      field_of<uint64_t>("amount_staked")},
                                     nullptr,
                                     nullptr});
  return Registry({system, subtensor});
}

TEST(Registry, Lookups) {
  const Registry r = small_registry();
  EXPECT_EQ(r.pallets().size(), 2u);
  EXPECT_EQ(r.pallet_by_index(7)->name, "SubtensorModule");
  EXPECT_EQ(r.pallet_by_index(8), nullptr);
  EXPECT_EQ(r.pallet_by_name("System")->index, 0);
  EXPECT_EQ(r.pallet_by_name("Balances"), nullptr);
  EXPECT_EQ(r.call(7, 2)->name, "add_stake");
  EXPECT_EQ(r.call(7, 3), nullptr);
  EXPECT_EQ(r.call(9, 2), nullptr);
  EXPECT_EQ(r.call_by_name("SubtensorModule", "add_stake")->index, 2);
  EXPECT_EQ(r.call_by_name("SubtensorModule", "nope"), nullptr);
  EXPECT_EQ(r.pallet_by_index(0)->call_by_name("remark")->index, 0);
  EXPECT_EQ(r.item("SubtensorModule", "Alpha")->kind, ItemKind::kNMap);
  EXPECT_EQ(r.item("SubtensorModule.SubnetTAO")->name, "SubnetTAO");
  EXPECT_EQ(r.item("SubtensorModule.Nope"), nullptr);
  EXPECT_EQ(r.item("NoDot"), nullptr);
  EXPECT_EQ(r.item("System", "Account"), nullptr);
  ASSERT_NE(r.error_name(0, 2), nullptr);
  EXPECT_EQ(*r.error_name(0, 2), "FailedToExtractRuntimeVersion");
  EXPECT_EQ(r.error_name(0, 1), nullptr);  // unused index
  EXPECT_EQ(r.error_name(0, 3), nullptr);
  EXPECT_EQ(r.error_name(5, 0), nullptr);
  ASSERT_NE(r.event_type(0), nullptr);
  EXPECT_EQ(r.event_type(0)->name, "SystemEvent");
  EXPECT_EQ(r.event_type(7), nullptr);  // no events declared
  EXPECT_EQ(r.runtime_event()->variants.size(), 1u);
  EXPECT_EQ(r.runtime_event()->variant_by_index(0)->name, "System");
}

TEST(RegistryDeathTest, DuplicatePalletIndex) {
  PalletDesc a;
  a.name = "A";
  a.index = 1;
  PalletDesc b;
  b.name = "B";
  b.index = 1;
  EXPECT_DEATH(Registry({a, b}), "");
}

// ---- Fixed codec ----------------------------------------------------------------------------

TEST(FixedScale, RawBitsLittleEndian) {
  const U64F64 one = U64F64::from_bits(u128{1} << 64);
  EXPECT_EQ(scale::encode(one), testutil::hex("0x00000000000000000100000000000000"));
  const I96F32 minus_half = I96F32::from_bits(-(i128{1} << 31));
  const Bytes enc = scale::encode(minus_half);
  EXPECT_EQ(enc, testutil::hex("0x00000080ffffffffffffffffffffffff"));
  EXPECT_EQ(scale::decode<I96F32>(enc)->to_bits(), -(i128{1} << 31));
  const I32F32 x = I32F32::from_bits(-5);
  EXPECT_EQ(scale::encode(x), testutil::hex("0xfbffffffffffffff"));
  EXPECT_EQ(scale::decode<I32F32>(scale::encode(x))->to_bits(), -5);
  EXPECT_FALSE(scale::decode<U64F64>(Bytes(15, 0)).has_value());
  EXPECT_FALSE(scale::decode<U32F32>(Bytes(9, 0)).has_value());  // trailing byte
  // Inside containers (Vec<U64F64>, Option<I64F64>) the typed codec composes.
  const std::vector<U64F64> v{one, U64F64::from_bits(3)};
  EXPECT_EQ(scale::encode(v).size(), 1u + 32u);
  EXPECT_EQ(scale::decode<std::vector<U64F64>>(scale::encode(v))->at(1).to_bits(), u128{3});
}

}  // namespace
}  // namespace subemu::runtime::metadata
