// Test-only SCALE types for shared/vectors/scale.json and a registry mapping every `type` name of
// that file to a C++ type: round_trip(case) checks encode(value) == hex and decode(hex) == value;
// decode(bytes) decodes and re-encodes (for the rejection/fuzz tests).
//
// Types of later layers (MultiAddress, MultiSignature, AccountInfo, Header) are modelled here as
// plain SCALE user types with the layouts given in the vectors' `type_def`; the runtime defines
// its own versions.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/primitives/ids.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::scale::testing {

using json = nlohmann::json;

// ---- A dense Rust enum: variant index == SCALE tag (test helper only; runtime enums spell out
// their indices). ----
template <class... Ts>
struct DenseEnum {
  std::variant<Ts...> v;
  friend bool operator==(const DenseEnum&, const DenseEnum&) = default;

  void encode_to(Encoder& e) const {
    e.put_byte(static_cast<uint8_t>(v.index()));
    std::visit([&e](const auto& x) { scale::encode_to(e, x); }, v);
  }
  static bool decode_from(Decoder& d, DenseEnum& out) {
    uint8_t tag = 0;
    if (!decode_enum_tag(d, tag, static_cast<uint8_t>(sizeof...(Ts) - 1))) return false;
    return decode_alt(d, out, tag, std::index_sequence_for<Ts...>{});
  }

 private:
  template <size_t... I>
  static bool decode_alt(Decoder& d, DenseEnum& out, uint8_t tag, std::index_sequence<I...>) {
    return ((tag == I ? (out.v.template emplace<I>(), scale::decode_from(d, std::get<I>(out.v)))
                      : false) ||
            ...);
  }
};

// enum TestEnum { A, B(u32), C(u8, bool), D { x: u16, y: Vec<u8> } }
struct TestEnumD {
  uint16_t x = 0;
  Bytes y;
  friend bool operator==(const TestEnumD&, const TestEnumD&) = default;
  void encode_to(Encoder& e) const {
    scale::encode_to(e, x);
    scale::encode_to(e, y);
  }
  static bool decode_from(Decoder& d, TestEnumD& out) {
    return scale::decode_from(d, out.x) && scale::decode_from(d, out.y);
  }
};
using TestEnum = DenseEnum<std::monostate, uint32_t, std::tuple<uint8_t, bool>, TestEnumD>;

// MultiAddress<AccountId32, u32>: Id, Index(Compact), Raw(Vec<u8>), Address32, Address20.
using MultiAddress = DenseEnum<AccountId32, Compact<uint32_t>, Bytes, ByteArray<32>, ByteArray<20>>;
// MultiSignature: Ed25519([u8;64]), Sr25519([u8;64]), Ecdsa([u8;65]).
using MultiSignature = DenseEnum<ByteArray<64>, ByteArray<64>, ByteArray<65>>;

// frame_system AccountInfo<u32, pallet_balances::AccountData<u64>>.
struct AccountData {
  uint64_t free = 0, reserved = 0, frozen = 0;
  u128 flags = 0;
  friend bool operator==(const AccountData&, const AccountData&) = default;
  void encode_to(Encoder& e) const {
    scale::encode_to(e, free);
    scale::encode_to(e, reserved);
    scale::encode_to(e, frozen);
    scale::encode_to(e, flags);
  }
  static bool decode_from(Decoder& d, AccountData& o) {
    return scale::decode_from(d, o.free) && scale::decode_from(d, o.reserved) &&
           scale::decode_from(d, o.frozen) && scale::decode_from(d, o.flags);
  }
};
struct AccountInfo {
  uint32_t nonce = 0, consumers = 0, providers = 0, sufficients = 0;
  AccountData data;
  friend bool operator==(const AccountInfo&, const AccountInfo&) = default;
  void encode_to(Encoder& e) const {
    scale::encode_to(e, nonce);
    scale::encode_to(e, consumers);
    scale::encode_to(e, providers);
    scale::encode_to(e, sufficients);
    scale::encode_to(e, data);
  }
  static bool decode_from(Decoder& d, AccountInfo& o) {
    return scale::decode_from(d, o.nonce) && scale::decode_from(d, o.consumers) &&
           scale::decode_from(d, o.providers) && scale::decode_from(d, o.sufficients) &&
           scale::decode_from(d, o.data);
  }
};

