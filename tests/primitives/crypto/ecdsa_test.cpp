// ecdsa: every ecdsa case of shared/vectors/signatures.json (runtime verdict `valid`, off-chain
// verdict `valid_offchain`, valid signatures re-derived byte for byte with RFC 6979),
// accounts.json keys / account ids / Secp256k1HDKD derivation, and high-s acceptance.
#include "runtime/primitives/crypto/ecdsa.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/primitives/crypto/multi_signature.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::crypto::ecdsa {
namespace {

using testutil::hex;
using testutil::hex_array;

TEST(Ecdsa, SignatureVectors) {
  const auto doc = testutil::load_vectors("signatures.json");
  size_t n = 0;
  size_t resigned = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "ecdsa") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const Bytes pk = hex(c["public_key"].get<std::string>());
    const Bytes msg = hex(c["message"].get<std::string>());
    const Bytes sig = hex(c["signature"].get<std::string>());
    const bool expected = c["valid"].get<bool>();
    const bool expected_offchain = c.value("valid_offchain", expected);
    EXPECT_EQ(verify(sig, msg, pk), expected);
    EXPECT_EQ(verify_offchain(sig, msg, pk), expected_offchain);
    const PublicKey key = hex_array<33>(c["public_key"].get<std::string>());
    EXPECT_EQ(verify_multi(Scheme::kEcdsa, sig, msg, account_id(key)), expected);
    if (c.contains("signed_hash")) {
      EXPECT_EQ(to_hex(blake2_256(msg)), c["signed_hash"].get<std::string>());
    }
    if (c.contains("secret_seed")) {
      const auto secret = hex_array<32>(c["secret_seed"].get<std::string>());
      const auto derived = public_key(secret);
      ASSERT_TRUE(derived.has_value());
      EXPECT_EQ(*derived, key);
      const auto resig = sign(secret, msg);
      ASSERT_TRUE(resig.has_value());
      EXPECT_EQ(to_hex(*resig), c["signature"].get<std::string>());
      ++resigned;
    }
    ++n;
  }
  EXPECT_EQ(n, 38u);
  EXPECT_EQ(resigned, 10u);
}

TEST(Ecdsa, AccountsAndHardDerivation) {
  const auto doc = testutil::load_vectors("accounts.json");
  const auto root = hex_array<32>(doc["dev_phrase_mini_secret"].get<std::string>());
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "ecdsa") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const auto secret = hex_array<32>(c["secret_seed"].get<std::string>());
    const auto pk = public_key(secret);
    ASSERT_TRUE(pk.has_value());
    EXPECT_EQ(to_hex(*pk), c["public_key"].get<std::string>());
    EXPECT_EQ(account_id(*pk).to_hex(), c["account_id"].get<std::string>());
    const auto full = decompress(*pk);
    ASSERT_TRUE(full.has_value());
    EXPECT_EQ(to_hex(*full), c["public_key_uncompressed"].get<std::string>());
    if (c["name"] == "DevPhraseRoot") {
      EXPECT_EQ(secret, root);
    } else {
      const auto cc = hex_array<32>(c["hard_junction_chain_code"].get<std::string>());
      EXPECT_EQ(to_hex(hard_derive(root, cc)), c["secret_seed"].get<std::string>());
    }
    ++n;
  }
  EXPECT_EQ(n, 7u);
}

// secp256k1 order n, big endian.
constexpr uint8_t kN[32] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                            0xff, 0xff, 0xff, 0xff, 0xfe, 0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48,
                            0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41};

TEST(Ecdsa, HighSAndRecoveryIdRules) {
  SecretKey secret{};
  secret[31] = 7;
  const auto pk = public_key(secret);
  ASSERT_TRUE(pk.has_value());
  const Bytes msg = {1, 2, 3};
  const auto sig = sign(secret, msg);
  ASSERT_TRUE(sig.has_value());
  ASSERT_TRUE(verify(*sig, msg, *pk));

  // (r, n - s, v ^ 1) is the same signature with high s: libsecp256k1's recover accepts it, so
  // both the runtime (sp_io) and sp_core's off-chain verify accept it.
  Signature high = *sig;
  int borrow = 0;
  for (size_t i = 32; i-- > 0;) {
    const int v = kN[i] - high[32 + i] - borrow;
    high[32 + i] = static_cast<uint8_t>(v & 0xff);
    borrow = v < 0 ? 1 : 0;
  }
  high[64] ^= 1;
  EXPECT_TRUE(verify(high, msg, *pk));
  EXPECT_TRUE(verify_offchain(high, msg, *pk));
  EXPECT_TRUE(verify_multi(Scheme::kEcdsa, high, msg, account_id(*pk)));

  // v = 27/28 (runtime only), v = 4..26 and >= 31 never.
  Signature eth = *sig;
  eth[64] = static_cast<uint8_t>(eth[64] + 27);
  EXPECT_TRUE(verify(eth, msg, *pk));
  EXPECT_FALSE(verify_offchain(eth, msg, *pk));
  for (const uint8_t v : {4, 5, 26, 31, 255}) {
    Signature bad = *sig;
    bad[64] = v;
    EXPECT_FALSE(verify(bad, msg, *pk)) << int{v};
    EXPECT_EQ(recover_prehashed(bad, blake2_256(msg), RecoveryIdRule::kRuntime).error(),
              Error::kBadRecoveryId);
  }

  // s >= n is rejected by parse_compact.
  Signature overflow = *sig;
  for (size_t i = 0; i < 32; ++i) overflow[32 + i] = 0xff;
  EXPECT_EQ(recover_prehashed(overflow, blake2_256(msg), RecoveryIdRule::kRuntime).error(),
            Error::kBadRS);
  EXPECT_EQ(recover_prehashed(ByteView(*sig).first(64), blake2_256(msg), RecoveryIdRule::kRuntime)
                .error(),
            Error::kBadSignatureLength);
  // Zero secret is not a key.
  EXPECT_FALSE(public_key(SecretKey{}).has_value());
}

}  // namespace
}  // namespace subemu::crypto::ecdsa
