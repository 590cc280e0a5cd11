// JSON <-> Value: every describable scale.json case parses from its JSON value (converted to the
// scenario form where the vectors' form differs: enums) into the exact bytes and renders back to
// the same JSON; the scenario encodings (numbers vs strings, fixed point, accounts, calls) and the
// rejection of malformed input with the JSON path of the culprit.
#include <gtest/gtest.h>

#include <string>

#include "runtime/frame/metadata/scale_value.hpp"
#include "tests/runtime/frame/metadata/vector_types.hpp"
#include "tests/testutil/vectors.hpp"
#include "tests/tools/json/test_registry.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::json {
namespace {

namespace md = runtime::metadata;
using md::type_of;
using md::Value;
using testutil::hex;

constexpr const char* kAliceHex =
    "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
constexpr const char* kAliceSs58 = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
constexpr const char* kBobHex =
    "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";

// scale.json writes enums as {"variant", "index", "value"} and digest items with named engine
// fields; the scenario form is "Variant" / {"Variant": value} / {"Variant": [fields]}.
Json scenario_form(const std::string& type, const Json& v) {
  if (type == "TestEnum" || type == "MultiAddress" || type == "MultiSignature") {
    const std::string name = v["variant"].get<std::string>();
    if (v["value"].is_null()) return Json(name);
    return Json{{name, v["value"]}};
  }
  if (type == "Header") {
    Json out = v;
    for (Json& item : out["digest"]) {
      const std::string name = item.begin().key();
      const Json payload = item.begin().value();
      if (payload.is_null()) {
        item = Json(name);
      } else if (payload.is_object()) {
        item = Json{{name, Json::array({payload["engine_hex"], payload["data"]})}};
      }
    }
    return out;
  }
  return v;
}

TEST(ValueJson, ScaleJsonCases) {
  const auto doc = testutil::load_vectors("scale.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    const std::string type = c["type"].get<std::string>();
    const md::TypeRef t = testutil::vector_type(type);
    if (t == nullptr) continue;
    const Json expected = scenario_form(type, c["value"]);
    const Bytes bytes = hex(c["hex"].get<std::string>());
    Result<Value, std::string> parsed = from_json(*t, expected);
    ASSERT_TRUE(parsed.has_value()) << type << " " << expected << ": " << parsed.error();
    EXPECT_EQ(*md::encode_value_bytes(*t, *parsed), bytes) << type << " " << expected;
    Result<Value, md::DecodeFailure> decoded = md::decode_value_all(*t, bytes);
    ASSERT_TRUE(decoded.has_value()) << type;
    EXPECT_EQ(to_json(*t, *decoded), expected) << type;
    ++checked;
  }
  EXPECT_GE(checked, 185);
}

TEST(ValueJson, IntegerEncodings) {
  EXPECT_EQ(to_json(*type_of<uint32_t>(), Value::of_uint(4'000'000'000)), Json(4'000'000'000u));
  EXPECT_EQ(to_json(*type_of<uint64_t>(), Value::of_uint(5)), Json("5"));
  EXPECT_EQ(to_json(*type_of<u128>(), Value::of_uint(~u128{0})),
            Json("340282366920938463463374607431768211455"));
  EXPECT_EQ(to_json(*type_of<int32_t>(), Value::of_int(-7)), Json(-7));
  EXPECT_EQ(to_json(*type_of<int64_t>(), Value::of_int(-7)), Json("-7"));
  EXPECT_EQ(to_json(*type_of<scale::Compact<uint32_t>>(), Value::of_uint(9)), Json(9));
  EXPECT_EQ(to_json(*type_of<scale::Compact<u128>>(), Value::of_uint(9)), Json("9"));
  EXPECT_EQ(to_json(*type_of<NetUid>(), Value::of_uint(2)), Json(2));
  EXPECT_EQ(to_json(*type_of<TaoBalance>(), Value::of_uint(2)), Json("2"));
  // Input: numbers or strings, any width.
  EXPECT_EQ(*from_json(*type_of<uint64_t>(), Json(5)), Value::of_uint(5));
  EXPECT_EQ(*from_json(*type_of<uint64_t>(), Json("18446744073709551615")),
            Value::of_uint(~uint64_t{0}));
  EXPECT_EQ(*from_json(*type_of<uint16_t>(), Json("300")), Value::of_uint(300));
  EXPECT_EQ(*from_json(*type_of<i128>(), Json("-170141183460469231731687303715884105728")),
            Value::of_int(-(i128{1} << 126) * 2));
  EXPECT_EQ(*from_json(*type_of<int8_t>(), Json(-128)), Value::of_int(-128));
  EXPECT_EQ(*from_json(*type_of<int64_t>(), Json("-0")), Value::of_int(0));
  EXPECT_EQ(*from_json(*type_of<scale::Compact<uint64_t>>(), Json("64")), Value::of_uint(64));
}

std::string err(const md::TypeRef& t, const Json& j, const FromJsonOptions& o = {}) {
  Result<Value, std::string> r = from_json(*t, j, o);
  EXPECT_FALSE(r.has_value()) << t->name << " " << j;
  return r.has_value() ? std::string() : r.error();
}

TEST(ValueJson, RejectsMalformedInput) {
  EXPECT_EQ(err(type_of<uint8_t>(), Json(256)), "$: value out of range for u8");
  EXPECT_EQ(err(type_of<uint8_t>(), Json(-1)), "$: negative value for u8");
  EXPECT_EQ(err(type_of<uint64_t>(), Json("18446744073709551616")),
            "$: value out of range for u64");
  EXPECT_EQ(err(type_of<u128>(), Json("340282366920938463463374607431768211456")),
            "$: '340282366920938463463374607431768211456' is out of range for u128");
  EXPECT_EQ(err(type_of<int8_t>(), Json(128)), "$: value out of range for i8");
  EXPECT_EQ(err(type_of<int8_t>(), Json("-129")), "$: value out of range for i8");
  EXPECT_EQ(err(type_of<uint64_t>(), Json(1.5)), "$: expected an integer (u64), got a fraction");
  EXPECT_EQ(err(type_of<uint64_t>(), Json("1e3")), "$: '1e3' is not a decimal integer (u64)");
  EXPECT_EQ(err(type_of<uint64_t>(), Json(" 1")), "$: ' 1' is not a decimal integer (u64)");
  EXPECT_EQ(err(type_of<uint64_t>(), Json("")), "$: '' is not a u64");
  EXPECT_EQ(err(type_of<uint64_t>(), Json("-5")), "$: negative value for u64");
  EXPECT_EQ(err(type_of<uint64_t>(), Json(true)), "$: expected an integer (u64)");
  EXPECT_EQ(err(type_of<bool>(), Json(1)), "$: expected true or false");
  EXPECT_EQ(err(type_of<std::string>(), Json(1)), "$: expected a string");
  EXPECT_EQ(err(type_of<std::vector<uint8_t>>(), Json("0102")), "$: expected 0x-prefixed hex");
  EXPECT_EQ(err(type_of<std::vector<uint8_t>>(), Json("0x123")), "$: malformed hex '0x123'");
  EXPECT_EQ(err(type_of<Hash256>(), Json("0x0102")), "$: expected 32 bytes of hex, got 2");
  EXPECT_EQ(err(type_of<std::array<uint16_t, 3>>(), Json::array({1, 2})),
            "$: expected 3 elements, got 2");
  EXPECT_EQ(err(type_of<std::vector<uint16_t>>(), Json::array({1, "x"})),
            "$[1]: 'x' is not a decimal integer (u16)");
  EXPECT_EQ(err(type_of<std::vector<uint16_t>>(), Json::object()), "$: expected an array");
  EXPECT_EQ(err(type_of<std::tuple<uint8_t, bool>>(), Json::array({1})),
            "$: expected 2 elements, got 1");
  EXPECT_EQ(err(type_of<std::monostate>(), Json(0)), "$: expected null for ()");
  const md::TypeRef info = type_of<testutil::json_registry::AccountInfo>();
  Json good = {{"nonce", 1},
               {"consumers", 0},
               {"providers", 1},
               {"sufficients", 0},
               {"data", {{"free", "5"}, {"reserved", "0"}, {"frozen", "0"}, {"flags", "0"}}}};
  ASSERT_TRUE(from_json(*info, good).has_value());
  Json bad = good;
  bad["data"]["free"] = "x";
  EXPECT_EQ(err(info, bad), "$.data.free: 'x' is not a decimal integer (u64)");
  bad = good;
  bad["data"].erase("frozen");
  EXPECT_EQ(err(info, bad), "$.data.frozen: missing field");
  bad = good;
  bad["extra"] = 1;
  EXPECT_EQ(err(info, bad), "$: unknown field 'extra'");
  EXPECT_EQ(err(info, Json::array()), "$: expected an object");
  const md::TypeRef e = testutil::vector_type("TestEnum");
  EXPECT_EQ(err(e, Json("E")), "$: unknown variant 'E' of TestEnum");
  EXPECT_EQ(err(e, Json("B")), "$: variant 'B' of TestEnum needs a value");
  EXPECT_EQ(err(e, Json{{"A", 1}}), "$.A: variant 'A' has no fields: expected null");
  EXPECT_EQ(err(e, Json{{"C", {1}}}), "$.C: expected 2 elements, got 1");
  EXPECT_EQ(err(e, Json{{"D", {{"x", 1}, {"y", 2}}}}), "$.D.y: expected 0x-prefixed hex");
  EXPECT_EQ(err(e, Json{{"A", nullptr}, {"B", 1}}),
            "$: expected \"Variant\" or {\"Variant\": value} for TestEnum");
  EXPECT_EQ(err(type_of<std::optional<uint8_t>>(), Json(300)), "$: value out of range for u8");
  EXPECT_EQ(err(type_of<U64F64>(), Json("1")), "$: expected {\"bits\": \"<raw bits>\"} for U64F64");
  EXPECT_EQ(err(type_of<U32F32>(), Json{{"bits", "18446744073709551616"}}),
            "$.bits: value out of range for u64");
  // A caller-chosen root name.
  Result<Value, std::string> r =
      from_json_at(*type_of<uint8_t>(), Json(-3), {}, "$.steps[2].args.netuid");
  EXPECT_EQ(r.error(), "$.steps[2].args.netuid: negative value for u8");
}

TEST(ValueJson, EnumsAndOptions) {
  const md::TypeRef e = testutil::vector_type("TestEnum");
  EXPECT_EQ(*from_json(*e, Json{{"A", nullptr}}), Value::variant(0, {}));
  EXPECT_EQ(*from_json(*e, Json("A")), Value::variant(0, {}));
  EXPECT_EQ(*from_json(*e, Json{{"B", "42"}}), Value::variant(1, {Value::of_uint(42)}));
  const md::TypeRef opt = type_of<std::optional<std::vector<uint8_t>>>();
  EXPECT_EQ(*from_json(*opt, Json(nullptr)), Value::variant(0, {}));
  EXPECT_EQ(*from_json(*opt, Json("0x")), Value::variant(1, {Value::of_bytes({})}));
  EXPECT_EQ(to_json(*opt, Value::variant(1, {Value::of_bytes({1})})), Json("0x01"));
  const md::TypeRef err_type = type_of<runtime::frame::DispatchError>();
  const Value module =
      *md::decode_value_all(*err_type, scale::encode(runtime::frame::DispatchError::module(7, 5)));
  EXPECT_EQ(to_json(*err_type, module),
            (Json{{"Module", {{"index", 7}, {"error", "0x05000000"}}}}));
  const Value overflow =
      *md::decode_value_all(*err_type, scale::encode(runtime::frame::DispatchError::arithmetic(
                                           runtime::frame::ArithmeticError::kOverflow)));
  EXPECT_EQ(to_json(*err_type, overflow), (Json{{"Arithmetic", "Overflow"}}));
  EXPECT_EQ(*from_json(*err_type, Json{{"Arithmetic", "Overflow"}}), overflow);
}

TEST(ValueJson, FixedPoint) {
  const md::TypeRef u = type_of<U64F64>();
  EXPECT_EQ(to_json(*u, Value::of_uint(u128{1} << 64)), (Json{{"bits", "18446744073709551616"}}));
  EXPECT_EQ(*from_json(*u, Json{{"bits", "18446744073709551616"}}), Value::of_uint(u128{1} << 64));
  EXPECT_EQ(*from_json(*u, Json{{"bits", 3}}), Value::of_uint(3));
  const md::TypeRef i = type_of<I96F32>();
  const Value minus = Value::of_int(-(i128{1} << 31));
  EXPECT_EQ(to_json(*i, minus), (Json{{"bits", "-2147483648"}}));
  EXPECT_EQ(*from_json(*i, Json{{"bits", "-2147483648"}}), minus);
  EXPECT_EQ(*md::encode_value_bytes(*i, minus), scale::encode(I96F32::from_bits(-(i128{1} << 31))));
  const md::TypeRef small = type_of<I32F32>();
  EXPECT_EQ(to_json(*small, Value::of_int(-5)), (Json{{"bits", "-5"}}));
  EXPECT_EQ(err(small, Json{{"bits", "9223372036854775808"}}),
            "$.bits: value out of range for i64");
}

TEST(ValueJson, Accounts) {
  const md::TypeRef acc = type_of<AccountId32>();
  const Value alice = Value::of_bytes(hex(kAliceHex));
  EXPECT_EQ(to_json(*acc, alice), Json(kAliceHex));
  EXPECT_EQ(*from_json(*acc, Json(kAliceHex)), alice);
  EXPECT_EQ(*from_json(*acc, Json(kAliceSs58)), alice);
  FromJsonOptions names;
  names.accounts = [](std::string_view n) -> std::optional<AccountId32> {
    if (n == "bob") return AccountId32::from_hex(kBobHex);
    return std::nullopt;
  };
  EXPECT_EQ(*from_json(*acc, Json("bob"), names), Value::of_bytes(hex(kBobHex)));
  EXPECT_EQ(err(acc, Json("carol"), names), "$: unknown account 'carol'");
  EXPECT_EQ(err(acc, Json("bob")), "$: unknown account 'bob'");  // no resolver
  EXPECT_EQ(err(acc, Json("0xd435")), "$: expected 32 bytes of hex, got 2");
  EXPECT_EQ(err(acc, Json(5)), "$: expected an account (name, SS58 or 0x hex)");
  // A bad SS58 checksum is not an account.
  std::string broken = kAliceSs58;
  broken.back() = 'Z';
  EXPECT_EQ(err(acc, Json(broken)), "$: unknown account '" + broken + "'");
  // H256 is not an account: no names, no SS58.
  EXPECT_EQ(err(type_of<Hash256>(), Json(kAliceSs58)), "$: expected 0x-prefixed hex");
  // MultiAddress takes a bare account for Id.
  const md::TypeRef ma = testutil::json_registry::multi_address();
  EXPECT_EQ(*from_json(*ma, Json("bob"), names),
            Value::variant(0, {Value::of_bytes(hex(kBobHex))}));
  EXPECT_EQ(*from_json(*ma, Json{{"Index", 5}}), Value::variant(1, {Value::of_uint(5)}));
  EXPECT_EQ(to_json(*ma, Value::variant(0, {alice})), (Json{{"Id", kAliceHex}}));
}

TEST(ValueJson, Calls) {
  const md::Registry& reg = testutil::json_registry::registry();
  FromJsonOptions o;
  o.registry = &reg;
  o.accounts = [](std::string_view n) -> std::optional<AccountId32> {
    if (n == "bob") return AccountId32::from_hex(kBobHex);
    return std::nullopt;
  };
  const md::TypeRef call = md::t_call();
  const Json j = {{"pallet", "Sudo"},
                  {"call", "sudo"},
                  {"args",
                   {{"call",
                     {{"pallet", "Balances"},
                      {"call", "transfer_keep_alive"},
                      {"args", {{"dest", "bob"}, {"value", "1000000000"}}}}}}}};
  Result<Value, std::string> v = from_json(*call, j, o);
  ASSERT_TRUE(v.has_value()) << v.error();
  Result<Bytes, md::EncodeFailure> bytes = md::encode_value_bytes(*call, *v, &reg);
  ASSERT_TRUE(bytes.has_value());
  // Sudo(12).sudo(0) Balances(5).transfer_keep_alive(3) Id(0) bob Compact(1e9).
  Bytes expected{12, 0, 5, 3, 0};
  const Bytes bob = hex(kBobHex);
  expected.insert(expected.end(), bob.begin(), bob.end());
  for (uint8_t b : {0x02, 0x28, 0x6b, 0xee}) expected.push_back(b);
  EXPECT_EQ(*bytes, expected);
  // Rendered back, the account is hex and the dest variant explicit.
  Json back = j;
  back["args"]["call"]["args"]["dest"] = Json{{"Id", kBobHex}};
  EXPECT_EQ(to_json(*call, *v, &reg), back);
  EXPECT_EQ(
      *from_json(*call,
                 Json{{"pallet", "System"}, {"call", "remark"}, {"args", {{"remark", "0x"}}}}, o),
      Value::call(0, 0, {Value::of_bytes({})}));

  EXPECT_EQ(err(call, j), "$: calls need the pallet registry");
  EXPECT_EQ(err(call, Json{{"pallet", "Nope"}, {"call", "x"}}, o), "$: unknown pallet 'Nope'");
  EXPECT_EQ(err(call, Json{{"pallet", "System"}, {"call", "x"}}, o), "$: unknown call 'System.x'");
  EXPECT_EQ(
      err(call, Json{{"pallet", "System"}, {"call", "remark"}, {"args", {{"remarks", "0x"}}}}, o),
      "$.args: unknown argument 'remarks'");
  EXPECT_EQ(err(call, Json{{"pallet", "System"}, {"call", "remark"}}, o),
            "$.args.remark: missing argument");
  EXPECT_EQ(err(call, Json{{"pallet", "System"}, {"call", "remark"}, {"args", {}}, {"x", 1}}, o),
            "$: unknown key 'x' in a call");
  Json bad = j;
  bad["args"]["call"]["args"]["dest"] = "carol";
  EXPECT_EQ(err(call, bad, o), "$.args.call.args.dest: unknown account 'carol'");
  // Without a registry a call renders as an invalid marker instead of crashing.
  EXPECT_TRUE(to_json(*call, *v).is_string());
}

TEST(ValueJson, MismatchedValuesRenderAsInvalid) {
  EXPECT_EQ(to_json(*type_of<uint8_t>(), Value::of_bool(true)),
            Json("<invalid: expected an unsigned integer>"));
  EXPECT_EQ(to_json(*type_of<std::vector<uint8_t>>(), Value::of_uint(1)),
            Json("<invalid: expected bytes>"));
  const Json partial = to_json(*type_of<std::tuple<uint8_t, bool>>(),
                               Value::seq({Value::of_uint(1), Value::of_uint(2)}));
  EXPECT_EQ(partial, Json::array({1, "<invalid: expected a bool>"}));
}

}  // namespace
}  // namespace subemu::tools::json