// sp_runtime DigestItem: Other(Vec<u8>)=0, Consensus/Seal/PreRuntime([u8;4], Vec<u8>)=4/5/6,
// RuntimeEnvironmentUpdated=8 (sparse tags).
struct DigestItem {
  static constexpr uint8_t kOther = 0, kConsensus = 4, kSeal = 5, kPreRuntime = 6,
                           kRuntimeEnvironmentUpdated = 8;
  uint8_t kind = kOther;
  ByteArray<4> engine{};
  Bytes data;
  friend bool operator==(const DigestItem&, const DigestItem&) = default;
  void encode_to(Encoder& e) const {
    e.put_byte(kind);
    if (kind == kConsensus || kind == kSeal || kind == kPreRuntime) scale::encode_to(e, engine);
    if (kind != kRuntimeEnvironmentUpdated) scale::encode_to(e, data);
  }
  static bool decode_from(Decoder& d, DigestItem& o) {
    if (!d.read_byte(o.kind)) return false;
    switch (o.kind) {
      case kOther:
        return scale::decode_from(d, o.data);
      case kConsensus:
      case kSeal:
      case kPreRuntime:
        return scale::decode_from(d, o.engine) && scale::decode_from(d, o.data);
      case kRuntimeEnvironmentUpdated:
        return true;
      default:
        d.fail(DecodeError::kInvalidEnumTag);
        return false;
    }
  }
};

// generic::Header<u32, BlakeTwo256>.
struct Header {
  Hash256 parent_hash;
  Compact<uint32_t> number;
  Hash256 state_root;
  Hash256 extrinsics_root;
  std::vector<DigestItem> digest;
  friend bool operator==(const Header&, const Header&) = default;
  void encode_to(Encoder& e) const {
    scale::encode_to(e, parent_hash);
    scale::encode_to(e, number);
    scale::encode_to(e, state_root);
    scale::encode_to(e, extrinsics_root);
    scale::encode_to(e, digest);
  }
  static bool decode_from(Decoder& d, Header& o) {
    return scale::decode_from(d, o.parent_hash) && scale::decode_from(d, o.number) &&
           scale::decode_from(d, o.state_root) && scale::decode_from(d, o.extrinsics_root) &&
           scale::decode_from(d, o.digest);
  }
};

// ---- JSON value -> C++ value, following the file's conventions. ----
template <class T, class = void>
struct FromJson;

