// ed25519: every ed25519 case of shared/vectors/signatures.json (verify, and valid signatures
// re-derived byte for byte from the seed), accounts.json public keys from seeds and the
// Ed25519HDKD hard derivation of //Name from the dev mini secret.
#include "runtime/primitives/crypto/ed25519.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/primitives/crypto/multi_signature.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::crypto::ed25519 {
namespace {

using testutil::hex;
using testutil::hex_array;

TEST(Ed25519, SignatureVectors) {
  const auto doc = testutil::load_vectors("signatures.json");
  size_t n = 0;
  size_t resigned = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "ed25519") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const Bytes pk = hex(c["public_key"].get<std::string>());
    const Bytes msg = hex(c["message"].get<std::string>());
    const Bytes sig = hex(c["signature"].get<std::string>());
    const bool expected = c["valid"].get<bool>();
    EXPECT_EQ(verify(sig, msg, pk), expected);
    const auto account = AccountId32::from_view(pk);
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(verify_multi(Scheme::kEd25519, sig, msg, *account), expected);
    if (c.contains("secret_seed")) {
      const auto seed = hex_array<32>(c["secret_seed"].get<std::string>());
      EXPECT_EQ(to_hex(public_key(seed)), c["public_key"].get<std::string>());
      EXPECT_EQ(to_hex(sign(seed, msg)), c["signature"].get<std::string>());
      ++resigned;
    }
    ++n;
  }
  EXPECT_EQ(n, 30u);
  EXPECT_EQ(resigned, 10u);
}

TEST(Ed25519, AccountsAndHardDerivation) {
  const auto doc = testutil::load_vectors("accounts.json");
  const auto root = hex_array<32>(doc["dev_phrase_mini_secret"].get<std::string>());
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "ed25519") continue;
    SCOPED_TRACE(c["name"].get<std::string>());
    const auto seed = hex_array<32>(c["secret_seed"].get<std::string>());
    EXPECT_EQ(to_hex(public_key(seed)), c["public_key"].get<std::string>());
    EXPECT_EQ(to_hex(public_key(seed)), c["account_id"].get<std::string>());
    if (c["name"] == "DevPhraseRoot") {
      EXPECT_EQ(seed, root);
    } else {
      const auto cc = hex_array<32>(c["hard_junction_chain_code"].get<std::string>());
      EXPECT_EQ(to_hex(hard_derive(root, cc)), c["secret_seed"].get<std::string>());
    }
    ++n;
  }
  EXPECT_EQ(n, 7u);
}

TEST(Ed25519, WrongLengthsAndRoundTrip) {
  Seed seed{};
  seed[0] = 1;
  const PublicKey pk = public_key(seed);
  const Bytes msg = {9, 8, 7};
  const Signature sig = sign(seed, msg);
  EXPECT_TRUE(verify(sig, msg, pk));
  EXPECT_FALSE(verify(ByteView(sig).first(63), msg, pk));
  EXPECT_FALSE(verify(sig, msg, ByteView(pk).first(31)));
  // libsodium strictness: the identity as public key (small order) is refused outright.
  PublicKey identity{};
  identity[0] = 1;
  EXPECT_FALSE(verify(sig, msg, identity));
}

}  // namespace
}  // namespace subemu::crypto::ed25519
