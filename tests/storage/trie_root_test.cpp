// Every case of ../shared/vectors/trie.json: state roots for versions 0 and 1 and, where given,
// the encoded root node.
#include <gtest/gtest.h>

#include <algorithm>

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

}  // namespace
}  // namespace subemu::storage