template <class T>
struct FromJson<T, std::enable_if_t<kIsInteger<T>>> {
  static T get(const json& j) {
    if (j.is_string()) {
      const std::string s = j.get<std::string>();
      if constexpr (kIsSignedInteger<T>) {
        const auto v = parse_i128(s);
        EXPECT_TRUE(v.has_value()) << s;
        return static_cast<T>(v.value_or(0));
      } else {
        const auto v = parse_u128(s);
        EXPECT_TRUE(v.has_value()) << s;
        return static_cast<T>(v.value_or(0));
      }
    }
    if constexpr (kIsSignedInteger<T>) {
      return static_cast<T>(j.get<int64_t>());
    } else {
      return static_cast<T>(j.get<uint64_t>());
    }
  }
};
template <>
struct FromJson<bool> {
  static bool get(const json& j) { return j.get<bool>(); }
};
template <class T>
struct FromJson<Compact<T>> {
  static Compact<T> get(const json& j) { return {FromJson<T>::get(j)}; }
};
template <>
struct FromJson<std::string> {
  static std::string get(const json& j) { return j.get<std::string>(); }
};
template <>
struct FromJson<std::monostate> {
  static std::monostate get(const json&) { return {}; }
};
template <class T>
struct FromJson<std::vector<T>> {
  static std::vector<T> get(const json& j) {
    if constexpr (std::is_same_v<T, uint8_t>) {
      return testutil::hex(j.get<std::string>());
    } else {
      std::vector<T> out;
      for (const auto& x : j) out.push_back(FromJson<T>::get(x));
      return out;
    }
  }
};
template <class T, size_t N>
struct FromJson<std::array<T, N>> {
  static std::array<T, N> get(const json& j) {
    std::array<T, N> out{};
    if constexpr (std::is_same_v<T, uint8_t>) {
      const Bytes b = testutil::hex(j.get<std::string>());
      EXPECT_EQ(b.size(), N);
      for (size_t i = 0; i < N && i < b.size(); ++i) out[i] = b[i];
    } else {
      EXPECT_EQ(j.size(), N);
      for (size_t i = 0; i < N && i < j.size(); ++i) out[i] = FromJson<T>::get(j[i]);
    }
    return out;
  }
};
template <size_t N, class Tag>
struct FromJson<FixedBytes<N, Tag>> {
  static FixedBytes<N, Tag> get(const json& j) {
    return FixedBytes<N, Tag>(FromJson<ByteArray<N>>::get(j));
  }
};
template <class T>
struct FromJson<std::optional<T>> {
  static std::optional<T> get(const json& j) {
    if (j.is_null()) return std::nullopt;
    return FromJson<T>::get(j);
  }
};
template <>
struct FromJson<OptionBool> {
  static OptionBool get(const json& j) {
    if (j.is_null()) return {};
    return {j.get<bool>()};
  }
};
template <class... Ts>
struct FromJson<std::tuple<Ts...>> {
  static std::tuple<Ts...> get(const json& j) {
    EXPECT_EQ(j.size(), sizeof...(Ts));
    return build(j, std::index_sequence_for<Ts...>{});
  }
  template <size_t... I>
  static std::tuple<Ts...> build(const json& j, std::index_sequence<I...>) {
    return std::tuple<Ts...>(FromJson<Ts>::get(j.at(I))...);
  }
};
template <class K, class V>
struct FromJson<std::map<K, V>> {
  static std::map<K, V> get(const json& j) {
    std::map<K, V> out;
    for (const auto& kv : j) out.emplace(FromJson<K>::get(kv.at(0)), FromJson<V>::get(kv.at(1)));
    return out;
  }
};
template <class T, class E>
struct FromJson<Result<T, E>> {
  static Result<T, E> get(const json& j) {
    if (j.contains("Ok")) {
      if constexpr (std::is_void_v<T>) {
        return Result<T, E>(Ok{});
      } else {
        return Result<T, E>(FromJson<T>::get(j["Ok"]));
      }
    }
    return Result<T, E>(unexpected(FromJson<E>::get(j.at("Err"))));
  }
};
template <class... Ts>
struct FromJson<DenseEnum<Ts...>> {
  static DenseEnum<Ts...> get(const json& j) {
    DenseEnum<Ts...> out;
    const auto index = j.at("index").get<size_t>();
    set(out, index, j.at("value"), std::index_sequence_for<Ts...>{});
    EXPECT_EQ(out.v.index(), index);
    return out;
  }
  template <size_t... I>
  static void set(DenseEnum<Ts...>& out, size_t index, const json& v, std::index_sequence<I...>) {
    ((index == I ? (out.v.template emplace<I>(
                        FromJson<std::variant_alternative_t<I, std::variant<Ts...>>>::get(v)),
                    true)
                 : false) ||
     ...);
  }
};
template <>
struct FromJson<TestEnumD> {
  static TestEnumD get(const json& j) {
    return {FromJson<uint16_t>::get(j.at("x")), FromJson<Bytes>::get(j.at("y"))};
  }
};
template <>
struct FromJson<AccountInfo> {
  static AccountInfo get(const json& j) {
    AccountInfo a;
    a.nonce = FromJson<uint32_t>::get(j.at("nonce"));
    a.consumers = FromJson<uint32_t>::get(j.at("consumers"));
    a.providers = FromJson<uint32_t>::get(j.at("providers"));
    a.sufficients = FromJson<uint32_t>::get(j.at("sufficients"));
    const json& d = j.at("data");
    a.data.free = FromJson<uint64_t>::get(d.at("free"));
    a.data.reserved = FromJson<uint64_t>::get(d.at("reserved"));
    a.data.frozen = FromJson<uint64_t>::get(d.at("frozen"));
    a.data.flags = FromJson<u128>::get(d.at("flags"));
    return a;
  }
};
template <>
struct FromJson<Header> {
  static Header get(const json& j) {
    Header h;
    h.parent_hash = FromJson<Hash256>::get(j.at("parent_hash"));
    h.number = FromJson<Compact<uint32_t>>::get(j.at("number"));
    h.state_root = FromJson<Hash256>::get(j.at("state_root"));
    h.extrinsics_root = FromJson<Hash256>::get(j.at("extrinsics_root"));
    for (const auto& item : j.at("digest")) {
      DigestItem di;
      if (item.is_string()) {
        EXPECT_EQ(item.get<std::string>(), "RuntimeEnvironmentUpdated");
        di.kind = DigestItem::kRuntimeEnvironmentUpdated;
      } else {
        const std::string name = item.begin().key();
        const json& body = item.begin().value();
        if (name == "Other") {
          di.kind = DigestItem::kOther;
          di.data = FromJson<Bytes>::get(body);
        } else if (name == "RuntimeEnvironmentUpdated") {
          di.kind = DigestItem::kRuntimeEnvironmentUpdated;
        } else {
          if (name == "Consensus") {
            di.kind = DigestItem::kConsensus;
          } else if (name == "Seal") {
            di.kind = DigestItem::kSeal;
          } else {
            EXPECT_EQ(name, "PreRuntime");
            di.kind = DigestItem::kPreRuntime;
          }
          di.engine = FromJson<ByteArray<4>>::get(body.at("engine_hex"));
          di.data = FromJson<Bytes>::get(body.at("data"));
        }
      }
      h.digest.push_back(std::move(di));
    }
    return h;
  }
};

