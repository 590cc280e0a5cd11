// SubtensorModule's subnet and registration calls through the scenario runner
// (shared/design/SCENARIO.md): calls by name with the reference's argument names, their events
// and errors decoded by name, and the state dump of what they wrote, under both configurations.
#include <gtest/gtest.h>

#include <string>
#include <vector>

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


// Every area of the issue through one scenario under the mock's constants: a subnet, a burned
// registration (and its repeat, refused), an axon, an identity, a block, a hotkey swap. The dump
// decodes every item written (no "undecodable").
TEST(ScenarioSubnets, RegistrationServingIdentityAndSwapDecodeInTheDump) {
  const Json s = Json::parse(R"json({"format":"subemu-scenario/1","config":"test",
 "accounts":{"c":{"label":"c"},"h":{"label":"h"},"c2":{"label":"c2"},"h2":{"label":"h2"},"h3":{"label":"h3"}},
 "genesis":{"balances":{"c":"200000000000","c2":"5000000000"}},
 "steps":[
  {"call":"SubtensorModule.register_network","origin":"c","args":{"hotkey":"h"}},
  {"call":"SubtensorModule.burned_register","origin":"c2","args":{"netuid":1,"hotkey":"h2"}},
  {"call":"SubtensorModule.burned_register","origin":"c2","args":{"netuid":1,"hotkey":"h2"}},
  {"call":"SubtensorModule.serve_axon","origin":"h2","args":{"netuid":1,"version":7,"ip":"3232235777","port":8091,"ip_type":4,"protocol":0,"placeholder1":0,"placeholder2":0}},
  {"call":"SubtensorModule.set_identity","origin":"c","args":{"name":"0x6f776e6572","url":"0x","github_repo":"0x","image":"0x","discord":"0x","description":"0x","additional":"0x"}},
  {"mine":1},
  {"call":"SubtensorModule.swap_hotkey","origin":"c2","args":{"hotkey":"h2","new_hotkey":"h3"}}
 ]}
)json");
  const Json r = run_ok(s);
  const Json& steps = r["steps"];
  ASSERT_EQ(steps.size(), 7u);
  auto names = [&](size_t i) {
    std::vector<std::string> out;
    for (const Json& e : steps[i]["events"]) out.push_back(e["name"].get<std::string>());
    return out;
  };
  EXPECT_EQ(names(1), (std::vector<std::string>{"RAORecycledForRegistrationSet", "NeuronRegistered"}));
  EXPECT_EQ(steps[2]["error"], (Json{{"pallet", "SubtensorModule"},
                                     {"name", "HotKeyAlreadyRegisteredInSubNet"},
                                     {"index", {7, 22}}}));
  EXPECT_EQ(names(3), std::vector<std::string>{"AxonServed"});
  EXPECT_EQ(names(4), std::vector<std::string>{"ChainIdentitySet"});
  // swap_hotkey burns the mock's KeySwapCost (1 TAO) from the coldkey.
  EXPECT_EQ(names(6), (std::vector<std::string>{"Withdraw", "HotkeySwapped"}));
  EXPECT_FALSE(r.contains("undecodable"));
  // blake2_256 of the labels.
  const std::string h = "0x23c746ecc949815d3a1f142cf32a29b804d89274e792fcd566c659b7e4e5f3bd";
  const std::string h3 = "0x57e005aaa8253731fd1967d7df11e19bece94ac721ae6b4f6e0a4611500c6489";
  EXPECT_EQ(r["state"]["SubtensorModule.Uids"],
            Json::parse("[[[1, \"" + h + "\"], 0], [[1, \"" + h3 + "\"], 1]]"));
  // The axon moved with the hotkey; served at block 1.
  EXPECT_EQ(entry(r, "SubtensorModule.Axons", {1, h3}),
            (Json{{"block", "1"}, {"version", 7}, {"ip", "3232235777"}, {"port", 8091},
                  {"ip_type", 4}, {"protocol", 0}, {"placeholder1", 0}, {"placeholder2", 0}}));
  EXPECT_EQ(entry(r, "SubtensorModule.Keys", {1, 1}), h3);
  EXPECT_EQ(r["state"]["SubtensorModule.IdentitiesV2"][0][1]["name"], "0x6f776e6572");
}

}  // namespace
}  // namespace subemu::tools::scenario
