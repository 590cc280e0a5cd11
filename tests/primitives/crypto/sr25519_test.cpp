// sr25519: every sr25519 case of shared/vectors/signatures.json (verify-only: the vectors were
// signed with a randomised witness), public keys from accounts.json's 64-byte secrets, the
// DevPhraseRoot mini-secret expansion, hard derivation //Name from the dev mini secret,
// sign -> verify round trips, and schnorrkel's marker-bit / canonical-s rules.
#include "runtime/primitives/crypto/sr25519.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/primitives/crypto/multi_signature.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::crypto::sr25519 {
namespace {

using testutil::hex;
using testutil::hex_array;

TEST(Sr25519, SignatureVectors) {
  const auto doc = testutil::load_vectors("signatures.json");
  size_t n = 0;
  size_t valid = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "sr25519") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const Bytes pk = hex(c["public_key"].get<std::string>());
    const Bytes msg = hex(c["message"].get<std::string>());
    const Bytes sig = hex(c["signature"].get<std::string>());
    const bool expected = c["valid"].get<bool>();
    EXPECT_EQ(verify(sig, msg, pk), expected);
    const auto account = AccountId32::from_view(pk);
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(verify_multi(Scheme::kSr25519, sig, msg, *account), expected);
    if (c["mutation"].get<std::string>().find("marker") != std::string::npos) {
      const auto r = check(sig, msg, pk);
      ASSERT_FALSE(r.has_value());
      EXPECT_EQ(r.error(), Error::kNotMarkedSchnorrkel);
    }
    ++n;
    valid += expected ? 1 : 0;
  }
  EXPECT_EQ(n, 34u);
  EXPECT_EQ(valid, 10u);
}

TEST(Sr25519, PublicKeysFromAccountSecrets) {
  const auto doc = testutil::load_vectors("accounts.json");
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "sr25519") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const Bytes secret_bytes = hex(c["secret_key_64"].get<std::string>());
    const auto secret = secret_from_ed25519_bytes(secret_bytes);
    ASSERT_TRUE(secret.has_value());
    EXPECT_EQ(to_hex(public_key(*secret)), c["public_key"].get<std::string>());
    EXPECT_EQ(to_hex(public_key(*secret)), c["account_id"].get<std::string>());
    const ByteArray<64> back = secret_to_ed25519_bytes(*secret);
    EXPECT_EQ(to_hex(back), c["secret_key_64"].get<std::string>());
    ++n;
  }
  EXPECT_EQ(n, 7u);
}

TEST(Sr25519, MiniSecretExpansionAndHardDerivation) {
  const auto doc = testutil::load_vectors("accounts.json");
  const auto mini = hex_array<32>(doc["dev_phrase_mini_secret"].get<std::string>());
  const SecretKey root = expand_mini_secret(mini);
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "sr25519") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    if (c["name"] == "DevPhraseRoot") {
      EXPECT_EQ(to_hex(public_key(root)), c["public_key"].get<std::string>());
      EXPECT_EQ(to_hex(secret_to_ed25519_bytes(root)), c["secret_key_64"].get<std::string>());
    } else {
      const auto cc = hex_array<32>(c["hard_junction_chain_code"].get<std::string>());
      const SecretKey child = expand_mini_secret(hard_derive_mini_secret(root, cc));
      EXPECT_EQ(to_hex(public_key(child)), c["public_key"].get<std::string>());
      EXPECT_EQ(to_hex(secret_to_ed25519_bytes(child)), c["secret_key_64"].get<std::string>());
    }
    ++n;
  }
  EXPECT_EQ(n, 7u);
}

TEST(Sr25519, SignVerifyRoundTrip) {
  const auto doc = testutil::load_vectors("accounts.json");
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "sr25519") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const auto secret = secret_from_ed25519_bytes(hex(c["secret_key_64"].get<std::string>()));
    ASSERT_TRUE(secret.has_value());
    const PublicKey pk = public_key(*secret);
    for (const size_t len : {0u, 1u, 32u, 165u, 166u, 167u, 300u, 1000u}) {
      Bytes msg(len);
      for (size_t i = 0; i < len; ++i) msg[i] = static_cast<uint8_t>(i * 7 + 3);
      const Signature sig = sign(*secret, msg);
      EXPECT_EQ(sig[63] & 0x80, 0x80);
      EXPECT_TRUE(verify(sig, msg, pk)) << len;
      EXPECT_EQ(sign(*secret, msg), sig);  // deterministic with the default witness entropy
      ByteArray<32> entropy{};
      entropy[5] = 9;
      const Signature other = sign(*secret, msg, entropy);
      EXPECT_NE(other, sig);
      EXPECT_TRUE(verify(other, msg, pk));
      Bytes longer = msg;
      longer.push_back(0);
      EXPECT_FALSE(verify(sig, longer, pk));
    }
  }
}

TEST(Sr25519, RejectionReasons) {
  const auto doc = testutil::load_vectors("accounts.json");
  const auto secret =
      secret_from_ed25519_bytes(hex(doc["cases"][0]["secret_key_64"].get<std::string>()));
  ASSERT_TRUE(secret.has_value());
  const PublicKey pk = public_key(*secret);
  const Bytes msg = {1, 2, 3};
  const Signature sig = sign(*secret, msg);
  ASSERT_TRUE(check(sig, msg, pk).has_value());

  EXPECT_EQ(check(ByteView(sig).first(63), msg, pk).error(), Error::kBadSignatureLength);

  Signature unmarked = sig;
  unmarked[63] &= 0x7f;
  EXPECT_EQ(check(unmarked, msg, pk).error(), Error::kNotMarkedSchnorrkel);

  // s + l is the same scalar mod l but not canonical: schnorrkel rejects it (ScalarFormatError).
  const uint8_t order[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7,
                             0xa2, 0xde, 0xf9, 0xde, 0x14, 0,    0,    0,    0,    0,    0,
                             0,    0,    0,    0,    0,    0,    0,    0,    0,    0x10};
  Signature plus_l = sig;
  plus_l[63] &= 0x7f;
  unsigned carry = 0;
  for (size_t i = 0; i < 32; ++i) {
    const unsigned v = plus_l[32 + i] + order[i] + carry;
    plus_l[32 + i] = static_cast<uint8_t>(v);
    carry = v >> 8;
  }
  if (carry == 0 && (plus_l[63] & 0x80) == 0) {
    plus_l[63] |= 0x80;
    EXPECT_EQ(check(plus_l, msg, pk).error(), Error::kScalarNotCanonical);
  }

  PublicKey bad_pk = pk;
  bad_pk[0] ^= 1;  // odd encodings are never canonical ristretto255
  EXPECT_EQ(check(sig, msg, bad_pk).error(), Error::kBadPublicKey);

  Signature flipped = sig;
  flipped[0] ^= 0x10;
  EXPECT_EQ(check(flipped, msg, pk).error(), Error::kEquationFalse);

  EXPECT_FALSE(secret_from_ed25519_bytes(ByteView(sig).first(10)).has_value());
}

}  // namespace
}  // namespace subemu::crypto::sr25519