// ---- Equality (subemu::Result has no operator==) ----
template <class T>
bool same(const T& a, const T& b) {
  return a == b;
}
template <class T, class E>
bool same(const Result<T, E>& a, const Result<T, E>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a.has_value()) return a.error() == b.error();
  if constexpr (std::is_void_v<T>) {
    return true;
  } else {
    return a.value() == b.value();
  }
}

template <class T>
void expect_round_trip(const json& c) {
  const Bytes bytes = testutil::hex(c.at("hex").get<std::string>());
  const T expected = FromJson<T>::get(c.at("value"));
  EXPECT_EQ(to_hex(encode(expected)), to_hex(bytes)) << "encode";
  auto decoded = decode<T>(bytes);
  ASSERT_TRUE(decoded.has_value()) << "decode: " << to_string(decoded.error());
  EXPECT_TRUE(same(*decoded, expected)) << "decode(hex) != value";
  // Decoding through a Decoder leaves it exactly at the end.
  Decoder d(bytes);
  T again = detail::Seed<T>::make();
  EXPECT_TRUE(decode_from(d, again));
  EXPECT_EQ(d.remaining(), 0u);
}

// Decodes `bytes` (as a whole) to T and returns the re-encoding, or the decode error.
template <class T>
Result<Bytes, DecodeError> decode_and_reencode(ByteView bytes) {
  auto r = decode<T>(bytes);
  if (!r.has_value()) return unexpected(r.error());
  return encode(*r);
}

struct TypeOps {
  std::function<void(const json&)> round_trip;
  std::function<Result<Bytes, DecodeError>(ByteView)> decode;
};

template <class T>
TypeOps ops() {
  return {&expect_round_trip<T>, &decode_and_reencode<T>};
}

// Every `type` name used in scale.json.
inline const std::map<std::string, TypeOps>& registry() {
  static const std::map<std::string, TypeOps> kRegistry = {
      {"bool", ops<bool>()},
      {"u8", ops<uint8_t>()},
      {"u16", ops<uint16_t>()},
      {"u32", ops<uint32_t>()},
      {"u64", ops<uint64_t>()},
      {"u128", ops<u128>()},
      {"i8", ops<int8_t>()},
      {"i16", ops<int16_t>()},
      {"i32", ops<int32_t>()},
      {"i64", ops<int64_t>()},
      {"i128", ops<i128>()},
      {"Compact<u8>", ops<Compact<uint8_t>>()},
      {"Compact<u16>", ops<Compact<uint16_t>>()},
      {"Compact<u32>", ops<Compact<uint32_t>>()},
      {"Compact<u64>", ops<Compact<uint64_t>>()},
      {"Compact<u128>", ops<Compact<u128>>()},
      {"Vec<u8>", ops<Bytes>()},
      {"Vec<u16>", ops<std::vector<uint16_t>>()},
      {"Vec<u64>", ops<std::vector<uint64_t>>()},
      {"Vec<bool>", ops<std::vector<bool>>()},
      {"Vec<Vec<u8>>", ops<std::vector<Bytes>>()},
      {"String", ops<std::string>()},
      {"Option<u64>", ops<std::optional<uint64_t>>()},
      {"Option<u32>", ops<std::optional<uint32_t>>()},
      {"Option<bool>", ops<std::optional<bool>>()},
      {"Option<Vec<u8>>", ops<std::optional<Bytes>>()},
      {"OptionBool", ops<OptionBool>()},
      {"()", ops<std::monostate>()},
      {"(u8, u16)", ops<std::tuple<uint8_t, uint16_t>>()},
      {"(u32, bool, Vec<u8>)", ops<std::tuple<uint32_t, bool, Bytes>>()},
      {"(u16, AccountId32, u64)", ops<std::tuple<uint16_t, AccountId32, uint64_t>>()},
      {"[u8; 32]", ops<ByteArray<32>>()},
      {"[u8; 4]", ops<ByteArray<4>>()},
      {"[u16; 3]", ops<std::array<uint16_t, 3>>()},
      {"AccountId32", ops<AccountId32>()},
      {"Result<u32, String>", ops<Result<uint32_t, std::string>>()},
      {"Result<(), u8>", ops<Result<void, uint8_t>>()},
      {"TestEnum", ops<TestEnum>()},
      {"MultiAddress", ops<MultiAddress>()},
      {"MultiSignature", ops<MultiSignature>()},
      {"AccountInfo", ops<AccountInfo>()},
      {"BTreeMap<u16, u64>", ops<std::map<uint16_t, uint64_t>>()},
      {"Header", ops<Header>()},
  };
  return kRegistry;
}

}  // namespace subemu::scale::testing
