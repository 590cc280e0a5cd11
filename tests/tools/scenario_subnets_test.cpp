// SubtensorModule's subnet and registration calls through the scenario runner
// (shared/design/SCENARIO.md): calls by name with the reference's argument names, their events
// and errors decoded by name, and the state dump of what they wrote, under both configurations.
#include <gtest/gtest.h>

#include <string>

#include "tools/scenario/scenario.hpp"

namespace subemu::tools::scenario {
namespace {

using json::Json;

constexpr const char* kAlice = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
// blake2_256("hot1"): the account of {"label": "hot1"}.
constexpr const char* kHot1 = "0xf57277c075c2a0d43990f1535f734e29fc01b980df2fd86b5e357d42c196d793";

Json run_ok(const Json& s, const RunOptions& options = {}) {
  auto r = run(s, options);
  EXPECT_TRUE(r.has_value()) << (r.has_value() ? "" : r.error());
  return r.has_value() ? *r : Json();
}

Json event(const std::string& pallet, const std::string& name, Json fields) {
  return {{"pallet", pallet}, {"name", name}, {"fields", std::move(fields)}};
}

// The value of `keys` in a dumped map (null when absent).
Json entry(const Json& result, const std::string& item, const Json& keys) {
  for (const Json& pair : result["state"][item]) {
    if (pair[0] == keys) return pair[1];
  }
  return nullptr;
}

TEST(ScenarioSubnets, RegisterNetworkOnTheDevChainCreatesNetuidTwo) {
  const Json s = {
      {"format", "subemu-scenario/1"},
      {"accounts", {{"alice", {{"dev", "Alice"}}}, {"hot1", {{"label", "hot1"}}}}},
      {"steps",
       {{{"call", "SubtensorModule.register_network"},
         {"origin", "alice"},
         {"args", {{"hotkey", "hot1"}}}},
        // Runtime NetworkRateLimit: 7200 blocks since NetworkLastRegistered (0 at genesis).
        {{"call", "AdminUtils.sudo_set_network_rate_limit"},
         {"origin", "root"},
         {"args", {{"rate_limit", "0"}}}},
        {{"call", "SubtensorModule.register_network"},
         {"origin", "alice"},
         {"args", {{"hotkey", "hot1"}}}},
        {{"call", "SubtensorModule.start_call"}, {"origin", "alice"}, {"args", {{"netuid", 2}}}},
        {{"call", "SubtensorModule.register_network"},
         {"origin", "root"},
         {"args", {{"hotkey", "hot1"}}}}}}};
  const Json r = run_ok(s);
  const Json& steps = r["steps"];
  ASSERT_EQ(steps.size(), 5u);
  EXPECT_EQ(steps[0]["error"], (Json{{"pallet", "SubtensorModule"},
                                     {"name", "NetworkTxRateLimitExceeded"},
                                     {"index", {7, 33}}}));
  ASSERT_TRUE(steps[2]["ok"].get<bool>());
  // Runtime constants: the minimum lock of 1,000 TAO (never registered before: mult 1).
  EXPECT_EQ(steps[2]["events"].back(),
            event("SubtensorModule", "NetworkAdded", {{"0", 2}, {"1", 1}}));
  EXPECT_EQ(entry(r, "SubtensorModule.SubnetTAO", {2}), "1000000000000");
  EXPECT_EQ(entry(r, "SubtensorModule.SubnetAlphaIn", {2}), "1000000000000");
  EXPECT_EQ(entry(r, "SubtensorModule.SubnetOwner", {2}), kAlice);
  EXPECT_EQ(entry(r, "SubtensorModule.SubnetOwnerHotkey", {2}), kHot1);
  EXPECT_EQ(entry(r, "SubtensorModule.Keys", {2, 0}), kHot1);
  EXPECT_EQ(entry(r, "SubtensorModule.NetworkRegisteredAt", {2}), "1");
  EXPECT_EQ(r["state"]["SubtensorModule.TotalNetworks"], 3);
  // start_call waits DurationOfStartCall (7 days) after the registration.
  EXPECT_EQ(steps[3]["error"], (Json{{"pallet", "SubtensorModule"},
                                     {"name", "NeedWaitingMoreBlocksToStarCall"},
                                     {"index", {7, 89}}}));
  EXPECT_EQ(steps[4]["error"], (Json{{"pallet", nullptr}, {"name", "BadOrigin"}}));
}

TEST(ScenarioSubnets, ConfigTestRegistersNetuidOneWithTheMockLock) {
  const Json s = {
      {"format", "subemu-scenario/1"},
      {"config", "test"},
      {"accounts", {{"c", {{"label", "c"}}}, {"h", {{"label", "h"}}}}},
      {"genesis", {{"balances", {{"c", "100000000001"}}}}},
      {"steps",
       {{{"call", "SubtensorModule.register_network"},
         {"origin", "c"},
         {"args", {{"hotkey", "h"}}}},
        {{"call", "SubtensorModule.register_network"},
         {"origin", "c"},
         {"args", {{"hotkey", "h"}}}}}}};
  const Json r = run_ok(s);
  ASSERT_TRUE(r["steps"][0]["ok"].get<bool>());
  EXPECT_EQ(entry(r, "SubtensorModule.SubnetTAO", {1}), "100000000000");
  // The second costs twice the last lock in the same block: not enough balance.
  EXPECT_EQ(r["steps"][1]["error"], (Json{{"pallet", "SubtensorModule"},
                                          {"name", "NotEnoughBalanceToStake"},
                                          {"index", {7, 13}}}));
}

}  // namespace
}  // namespace subemu::tools::scenario
