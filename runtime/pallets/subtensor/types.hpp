// The value types of SubtensorModule's storage and events (pallets/subtensor/src/lib.rs at
// v3.0.0), as user types with their SCALE codec and type descriptor. Field order is the SCALE
// order and is on chain: it must not change.
//
//   AxonInfo            {block u64, version u32, ip u128, port u16, ip_type u8, protocol u8,
//                        placeholder1 u8, placeholder2 u8}
//   PrometheusInfo      {block u64, version u32, ip u128, port u16, ip_type u8}
//   NeuronCertificate   {public_key BoundedVec<u8, 64>, algorithm u8}
//   ChainIdentity       {name, url, image, discord, description, additional}            (Vec<u8>s)
//   ChainIdentityV2     {name, url, github_repo, image, discord, description, additional}
//   SubnetIdentity      {subnet_name, github_repo, subnet_contact}
//   SubnetIdentityV2    {subnet_name, github_repo, subnet_contact, subnet_url, discord,
//                        description, additional}
//   H160                [u8; 20] (an Ethereum address; sp_core::H160)
//
// Rust collections map to ours with the same bytes: VecDeque<T> and BoundedVec<T, N> are
// std::vector<T> (BoundedVec's bound is checked where upstream checks it before writing; only
// NeuronCertificate's decode enforces its bound of 64, as BoundedVec's Decode does), tuples are
// std::pair / std::tuple.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

struct H160Tag {};
using H160 = FixedBytes<20, H160Tag>;

// lib.rs AxonInfo (freeze_struct 3545cfb0cac4c1f5).
struct AxonInfo {
  uint64_t block = 0;
  uint32_t version = 0;
  u128 ip = 0;
  uint16_t port = 0;
  uint8_t ip_type = 0;
  uint8_t protocol = 0;
  uint8_t placeholder1 = 0;
  uint8_t placeholder2 = 0;

  static constexpr size_t kScaleMinSize = 34;
  friend bool operator==(const AxonInfo&, const AxonInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, AxonInfo& out);
  static metadata::TypeRef type_desc();
};

// lib.rs PrometheusInfo (freeze_struct 5dde687e63baf0cd).
struct PrometheusInfo {
  uint64_t block = 0;
  uint32_t version = 0;
  u128 ip = 0;
  uint16_t port = 0;
  uint8_t ip_type = 0;

  static constexpr size_t kScaleMinSize = 31;
  friend bool operator==(const PrometheusInfo&, const PrometheusInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, PrometheusInfo& out);
  static metadata::TypeRef type_desc();
};

// lib.rs NeuronCertificate (freeze_struct 1c232be200d9ec6c). Decoding fails for a public key of
// more than kMaxPublicKeyBytes bytes (BoundedVec<u8, ConstU32<64>>).
struct NeuronCertificate {
  static constexpr size_t kMaxPublicKeyBytes = 64;
  std::vector<uint8_t> public_key;
  uint8_t algorithm = 0;

  static constexpr size_t kScaleMinSize = 2;
  friend bool operator==(const NeuronCertificate&, const NeuronCertificate&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, NeuronCertificate& out);
  static metadata::TypeRef type_desc();
};

// lib.rs ChainIdentity (deprecated for V2; freeze_struct bbfd00438dbe2b58).
struct ChainIdentity {
  std::vector<uint8_t> name;
  std::vector<uint8_t> url;
  std::vector<uint8_t> image;
  std::vector<uint8_t> discord;
  std::vector<uint8_t> description;
  std::vector<uint8_t> additional;

  static constexpr size_t kScaleMinSize = 6;
  friend bool operator==(const ChainIdentity&, const ChainIdentity&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, ChainIdentity& out);
  static metadata::TypeRef type_desc();
};

// lib.rs ChainIdentityV2 (freeze_struct ad72a270be7b59d7).
struct ChainIdentityV2 {
  std::vector<uint8_t> name;
  std::vector<uint8_t> url;
  std::vector<uint8_t> github_repo;
  std::vector<uint8_t> image;
  std::vector<uint8_t> discord;
  std::vector<uint8_t> description;
  std::vector<uint8_t> additional;

  static constexpr size_t kScaleMinSize = 7;
  friend bool operator==(const ChainIdentityV2&, const ChainIdentityV2&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, ChainIdentityV2& out);
  static metadata::TypeRef type_desc();
};

// lib.rs SubnetIdentity (deprecated for V2; freeze_struct f448dc3dad763108).
struct SubnetIdentity {
  std::vector<uint8_t> subnet_name;
  std::vector<uint8_t> github_repo;
  std::vector<uint8_t> subnet_contact;

  static constexpr size_t kScaleMinSize = 3;
  friend bool operator==(const SubnetIdentity&, const SubnetIdentity&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, SubnetIdentity& out);
  static metadata::TypeRef type_desc();
};

// lib.rs SubnetIdentityV2 (freeze_struct e002be4cd05d7b3e).
struct SubnetIdentityV2 {
  std::vector<uint8_t> subnet_name;
  std::vector<uint8_t> github_repo;
  std::vector<uint8_t> subnet_contact;
  std::vector<uint8_t> subnet_url;
  std::vector<uint8_t> discord;
  std::vector<uint8_t> description;
  std::vector<uint8_t> additional;

  static constexpr size_t kScaleMinSize = 7;
  friend bool operator==(const SubnetIdentityV2&, const SubnetIdentityV2&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, SubnetIdentityV2& out);
  static metadata::TypeRef type_desc();
};

// ---- composite values (Rust tuples) -----------------------------------------------------------

// (proportion, account): ChildKeys / ParentKeys entries and SetChildren events. The proportion is
// a fraction of u64::MAX.
using ProportionAccount = std::pair<uint64_t, AccountId>;
// PendingChildKeys: (children, cooldown block).
using PendingChildren = std::pair<std::vector<ProportionAccount>, uint64_t>;
// WeightCommits entries: (commit hash, commit block, first reveal block, last reveal block).
using WeightCommit = std::tuple<Hash256, uint64_t, uint64_t, uint64_t>;
// CRV3WeightCommits entries: (who, serialized compressed commit (BoundedVec<u8, 5000>), drand
// reveal round).
using Crv3WeightCommit = std::tuple<AccountId, std::vector<uint8_t>, uint64_t>;
inline constexpr uint32_t kMaxCrv3CommitSizeBytes = 5000;  // lib.rs MAX_CRV3_COMMIT_SIZE_BYTES
// LoadedEmission entries: (hotkey, server emission, validator emission).
using LoadedEmissionEntry = std::tuple<AccountId, uint64_t, uint64_t>;

}  // namespace subemu::runtime::subtensor

namespace subemu::runtime::metadata {
// H160 is displayed under its Rust name.
template <>
struct TypeOf<subtensor::H160> {
  static TypeRef get() {
    static const TypeRef t = t_byte_array(20, "H160");
    return t;
  }
};
}  // namespace subemu::runtime::metadata
