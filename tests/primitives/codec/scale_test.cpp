// SCALE codec: every case of shared/vectors/scale.json round-trips (encode(value) == hex and
// decode(hex) == value), block hashes of the Header cases, and API behaviour not covered by the
// vectors (compact helpers, user types, Seed for types without a default constructor).
#include "runtime/primitives/codec/scale.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "runtime/primitives/crypto/hashing.hpp"
#include "tests/primitives/codec/scale_vector_types.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::scale {
namespace {

using testing::registry;
using testutil::hex;

TEST(ScaleVectors, EveryCaseRoundTrips) {
  const auto doc = testutil::load_vectors("scale.json");
  ASSERT_TRUE(doc.contains("cases"));
  size_t covered = 0;
  std::set<std::string> unknown;
  for (size_t i = 0; i < doc["cases"].size(); ++i) {
    const auto& c = doc["cases"][i];
    const std::string type = c["type"].get<std::string>();
    SCOPED_TRACE("case " + std::to_string(i) + " " + type + " " + c["hex"].get<std::string>());
    const auto it = registry().find(type);
    if (it == registry().end()) {
      unknown.insert(type);
      continue;
    }
    it->second.round_trip(c);
    ++covered;
  }
  EXPECT_TRUE(unknown.empty()) << "types without a C++ mapping: " << unknown.size();
  EXPECT_EQ(covered, doc["cases"].size());
  EXPECT_EQ(covered, 194u);
}

TEST(ScaleVectors, HeaderHashIsBlake2OfEncoding) {
  const auto doc = testutil::load_vectors("scale.json");
  size_t headers = 0;
  for (const auto& c : doc["cases"]) {
    if (c["type"] != "Header") continue;
    const auto header = testing::FromJson<testing::Header>::get(c["value"]);
    const Bytes encoded = encode(header);
    EXPECT_EQ(to_hex(ByteView(crypto::blake2_256(encoded))), c["header_hash"].get<std::string>());
    ++headers;
  }
  EXPECT_EQ(headers, 3u);
}

TEST(ScaleCompact, SizeMatchesEncoding) {
  for (u128 v : {u128{0}, u128{63}, u128{64}, u128{16383}, u128{16384}, (u128{1} << 30) - 1,
                 u128{1} << 30, u128{1} << 32, ~u128{0}}) {
    Encoder e;
    encode_compact(e, v);
    EXPECT_EQ(e.size(), compact_size(v));
    Decoder d(e.bytes());
    u128 back = 0;
    EXPECT_TRUE(decode_compact(d, back));
    EXPECT_TRUE(back == v);
    EXPECT_EQ(d.remaining(), 0u);
  }
  EXPECT_EQ(compact_size(~u128{0}), 17u);
}

TEST(ScaleCompact, RoundTripsEveryByteLength) {
  for (int bits = 0; bits <= 128; ++bits) {
    const u128 v = bits == 0 ? 0 : (bits == 128 ? ~u128{0} : (u128{1} << bits) - 1);
    const auto back = decode<Compact<u128>>(encode(Compact<u128>{v}));
    ASSERT_TRUE(back.has_value()) << bits;
    EXPECT_TRUE(back->value == v) << bits;
    const auto next = decode<Compact<u128>>(encode(Compact<u128>{v + (bits < 128 ? 1 : 0)}));
    ASSERT_TRUE(next.has_value()) << bits;
  }
}

TEST(ScaleEnum, DecodeEnumTag) {
  const Bytes in = {2, 3};
  Decoder d(in);
  uint8_t tag = 0;
  EXPECT_TRUE(decode_enum_tag(d, tag, 2));
  EXPECT_EQ(tag, 2);
  EXPECT_FALSE(decode_enum_tag(d, tag, 2));
  EXPECT_EQ(d.error(), DecodeError::kInvalidEnumTag);
}

TEST(ScaleResult, NestedInContainers) {
  using R = Result<uint32_t, std::string>;
  std::vector<R> v;
  v.emplace_back(7u);
  v.emplace_back(unexpected(std::string("no")));
  const Bytes bytes = encode(v);
  EXPECT_EQ(to_hex(bytes), "0x08000700000001086e6f");
  auto back = decode<std::vector<R>>(bytes);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->size(), 2u);
  EXPECT_EQ((*back)[0].value(), 7u);
  EXPECT_EQ((*back)[1].error(), "no");
}

TEST(ScaleMap, DecodesUnsortedAndDuplicateKeysLikeBTreeMap) {
  // [(5, 1), (1, 2), (5, 3)] -> {1: 2, 5: 3}; re-encoding sorts.
  const Bytes unsorted = hex("0x0c050001010002050003");
  auto m = decode<std::map<uint16_t, uint8_t>>(unsorted);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(*m, (std::map<uint16_t, uint8_t>{{1, 2}, {5, 3}}));
  EXPECT_EQ(to_hex(encode(*m)), "0x08010002050003");
}

TEST(ScaleDecoder, ErrorIsSticky) {
  const Bytes in = {0x05, 0x01, 0x02};
  Decoder d(in);
  bool b = true;
  EXPECT_FALSE(decode_from(d, b));  // 0x05 is not a bool
  EXPECT_EQ(d.error(), DecodeError::kInvalidBool);
  EXPECT_FALSE(b);
  uint8_t x = 9;
  EXPECT_FALSE(d.read_byte(x));  // input remains, but the decoder has failed
  EXPECT_EQ(x, 0);
  d.fail(DecodeError::kTruncated);
  EXPECT_EQ(d.error(), DecodeError::kInvalidBool);  // first error kept
  EXPECT_EQ(d.offset(), 1u);
}

TEST(ScaleEncoder, TakeMovesBuffer) {
  Encoder e;
  encode_to(e, uint16_t{0x0102});
  encode_to(e, Compact<uint32_t>{1});
  EXPECT_EQ(e.size(), 3u);
  const Bytes b = e.take();
  EXPECT_EQ(to_hex(b), "0x020104");
}

TEST(ScaleErrors, EveryErrorHasAName) {
  std::set<std::string_view> names;
  for (auto e :
       {DecodeError::kTruncated, DecodeError::kNonCanonicalCompact, DecodeError::kCompactOverflow,
        DecodeError::kLengthTooLarge, DecodeError::kInvalidBool, DecodeError::kInvalidOptionTag,
        DecodeError::kInvalidEnumTag, DecodeError::kInvalidUtf8, DecodeError::kTrailingBytes}) {
    names.insert(to_string(e));
  }
  EXPECT_EQ(names.size(), 9u);
}

}  // namespace
}  // namespace subemu::scale
