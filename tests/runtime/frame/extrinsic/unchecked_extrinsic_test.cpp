// The v4 codec: every signed and unsigned case of shared/vectors/extrinsics.json decodes to the
// expected parts and re-encodes byte-identical with the same hash; every truncation, wrong length
// prefixes, other versions, unknown address/signature variants, bad era bytes and trailing bytes
// are rejected with the right error; a block body of several extrinsics decodes in sequence.
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/runtime/frame/extrinsic/extrinsic_vectors.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using testing::cases_of_kind;
using testing::set_of;
using testing::str;
using testing::wrap;
using testutil::hex;

TEST(UncheckedExtrinsic, SignedVectors) {
  const auto cases = cases_of_kind("signed_extrinsic");
  ASSERT_EQ(cases.size(), 6u);
  for (const auto& c : cases) {
    SCOPED_TRACE(str(c["name"]));
    const ExtensionSet& set = set_of(c);
    const Bytes bytes = hex(str(c["extrinsic"]));
    const auto xt = decode_extrinsic(bytes, set);
    ASSERT_TRUE(xt.has_value()) << to_string(xt.error());
    ASSERT_TRUE(xt->is_signed());
    const SignedPreamble& pre = *xt->signature;
    EXPECT_EQ(pre.address.kind, MultiAddress::Kind::kId);
    EXPECT_EQ(pre.address.id.to_hex(), str(c["signer"]["public_key"]));
    EXPECT_EQ(pre.signature.scheme, crypto::Scheme::kEd25519);
    EXPECT_EQ(to_hex(pre.signature.view()), str(c["signature"]));
    EXPECT_EQ(to_string(pre.extra.era),
              c["era"]["era"] == "Immortal"
                  ? std::string("Immortal")
                  : "Mortal(" + std::to_string(c["era"]["period"].get<int>()) + ", " +
                        std::to_string(c["era"]["phase"].get<int>()) + ")");
    EXPECT_EQ(pre.extra.nonce, c["nonce"].get<uint32_t>());
    EXPECT_EQ(pre.extra.tip.to_u64(), std::stoull(str(c["tip"])));
    EXPECT_EQ(encode_extra(set, pre.extra), hex(str(c["extra"])));
    EXPECT_EQ(xt->call, hex(str(c["call"])));
    EXPECT_EQ(encode_extrinsic(*xt, set), bytes);
    EXPECT_EQ(encoded_size(*xt, set), bytes.size());
    EXPECT_EQ(extrinsic_hash(bytes).to_hex(), str(c["extrinsic_hash"]));
  }
}

TEST(UncheckedExtrinsic, UnsignedVector) {
  const auto cases = cases_of_kind("unsigned_extrinsic");
  ASSERT_EQ(cases.size(), 1u);
  const auto& c = cases[0];
  const Bytes bytes = hex(str(c["extrinsic"]));
  for (const ExtensionSet* set : {&kClassicEight, &kSubtensorV300}) {
    const auto xt = decode_extrinsic(bytes, *set);
    ASSERT_TRUE(xt.has_value());
    EXPECT_FALSE(xt->is_signed());
    EXPECT_EQ(xt->call, hex(str(c["call"])));
    EXPECT_EQ(encode_extrinsic(*xt, *set), bytes);
  }
  // 0x28 = Compact(10) ++ 0x04 ++ call.
  EXPECT_EQ(bytes[0], 0x28);
  EXPECT_EQ(bytes[1], 0x04);
}

// Every strict prefix of every vector extrinsic is rejected.
TEST(UncheckedExtrinsic, EveryTruncationIsRejected) {
  size_t n = 0;
  for (const std::string kind : {"signed_extrinsic", "unsigned_extrinsic"}) {
    for (const auto& c : cases_of_kind(kind)) {
      const ExtensionSet& set = kind == "signed_extrinsic" ? set_of(c) : kClassicEight;
      const Bytes bytes = hex(str(c["extrinsic"]));
      for (size_t len = 0; len < bytes.size(); ++len) {
        const auto r = decode_extrinsic(ByteView(bytes).first(len), set);
        ASSERT_FALSE(r.has_value()) << str(c["name"]) << " len " << len;
        // Empty or a cut prefix: bad prefix; otherwise the body is short.
        const size_t prefix = bytes.size() > 66 ? 2 : 1;
        EXPECT_EQ(r.error(), len < prefix ? ExtrinsicDecodeError::kBadLengthPrefix
                                          : ExtrinsicDecodeError::kTruncated);
        ++n;
      }
    }
  }
  EXPECT_EQ(n, 1151u);  // the summed lengths of the 7 vector extrinsics
}

