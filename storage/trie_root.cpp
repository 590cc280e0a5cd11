// mirrors sp-trie's trie_root / NodeCodec (no-extension layout) over sorted entries.
#include "storage/trie_root.hpp"

#include <algorithm>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::storage {

namespace {

constexpr size_t kHashLen = 32;
constexpr size_t kInlineValueLimit = 33;  // version 1: values of at least this length are hashed

// Node kinds: the prefix value and how many high bits of the first header byte it takes.
struct Kind {
  uint8_t prefix;
  uint8_t bits;
};
constexpr Kind kLeaf{0x40, 2};
constexpr Kind kBranch{0x80, 2};
constexpr Kind kBranchWithValue{0xc0, 2};
constexpr Kind kHashedValueLeaf{0x20, 3};
constexpr Kind kHashedValueBranch{0x10, 4};

uint8_t nibble_at(const Bytes& key, size_t i) {
  const uint8_t b = key[i / 2];
  return (i % 2 == 0) ? static_cast<uint8_t>(b >> 4) : static_cast<uint8_t>(b & 0x0f);
}

void put_header(Bytes& out, Kind kind, size_t nibbles) {
  const size_t max_value = size_t{255} >> kind.bits;
  if (nibbles < max_value) {
    out.push_back(static_cast<uint8_t>(kind.prefix | nibbles));
    return;
  }
  out.push_back(static_cast<uint8_t>(kind.prefix | max_value));
  size_t rest = nibbles - max_value;
  while (rest >= 255) {
    out.push_back(255);
    rest -= 255;
  }
  out.push_back(static_cast<uint8_t>(rest));
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
  scale::Encoder enc;
  scale::encode_compact(enc, value.size());
  append(out, enc.bytes());
  append(out, value);
}

bool hash_value(const Bytes& value, StateVersion version) {
  return version == StateVersion::kV1 && value.size() >= kInlineValueLimit;
}

using Span = std::span<const TrieEntry>;

// Encodes the node for `entries` (non-empty, sorted), all of which share the first `depth`
// nibbles.
Bytes encode_node(Span entries, size_t depth, StateVersion version) {
  if (entries.size() == 1) {
    const TrieEntry& e = entries.front();
    const size_t end = e.first.size() * 2;
    const bool hashed = hash_value(e.second, version);
    Bytes out;
    put_header(out, hashed ? kHashedValueLeaf : kLeaf, end - depth);
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
    scale::Encoder enc;
    if (child.size() < kHashLen) {
      scale::encode_compact(enc, child.size());
      append(children, enc.bytes());
      append(children, child);
    } else {
      scale::encode_compact(enc, kHashLen);
      append(children, enc.bytes());
      const auto h = crypto::blake2_256(child);
      children.insert(children.end(), h.begin(), h.end());
    }
    i = j;
  }

  Bytes out;
  const bool hashed = value != nullptr && hash_value(value->second, version);
  const Kind kind = value == nullptr ? kBranch : (hashed ? kHashedValueBranch : kBranchWithValue);
  put_header(out, kind, split - depth);
  put_partial(out, first, depth, split);
  out.push_back(static_cast<uint8_t>(bitmap & 0xff));
  out.push_back(static_cast<uint8_t>(bitmap >> 8));
  if (value != nullptr) put_value(out, value->second, hashed);
  append(out, children);
  return out;
}

}  // namespace

Bytes trie_root_node(std::span<const TrieEntry> entries, StateVersion version) {
  for (size_t i = 1; i < entries.size(); ++i) SUBEMU_CHECK(entries[i - 1].first < entries[i].first);
  if (entries.empty()) return Bytes{0x00};
  return encode_node(entries, 0, version);
}

ByteArray<32> trie_root(std::span<const TrieEntry> entries, StateVersion version) {
  return crypto::blake2_256(trie_root_node(entries, version));
}

}  // namespace subemu::storage
