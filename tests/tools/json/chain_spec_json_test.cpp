// The JSON chain spec round-trips the dev and test specs (same genesis hash) and rejects bad
// input with a message naming the field.
#include <gtest/gtest.h>

#include "runtime/chain/chain.hpp"
#include "tools/json/chain_spec_json.hpp"

namespace subemu::tools::json {
namespace {

TEST(ChainSpecJson, RoundTripKeepsTheGenesisHash) {
  for (const runtime::GenesisConfig& spec : {runtime::dev_genesis(), runtime::test_genesis()}) {
    const Json j = chain_spec_to_json(spec);
    auto back = chain_spec_from_json(j);
    ASSERT_TRUE(back.has_value()) << back.error();
    EXPECT_EQ(back->balances, spec.balances);
    EXPECT_EQ(back->sudo_key, spec.sudo_key);
    EXPECT_EQ(back->config, spec.config);
    EXPECT_EQ(runtime::chain::Chain::genesis_of(*back)->hash(),
              runtime::chain::Chain::genesis_of(spec)->hash());
  }
}

TEST(ChainSpecJson, ADifferentBalanceIsADifferentChain) {
  Json j = chain_spec_to_json(runtime::dev_genesis());
  j["genesis"]["balances"][0][1] = "999";
  auto spec = chain_spec_from_json(j);
  ASSERT_TRUE(spec.has_value()) << spec.error();
  EXPECT_NE(runtime::chain::Chain::genesis_of(*spec)->hash(),
            runtime::chain::Chain::genesis_of(runtime::dev_genesis())->hash());
}

TEST(ChainSpecJson, RejectsBadInputNamingTheField) {
  const Json good = chain_spec_to_json(runtime::dev_genesis());
  struct Case {
    std::function<void(Json&)> edit;
    std::string expect;
  };
  const std::vector<Case> cases = {
      {[](Json& j) { j["format"] = "other"; }, "format"},
      {[](Json& j) { j["extra"] = 1; }, "unknown field 'extra'"},
      {[](Json& j) { j["config"] = "mainnet"; }, "config"},
      {[](Json& j) { j["genesis"]["balances"][0][0] = "5Nope"; }, "genesis.balances[0][0]"},
      {[](Json& j) { j["genesis"]["balances"][1][1] = "-5"; }, "genesis.balances[1][1]"},
      {[](Json& j) { j["genesis"]["balances"][2] = Json::array({"x"}); }, "genesis.balances[2]"},
      {[](Json& j) { j["genesis"]["sudo"] = 7; }, "genesis.sudo"},
      {[](Json& j) { j["genesis"]["timestamp_ms"] = "1e5"; }, "genesis.timestamp_ms"},
  };
  for (const Case& c : cases) {
    Json j = good;
    c.edit(j);
    auto r = chain_spec_from_json(j);
    ASSERT_FALSE(r.has_value()) << c.expect;
    EXPECT_NE(r.error().find(c.expect), std::string::npos) << r.error();
  }
  // A duplicate account passes the parser but not the genesis build.
  Json dup = good;
  dup["genesis"]["balances"][1][0] = dup["genesis"]["balances"][0][0];
  auto spec = chain_spec_from_json(dup);
  ASSERT_TRUE(spec.has_value());
  EXPECT_FALSE(runtime::chain::Chain::genesis_of(*spec).has_value());
}

}  // namespace
}  // namespace subemu::tools::json
