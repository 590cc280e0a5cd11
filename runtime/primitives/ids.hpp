// Strong identifier types: AccountId32, Hash256 (32-byte values), NetUid, Uid (u16) and the
// runtime's BlockNumber.
//
// Contract: each is a distinct type (no implicit conversion to or from its representation or to
// each other), totally ordered (<=> over the raw bytes / integer, which for byte types is also the
// order of their SCALE encodings), and encodes in SCALE exactly like its representation:
// AccountId32/Hash256 as [u8; 32] (no length prefix), NetUid/Uid as u16 little endian.
// BlockNumber is the frame_system block number, u32 in subtensor v3.0.0 (common/src/lib.rs:
// `pub type BlockNumber = u32`); the pallet widens it to u64 everywhere (get_current_block_as_u64)
// and stores u64 block numbers in its own items, so it is a plain alias, not a newtype.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu {

// A fixed-size byte string with its own type identity (Tag).
template <size_t N, class Tag>
class FixedBytes {
 public:
  static constexpr size_t kSize = N;
  static constexpr size_t kScaleMinSize = N;

  constexpr FixedBytes() = default;  // all zero
  constexpr explicit FixedBytes(const ByteArray<N>& bytes) : bytes_(bytes) {}

  // Exactly N bytes, else nullopt.
  static std::optional<FixedBytes> from_view(ByteView bytes) {
    if (bytes.size() != N) return std::nullopt;
    FixedBytes out;
    for (size_t i = 0; i < N; ++i) out.bytes_[i] = bytes[i];
    return out;
  }
  // 2N hex digits with or without "0x", else nullopt.
  static std::optional<FixedBytes> from_hex(std::string_view text) {
    const std::optional<Bytes> b = ::subemu::from_hex(text);
    if (!b) return std::nullopt;
    return from_view(*b);
  }

  constexpr const ByteArray<N>& bytes() const { return bytes_; }
  ByteView view() const { return ByteView(bytes_); }
  constexpr const uint8_t* data() const { return bytes_.data(); }
  static constexpr size_t size() { return N; }
  constexpr bool is_zero() const {
    for (const uint8_t b : bytes_) {
      if (b != 0) return false;
    }
    return true;
  }
  // "0x" + 2N lowercase hex digits.
  std::string to_hex() const { return ::subemu::to_hex(view()); }

  friend constexpr auto operator<=>(const FixedBytes&, const FixedBytes&) = default;
  friend constexpr bool operator==(const FixedBytes&, const FixedBytes&) = default;

  void encode_to(scale::Encoder& e) const { e.put_bytes(view()); }
  static bool decode_from(scale::Decoder& d, FixedBytes& out) {
    return scale::decode_from(d, out.bytes_);
  }

 private:
  ByteArray<N> bytes_{};
};

template <size_t N, class Tag>
std::string to_string(const FixedBytes<N, Tag>& v) {
  return v.to_hex();
}

// A u16-backed identifier with its own type identity (Tag).
template <class Tag>
class U16Id {
 public:
  static constexpr size_t kScaleMinSize = 2;

  constexpr U16Id() = default;
  constexpr explicit U16Id(uint16_t v) : value_(v) {}
  constexpr uint16_t value() const { return value_; }

  friend constexpr auto operator<=>(const U16Id&, const U16Id&) = default;
  friend constexpr bool operator==(const U16Id&, const U16Id&) = default;

  void encode_to(scale::Encoder& e) const { scale::encode_to(e, value_); }
  static bool decode_from(scale::Decoder& d, U16Id& out) {
    return scale::decode_from(d, out.value_);
  }

 private:
  uint16_t value_ = 0;
};

template <class Tag>
std::string to_string(U16Id<Tag> v) {
  return std::to_string(v.value());
}

struct AccountId32Tag {};
struct Hash256Tag {};
struct NetUidTag {};
struct UidTag {};

// An account: the 32-byte public key (sr25519/ed25519) or blake2_256 of an ecdsa key.
using AccountId32 = FixedBytes<32, AccountId32Tag>;
using AccountId = AccountId32;
// A 32-byte hash (H256): block hashes, state/extrinsics roots.
using Hash256 = FixedBytes<32, Hash256Tag>;
// Subnet identifier; on chain a plain u16 (v3.0.0 has no NetUid newtype).
using NetUid = U16Id<NetUidTag>;
// Neuron position within a subnet; on chain a u16.
using Uid = U16Id<UidTag>;

// The root network.
inline constexpr NetUid kRootNetUid{0};

// frame_system block number (subtensor v3.0.0: u32; header encodes it as Compact<u32>).
using BlockNumber = uint32_t;

}  // namespace subemu
