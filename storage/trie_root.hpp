// Substrate's state commitment: the root of the base-16 Patricia-Merkle trie of sp-trie
// (LayoutV0 / LayoutV1, no extension nodes) with the Blake2-256 hasher.
//
// Node encoding (sp-trie NodeCodec):
//   header  = kind prefix bits | partial-key nibble count (count >= the field's max spills into
//             following bytes: 255 while the remainder is >= 255, then the remainder)
//             kinds: leaf 0b01, branch 0b10, branch+value 0b11, and under state version 1
//             leaf-with-hashed-value 0b001 and branch-with-hashed-value 0b0001
//   partial = the key nibbles of the node; an odd count puts the first nibble in a low half-byte
//   leaf    = header ++ partial ++ value
//   branch  = header ++ partial ++ u16 LE child bitmap ++ [value] ++ children
//   value   = Compact(len) ++ bytes; under version 1 a value of >= 33 bytes is replaced by its
//             blake2_256 (no length prefix) and the node takes the hashed-value kind
//   child   = Compact(len) ++ (encoded child if shorter than 32 bytes, else its blake2_256)
// The root node is always hashed; the empty trie's root is blake2_256(0x00).
//
// trie_root computes a root from scratch (O(total key length) plus one hash per node of >= 32
// bytes); StateTrie (storage/state_trie.hpp) keeps the trie and updates it incrementally, with
// the node codec below shared by both.
//
// ordered_trie_root is sp-trie's root of a list (LayoutV0/V1::ordered_trie_root): value i sits
// under the key SCALE(Compact<u32>(i)); the keys are then sorted as bytes like any trie's, so
// index 64 (0x0101) sorts between 0 (0x00) and 1 (0x04). frame_system's header extrinsics_root
// is this root of the SCALE-encoded extrinsics (each with its own length prefix), and it uses
// StateVersion::kV0 for our runtime, whose RuntimeVersion says state_version 1:
//   * at polkadot-stable2409 (subtensor v3.0.0), frame/system/src/lib.rs extrinsics_data_root
//     hard-codes StateVersion::V0, whatever the runtime's state version;
//   * later polkadot-sdk releases renamed the field to system_version and take the version from
//     RuntimeVersion::extrinsics_root_state_version(), which is V0 for system_version 0 and 1
//     and V1 only from 2 on. Both give V0 here. The state root itself uses V1.
//
// Pure; thread-safe.
#pragma once

#include "storage/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>

#include "runtime/primitives/bytes.hpp"

namespace subemu::storage {

enum class StateVersion : uint8_t { kV0 = 0, kV1 = 1 };

using TrieEntry = std::pair<Bytes, Bytes>;

// Root of the trie holding `entries`. REQUIRES: entries sorted by key (byte order), keys unique
// (checked: a violation is a bug in the caller).
ByteArray<32> trie_root(std::span<const TrieEntry> entries, StateVersion version);

// The encoded root node (before hashing); for debugging and tests.
Bytes trie_root_node(std::span<const TrieEntry> entries, StateVersion version);

// Root of the trie mapping SCALE(Compact<u32>(i)) to values[i] (sp-trie ordered_trie_root).
// The extrinsics root of a block header: ordered_trie_root(encoded extrinsics, kV0).
// REQUIRES: values.size() <= u32::MAX.
ByteArray<32> ordered_trie_root(std::span<const Bytes> values, StateVersion version);

// The node codec, shared by trie_root and StateTrie.
namespace trie_codec {

inline constexpr size_t kHashLen = 32;
// Version 1 stores values of at least this length as their blake2_256 (a hashed-value node).
inline constexpr size_t kInlineValueLimit = 33;

enum class NodeKind : uint8_t {
  kLeaf = 0,
  kBranch = 1,
  kBranchWithValue = 2,
  kHashedValueLeaf = 3,
  kHashedValueBranch = 4,
};

// True when a value of `len` bytes is stored as its hash under `version`.
inline bool is_hashed_value(size_t len, StateVersion version) {
  return version == StateVersion::kV1 && len >= kInlineValueLimit;
}

// Appends a node header: kind prefix and partial-key nibble count.
void put_header(Bytes& out, NodeKind kind, size_t nibbles);

// Appends SCALE Compact(n).
void put_compact(Bytes& out, uint64_t n);

}  // namespace trie_codec

}  // namespace subemu::storage
