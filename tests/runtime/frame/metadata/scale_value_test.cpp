// Generic SCALE decode/encode of dynamic values: every describable case of scale.json decodes and
// re-encodes byte for byte, the generic codec agrees with the typed one, malformed input and
// ill-shaped values are rejected with the right reason and path, nested calls respect the depth
// limit, and storage keys of storage-keys.json decode back to their key values.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/scale_value.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/arith/fixed_scale.hpp"
#include "storage/storage_key.hpp"
#include "tests/runtime/frame/metadata/vector_types.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::metadata {
namespace {

using testutil::hex;
using Reason = DecodeFailure::Reason;
using ER = EncodeFailure::Reason;

Value decode_ok(const TypeRef& t, const Bytes& b, const Registry* r = nullptr) {
  Result<Value, DecodeFailure> v = decode_value_all(*t, b, r);
  EXPECT_TRUE(v.has_value()) << t->name << " " << to_hex(b) << " "
                             << (v.has_value() ? "" : v.error().message());
  return v.has_value() ? *v : Value{};
}

DecodeFailure decode_err(const TypeRef& t, const Bytes& b, const Registry* r = nullptr) {
  Result<Value, DecodeFailure> v = decode_value_all(*t, b, r);
  EXPECT_FALSE(v.has_value()) << t->name << " " << to_hex(b);
  return v.has_value() ? DecodeFailure{} : v.error();
}

EncodeFailure encode_err(const TypeRef& t, const Value& v, const Registry* r = nullptr) {
  Result<Bytes, EncodeFailure> b = encode_value_bytes(*t, v, r);
  EXPECT_FALSE(b.has_value()) << t->name;
  return b.has_value() ? EncodeFailure{} : b.error();
}

TEST(ScaleValue, ScaleJsonRoundTrips) {
  const auto doc = testutil::load_vectors("scale.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    const TypeRef t = testutil::vector_type(c["type"].get<std::string>());
    if (t == nullptr) continue;  // OptionBool: a codec shim, not a describable type
    const Bytes bytes = hex(c["hex"].get<std::string>());
    const Value v = decode_ok(t, bytes);
    Result<Bytes, EncodeFailure> again = encode_value_bytes(*t, v);
    ASSERT_TRUE(again.has_value()) << c["type"] << " " << again.error().message();
    EXPECT_EQ(*again, bytes) << c["type"];
    ++checked;
  }
  EXPECT_GE(checked, 185);
}

TEST(ScaleValue, DecodedShapes) {
  const Value info = decode_ok(
      testutil::vector_type("AccountInfo"),
      hex("0x070000000100000001000000000000000010a5d4e800000000000000000000000000000000000000000000"
          "00000000000000000000000080"));
  ASSERT_EQ(info.kind, Value::Kind::kSeq);
  ASSERT_EQ(info.items.size(), 5u);
  EXPECT_EQ(info.items[0], Value::of_uint(7));
  EXPECT_EQ(info.items[4].items[0], Value::of_uint(1'000'000'000'000));
  EXPECT_EQ(info.items[4].items[3], Value::of_uint(u128{1} << 127));

  const TypeRef e = testutil::vector_type("TestEnum");
  EXPECT_EQ(decode_ok(e, hex("0x00")), Value::variant(0, {}));
  EXPECT_EQ(decode_ok(e, hex("0x020701")),
            Value::variant(2, {Value::of_uint(7), Value::of_bool(true)}));
  EXPECT_EQ(decode_ok(e, hex("0x03010208aabb")),
            Value::variant(3, {Value::of_uint(513), Value::of_bytes({0xaa, 0xbb})}));
  EXPECT_EQ(decode_ok(testutil::vector_type("Option<u32>"), hex("0x0105000000")),
            Value::variant(1, {Value::of_uint(5)}));
  EXPECT_EQ(decode_ok(testutil::vector_type("i8"), hex("0x80")).as_int(), -128);
  EXPECT_EQ(
      decode_ok(testutil::vector_type("i128"), hex("0xffffffffffffffffffffffffffffffff")).as_int(),
      -1);
  EXPECT_EQ(decode_ok(testutil::vector_type("i16"), hex("0xfeff")), Value::of_int(-2));
  EXPECT_EQ(decode_ok(testutil::vector_type("Compact<u64>"), hex("0x1300000000000000ff")),
            Value::of_uint(u128{0xff} << 56));
  EXPECT_EQ(decode_ok(testutil::vector_type("()"), Bytes{}), Value::seq({}));
}

// The generic codec and the typed codec agree in both directions.
template <class T>
void expect_typed_agreement(const T& x) {
  const Bytes typed = scale::encode(x);
  const TypeRef t = type_of<T>();
  const Value v = decode_ok(t, typed);
  Result<Bytes, EncodeFailure> generic = encode_value_bytes(*t, v);
  ASSERT_TRUE(generic.has_value()) << t->name;
  EXPECT_EQ(*generic, typed) << t->name;
}

struct Point {
  uint16_t x = 0;
  std::optional<AccountId32> owner;
  static TypeRef type_desc() {
    return t_struct("Point",
                    {field_of<uint16_t>("x"), field_of<std::optional<AccountId32>>("owner")});
  }
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, x);
    scale::encode_to(e, owner);
  }
  static bool decode_from(scale::Decoder& d, Point& out) {
    return scale::decode_from(d, out.x) && scale::decode_from(d, out.owner);
  }
};

