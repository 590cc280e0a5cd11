// TEST-ONLY: type descriptors for the `type` names of shared/vectors/scale.json, built from C++
// types through TypeOf where a C++ type exists (so the vectors also check type_of.hpp) and by hand
// for the enums and structs the vectors define in `type_def`. Shared by the runtime metadata tests
// and the tools/json tests.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/frame/metadata/type_of.hpp"

namespace subemu::testutil {

inline runtime::metadata::TypeRef vector_type(const std::string& name) {
  namespace md = runtime::metadata;
  using md::type_of;
  static const std::map<std::string, md::TypeRef> table = [] {
    std::map<std::string, md::TypeRef> t;
    t["u8"] = type_of<uint8_t>();
    t["u16"] = type_of<uint16_t>();
    t["u32"] = type_of<uint32_t>();
    t["u64"] = type_of<uint64_t>();
    t["u128"] = type_of<u128>();
    t["i8"] = type_of<int8_t>();
    t["i16"] = type_of<int16_t>();
    t["i32"] = type_of<int32_t>();
    t["i64"] = type_of<int64_t>();
    t["i128"] = type_of<i128>();
    t["bool"] = type_of<bool>();
    t["Compact<u8>"] = type_of<scale::Compact<uint8_t>>();
    t["Compact<u16>"] = type_of<scale::Compact<uint16_t>>();
    t["Compact<u32>"] = type_of<scale::Compact<uint32_t>>();
    t["Compact<u64>"] = type_of<scale::Compact<uint64_t>>();
    t["Compact<u128>"] = type_of<scale::Compact<u128>>();
    t["Vec<u8>"] = type_of<std::vector<uint8_t>>();
    t["Vec<u16>"] = type_of<std::vector<uint16_t>>();
    t["Vec<u64>"] = type_of<std::vector<uint64_t>>();
    t["Vec<bool>"] = type_of<std::vector<bool>>();
    t["Vec<Vec<u8>>"] = type_of<std::vector<std::vector<uint8_t>>>();
    t["String"] = type_of<std::string>();
    t["Option<u64>"] = type_of<std::optional<uint64_t>>();
    t["Option<u32>"] = type_of<std::optional<uint32_t>>();
    t["Option<bool>"] = type_of<std::optional<bool>>();
    t["Option<Vec<u8>>"] = type_of<std::optional<std::vector<uint8_t>>>();
    t["()"] = type_of<std::monostate>();
    t["(u8, u16)"] = type_of<std::tuple<uint8_t, uint16_t>>();
    t["(u32, bool, Vec<u8>)"] = type_of<std::tuple<uint32_t, bool, std::vector<uint8_t>>>();
    t["(u16, AccountId32, u64)"] = type_of<std::tuple<uint16_t, AccountId32, uint64_t>>();
    t["[u8; 32]"] = type_of<std::array<uint8_t, 32>>();
    t["[u8; 4]"] = type_of<std::array<uint8_t, 4>>();
    t["[u16; 3]"] = type_of<std::array<uint16_t, 3>>();
    t["AccountId32"] = type_of<AccountId32>();
    t["Result<u32, String>"] = type_of<Result<uint32_t, std::string>>();
    t["Result<(), u8>"] = type_of<Result<void, uint8_t>>();
    t["BTreeMap<u16, u64>"] = type_of<std::map<uint16_t, uint64_t>>();
    // enum TestEnum { A, B(u32), C(u8, bool), D { x: u16, y: Vec<u8> } }
    t["TestEnum"] = md::t_enum(
        "TestEnum",
        {md::variant("A", 0), md::variant("B", 1, {md::unnamed(type_of<uint32_t>())}),
         md::variant("C", 2, {md::unnamed(type_of<uint8_t>()), md::unnamed(type_of<bool>())}),
         md::variant("D", 3,
                     {md::field_of<uint16_t>("x"), md::field_of<std::vector<uint8_t>>("y")})});
    t["MultiAddress"] = md::t_enum(
        "MultiAddress",
        {md::variant("Id", 0, {md::unnamed(type_of<AccountId32>())}),
         md::variant("Index", 1, {md::unnamed(type_of<scale::Compact<uint32_t>>())}),
         md::variant("Raw", 2, {md::unnamed(type_of<std::vector<uint8_t>>())}),
         md::variant("Address32", 3, {md::unnamed(type_of<std::array<uint8_t, 32>>())}),
         md::variant("Address20", 4, {md::unnamed(type_of<std::array<uint8_t, 20>>())})});
    t["MultiSignature"] =
        md::t_enum("MultiSignature",
                   {md::variant("Ed25519", 0, {md::unnamed(type_of<std::array<uint8_t, 64>>())}),
                    md::variant("Sr25519", 1, {md::unnamed(type_of<std::array<uint8_t, 64>>())}),
                    md::variant("Ecdsa", 2, {md::unnamed(type_of<std::array<uint8_t, 65>>())})});
    const md::TypeRef account_data = md::t_struct(
        "AccountData", {md::field_of<uint64_t>("free"), md::field_of<uint64_t>("reserved"),
                        md::field_of<uint64_t>("frozen"), md::field_of<u128>("flags")});
    t["AccountInfo"] = md::t_struct(
        "AccountInfo", {md::field_of<uint32_t>("nonce"), md::field_of<uint32_t>("consumers"),
                        md::field_of<uint32_t>("providers"), md::field_of<uint32_t>("sufficients"),
                        md::field("data", account_data)});
    const md::TypeRef engine = type_of<std::array<uint8_t, 4>>();
    const md::TypeRef data = type_of<std::vector<uint8_t>>();
    const md::TypeRef digest_item = md::t_enum(
        "DigestItem", {md::variant("Other", 0, {md::unnamed(data)}),
                       md::variant("Consensus", 4, {md::unnamed(engine), md::unnamed(data)}),
                       md::variant("Seal", 5, {md::unnamed(engine), md::unnamed(data)}),
                       md::variant("PreRuntime", 6, {md::unnamed(engine), md::unnamed(data)}),
                       md::variant("RuntimeEnvironmentUpdated", 8)});
    t["Header"] = md::t_struct(
        "Header",
        {md::field_of<Hash256>("parent_hash"), md::field_of<scale::Compact<uint32_t>>("number"),
         md::field_of<Hash256>("state_root"), md::field_of<Hash256>("extrinsics_root"),
         md::field("digest", md::t_seq(digest_item))});
    return t;
  }();
  const auto it = table.find(name);
  return it == table.end() ? nullptr : it->second;
}

}  // namespace subemu::testutil

