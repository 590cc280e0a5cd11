// check(): every signed case of shared/vectors/extrinsics.json has the expected signing payload
// and signed bytes and verifies under the vector constants with its extension set; rejections in
// sp_runtime's order (lookup, additional_signed, signature); classic-8 bytes under the v3.0.0 set.
#include "runtime/frame/extrinsic/check.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/signing_payload.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "tests/runtime/frame/extrinsic/extrinsic_vectors.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using testing::cases_of_kind;
using testing::set_of;
using testing::str;
using testing::vector_context;
using testutil::hex;
using TVE = TransactionValidityError;

const TVE kBadProof = TVE::invalid(InvalidTransaction::kBadProof);
const TVE kAncient = TVE::invalid(InvalidTransaction::kAncientBirthBlock);
const TVE kCannotLookup = TVE::unknown(UnknownTransaction::kCannotLookup);

UncheckedExtrinsic vector_xt(size_t index) {
  const auto c = cases_of_kind("signed_extrinsic")[index];
  return decode_extrinsic(hex(str(c["extrinsic"])), set_of(c)).value();
}

TEST(Check, SignedVectors) {
  for (const auto& c : cases_of_kind("signed_extrinsic")) {
    SCOPED_TRACE(str(c["name"]));
    const ExtensionSet& set = set_of(c);
    const Bytes bytes = hex(str(c["extrinsic"]));
    const UncheckedExtrinsic xt = decode_extrinsic(bytes, set).value();
    const ChainContext ctx = vector_context(100);
    const auto payload = signing_payload(xt.call, set, xt.signature->extra, ctx);
    ASSERT_TRUE(payload.has_value());
    EXPECT_EQ(*payload, hex(str(c["signing_payload"])));
    EXPECT_EQ(payload->size(), c["signing_payload_len"].get<size_t>());
    EXPECT_EQ(signed_bytes(*payload), hex(str(c["signed_bytes"])));
    EXPECT_EQ(signed_bytes(*payload).size() == 32,
              c["signed_bytes_is_blake2_256_of_payload"].get<bool>());
    const auto checked = check(xt, set, ctx);
    ASSERT_TRUE(checked.has_value()) << to_string(checked.error());
    EXPECT_EQ(checked->signer->to_hex(), str(c["signer"]["public_key"]));
    EXPECT_EQ(checked->extra, xt.signature->extra);
    EXPECT_EQ(checked->call, hex(str(c["call"])));
    EXPECT_EQ(checked->encoded_len, bytes.size());
  }
}

// The UPSTREAM case's extensions carry exactly the v3.0.0 set's data (tip, mode; no other
// data), so its bytes also decode and verify under kSubtensorV300.
TEST(Check, UpstreamCaseUnderSubtensorV300) {
  const auto cases = cases_of_kind("signed_extrinsic");
  const auto& c = cases[5];
  ASSERT_TRUE(testing::is_upstream_case(c));
  const auto xt = decode_extrinsic(hex(str(c["extrinsic"])), kSubtensorV300);
  ASSERT_TRUE(xt.has_value());
  EXPECT_EQ(xt->signature->extra.metadata_hash_mode, MetadataHashMode::kDisabled);
  const auto checked = check(*xt, kSubtensorV300, vector_context(130));
  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->extra.nonce, 7u);
}

TEST(Check, UnsignedVector) {
  const auto c = cases_of_kind("unsigned_extrinsic")[0];
  const Bytes bytes = hex(str(c["extrinsic"]));
  const auto xt = decode_extrinsic(bytes, kSubtensorV300).value();
  // Bare extrinsics need no context: no signature, no additional data.
  ChainContext empty;
  const auto checked = check(xt, kSubtensorV300, empty);
  ASSERT_TRUE(checked.has_value());
  EXPECT_FALSE(checked->signer.has_value());
  EXPECT_EQ(checked->call, hex(str(c["call"])));
  EXPECT_EQ(checked->encoded_len, 11u);
}