TEST(ScaleValue, AgreesWithTypedCodec) {
  const AccountId32 alice =
      *AccountId32::from_hex("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
  expect_typed_agreement(Point{300, alice});
  expect_typed_agreement(std::vector<Point>{Point{1, std::nullopt}, Point{65535, alice}});
  expect_typed_agreement(U64F64::from_bits((u128{1} << 64) + 5));
  expect_typed_agreement(I96F32::from_bits(-(i128{7} << 30)));
  expect_typed_agreement(I32F32::from_bits(-1));
  expect_typed_agreement(
      std::map<NetUid, TaoBalance>{{NetUid(1), TaoBalance(10)}, {NetUid(300), TaoBalance(3000)}});
  expect_typed_agreement(std::tuple<uint64_t, Hash256>{42, Hash256{}});
  expect_typed_agreement(std::optional<std::vector<uint8_t>>{Bytes{1, 2, 3}});
  expect_typed_agreement(std::string("héllo"));
  expect_typed_agreement(scale::Compact<u128>{~u128{0}});
  expect_typed_agreement(Result<uint32_t, std::string>(unexpected(std::string("no"))));
  for (const frame::DispatchError& err :
       {frame::DispatchError::bad_origin(), frame::DispatchError::module(7, 12),
        frame::DispatchError::token(frame::TokenError::kFrozen),
        frame::DispatchError::arithmetic(frame::ArithmeticError::kOverflow),
        frame::DispatchError::transactional(frame::TransactionalError::kNoLayer),
        frame::DispatchError::of(frame::DispatchError::Kind::kRootNotAllowed)}) {
    expect_typed_agreement(err);
  }
  expect_typed_agreement(frame::DispatchInfo{frame::Weight::from_parts(1'000'000'000, 3'593),
                                             frame::DispatchClass::kOperational, frame::Pays::kNo});
}

TEST(ScaleValue, RejectsMalformedInput) {
  using scale::DecodeError;
  struct Case {
    const char* type;
    const char* hex;
    DecodeError error;
    const char* path;
  };
  const Case cases[] = {
      {"TestEnum", "0x04", DecodeError::kInvalidEnumTag, ""},
      {"TestEnum", "0x01000000", DecodeError::kTruncated, ".B[0]"},
      {"TestEnum", "0x030102", DecodeError::kTruncated, ".D.y"},
      {"Option<u64>", "0x02", DecodeError::kInvalidOptionTag, ""},
      {"bool", "0x02", DecodeError::kInvalidBool, ""},
      {"String", "0x08c328", DecodeError::kInvalidUtf8, ""},
      {"Compact<u8>", "0x0100", DecodeError::kNonCanonicalCompact, ""},
      {"Compact<u8>", "0x0104", DecodeError::kCompactOverflow, ""},  // 256 in two-byte mode
      {"Compact<u32>", "0x0700000000ff", DecodeError::kCompactOverflow, ""},
      {"u32", "0x010203", DecodeError::kTruncated, ""},
      {"u16", "0x010203", DecodeError::kTrailingBytes, ""},
      {"Vec<u64>", "0x0c00", DecodeError::kLengthTooLarge, ""},
      {"Vec<Vec<u8>>", "0x080008ff", DecodeError::kLengthTooLarge, "[1]"},
      {"(u8, u16)", "0x0102", DecodeError::kTruncated, "[1]"},
      {"[u16; 3]", "0x01000200ff", DecodeError::kTruncated, "[2]"},
      {"AccountInfo", "0x0700000001000000010000000000000000", DecodeError::kTruncated,
       ".data.free"},
      {"MultiAddress", "0x05", DecodeError::kInvalidEnumTag, ""},
      {"Header",
       "0xd61a38a0f73beda90e8c1dfba731f65003742539f4260694f44e22cabef24a8e000ced162a56b08dffb00f"
       "664b30b788b95dc961e36f5edc6ae67ba2d5261282f1263aaa2cb573f32a5013db81b9e69ba2113212fa9a1b"
       "2b6e6fd9a087a60f3857040701",
       DecodeError::kInvalidEnumTag, ".digest[0]"},
  };
  for (const Case& c : cases) {
    const DecodeFailure f = decode_err(testutil::vector_type(c.type), hex(c.hex));
    EXPECT_EQ(f.reason, Reason::kCodec) << c.type << " " << c.hex;
    EXPECT_EQ(f.codec, c.error) << c.type << " " << c.hex << ": " << f.message();
    EXPECT_EQ(f.path, c.path) << c.type << " " << c.hex;
  }
  // Every proper prefix of a valid encoding is rejected.
  const auto doc = testutil::load_vectors("scale.json");
  for (const auto& c : doc["cases"]) {
    if (c["type"] != "Header" && c["type"] != "AccountInfo" && c["type"] != "TestEnum") continue;
    const TypeRef t = testutil::vector_type(c["type"].get<std::string>());
    const Bytes full = hex(c["hex"].get<std::string>());
    for (size_t n = 0; n < full.size(); ++n) {
      EXPECT_FALSE(decode_value_all(*t, ByteView(full).first(n)).has_value()) << c["type"] << n;
    }
  }
  EXPECT_NE(decode_err(testutil::vector_type("AccountInfo"), hex("0x07")).message().find("nonce"),
            std::string::npos);
}

TEST(ScaleValue, RejectsIllShapedValues) {
  struct Case {
    TypeRef type;
    Value value;
    ER reason;
    const char* path;
  };
  const TypeRef info = testutil::vector_type("AccountInfo");
  Value bad_info = decode_ok(info, Bytes(56, 0));
  bad_info.items[4].items[1] = Value::of_int(1);
  const Case cases[] = {
      {type_of<uint8_t>(), Value::of_uint(256), ER::kOutOfRange, ""},
      {type_of<uint8_t>(), Value::of_int(1), ER::kKindMismatch, ""},
      {type_of<int8_t>(), Value::of_int(-129), ER::kOutOfRange, ""},
      {type_of<int8_t>(), Value::of_int(128), ER::kOutOfRange, ""},
      {type_of<int64_t>(), Value::of_int(i128{1} << 63), ER::kOutOfRange, ""},
      {type_of<scale::Compact<uint16_t>>(), Value::of_uint(65536), ER::kOutOfRange, ""},
      {type_of<AccountId32>(), Value::of_bytes(Bytes(31, 0)), ER::kBadLength, ""},
      {type_of<std::string>(), Value::of_string("\xc3\x28"), ER::kInvalidUtf8, ""},
      {type_of<std::array<uint16_t, 3>>(), Value::seq({Value::of_uint(1)}), ER::kBadLength, ""},
      {testutil::vector_type("TestEnum"), Value::variant(9, {}), ER::kUnknownVariant, ""},
      {testutil::vector_type("TestEnum"), Value::variant(1, {}), ER::kBadLength, ".B"},
      {testutil::vector_type("TestEnum"), Value::variant(3, {Value::of_uint(1), Value::of_uint(2)}),
       ER::kKindMismatch, ".D.y"},
      {type_of<std::optional<uint8_t>>(), Value::variant(1, {}), ER::kBadLength, ""},
      {type_of<std::optional<uint8_t>>(), Value::variant(2, {}), ER::kUnknownVariant, ""},
      {type_of<std::vector<uint16_t>>(), Value::seq({Value::of_uint(1), Value::of_uint(70000)}),
       ER::kOutOfRange, "[1]"},
      {info, bad_info, ER::kKindMismatch, ".data.reserved"},
      {t_call(), Value::call(0, 0, {}), ER::kNoRegistry, ""},
  };
  for (const Case& c : cases) {
    const EncodeFailure f = encode_err(c.type, c.value);
    EXPECT_EQ(f.reason, c.reason) << c.type->name << ": " << f.message();
    EXPECT_EQ(f.path, c.path) << c.type->name;
  }
}

// ---- calls -------------------------------------------------------------------------------------

Registry call_registry() {
  PalletDesc system;
  system.name = "System";
  system.index = 0;
  system.calls = {
      CallDesc{"remark", 0, {field_of<std::vector<uint8_t>>("remark")}, nullptr, nullptr}};
  PalletDesc utility;
  utility.name = "Utility";
  utility.index = 11;
  utility.calls = {CallDesc{"batch", 0, {field("calls", t_seq(t_call()))}, nullptr, nullptr}};
  PalletDesc sudo;
  sudo.name = "Sudo";
  sudo.index = 12;
  sudo.calls = {CallDesc{"sudo", 0, {field("call", t_boxed(t_call()))}, nullptr, nullptr}};
  PalletDesc subtensor;
  subtensor.name = "SubtensorModule";
  subtensor.index = 7;
  subtensor.calls = {CallDesc{"add_stake",
                              2,
                              {field_of<AccountId32>("hotkey"), field_of<NetUid>("netuid"),
                               field_of<uint64_t>("amount_staked")},
                              nullptr,
                              nullptr}};
  return Registry({system, subtensor, utility, sudo});
}

TEST(ScaleValue, Calls) {
  const Registry r = call_registry();
  const TypeRef call = t_call();
  // pallet 7 / call 2 (hotkey, netuid, amount) as extrinsics.json spells add_stake's call bytes.
  const Value add_stake = Value::call(
      7, 2, {Value::of_bytes(Bytes(32, 0xaa)), Value::of_uint(3), Value::of_uint(1'000'000'000)});
  Result<Bytes, EncodeFailure> enc = encode_value_bytes(*call, add_stake, &r);
  ASSERT_TRUE(enc.has_value());
  Bytes expected{7, 2};
  expected.insert(expected.end(), 32, 0xaa);
  for (uint8_t b : {3, 0, 0x00, 0xca, 0x9a, 0x3b, 0, 0, 0, 0}) expected.push_back(b);
  EXPECT_EQ(*enc, expected);
  EXPECT_EQ(decode_ok(call, expected, &r), add_stake);

  const Value nested = Value::call(
      11, 0,
      {Value::seq(
          {add_stake, Value::call(12, 0, {Value::call(0, 0, {Value::of_bytes({1, 2})})})})});
  Result<Bytes, EncodeFailure> nested_enc = encode_value_bytes(*call, nested, &r);
  ASSERT_TRUE(nested_enc.has_value());
  EXPECT_EQ(decode_ok(call, *nested_enc, &r), nested);

  // Unknown pallet / call, missing registry.
  DecodeFailure f = decode_err(call, Bytes{9, 0}, &r);
  EXPECT_EQ(f.codec, scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(f.offset, 1u);
  f = decode_err(call, Bytes{7, 9}, &r);
  EXPECT_EQ(f.codec, scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(f.path, ".SubtensorModule");
  f = decode_err(call, Bytes{7, 2, 1}, &r);
  EXPECT_EQ(f.path, ".SubtensorModule.add_stake.hotkey");
  EXPECT_EQ(decode_err(call, expected).reason, Reason::kNoRegistry);
  EXPECT_EQ(encode_err(call, Value::call(7, 3, {}), &r).reason, ER::kUnknownCall);
  EXPECT_EQ(encode_err(call, Value::call(7, 2, {}), &r).reason, ER::kBadLength);
  const EncodeFailure ef = encode_err(
      call,
      Value::call(11, 0,
                  {Value::seq({Value::call(
                      7, 2, {Value::of_uint(1), Value::of_uint(3), Value::of_uint(1)})})}),
      &r);
  EXPECT_EQ(ef.path, ".Utility.batch.calls[0].SubtensorModule.add_stake.hotkey");
}

Bytes nested_sudo(size_t levels) {
  Bytes b;
  for (size_t i = 0; i < levels; ++i) {
    b.push_back(12);
    b.push_back(0);
  }
  b.push_back(0);  // System.remark(0x)
  b.push_back(0);
  b.push_back(0);
  return b;
}

TEST(ScaleValue, DepthLimit) {
  const Registry r = call_registry();
  const TypeRef call = t_call();
  // Each Box<RuntimeCall> is one level, as parity-scale-codec counts a Box.
  EXPECT_TRUE(decode_value_all(*call, nested_sudo(256), &r).has_value());
  EXPECT_EQ(decode_err(call, nested_sudo(257), &r).reason, Reason::kDepthLimit);
  // Each Vec<RuntimeCall> is one level too: 128 batches each around one sudo = 256 levels.
  Bytes b;
  for (int i = 0; i < 128; ++i) {
    for (uint8_t x : {11, 0, 4}) b.push_back(x);  // Utility.batch, 1 call
    for (uint8_t x : {12, 0}) b.push_back(x);
  }
  for (uint8_t x : {0, 0, 0}) b.push_back(x);
  EXPECT_TRUE(decode_value_all(*call, b, &r).has_value());
  Bytes deeper{12, 0};
  deeper.insert(deeper.end(), b.begin(), b.end());
  EXPECT_EQ(decode_err(call, deeper, &r).reason, Reason::kDepthLimit);
  // Vec of plain integers does not count (parity's fast path).
  EXPECT_EQ(min_encoded_size(*type_of<std::vector<uint64_t>>()), 1u);
}

TEST(ScaleValue, MinEncodedSize) {
  EXPECT_EQ(min_encoded_size(*testutil::vector_type("AccountInfo")), 16u + 40u);
  EXPECT_EQ(min_encoded_size(*type_of<std::array<uint16_t, 3>>()), 6u);
  EXPECT_EQ(min_encoded_size(*type_of<U64F64>()), 16u);
  EXPECT_EQ(min_encoded_size(*type_of<std::monostate>()), 0u);
  EXPECT_EQ(min_encoded_size(*testutil::vector_type("TestEnum")), 1u);
}

// ---- storage keys ------------------------------------------------------------------------------

TypeRef key_type(const std::string& name) {
  if (name == "u16") return type_of<uint16_t>();
  if (name == "u32") return type_of<uint32_t>();
  if (name == "AccountId32") return type_of<AccountId32>();
  ADD_FAILURE() << "key type " << name;
  return type_of<uint8_t>();
}

storage::HasherKind hasher(const std::string& name) {
  if (name == "Identity") return storage::HasherKind::kIdentity;
  if (name == "Twox64Concat") return storage::HasherKind::kTwox64Concat;
  if (name == "Blake2_128Concat") return storage::HasherKind::kBlake2_128Concat;
  ADD_FAILURE() << "hasher " << name;
  return storage::HasherKind::kIdentity;
}

Value key_value(const std::string& type, const nlohmann::json& v) {
  if (type == "AccountId32") return Value::of_bytes(hex(v.get<std::string>()));
  return Value::of_uint(v.get<uint64_t>());
}

TEST(StorageKey, VectorsDecodeToTheirKeys) {
  const auto doc = testutil::load_vectors("storage-keys.json");
  int full = 0, partial = 0;
  for (const auto& c : doc["cases"]) {
    if (c["kind"] == "raw") continue;
    ItemDesc item;
    item.pallet = c["pallet"].get<std::string>();
    item.name = c["item"].get<std::string>();
    item.value = type_of<uint64_t>();
    const std::string kind = c["kind"].get<std::string>();
    item.kind = kind == "plain"        ? ItemKind::kValue
                : kind == "map"        ? ItemKind::kMap
                : kind == "double_map" ? ItemKind::kDoubleMap
                                       : ItemKind::kNMap;
    std::vector<Value> keys;
    for (const auto& k : c["keys"]) {
      item.hashers.push_back(hasher(k["hasher"].get<std::string>()));
      item.keys.push_back(key_type(k["type"].get<std::string>()));
      keys.push_back(key_value(k["type"].get<std::string>(), k["value"]));
    }
    const Bytes key = hex(c["key"].get<std::string>());
    Result<Bytes, EncodeFailure> built = encode_storage_key(item, keys);
    ASSERT_TRUE(built.has_value()) << c["name"];
    EXPECT_EQ(*built, key) << c["name"];
    if (c.contains("partial")) {
      ++partial;
      continue;  // an iteration prefix; the item's full key count is not in the case
    }
    Result<std::vector<Value>, DecodeFailure> parts = decode_storage_key(item, key);
    ASSERT_TRUE(parts.has_value()) << c["name"] << " " << parts.error().message();
    EXPECT_EQ(*parts, keys) << c["name"];
    ++full;
  }
  EXPECT_EQ(full, 16);
  EXPECT_EQ(partial, 4);
}

inline constexpr storage::FixedString kPallet{"SubtensorModule"};
using Alpha = storage::StorageNMap<
    kPallet, "Alpha",
    storage::NMapKeys<storage::Blake2_128Concat<AccountId32>,
                      storage::Blake2_128Concat<AccountId32>, storage::Identity<NetUid>>,
    U64F64, storage::ValueQuery<>>;

TEST(StorageKey, TypedItemsAndRejections) {
  const ItemDesc alpha = describe_item<Alpha>();
  const AccountId32 a =
      *AccountId32::from_hex("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
  const AccountId32 b =
      *AccountId32::from_hex("0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48");
  const Bytes key = Alpha::hashed_key_for(a, b, NetUid(300));
  Result<std::vector<Value>, DecodeFailure> parts = decode_storage_key(alpha, key);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ((*parts)[0], Value::of_bytes(Bytes(a.view().begin(), a.view().end())));
  EXPECT_EQ((*parts)[2], Value::of_uint(300));
  EXPECT_EQ(*encode_storage_key(alpha, *parts), key);
  EXPECT_EQ(*encode_storage_key(alpha, {(*parts)[0]}), Alpha::prefix_for(std::tie(a)));

  Bytes longer = key;
  longer.push_back(0);
  DecodeFailure f = decode_storage_key(alpha, longer).error();
  EXPECT_EQ(f.codec, scale::DecodeError::kTrailingBytes);
  EXPECT_EQ(f.offset, key.size());
  f = decode_storage_key(alpha, ByteView(key).first(key.size() - 1)).error();
  EXPECT_EQ(f.codec, scale::DecodeError::kTruncated);
  EXPECT_EQ(f.path, "key[2]");
  Bytes other = key;
  other[3] ^= 1;
  EXPECT_EQ(decode_storage_key(alpha, other).error().reason, Reason::kWrongPrefix);
  std::vector<Value> too_many = *parts;
  too_many.push_back(Value::of_uint(1));
  EXPECT_EQ(encode_storage_key(alpha, too_many).error().reason, ER::kTooManyKeys);
  EXPECT_EQ(encode_storage_key(alpha, {Value::of_uint(1)}).error().path, "key[0]");

  // A non-reversible hasher yields its digest; a plain value's key has no parts.
  ItemDesc hashed = alpha;
  hashed.hashers = {storage::HasherKind::kBlake2_128, storage::HasherKind::kTwox64Concat};
  hashed.keys = {type_of<AccountId32>(), type_of<uint32_t>()};
  const Bytes account(a.view().begin(), a.view().end());
  Result<Bytes, EncodeFailure> hk =
      encode_storage_key(hashed, {Value::of_bytes(account), Value::of_uint(9)});
  ASSERT_TRUE(hk.has_value());
  EXPECT_EQ(hk->size(), 32u + 16u + 8u + 4u);
  parts = decode_storage_key(hashed, *hk);
  ASSERT_TRUE(parts.has_value());
  EXPECT_EQ((*parts)[0],
            Value::of_bytes(storage::hashed(storage::HasherKind::kBlake2_128, account)));
  EXPECT_EQ((*parts)[1], Value::of_uint(9));
  ItemDesc plain;
  plain.pallet = "Balances";
  plain.name = "TotalIssuance";
  const storage::StoragePrefix p = storage::storage_prefix("Balances", "TotalIssuance");
  parts = decode_storage_key(plain, ByteView(p));
  ASSERT_TRUE(parts.has_value());
  EXPECT_TRUE(parts->empty());
  EXPECT_EQ(*encode_storage_key(plain, {}), Bytes(p.begin(), p.end()));
}

}  // namespace
}  // namespace subemu::runtime::metadata
