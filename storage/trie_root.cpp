// mirrors sp-trie's trie_root / NodeCodec (no-extension layout) over sorted entries.
#include "storage/trie_root.hpp"

#include <algorithm>
#include <vector>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::storage {

namespace {

using trie_codec::is_hashed_value;
using trie_codec::kHashLen;
using trie_codec::NodeKind;
using trie_codec::put_compact;
using trie_codec::put_header;

uint8_t nibble_at(const Bytes& key, size_t i) {
  const uint8_t b = key[i / 2];
  return (i % 2 == 0) ? static_cast<uint8_t>(b >> 4) : static_cast<uint8_t>(b & 0x0f);
}

// Nibbles [from, to) of `key`, packed; an odd count leaves the first nibble alone in a byte.
void put_partial(Bytes& out, const Bytes& key, size_t from, size_t to) {
  size_t i = from;
  if ((to - from) % 2 == 1) {
    out.push_back(nibble_at(key, i));
    ++i;
  }
  for (; i < to; i += 2) {
    out.push_back(static_cast<uint8_t>((nibble_at(key, i) << 4) | nibble_at(key, i + 1)));
  }
}

void put_value(Bytes& out, const Bytes& value, bool hashed) {
  if (hashed) {
    const auto h = crypto::blake2_256(value);
    out.insert(out.end(), h.begin(), h.end());
    return;
  }
  put_compact(out, value.size());
  append(out, value);
}

using Span = std::span<const TrieEntry>;

// Encodes the node for `entries` (non-empty, sorted), all of which share the first `depth`
// nibbles.
Bytes encode_node(Span entries, size_t depth, StateVersion version) {
  if (entries.size() == 1) {
    const TrieEntry& e = entries.front();
    const size_t end = e.first.size() * 2;
    const bool hashed = is_hashed_value(e.second.size(), version);
    Bytes out;
    put_header(out, hashed ? NodeKind::kHashedValueLeaf : NodeKind::kLeaf, end - depth);
    put_partial(out, e.first, depth, end);
    put_value(out, e.second, hashed);
    return out;
  }
  // Common prefix of all keys beyond `depth`: that of the first and the last (sorted).
  const Bytes& first = entries.front().first;
  const Bytes& last = entries.back().first;
  const size_t limit = std::min(first.size(), last.size()) * 2;
  size_t split = depth;
  while (split < limit && nibble_at(first, split) == nibble_at(last, split)) ++split;

  // A key that ends exactly at the split is the branch's value; sorted order puts it first.
  const TrieEntry* value = nullptr;
  Span rest = entries;
  if (first.size() * 2 == split) {
    value = &entries.front();
    rest = entries.subspan(1);
  }

  // Children by the nibble at `split`.
  Bytes children;
  uint16_t bitmap = 0;
  size_t i = 0;
  while (i < rest.size()) {
    const uint8_t nib = nibble_at(rest[i].first, split);
    size_t j = i + 1;
    while (j < rest.size() && nibble_at(rest[j].first, split) == nib) ++j;
    const Bytes child = encode_node(rest.subspan(i, j - i), split + 1, version);
    bitmap = static_cast<uint16_t>(bitmap | (1u << nib));
    if (child.size() < kHashLen) {
      put_compact(children, child.size());
      append(children, child);
    } else {
      put_compact(children, kHashLen);
      const auto h = crypto::blake2_256(child);
      children.insert(children.end(), h.begin(), h.end());
    }
    i = j;
  }

  Bytes out;
  const bool hashed = value != nullptr && is_hashed_value(value->second.size(), version);
  const NodeKind kind = value == nullptr
                            ? NodeKind::kBranch
                            : (hashed ? NodeKind::kHashedValueBranch : NodeKind::kBranchWithValue);
  put_header(out, kind, split - depth);
  put_partial(out, first, depth, split);
  out.push_back(static_cast<uint8_t>(bitmap & 0xff));
  out.push_back(static_cast<uint8_t>(bitmap >> 8));
  if (value != nullptr) put_value(out, value->second, hashed);
  append(out, children);
  return out;
}

}  // namespace

namespace trie_codec {

void put_header(Bytes& out, NodeKind kind, size_t nibbles) {
  // Prefix value and how many high bits of the first byte it takes, per kind.
  uint8_t prefix = 0;
  uint8_t bits = 2;
  switch (kind) {
    case NodeKind::kLeaf:
      prefix = 0x40;
      break;
    case NodeKind::kBranch:
      prefix = 0x80;
      break;
    case NodeKind::kBranchWithValue:
      prefix = 0xc0;
      break;
    case NodeKind::kHashedValueLeaf:
      prefix = 0x20;
      bits = 3;
      break;
    case NodeKind::kHashedValueBranch:
      prefix = 0x10;
      bits = 4;
      break;
  }
  const size_t max_value = size_t{255} >> bits;
  if (nibbles < max_value) {
    out.push_back(static_cast<uint8_t>(prefix | nibbles));
    return;
  }
  out.push_back(static_cast<uint8_t>(prefix | max_value));
  size_t rest = nibbles - max_value;
  while (rest >= 255) {
    out.push_back(255);
    rest -= 255;
  }
  out.push_back(static_cast<uint8_t>(rest));
}

void put_compact(Bytes& out, uint64_t n) {
  if (n < (uint64_t{1} << 6)) {
    out.push_back(static_cast<uint8_t>(n << 2));
  } else if (n < (uint64_t{1} << 14)) {
    const uint64_t v = (n << 2) | 1;
    out.push_back(static_cast<uint8_t>(v));
    out.push_back(static_cast<uint8_t>(v >> 8));
  } else if (n < (uint64_t{1} << 30)) {
    const uint64_t v = (n << 2) | 2;
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
  } else {
    // Big-integer mode: byte count - 4 in the upper six bits, then the value, little endian.
    uint8_t len = 4;
    while (len < 8 && (n >> (8 * len)) != 0) ++len;
    out.push_back(static_cast<uint8_t>(((len - 4) << 2) | 3));
    for (uint8_t i = 0; i < len; ++i) out.push_back(static_cast<uint8_t>(n >> (8 * i)));
  }
}

}  // namespace trie_codec

Bytes trie_root_node(std::span<const TrieEntry> entries, StateVersion version) {
  for (size_t i = 1; i < entries.size(); ++i) SUBEMU_CHECK(entries[i - 1].first < entries[i].first);
  if (entries.empty()) return Bytes{0x00};
  return encode_node(entries, 0, version);
}

ByteArray<32> trie_root(std::span<const TrieEntry> entries, StateVersion version) {
  return crypto::blake2_256(trie_root_node(entries, version));
}

// mirrors sp-trie's LayoutV0/V1 ordered_trie_root (keys: encode_index = Compact<u32>(i)).
ByteArray<32> ordered_trie_root(std::span<const Bytes> values, StateVersion version) {
  SUBEMU_CHECK(values.size() <= size_t{0xffffffff});
  std::vector<TrieEntry> entries;
  entries.reserve(values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    Bytes key;
    trie_codec::put_compact(key, i);
    entries.emplace_back(std::move(key), values[i]);
  }
  std::sort(entries.begin(), entries.end(),
            [](const TrieEntry& a, const TrieEntry& b) { return a.first < b.first; });
  return trie_root(entries, version);
}

}  // namespace subemu::storage
