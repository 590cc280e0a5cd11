// The builder: re-building every signed vector with its ed25519 seed gives identical bytes;
// sr25519 and ecdsa signers round-trip through encode -> decode -> check; a v3.0.0-set
// extrinsic (mortal, tip, metadata hash enabled) round-trips; the bare builder.
#include "runtime/frame/extrinsic/builder.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/frame/extrinsic/check.hpp"
#include "runtime/frame/extrinsic/signing_payload.hpp"
#include "tests/runtime/frame/extrinsic/extrinsic_vectors.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using testing::cases_of_kind;
using testing::set_of;
using testing::str;
using testing::vector_context;
using testutil::hex;
using testutil::hex_array;

// The //Alice account of a scheme in accounts.json.
nlohmann::json alice(const std::string& scheme) {
  static const nlohmann::json doc = testutil::load_vectors("accounts.json");
  for (const auto& c : doc["cases"]) {
    if (c["name"] == "Alice" && c["scheme"] == scheme) return c;
  }
  ADD_FAILURE() << "no //Alice " << scheme;
  return {};
}

TEST(Builder, RebuildsEveryEd25519Vector) {
  for (const auto& c : cases_of_kind("signed_extrinsic")) {
    SCOPED_TRACE(str(c["name"]));
    const ExtensionSet& set = set_of(c);
    const Bytes bytes = hex(str(c["extrinsic"]));
    const UncheckedExtrinsic original = decode_extrinsic(bytes, set).value();
    const Signer signer = Signer::ed25519(hex_array<32>(str(c["signer"]["secret_seed"])));
    EXPECT_EQ(signer.account_id().to_hex(), str(c["signer"]["public_key"]));
    const auto built =
        build_signed(hex(str(c["call"])), signer, original.signature->extra, set, vector_context());
    ASSERT_TRUE(built.has_value());
    EXPECT_EQ(*built, original);
    EXPECT_EQ(encode_extrinsic(*built, set), bytes);
  }
}

TEST(Builder, Sr25519RoundTrip) {
  const auto acc = alice("sr25519");
  const auto secret = crypto::sr25519::secret_from_ed25519_bytes(hex(str(acc["secret_key_64"])));
  ASSERT_TRUE(secret.has_value());
  const Signer signer = Signer::sr25519(*secret);
  EXPECT_EQ(signer.scheme(), crypto::Scheme::kSr25519);
  EXPECT_EQ(signer.account_id().to_hex(), str(acc["account_id"]));
  // Short and long (> 256-byte payload) calls.
  for (const size_t args : {size_t{3}, size_t{400}}) {
    Bytes call{0x00, 0x00};
    Bytes remark(args, 0x42);
    const Bytes encoded_remark = scale::encode(remark);
    call.insert(call.end(), encoded_remark.begin(), encoded_remark.end());
    ExtraValues extra;
    extra.era = Era::mortal(64, 100);
    extra.nonce = 9;
    const ChainContext ctx = vector_context(110);
    const UncheckedExtrinsic xt = build_signed(call, signer, extra, kClassicEight, ctx).value();
    const Bytes bytes = encode_extrinsic(xt, kClassicEight);
    const auto back = decode_extrinsic(bytes, kClassicEight);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->signature->signature.scheme, crypto::Scheme::kSr25519);
    EXPECT_EQ(bytes[2 + 1 + 33], 0x01);  // prefix, version, address; then MultiSignature::Sr25519
    const auto checked = check(*back, kClassicEight, ctx);
    ASSERT_TRUE(checked.has_value());
    EXPECT_EQ(checked->signer->to_hex(), str(acc["account_id"]));
    EXPECT_EQ(checked->extra.nonce, 9u);
    EXPECT_EQ(checked->call, call);
  }
}

