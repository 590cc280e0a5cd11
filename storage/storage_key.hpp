// Substrate storage key derivation (frame_support::storage), byte for byte:
//
//   final key  = twox_128(pallet name) ++ twox_128(item name) ++ seg(key_1) ++ ... ++ seg(key_n)
//   seg(k)     = hasher(SCALE(k))
//   Identity(x)         = x
//   Twox64Concat(x)     = twox_64(x) ++ x        Blake2_128Concat(x) = blake2_128(x) ++ x
//   Twox128(x), Twox256(x), Blake2_128(x), Blake2_256(x) = the digest alone (not reversible)
//
// The pallet name is the name the runtime gives the pallet in construct_runtime! (e.g.
// "SubtensorModule", "System"), the item name the Rust identifier of the storage item. An
// iteration prefix is the final key cut after the first m segments (m = 0: the 32-byte item
// prefix). Reversible hashers (Identity and the *Concat ones) let a raw key be decoded back into
// its key values: skip the digest, then SCALE-decode the key; like FRAME, the digest is not
// re-checked and bytes left after the last key are ignored.
//
// Also: the well-known raw keys of Substrate (":code", ...), which are plain UTF-8 bytes.
//
// Pure functions; thread-safe. Mirrors frame_support/src/hash.rs and storage/types/key.rs.
#pragma once

#include "storage/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::storage {

// The storage hashers. The names are FRAME's (they appear in metadata).
enum class HasherKind : uint8_t {
  kBlake2_128 = 0,
  kBlake2_256 = 1,
  kBlake2_128Concat = 2,
  kTwox128 = 3,
  kTwox256 = 4,
  kTwox64Concat = 5,
  kIdentity = 6,
};  // numbered as StorageHasher in frame-metadata

// Bytes the hasher puts before (concat) or instead of (non-reversible) the encoded key.
constexpr size_t hash_size(HasherKind h) {
  switch (h) {
    case HasherKind::kBlake2_128:
    case HasherKind::kBlake2_128Concat:
    case HasherKind::kTwox128:
      return 16;
    case HasherKind::kBlake2_256:
    case HasherKind::kTwox256:
      return 32;
    case HasherKind::kTwox64Concat:
      return 8;
    case HasherKind::kIdentity:
      return 0;
  }
  return 0;
}

// True when the encoded key can be read back from the hashed segment.
constexpr bool is_reversible(HasherKind h) {
  return h == HasherKind::kIdentity || h == HasherKind::kTwox64Concat ||
         h == HasherKind::kBlake2_128Concat;
}

// FRAME's name of a hasher ("Blake2_128Concat", ...).
std::string_view hasher_name(HasherKind h);

// Appends hasher(encoded) to `out`.
void append_hashed(HasherKind h, ByteView encoded, Bytes& out);
inline Bytes hashed(HasherKind h, ByteView encoded) {
  Bytes out;
  append_hashed(h, encoded, out);
  return out;
}

// twox_128(pallet name): the first 16 bytes of every key of the pallet.
crypto::Hash128 pallet_prefix(std::string_view pallet);
// twox_128(item name).
crypto::Hash128 item_prefix(std::string_view item);

// twox_128(pallet) ++ twox_128(item): the key of a StorageValue and the iteration prefix of a
// map. 32 bytes.
using StoragePrefix = ByteArray<32>;
StoragePrefix storage_prefix(std::string_view pallet, std::string_view item);

// ---------------------------------------------------------------------------------------------
// Typed hashers, as used in item declarations: Blake2_128Concat<AccountId>, Identity<NetUid>.
template <HasherKind H, class K>
struct KeyHasher {
  using Key = K;
  static constexpr HasherKind kKind = H;
  static constexpr bool kReversible = is_reversible(H);
};
template <class K>
using Identity = KeyHasher<HasherKind::kIdentity, K>;
template <class K>
using Twox64Concat = KeyHasher<HasherKind::kTwox64Concat, K>;
template <class K>
using Blake2_128Concat = KeyHasher<HasherKind::kBlake2_128Concat, K>;
template <class K>
using Twox128 = KeyHasher<HasherKind::kTwox128, K>;
template <class K>
using Twox256 = KeyHasher<HasherKind::kTwox256, K>;
template <class K>
using Blake2_128 = KeyHasher<HasherKind::kBlake2_128, K>;
template <class K>
using Blake2_256 = KeyHasher<HasherKind::kBlake2_256, K>;

// Appends seg(key) = H(SCALE(key)) to `out`.
template <class H>
void append_key_segment(Bytes& out, const typename H::Key& key) {
  if constexpr (H::kKind == HasherKind::kIdentity) {
    const Bytes encoded = scale::encode(key);
    append(out, encoded);
  } else {
    append_hashed(H::kKind, scale::encode(key), out);
  }
}

// Reads one segment hashed with H back into `out`: skips the digest and SCALE-decodes the key
// from `d`'s position. False (and d's sticky error) when the input is too short or malformed.
template <class H>
bool decode_key_segment(scale::Decoder& d, typename H::Key& out) {
  static_assert(H::kReversible, "the key of a non-reversible hasher cannot be recovered");
  if constexpr (hash_size(H::kKind) > 0) {
    ByteView digest;
    if (!d.read_bytes(hash_size(H::kKind), digest)) return false;
  }
  return scale::decode_from(d, out);
}

// ---------------------------------------------------------------------------------------------
// Well-known raw keys (sp_core::storage::well_known_keys): UTF-8 bytes, no hashing.
inline constexpr std::string_view kCodeKey = ":code";
inline constexpr std::string_view kHeapPagesKey = ":heappages";
inline constexpr std::string_view kExtrinsicIndexKey = ":extrinsic_index";
inline constexpr std::string_view kIntrablockEntropyKey = ":intrablock_entropy";

}  // namespace subemu::storage
