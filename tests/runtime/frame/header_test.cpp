// Block headers: every Header case of scale.json decodes, re-encodes byte for byte and hashes to
// its header_hash; malformed headers are rejected.
#include <gtest/gtest.h>

#include "runtime/frame/header.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::frame {
namespace {

using testutil::hex;

TEST(Header, ScaleVectors) {
  const auto doc = testutil::load_vectors("scale.json");
  int seen = 0;
  for (const auto& c : doc["cases"]) {
    if (c.value("type", "") != "Header") continue;
    ++seen;
    const Bytes bytes = hex(c["hex"].get<std::string>());
    auto decoded = scale::decode<Header>(bytes);
    ASSERT_TRUE(decoded.has_value()) << c["hex"];
    EXPECT_EQ(decoded->number, c["value"]["number"].get<uint32_t>());
    EXPECT_EQ(decoded->parent_hash.to_hex(), c["value"]["parent_hash"].get<std::string>());
    EXPECT_EQ(decoded->digest.logs.size(), c["value"]["digest"].size());
    EXPECT_EQ(scale::encode(*decoded), bytes);
    EXPECT_EQ(decoded->hash().to_hex(), c["header_hash"].get<std::string>());
  }
  EXPECT_EQ(seen, 3);
}

TEST(Header, RejectsUnknownDigestTagAndTruncation) {
  Header h;
  h.number = 7;
  h.digest.logs.push_back(DigestItem::pre_runtime(kAuraEngineId, Bytes{1, 2, 3}));
  Bytes bytes = scale::encode(h);
  for (size_t n = 0; n < bytes.size(); ++n) {
    EXPECT_FALSE(scale::decode<Header>(ByteView(bytes).first(n)).has_value()) << n;
  }
  // The digest item tag sits after 32 + 1 + 32 + 32 bytes and the 1-byte vector length.
  bytes[32 + 1 + 64 + 1] = 7;
  EXPECT_FALSE(scale::decode<Header>(bytes).has_value());
}

}  // namespace
}  // namespace subemu::runtime::frame