class Mutations : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto c = cases_of_kind("signed_extrinsic")[1];  // transfer, mortal, tip
    xt_ = decode_extrinsic(hex(str(c["extrinsic"])), kClassicEight).value();
    body_ = encode_body(xt_, kClassicEight);
  }
  UncheckedExtrinsic xt_;
  Bytes body_;  // 0x84 ++ 00 <32> ++ 00 <64> ++ era(2) nonce(1) tip(2) ++ call
  static constexpr size_t kAddress = 1;
  static constexpr size_t kSignature = 34;
  static constexpr size_t kEra = 99;
};

TEST_F(Mutations, WrongLengthPrefix) {
  Bytes longer = wrap(body_);
  longer[0] = static_cast<uint8_t>(longer[0] + 4);  // announces one byte more
  EXPECT_EQ(decode_extrinsic(longer, kClassicEight).error(), ExtrinsicDecodeError::kTruncated);
  Bytes shorter = wrap(body_);
  shorter[0] = static_cast<uint8_t>(shorter[0] - 4);  // one byte less
  EXPECT_EQ(decode_extrinsic(shorter, kClassicEight).error(), ExtrinsicDecodeError::kTrailingBytes);
  // Non-canonical prefix: the length in four-byte mode.
  Bytes wide{0x02, 0x00, 0x00, 0x00};
  const uint32_t len = static_cast<uint32_t>(body_.size()) << 2 | 2;
  for (int i = 0; i < 4; ++i) wide[static_cast<size_t>(i)] = static_cast<uint8_t>(len >> (8 * i));
  wide.insert(wide.end(), body_.begin(), body_.end());
  EXPECT_EQ(decode_extrinsic(wide, kClassicEight).error(), ExtrinsicDecodeError::kBadLengthPrefix);
}

TEST_F(Mutations, TrailingBytes) {
  Bytes bytes = wrap(body_);
  bytes.push_back(0x00);
  EXPECT_EQ(decode_extrinsic(bytes, kClassicEight).error(), ExtrinsicDecodeError::kTrailingBytes);
}

TEST_F(Mutations, OtherVersions) {
  for (const uint8_t v : {0x85, 0x83, 0x05, 0x03, 0x00, 0xc4, 0x44, 0xff}) {
    Bytes b = body_;
    b[0] = v;
    EXPECT_EQ(decode_extrinsic(wrap(b), kClassicEight).error(),
              ExtrinsicDecodeError::kUnsupportedVersion)
        << int{v};
  }
  // Version 4 unsigned: the former signed part is read as the call (no error here).
  Bytes bare = body_;
  bare[0] = 0x04;
  const auto xt = decode_extrinsic(wrap(bare), kClassicEight);
  ASSERT_TRUE(xt.has_value());
  EXPECT_FALSE(xt->is_signed());
  EXPECT_EQ(xt->call.size(), body_.size() - 1);
}

TEST_F(Mutations, UnknownAddressVariant) {
  Bytes b = body_;
  b[kAddress] = 0x05;
  EXPECT_EQ(decode_extrinsic(wrap(b), kClassicEight).error(), ExtrinsicDecodeError::kBadAddress);
}

TEST_F(Mutations, OtherAddressVariantsDecode) {
  UncheckedExtrinsic xt = xt_;
  xt.signature->address = MultiAddress::index();
  const Bytes bytes = encode_extrinsic(xt, kClassicEight);
  EXPECT_EQ(bytes.size(), wrap(body_).size() - 32);
  EXPECT_EQ(decode_extrinsic(bytes, kClassicEight).value(), xt);
}