TEST(Check, FlippedSignatureBitIsBadProof) {
  const UncheckedExtrinsic good = vector_xt(0);
  for (size_t bit = 0; bit < 512; bit += 37) {
    UncheckedExtrinsic xt = good;
    xt.signature->signature.bytes[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    EXPECT_EQ(check(xt, kClassicEight, vector_context()).error(), kBadProof) << bit;
  }
}

TEST(Check, TamperedCallOrExtraIsBadProof) {
  UncheckedExtrinsic xt = vector_xt(1);
  xt.call.back() ^= 1;
  EXPECT_EQ(check(xt, kClassicEight, vector_context()).error(), kBadProof);
  xt = vector_xt(1);
  xt.signature->extra.nonce += 1;
  EXPECT_EQ(check(xt, kClassicEight, vector_context()).error(), kBadProof);
  xt = vector_xt(1);
  xt.signature->extra.tip = TaoBalance(0);
  EXPECT_EQ(check(xt, kClassicEight, vector_context()).error(), kBadProof);
}

TEST(Check, WrongChainIsBadProof) {
  const UncheckedExtrinsic xt = vector_xt(0);
  ChainContext ctx = vector_context();
  ctx.genesis_hash = Hash256(crypto::blake2_256(as_bytes("another chain")));
  EXPECT_EQ(check(xt, kClassicEight, ctx).error(), kBadProof);
  ctx = vector_context();
  ctx.spec_version = 265;
  EXPECT_EQ(check(xt, kClassicEight, ctx).error(), kBadProof);
  ctx = vector_context();
  ctx.transaction_version = 2;
  EXPECT_EQ(check(xt, kClassicEight, ctx).error(), kBadProof);
  // A different hash recorded for the birth block.
  const UncheckedExtrinsic mortal = vector_xt(1);
  ctx = vector_context();
  ctx.block_hash = [](BlockNumber) -> std::optional<Hash256> { return Hash256(); };
  EXPECT_EQ(check(mortal, kClassicEight, ctx).error(), kBadProof);
}

TEST(Check, UnknownBirthBlockIsAncientBirthBlock) {
  const UncheckedExtrinsic xt = vector_xt(1);  // Mortal(64, 36), born at 100
  EXPECT_TRUE(check(xt, kClassicEight, vector_context(100)).has_value());
  EXPECT_TRUE(check(xt, kClassicEight, vector_context(163)).has_value());
  EXPECT_EQ(check(xt, kClassicEight, vector_context(164)).error(), kAncient);
  ChainContext pruned = vector_context(120);
  pruned.block_hash = nullptr;  // block 100's hash no longer known
  EXPECT_EQ(check(xt, kClassicEight, pruned).error(), kAncient);
  // Immortal extrinsics only need block 0.
  EXPECT_TRUE(check(vector_xt(0), kClassicEight, pruned).has_value());
}

TEST(Check, NonIdAddressIsCannotLookup) {
  for (const MultiAddress& a : {MultiAddress::index(), MultiAddress::from_raw(Bytes{1, 2}),
                                MultiAddress::from_address32(ByteArray<32>{}),
                                MultiAddress::from_address20(ByteArray<20>{})}) {
    UncheckedExtrinsic xt = vector_xt(1);
    xt.signature->address = a;
    // Lookup comes first: even with an unknown birth block it is CannotLookup.
    ChainContext ctx = vector_context(5000);
    EXPECT_EQ(check(xt, kClassicEight, ctx).error(), kCannotLookup);
    // Through the codec too.
    const auto decoded = decode_extrinsic(encode_extrinsic(xt, kClassicEight), kClassicEight);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(check(*decoded, kClassicEight, vector_context()).error(), kCannotLookup);
  }
}

TEST(Check, SignedSelfContainedCallIsBadProof) {
  const Signer alice = Signer::ed25519(
      testutil::hex_array<32>(str(cases_of_kind("signed_extrinsic")[0]["signer"]["secret_seed"])));
  const Bytes eth_call{kEthereumPalletIndex, kEthereumTransactCallIndex, 0x00};
  const auto xt = build_signed(eth_call, alice, ExtraValues{}, kClassicEight, vector_context());
  ASSERT_TRUE(xt.has_value());
  EXPECT_EQ(check(*xt, kClassicEight, vector_context()).error(), kBadProof);
  // Another Ethereum call is an ordinary signed call.
  const Bytes other{kEthereumPalletIndex, 0x01};
  const auto ok = build_signed(other, alice, ExtraValues{}, kClassicEight, vector_context());
  EXPECT_TRUE(check(*ok, kClassicEight, vector_context()).has_value());
  // Bare: passes this stage (check_self_contained is not emulated).
  EXPECT_TRUE(check(build_bare(eth_call), kClassicEight, vector_context()).has_value());
}

// Classic-8 extrinsics under the v3.0.0 set: the v3.0.0 set reads one more extra byte (the
// CheckMetadataHash mode), which it takes from the first byte of the call (the pallet index).
TEST(Check, ClassicEightUnderSubtensorV300) {
  const auto cases = cases_of_kind("signed_extrinsic");
  // Balances (5) and SubtensorModule (7): 5 and 7 are not Modes -> decode error.
  for (const size_t i : {size_t{0}, size_t{1}, size_t{2}, size_t{3}}) {
    const Bytes bytes = hex(str(cases[i]["extrinsic"]));
    ASSERT_TRUE(bytes.size() > 100);
    EXPECT_EQ(decode_extrinsic(bytes, kSubtensorV300).error(), ExtrinsicDecodeError::kBadExtra)
        << i;
  }
  // System (0).remark: mode 0 (Disabled) decodes, the call loses its pallet byte, and the
  // payload gains a None byte: BadProof.
  const Bytes remark = hex(str(cases[4]["extrinsic"]));
  const auto xt = decode_extrinsic(remark, kSubtensorV300);
  ASSERT_TRUE(xt.has_value());
  EXPECT_EQ(xt->signature->extra.metadata_hash_mode, MetadataHashMode::kDisabled);
  EXPECT_EQ(xt->call.size(), hex(str(cases[4]["call"])).size() - 1);
  EXPECT_EQ(check(*xt, kSubtensorV300, vector_context()).error(), kBadProof);
  // A call of pallet 1 reads as mode 1 (Enabled): CannotLookup without a runtime metadata hash
  // (additional_signed fails before the signature is checked), BadProof with one.
  const Signer alice =
      Signer::ed25519(testutil::hex_array<32>(str(cases[0]["signer"]["secret_seed"])));
  const Bytes pallet1_call{0x01, 0x00, 0x2a};
  const auto classic =
      build_signed(pallet1_call, alice, ExtraValues{}, kClassicEight, vector_context());
  const auto as_v300 = decode_extrinsic(encode_extrinsic(*classic, kClassicEight), kSubtensorV300);
  ASSERT_TRUE(as_v300.has_value());
  EXPECT_EQ(as_v300->signature->extra.metadata_hash_mode, MetadataHashMode::kEnabled);
  ChainContext ctx = vector_context();
  EXPECT_EQ(check(*as_v300, kSubtensorV300, ctx).error(), kCannotLookup);
  ctx.metadata_hash = ByteArray<32>{};
  EXPECT_EQ(check(*as_v300, kSubtensorV300, ctx).error(), kBadProof);
  // And the other way: a v3.0.0 extrinsic under the classic set keeps the mode byte in the call.
  const auto v300 = build_signed(hex(str(cases[0]["call"])), alice, ExtraValues{}, kSubtensorV300,
                                 vector_context());
  const auto as_classic = decode_extrinsic(encode_extrinsic(*v300, kSubtensorV300), kClassicEight);
  ASSERT_TRUE(as_classic.has_value());
  EXPECT_EQ(as_classic->call.front(), 0x00);
  EXPECT_EQ(check(*as_classic, kClassicEight, vector_context()).error(), kBadProof);
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
