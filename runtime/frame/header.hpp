// The block header, SCALE-identical to sp_runtime::generic::Header<u32, BlakeTwo256>:
//   parent_hash H256 ++ number Compact<u32> ++ state_root H256 ++ extrinsics_root H256 ++
//   digest Vec<DigestItem>
// DigestItem: Other(Vec<u8>)=0 | Consensus([u8;4], Vec<u8>)=4 | Seal([u8;4], Vec<u8>)=5 |
//             PreRuntime([u8;4], Vec<u8>)=6 | RuntimeEnvironmentUpdated=8
// The block hash is blake2_256 of the encoded header.
#pragma once

#include "runtime/layer.hpp"

#include <array>
#include <cstdint>
#include <vector>

#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::frame {

using ConsensusEngineId = std::array<uint8_t, 4>;
inline constexpr ConsensusEngineId kAuraEngineId = {'a', 'u', 'r', 'a'};

struct DigestItem {
  enum class Kind : uint8_t {
    kOther = 0,
    kConsensus = 4,
    kSeal = 5,
    kPreRuntime = 6,
    kRuntimeEnvironmentUpdated = 8,
  };
  Kind kind = Kind::kOther;
  ConsensusEngineId engine{};  // Consensus / Seal / PreRuntime
  Bytes data;                  // all but RuntimeEnvironmentUpdated

  static DigestItem pre_runtime(const ConsensusEngineId& engine, Bytes data) {
    return DigestItem{Kind::kPreRuntime, engine, std::move(data)};
  }
  friend bool operator==(const DigestItem&, const DigestItem&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, DigestItem& out);
  static metadata::TypeRef type_desc();
};

struct Digest {
  std::vector<DigestItem> logs;
  friend bool operator==(const Digest&, const Digest&) = default;

  void encode_to(scale::Encoder& e) const { scale::encode_to(e, logs); }
  static bool decode_from(scale::Decoder& d, Digest& out) { return scale::decode_from(d, out.logs); }
  static metadata::TypeRef type_desc();
};

struct Header {
  Hash256 parent_hash{};
  BlockNumber number = 0;
  Hash256 state_root{};
  Hash256 extrinsics_root{};
  Digest digest;
  friend bool operator==(const Header&, const Header&) = default;

  Hash256 hash() const;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, Header& out);
  static metadata::TypeRef type_desc();
};

}  // namespace subemu::runtime::frame