TEST_F(Mutations, UnknownSignatureVariant) {
  Bytes b = body_;
  b[kSignature] = 0x03;
  EXPECT_EQ(decode_extrinsic(wrap(b), kClassicEight).error(), ExtrinsicDecodeError::kBadSignature);
}

TEST_F(Mutations, BadEraBytes) {
  Bytes b = body_;
  ASSERT_EQ(b[kEra], 0x45);
  b[kEra] = 0x40;  // period nibble 0 -> period 2
  EXPECT_EQ(decode_extrinsic(wrap(b), kClassicEight).error(), ExtrinsicDecodeError::kBadEra);
  b[kEra] = 0x41;  // period 4, phase 4
  EXPECT_EQ(decode_extrinsic(wrap(b), kClassicEight).error(), ExtrinsicDecodeError::kBadEra);
}

TEST_F(Mutations, BodyWithoutCall) {
  const Bytes no_call(body_.begin(), body_.begin() + static_cast<long>(kEra + 5));
  EXPECT_EQ(decode_extrinsic(wrap(no_call), kClassicEight).error(),
            ExtrinsicDecodeError::kIncompleteBody);
  EXPECT_EQ(decode_extrinsic(wrap(Bytes{0x04}), kClassicEight).error(),
            ExtrinsicDecodeError::kIncompleteBody);
  EXPECT_EQ(decode_extrinsic(wrap(Bytes{}), kClassicEight).error(),
            ExtrinsicDecodeError::kIncompleteBody);
  // A length prefix that cuts the signature short.
  const Bytes cut(body_.begin(), body_.begin() + 60);
  EXPECT_EQ(decode_extrinsic(wrap(cut), kClassicEight).error(),
            ExtrinsicDecodeError::kBadSignature);
  const Bytes cut_address(body_.begin(), body_.begin() + 10);
  EXPECT_EQ(decode_extrinsic(wrap(cut_address), kClassicEight).error(),
            ExtrinsicDecodeError::kBadAddress);
}

// A block body is Vec<Extrinsic>: a compact count, then each extrinsic with its own prefix.
TEST(UncheckedExtrinsic, DecodesASequence) {
  Bytes stream;
  std::vector<Bytes> parts;
  for (const auto& c : cases_of_kind("signed_extrinsic")) {
    if (testing::is_upstream_case(c)) continue;
    parts.push_back(hex(str(c["extrinsic"])));
  }
  parts.push_back(hex(str(cases_of_kind("unsigned_extrinsic")[0]["extrinsic"])));
  for (const Bytes& p : parts) stream.insert(stream.end(), p.begin(), p.end());
  scale::Decoder d(stream);
  for (const Bytes& p : parts) {
    const size_t start = d.offset();
    const auto xt = decode_extrinsic(d, kClassicEight);
    ASSERT_TRUE(xt.has_value());
    EXPECT_EQ(encode_extrinsic(*xt, kClassicEight), p);
    EXPECT_EQ(d.offset() - start, p.size());
  }
  EXPECT_EQ(d.remaining(), 0u);
  // Past the end: the prefix is missing.
  EXPECT_EQ(decode_extrinsic(d, kClassicEight).error(), ExtrinsicDecodeError::kBadLengthPrefix);
  // A prefix that runs past the input fails the decoder too.
  const Bytes cut(parts[0].begin(), parts[0].end() - 1);
  scale::Decoder d2(cut);
  EXPECT_EQ(decode_extrinsic(d2, kClassicEight).error(), ExtrinsicDecodeError::kTruncated);
  EXPECT_FALSE(d2.ok());
}

TEST(UncheckedExtrinsic, ErrorMessages) {
  EXPECT_EQ(to_string(ExtrinsicDecodeError::kUnsupportedVersion), "extrinsic version is not 4");
  for (uint8_t i = 1; i <= 9; ++i) {
    EXPECT_FALSE(to_string(static_cast<ExtrinsicDecodeError>(i)).empty());
    EXPECT_NE(to_string(static_cast<ExtrinsicDecodeError>(i)), "unknown extrinsic decode error");
  }
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
