// Every case of ../shared/vectors/trie.json: state roots for versions 0 and 1 and, where given,
// the encoded root node.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/trie_root.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::storage {
namespace {

using testutil::hex;

std::vector<TrieEntry> entries_of(const nlohmann::json& c) {
  std::vector<TrieEntry> out;
  for (const auto& e : c["entries"]) out.emplace_back(hex(e[0]), hex(e[1]));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(TrieRoot, EveryVector) {
  const auto doc = testutil::load_vectors("trie.json");
  ASSERT_TRUE(doc.contains("cases"));
  size_t checked = 0;
  for (const auto& c : doc["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>());
    const auto entries = entries_of(c);
    EXPECT_EQ(to_hex(trie_root(entries, StateVersion::kV0)), c["root_v0"].get<std::string>());
    EXPECT_EQ(to_hex(trie_root(entries, StateVersion::kV1)), c["root_v1"].get<std::string>());
    if (c.contains("root_node_v0")) {
      EXPECT_EQ(to_hex(trie_root_node(entries, StateVersion::kV0)),
                c["root_node_v0"].get<std::string>());
    }
    if (c.contains("root_node_v1")) {
      EXPECT_EQ(to_hex(trie_root_node(entries, StateVersion::kV1)),
                c["root_node_v1"].get<std::string>());
    }
    ++checked;
  }
  EXPECT_EQ(checked, 24u);
}

TEST(TrieRoot, EmptyTrieRootIsBlake2OfZeroByte) {
  EXPECT_EQ(to_hex(trie_root({}, StateVersion::kV1)),
            "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314");
}

TEST(TrieRoot, CompactAndHeaderCodec) {
  auto compact = [](uint64_t n) {
    Bytes out;
    trie_codec::put_compact(out, n);
    return to_hex(out);
  };
  EXPECT_EQ(compact(0), "0x00");
  EXPECT_EQ(compact(63), "0xfc");
  EXPECT_EQ(compact(64), "0x0101");
  EXPECT_EQ(compact(16383), "0xfdff");
  EXPECT_EQ(compact(16384), "0x02000100");
  EXPECT_EQ(compact((uint64_t{1} << 30) - 1), "0xfeffffff");
  EXPECT_EQ(compact(uint64_t{1} << 30), "0x0300000040");
  EXPECT_EQ(compact(uint64_t{1} << 32), "0x070000000001");
  EXPECT_EQ(compact(~uint64_t{0}), "0x13ffffffffffffffff");

  auto header = [](trie_codec::NodeKind kind, size_t nibbles) {
    Bytes out;
    trie_codec::put_header(out, kind, nibbles);
    return to_hex(out);
  };
  EXPECT_EQ(header(trie_codec::NodeKind::kLeaf, 2), "0x42");
  EXPECT_EQ(header(trie_codec::NodeKind::kLeaf, 63), "0x7f00");
  EXPECT_EQ(header(trie_codec::NodeKind::kBranch, 318), "0xbfff00");
  EXPECT_EQ(header(trie_codec::NodeKind::kBranchWithValue, 0), "0xc0");
  EXPECT_EQ(header(trie_codec::NodeKind::kHashedValueLeaf, 31), "0x3f00");
  EXPECT_EQ(header(trie_codec::NodeKind::kHashedValueBranch, 14), "0x1e");
  EXPECT_EQ(header(trie_codec::NodeKind::kHashedValueBranch, 15), "0x1f00");
}

TEST(OrderedTrieRoot, EmptyListHasTheEmptyRoot) {
  EXPECT_EQ(to_hex(ordered_trie_root({}, StateVersion::kV0)),
            "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314");
}

TEST(OrderedTrieRoot, SingleValueIsALeafUnderKeyCompactZero) {
  // Key SCALE(Compact(0)) = 0x00: a leaf with the 2-nibble partial 00, header 0x42.
  const std::vector<Bytes> values{Bytes{0x61, 0x62, 0x63}};
  const Bytes node{0x42, 0x00, 0x0c, 0x61, 0x62, 0x63};
  EXPECT_EQ(ordered_trie_root(values, StateVersion::kV0), crypto::blake2_256(node));
}

TEST(OrderedTrieRoot, KeysAreCompactIndicesInByteOrder) {
  // 70 values: indices >= 64 take two-byte compact keys (0x0101 for 64), which sort between the
  // keys of indices 0 (0x00) and 1 (0x04).
  std::vector<Bytes> values;
  for (uint8_t i = 0; i < 70; ++i) values.push_back(Bytes(static_cast<size_t>(i % 40), i));
  std::vector<TrieEntry> entries;
  for (size_t i = 0; i < values.size(); ++i) {
    Bytes key;
    trie_codec::put_compact(key, i);
    entries.emplace_back(key, values[i]);
  }
  std::sort(entries.begin(), entries.end());
  EXPECT_EQ(to_hex(entries[1].first), "0x0101");
  for (StateVersion v : {StateVersion::kV0, StateVersion::kV1}) {
    EXPECT_EQ(ordered_trie_root(values, v), trie_root(entries, v));
  }
  // Values of 33..39 bytes are hashed under V1 only: the versions differ.
  EXPECT_NE(ordered_trie_root(values, StateVersion::kV0),
            ordered_trie_root(values, StateVersion::kV1));
  // Order matters: swapping two values changes the root.
  std::swap(values[3], values[65]);
  EXPECT_NE(ordered_trie_root(values, StateVersion::kV0), trie_root(entries, StateVersion::kV0));
}

}  // namespace
}  // namespace subemu::storage