namespace subemu::runtime::metadata {
// gtest printer for Values: u:7, i:-1, b:true, "text", 0xaabb, [..], v3(..), call7.2(..).
inline void PrintTo(const Value& v, std::ostream* os) {
  switch (v.kind) {
    case Value::Kind::kUnit:
      *os << "()";
      return;
    case Value::Kind::kBool:
      *os << (v.boolean ? "b:true" : "b:false");
      return;
    case Value::Kind::kUint:
      *os << "u:" << to_decimal(v.uint);
      return;
    case Value::Kind::kInt:
      *os << "i:" << to_decimal(v.as_int());
      return;
    case Value::Kind::kBytes:
      *os << to_hex(v.bytes);
      return;
    case Value::Kind::kString:
      *os << '"' << v.text << '"';
      return;
    case Value::Kind::kSeq:
    case Value::Kind::kVariant:
    case Value::Kind::kCall:
      if (v.kind == Value::Kind::kVariant) *os << "v" << int{v.index};
      if (v.kind == Value::Kind::kCall) *os << "call" << int{v.index} << "." << int{v.index2};
      *os << (v.kind == Value::Kind::kSeq ? "[" : "(");
      for (size_t i = 0; i < v.items.size(); ++i) {
        if (i > 0) *os << ", ";
        PrintTo(v.items[i], os);
      }
      *os << (v.kind == Value::Kind::kSeq ? "]" : ")");
      return;
  }
}
}  // namespace subemu::runtime::metadata
