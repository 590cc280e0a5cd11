// MultiAddress and MultiSignature as SCALE values: the MultiAddress / MultiSignature cases of
// shared/vectors/scale.json, every variant, rejections, and the AccountIdLookup rule.
#include "runtime/frame/extrinsic/multi_address.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/frame/extrinsic/multi_signature.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using testutil::hex;

TEST(MultiAddress, ScaleVectors) {
  const auto doc = testutil::load_vectors("scale.json");
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["type"] != "MultiAddress") continue;
    SCOPED_TRACE(c["hex"].get<std::string>());
    const Bytes bytes = hex(c["hex"].get<std::string>());
    const auto a = scale::decode<MultiAddress>(bytes);
    ASSERT_TRUE(a.has_value());
    EXPECT_EQ(static_cast<uint8_t>(a->kind), c["value"]["index"].get<uint8_t>());
    const Bytes payload = hex(c["value"]["value"].get<std::string>());
    switch (a->kind) {
      case MultiAddress::Kind::kId:
        EXPECT_EQ(Bytes(a->id.bytes().begin(), a->id.bytes().end()), payload);
        break;
      case MultiAddress::Kind::kRaw:
        EXPECT_EQ(a->raw, payload);
        break;
      case MultiAddress::Kind::kAddress20:
        EXPECT_EQ(Bytes(a->address20.begin(), a->address20.end()), payload);
        break;
      default:
        ADD_FAILURE() << "unexpected variant";
    }
    EXPECT_EQ(scale::encode(*a), bytes);
    ++n;
  }
  EXPECT_EQ(n, 3u);
}

TEST(MultiAddress, EveryVariantRoundTrips) {
  ByteArray<32> a32{};
  a32.fill(0x33);
  ByteArray<20> a20{};
  a20.fill(0x20);
  const AccountId32 id(a32);
  const Bytes raw{1, 2, 3};
  struct Case {
    MultiAddress address;
    Bytes encoding;
  };
  Bytes id_enc{0x00};
  id_enc.insert(id_enc.end(), a32.begin(), a32.end());
  Bytes a32_enc{0x03};
  a32_enc.insert(a32_enc.end(), a32.begin(), a32.end());
  Bytes a20_enc{0x04};
  a20_enc.insert(a20_enc.end(), a20.begin(), a20.end());
  const Case cases[] = {
      {MultiAddress::from_id(id), id_enc},
      {MultiAddress::index(), Bytes{0x01}},  // Compact<()> is empty
      {MultiAddress::from_raw(raw), Bytes{0x02, 0x0c, 1, 2, 3}},
      {MultiAddress::from_address32(a32), a32_enc},
      {MultiAddress::from_address20(a20), a20_enc},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(scale::encode(c.address), c.encoding);
    const auto back = scale::decode<MultiAddress>(c.encoding);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, c.address);
  }
}

TEST(MultiAddress, Rejections) {
  EXPECT_EQ(scale::decode<MultiAddress>(Bytes{0x05}).error(), scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(scale::decode<MultiAddress>(Bytes{0xff}).error(), scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(scale::decode<MultiAddress>(Bytes{0x00, 1, 2}).error(), scale::DecodeError::kTruncated);
  EXPECT_EQ(scale::decode<MultiAddress>(Bytes{0x02, 0x0c, 1}).error(),
            scale::DecodeError::kLengthTooLarge);
  EXPECT_EQ(scale::decode<MultiAddress>(Bytes{0x01, 0x00}).error(),
            scale::DecodeError::kTrailingBytes);
  EXPECT_EQ(scale::decode<MultiAddress>(Bytes{}).error(), scale::DecodeError::kTruncated);
}

TEST(MultiAddress, OnlyIdResolves) {
  ByteArray<32> key{};
  key.fill(7);
  const AccountId32 id(key);
  EXPECT_EQ(lookup_account(MultiAddress::from_id(id)), id);
  EXPECT_FALSE(lookup_account(MultiAddress::index()).has_value());
  EXPECT_FALSE(lookup_account(MultiAddress::from_raw(key)).has_value());
  EXPECT_FALSE(lookup_account(MultiAddress::from_address32(key)).has_value());
  EXPECT_FALSE(lookup_account(MultiAddress::from_address20(ByteArray<20>{})).has_value());
}

TEST(MultiSignature, ScaleVectors) {
  const auto doc = testutil::load_vectors("scale.json");
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["type"] != "MultiSignature") continue;
    const Bytes bytes = hex(c["hex"].get<std::string>());
    const auto s = scale::decode<MultiSignature>(bytes);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(static_cast<uint8_t>(s->scheme), c["value"]["index"].get<uint8_t>());
    const Bytes payload = hex(c["value"]["value"].get<std::string>());
    EXPECT_EQ(Bytes(s->view().begin(), s->view().end()), payload);
    EXPECT_EQ(scale::encode(*s), bytes);
    ++n;
  }
  EXPECT_EQ(n, 2u);
}

TEST(MultiSignature, SizesAndRejections) {
  ByteArray<64> sig64{};
  sig64.fill(0xab);
  ByteArray<65> sig65{};
  sig65.fill(0xcd);
  EXPECT_EQ(scale::encode(MultiSignature::ed25519(sig64)).size(), 65u);
  EXPECT_EQ(scale::encode(MultiSignature::sr25519(sig64)).size(), 65u);
  EXPECT_EQ(scale::encode(MultiSignature::ecdsa(sig65)).size(), 66u);
  Bytes unknown(66, 0);
  unknown[0] = 0x03;
  EXPECT_EQ(scale::decode<MultiSignature>(unknown).error(), scale::DecodeError::kInvalidEnumTag);
  Bytes short_ecdsa(65, 0);
  short_ecdsa[0] = 0x02;
  EXPECT_EQ(scale::decode<MultiSignature>(short_ecdsa).error(), scale::DecodeError::kTruncated);
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
