// Extension sets: the presets' shape, extra and additional_signed bytes under each set, the
// vectors' extension lists and extra/additional bytes, and the failures of additional_signed.
#include "runtime/frame/extrinsic/signed_extra.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/frame/extrinsic/signing_payload.hpp"
#include "tests/runtime/frame/extrinsic/extrinsic_vectors.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using testing::cases_of_kind;
using testing::str;
using testing::vector_context;
using testutil::hex;

std::vector<std::string> identifiers(const ExtensionSet& set) {
  std::vector<std::string> out;
  for (const Extension& e : set.extensions) out.emplace_back(e.identifier);
  return out;
}

ExtraValues values_of(const nlohmann::json& c) {
  ExtraValues v;
  v.era = scale::decode<Era>(hex(str(c["era"]["hex"]))).value();
  v.nonce = c["nonce"].get<uint32_t>();
  v.tip = TaoBalance(std::stoull(str(c["tip"])));
  if (c.contains("metadata_hash_mode")) {
    v.metadata_hash_mode = static_cast<MetadataHashMode>(c["metadata_hash_mode"].get<uint8_t>());
  }
  return v;
}

TEST(SignedExtra, Presets) {
  EXPECT_EQ(kSubtensorV300.extensions.size(), 11u);
  EXPECT_EQ(kClassicEight.extensions.size(), 8u);
  EXPECT_TRUE(well_formed(kSubtensorV300));
  EXPECT_TRUE(well_formed(kClassicEight));
  EXPECT_TRUE(well_formed(testing::kUpstreamSet));
  EXPECT_TRUE(has_kind(kSubtensorV300, ExtensionKind::kMetadataHash));
  EXPECT_FALSE(has_kind(kClassicEight, ExtensionKind::kMetadataHash));
  const Extension twice[] = {{"CheckNonce", ExtensionKind::kNonce},
                             {"CheckNonce", ExtensionKind::kNonce}};
  EXPECT_FALSE(well_formed(ExtensionSet{"bad", twice}));
}

// Every signed case names its extensions; our sets list the same, in order.
TEST(SignedExtra, VectorExtensionLists) {
  for (const auto& c : cases_of_kind("signed_extrinsic")) {
    SCOPED_TRACE(str(c["name"]));
    EXPECT_EQ(c["signed_extensions"].get<std::vector<std::string>>(),
              identifiers(testing::set_of(c)));
  }
}

TEST(SignedExtra, VectorExtraAndAdditional) {
  for (const auto& c : cases_of_kind("signed_extrinsic")) {
    SCOPED_TRACE(str(c["name"]));
    const ExtensionSet& set = testing::set_of(c);
    const ExtraValues v = values_of(c);
    const Bytes extra = hex(str(c["extra"]));
    EXPECT_EQ(encode_extra(set, v), extra);
    scale::Decoder d(extra);
    const auto back = decode_extra(d, set);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, v);
    EXPECT_EQ(d.remaining(), 0u);
    const auto add = additional_signed(set, v, vector_context());
    ASSERT_TRUE(add.has_value());
    EXPECT_EQ(*add, hex(str(c["additional_signed"])));
  }
}

TEST(SignedExtra, SubtensorV300Bytes) {
  ExtraValues v;
  v.era = Era::mortal(64, 100);
  v.nonce = 300;
  v.tip = TaoBalance(1000);
  v.metadata_hash_mode = MetadataHashMode::kEnabled;
  // era 4502 ++ Compact(300) b104 ++ Compact(1000) a10f ++ mode 01.
  EXPECT_EQ(encode_extra(kSubtensorV300, v), (Bytes{0x45, 0x02, 0xb1, 0x04, 0xa1, 0x0f, 0x01}));
  // The classic set has no mode byte.
  EXPECT_EQ(encode_extra(kClassicEight, v), (Bytes{0x45, 0x02, 0xb1, 0x04, 0xa1, 0x0f}));
  // nullopt mode encodes as Disabled.
  v.metadata_hash_mode.reset();
  EXPECT_EQ(encode_extra(kSubtensorV300, v).back(), 0x00);
  // Decoding a classic set leaves the mode unset.
  const Bytes classic = encode_extra(kClassicEight, v);
  scale::Decoder d(classic);
  EXPECT_FALSE(decode_extra(d, kClassicEight)->metadata_hash_mode.has_value());
}