TEST(Builder, EcdsaRoundTrip) {
  const auto acc = alice("ecdsa");
  const auto signer = Signer::ecdsa(hex_array<32>(str(acc["secret_seed"])));
  ASSERT_TRUE(signer.has_value());
  // The account is blake2_256 of the compressed key, not the key.
  EXPECT_EQ(signer->account_id().to_hex(), str(acc["account_id"]));
  const Bytes call = hex(str(cases_of_kind("signed_extrinsic")[0]["call"]));
  ExtraValues extra;
  extra.tip = TaoBalance(5);
  const UncheckedExtrinsic xt =
      build_signed(call, *signer, extra, kSubtensorV300, vector_context()).value();
  const Bytes bytes = encode_extrinsic(xt, kSubtensorV300);
  const auto back = decode_extrinsic(bytes, kSubtensorV300);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->signature->signature.scheme, crypto::Scheme::kEcdsa);
  EXPECT_EQ(back->signature->signature.view().size(), 65u);
  const auto checked = check(*back, kSubtensorV300, vector_context());
  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->signer->to_hex(), str(acc["account_id"]));
  EXPECT_EQ(checked->extra.tip, TaoBalance(5));
  // RFC 6979: signing twice gives the same bytes.
  EXPECT_EQ(build_signed(call, *signer, extra, kSubtensorV300, vector_context()).value(), xt);
  // Invalid secrets.
  EXPECT_FALSE(Signer::ecdsa(crypto::ecdsa::SecretKey{}).has_value());
  crypto::ecdsa::SecretKey over{};
  over.fill(0xff);
  EXPECT_FALSE(Signer::ecdsa(over).has_value());
}

TEST(Builder, SubtensorV300RoundTrip) {
  const Signer signer = Signer::ed25519(hex_array<32>(str(alice("ed25519")["secret_seed"])));
  const Bytes call = hex(str(cases_of_kind("signed_extrinsic")[2]["call"]));
  ExtraValues extra;
  extra.era = Era::mortal(64, 100);
  extra.nonce = 300;
  extra.tip = TaoBalance(1'000'000);
  extra.metadata_hash_mode = MetadataHashMode::kEnabled;
  ChainContext ctx = vector_context(100);
  // Mode Enabled needs the runtime's metadata hash.
  EXPECT_EQ(build_signed(call, signer, extra, kSubtensorV300, ctx).error(),
            TransactionValidityError::unknown(UnknownTransaction::kCannotLookup));
  ByteArray<32> mh{};
  mh.fill(0x11);
  ctx.metadata_hash = mh;
  const UncheckedExtrinsic xt = build_signed(call, signer, extra, kSubtensorV300, ctx).value();
  const Bytes bytes = encode_extrinsic(xt, kSubtensorV300);
  // extra = era 4502 ++ Compact(300) b104 ++ Compact(10^6) 02093d00 ++ mode 01, then the call.
  const Bytes extra_bytes{0x45, 0x02, 0xb1, 0x04, 0x02, 0x09, 0x3d, 0x00, 0x01};
  const size_t extra_at = 2 + 1 + 33 + 65;
  EXPECT_EQ(Bytes(bytes.begin() + extra_at, bytes.begin() + extra_at + 9), extra_bytes);
  const auto back = decode_extrinsic(bytes, kSubtensorV300);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, xt);
  const auto checked = check(*back, kSubtensorV300, ctx);
  ASSERT_TRUE(checked.has_value());
  EXPECT_EQ(checked->extra, extra);
  EXPECT_EQ(checked->encoded_len, bytes.size());
  // Another metadata hash in the runtime: BadProof.
  mh.fill(0x12);
  ctx.metadata_hash = mh;
  EXPECT_EQ(check(*back, kSubtensorV300, ctx).error(),
            TransactionValidityError::invalid(InvalidTransaction::kBadProof));
  // The birth block must be known when building, too.
  ctx.block_hash = nullptr;
  EXPECT_EQ(build_signed(call, signer, extra, kSubtensorV300, ctx).error(),
            TransactionValidityError::invalid(InvalidTransaction::kAncientBirthBlock));
}

TEST(Builder, Bare) {
  const auto c = cases_of_kind("unsigned_extrinsic")[0];
  const UncheckedExtrinsic xt = build_bare(hex(str(c["call"])));
  EXPECT_FALSE(xt.is_signed());
  EXPECT_EQ(to_hex(encode_extrinsic(xt, kSubtensorV300)), str(c["extrinsic"]));
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
