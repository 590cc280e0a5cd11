// The dev accounts match accounts.json (sr25519 //Alice … //Ferdie).
#include <gtest/gtest.h>

#include "runtime/dev_accounts.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime {
namespace {

TEST(DevAccounts, MatchAccountsJson) {
  const auto doc = testutil::load_vectors("accounts.json");
  EXPECT_EQ(to_hex(dev_phrase_mini_secret()), doc["dev_phrase_mini_secret"].get<std::string>());
  size_t n = 0;
  for (const auto& c : doc["cases"]) {
    if (c["scheme"] != "sr25519" || c["name"] == "DevPhraseRoot") continue;
    const std::string name = c["name"].get<std::string>();
    const auto account = dev_account(name);
    ASSERT_TRUE(account.has_value()) << name;
    EXPECT_EQ(account->to_hex(), c["account_id"].get<std::string>()) << name;
    const auto secret = dev_sr25519_secret(name);
    ASSERT_TRUE(secret.has_value());
    EXPECT_EQ(to_hex(crypto::sr25519::secret_to_ed25519_bytes(*secret)),
              c["secret_key_64"].get<std::string>());
    ++n;
  }
  EXPECT_EQ(n, kDevAccountNames.size());
  EXPECT_FALSE(dev_account("alice").has_value());
  EXPECT_FALSE(dev_account("Mallory").has_value());
}

}  // namespace
}  // namespace subemu::runtime
