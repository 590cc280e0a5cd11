// Merlin transcript over STROBE-128: the Merlin crate's published "equivalence_simple" vector,
// plus properties (labels and lengths are bound; forking; the witness RNG is deterministic).
#include "runtime/primitives/crypto/merlin.hpp"

#include <gtest/gtest.h>

#include "runtime/primitives/bytes.hpp"

namespace subemu::crypto {
namespace {

TEST(Merlin, EquivalenceSimpleVector) {
  Transcript t("test protocol");
  t.append_message("some label", as_bytes("some data"));
  ByteArray<32> chal{};
  t.challenge_bytes("challenge", chal);
  EXPECT_EQ(to_hex(chal, false),
            "d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615");
}

ByteArray<32> challenge_after(std::string_view label, ByteView msg) {
  Transcript t("test protocol");
  t.append_message(label, msg);
  ByteArray<32> c{};
  t.challenge_bytes("challenge", c);
  return c;
}

TEST(Merlin, LabelsAndMessagesAreBound) {
  const auto base = challenge_after("some label", as_bytes("some data"));
  EXPECT_NE(base, challenge_after("some labe", as_bytes("lsome data")));
  EXPECT_NE(base, challenge_after("some label", as_bytes("some datA")));
  Bytes big(1000, 0x63);  // crosses the 166-byte STROBE rate many times
  EXPECT_EQ(challenge_after("big", big), challenge_after("big", big));
  EXPECT_NE(challenge_after("big", big), challenge_after("big", ByteView(big).first(999)));
}

TEST(Merlin, CopyForksAndSuccessiveChallengesDiffer) {
  Transcript a("p");
  a.append_u64("n", 7);
  Transcript b = a;
  ByteArray<32> ca{};
  ByteArray<32> cb{};
  a.challenge_bytes("c", ca);
  b.challenge_bytes("c", cb);
  EXPECT_EQ(ca, cb);
  a.challenge_bytes("c", ca);
  EXPECT_NE(ca, cb);
}

TEST(Merlin, WitnessBytesDeterministicAndKeyed) {
  Transcript t("p");
  t.append_message("m", as_bytes("x"));
  ByteArray<32> rng{};
  ByteArray<64> w1{};
  ByteArray<64> w2{};
  ByteArray<64> w3{};
  t.witness_bytes("signing", as_bytes("nonce"), rng, w1);
  t.witness_bytes("signing", as_bytes("nonce"), rng, w2);
  EXPECT_EQ(w1, w2);
  t.witness_bytes("signing", as_bytes("nonce2"), rng, w3);
  EXPECT_NE(w1, w3);
  rng[0] = 1;
  t.witness_bytes("signing", as_bytes("nonce"), rng, w3);
  EXPECT_NE(w1, w3);
}

}  // namespace
}  // namespace subemu::crypto
