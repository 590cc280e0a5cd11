// SS58: every address of shared/vectors/accounts.json (ss58_42 and ss58_0 of each key, and the
// Alice prefix table with one- and two-byte prefixes) both ways, plus each rejection reason.
#include "runtime/primitives/crypto/ss58.hpp"

#include <gtest/gtest.h>

#include <string>

#include "tests/testutil/vectors.hpp"

namespace subemu::crypto {
namespace {

using testutil::hex;

void expect_round_trip(const std::string& account_hex, uint16_t prefix, const std::string& text) {
  const auto account = AccountId32::from_hex(account_hex);
  ASSERT_TRUE(account.has_value());
  const auto encoded = ss58_encode(*account, prefix);
  ASSERT_TRUE(encoded.has_value());
  EXPECT_EQ(*encoded, text);
  const auto decoded = ss58_decode(text);
  ASSERT_TRUE(decoded.has_value()) << to_string(decoded.error());
  EXPECT_EQ(decoded->prefix, prefix);
  EXPECT_EQ(decoded->account, *account);
}

TEST(Ss58, AccountVectors) {
  const auto doc = testutil::load_vectors("accounts.json");
  size_t keys = 0;
  size_t table = 0;
  for (const auto& c : doc["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>() + " " + c["scheme"].get<std::string>());
    const std::string account = c["account_id"].get<std::string>();
    if (c["scheme"] == "ss58-only") {
      expect_round_trip(account, c["ss58_prefix"].get<uint16_t>(), c["ss58"].get<std::string>());
      ++table;
    } else {
      expect_round_trip(account, 42, c["ss58_42"].get<std::string>());
      expect_round_trip(account, 0, c["ss58_0"].get<std::string>());
      ++keys;
    }
  }
  EXPECT_EQ(keys, 21u);
  EXPECT_EQ(table, 9u);
}

TEST(Ss58, EveryPrefixRoundTrips) {
  const auto alice =
      AccountId32::from_hex("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
  ASSERT_TRUE(alice.has_value());
  for (uint32_t p = 0; p <= kSs58MaxPrefix; ++p) {
    if (p == 46 || p == 47) continue;
    const auto prefix = static_cast<uint16_t>(p);
    const auto text = ss58_encode(*alice, prefix);
    ASSERT_TRUE(text.has_value());
    const auto back = ss58_decode(*text);
    ASSERT_TRUE(back.has_value()) << p;
    ASSERT_EQ(back->prefix, prefix);
    ASSERT_EQ(back->account, *alice);
  }
  EXPECT_EQ(ss58_encode(*alice, 16384).error(), Ss58Error::kPrefixOutOfRange);
}

TEST(Ss58, Rejections) {
  const std::string alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
  ASSERT_TRUE(ss58_decode(alice).has_value());
  // '0', 'O', 'I', 'l' are not in the alphabet.
  std::string bad_char = alice;
  bad_char[5] = '0';
  EXPECT_EQ(ss58_decode(bad_char).error(), Ss58Error::kBadBase58);
  bad_char[5] = 'l';
  EXPECT_EQ(ss58_decode(bad_char).error(), Ss58Error::kBadBase58);
  // Changing a character changes the checksum (or the decoded length).
  std::string bad_sum = alice;
  bad_sum.back() = bad_sum.back() == 'Y' ? 'Z' : 'Y';
  EXPECT_EQ(ss58_decode(bad_sum).error(), Ss58Error::kInvalidChecksum);
  EXPECT_EQ(ss58_decode(alice.substr(0, 40)).error(), Ss58Error::kBadLength);
  EXPECT_EQ(ss58_decode("").error(), Ss58Error::kBadLength);
  EXPECT_EQ(ss58_decode(alice + "1").error(), Ss58Error::kBadLength);

  const auto account =
      AccountId32::from_hex("0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
  ASSERT_TRUE(account.has_value());
  // First byte >= 128: invalid prefix, whatever follows.
  Bytes raw = {0x80};
  append(raw, account->view());
  raw.push_back(0);
  raw.push_back(0);
  EXPECT_EQ(ss58_decode(base58_encode(raw)).error(), Ss58Error::kInvalidPrefix);
  // Reserved prefixes 46/47 encode but do not decode (sp_core's format_is_allowed).
  for (const uint16_t p : {46, 47}) {
    const auto text = ss58_encode(*account, p);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(ss58_decode(*text).error(), Ss58Error::kFormatNotAllowed);
  }
}

TEST(Ss58, Base58) {
  EXPECT_EQ(base58_encode(Bytes{}), "");
  EXPECT_EQ(base58_encode(Bytes{0, 0, 1}), "112");
  EXPECT_EQ(base58_encode(as_bytes("hello world")), "StV1DL6CwTryKyV");
  const auto d = base58_decode("112");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Bytes{0, 0, 1}));
  EXPECT_EQ(*base58_decode("StV1DL6CwTryKyV"),
            Bytes(as_bytes("hello world").begin(), as_bytes("hello world").end()));
}

}  // namespace
}  // namespace subemu::crypto