TEST(SignedExtra, AdditionalSignedMetadataHash) {
  ChainContext ctx = vector_context();
  ExtraValues v;
  v.metadata_hash_mode = MetadataHashMode::kDisabled;
  const Bytes disabled = additional_signed(kSubtensorV300, v, ctx).value();
  // spec 300 ++ tx 1 ++ genesis ++ genesis (immortal) ++ None.
  ASSERT_EQ(disabled.size(), 4u + 4u + 32u + 32u + 1u);
  EXPECT_EQ(disabled.back(), 0x00);
  // Enabled without a hash in the runtime: CannotLookup.
  v.metadata_hash_mode = MetadataHashMode::kEnabled;
  EXPECT_EQ(additional_signed(kSubtensorV300, v, ctx).error(),
            TransactionValidityError::unknown(UnknownTransaction::kCannotLookup));
  // Enabled with one: Some(hash).
  ByteArray<32> mh{};
  mh.fill(0x5a);
  ctx.metadata_hash = mh;
  const Bytes enabled = additional_signed(kSubtensorV300, v, ctx).value();
  ASSERT_EQ(enabled.size(), 4u + 4u + 32u + 32u + 1u + 32u);
  EXPECT_EQ(enabled[72], 0x01);
  EXPECT_EQ(Bytes(enabled.begin() + 73, enabled.end()), Bytes(mh.begin(), mh.end()));
}

TEST(SignedExtra, AdditionalSignedBirthBlock) {
  ExtraValues v;
  v.era = Era::mortal(64, 100);  // birth 100 for current in [100, 164)
  EXPECT_TRUE(additional_signed(kClassicEight, v, vector_context(100)).has_value());
  EXPECT_TRUE(additional_signed(kClassicEight, v, vector_context(163)).has_value());
  // At 164 the window moved: birth 164 has no known hash.
  EXPECT_EQ(additional_signed(kClassicEight, v, vector_context(164)).error(),
            TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock));
  // No block-hash callback: only block 0 is known.
  ChainContext bare = vector_context();
  bare.block_hash = nullptr;
  EXPECT_EQ(additional_signed(kClassicEight, v, bare).error(),
            TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock));
  // A mortal era born at block 0 (current block 10) signs the genesis hash.
  ExtraValues zero;
  zero.era = Era::mortal(64, 0);
  ChainContext early = bare;
  early.current_block = 10;
  const Bytes add = additional_signed(kClassicEight, zero, early).value();
  EXPECT_EQ(Bytes(add.begin() + 40, add.end()),
            Bytes(bare.genesis_hash.bytes().begin(), bare.genesis_hash.bytes().end()));
  // The era check comes before the metadata-hash check (tuple order).
  v.metadata_hash_mode = MetadataHashMode::kEnabled;
  EXPECT_EQ(additional_signed(kSubtensorV300, v, bare).error(),
            TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock));
}

TEST(SignedExtra, DecodeRejections) {
  // Mode 2 is not a Mode.
  const Bytes bad_mode{0x00, 0x00, 0x00, 0x02};
  scale::Decoder d1(bad_mode);
  EXPECT_EQ(decode_extra(d1, kSubtensorV300).error(), ExtrinsicDecodeError::kBadExtra);
  // Invalid era.
  const Bytes bad_era{0x10, 0x00, 0x00, 0x00};
  scale::Decoder d2(bad_era);
  EXPECT_EQ(decode_extra(d2, kClassicEight).error(), ExtrinsicDecodeError::kBadEra);
  // Non-canonical nonce compact (0 as two bytes).
  const Bytes bad_nonce{0x00, 0x01, 0x00, 0x00};
  scale::Decoder d3(bad_nonce);
  EXPECT_EQ(decode_extra(d3, kClassicEight).error(), ExtrinsicDecodeError::kBadExtra);
  // Tip cut off.
  const Bytes short_tip{0x00, 0x00};
  scale::Decoder d4(short_tip);
  EXPECT_EQ(decode_extra(d4, kClassicEight).error(), ExtrinsicDecodeError::kBadExtra);
  // Nonce above u32.
  const Bytes big_nonce{0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00};
  scale::Decoder d5(big_nonce);
  EXPECT_EQ(decode_extra(d5, kClassicEight).error(), ExtrinsicDecodeError::kBadExtra);
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
