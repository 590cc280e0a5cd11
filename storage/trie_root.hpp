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
// Pure; thread-safe. Cost: O(total key length) plus one hash per node of >= 32 bytes.
#pragma once

#include "storage/layer.hpp"

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

}  // namespace subemu::storage
