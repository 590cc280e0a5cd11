// SubtensorModule's staking calls through the scenario runner (shared/design/SCENARIO.md) under the
// unit-test mock's constants: add_stake, a zero stake (refused), remove_stake, a limit order that
// cannot fill (refused), unstake_all; events and errors decoded by name, the dump decoded.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tools/scenario/scenario.hpp"

namespace subemu::tools::scenario {
namespace {

using json::Json;

Json module_error(const std::string& name, int index) {
  return {{"pallet", "SubtensorModule"}, {"name", name}, {"index", {7, index}}};
}

// The step's SubtensorModule event named `name` (null when absent).
Json find_event(const Json& step, const std::string& name) {
  for (const Json& e : step["events"]) {
    if (e["pallet"] == "SubtensorModule" && e["name"] == name) return e;
  }
  return nullptr;
}

TEST(ScenarioStaking, AddRemoveLimitAndUnstakeAll) {
  const Json s = Json::parse(R"json({"format":"subemu-scenario/1","config":"test",
 "accounts":{"c":{"label":"c"},"h":{"label":"h"},"n":{"label":"n"},"h2":{"label":"h2"}},
 "genesis":{"balances":{"c":"200000000000","n":"50000000000"}},
 "steps":[
  {"call":"SubtensorModule.register_network","origin":"c","args":{"hotkey":"h"}},
  {"call":"SubtensorModule.add_stake","origin":"n","args":{"hotkey":"h","netuid":1,"amount_staked":"10000000000"}},
  {"call":"SubtensorModule.add_stake","origin":"n","args":{"hotkey":"h","netuid":1,"amount_staked":"0"}},
  {"mine":1},
  {"call":"SubtensorModule.remove_stake","origin":"n","args":{"hotkey":"h","netuid":1,"amount_unstaked":"1000000000"}},
  {"call":"SubtensorModule.add_stake_limit","origin":"n","args":{"hotkey":"h","netuid":1,"amount_staked":"1000000000","limit_price":"1","allow_partial":false}},
  {"call":"SubtensorModule.unstake_all","origin":"n","args":{"hotkey":"h"}}
 ]}
)json");
  auto r = run(s);
  ASSERT_TRUE(r.has_value()) << r.error();
  const Json& steps = (*r)["steps"];
  ASSERT_EQ(steps.size(), 7u);
  ASSERT_TRUE(steps[1]["ok"].get<bool>());
  // The pool holds 1e11 TAO / 1e11 alpha (the mock's minimum lock). 1e10 TAO less the flat
  // 50,000 fee buys floor(1e11 - 1e22 / (1e11 + 9,999,950,000)) = 9,090,867,768 alpha.
  const Json added = find_event(steps[1], "StakeAdded");
  ASSERT_FALSE(added.is_null());
  EXPECT_EQ(added["fields"]["2"], "9999950000");
  EXPECT_EQ(added["fields"]["3"], "9090867768");
  EXPECT_EQ(added["fields"]["4"], 1);
  EXPECT_EQ(added["fields"]["5"], "50000");
  EXPECT_EQ(steps[2]["error"], module_error("AmountTooLow", 82));
  const Json removed = find_event(steps[4], "StakeRemoved");
  ASSERT_FALSE(removed.is_null());
  EXPECT_EQ(removed["fields"]["3"], "1000000000");
  // A limit price of 1 rao per alpha is far below the pool price: nothing can fill.
  EXPECT_EQ(steps[5]["error"], module_error("SlippageTooHigh", 84));
  // unstake_all sells the remaining 8,090,867,768 alpha.
  const Json all = find_event(steps[6], "StakeRemoved");
  ASSERT_FALSE(all.is_null());
  EXPECT_EQ(all["fields"]["3"], "8090867768");
  EXPECT_FALSE(r->contains("undecodable"));
  const Json& state = (*r)["state"];
  EXPECT_FALSE(state.contains("SubtensorModule.Alpha"));  // the position is gone
  EXPECT_EQ(state["SubtensorModule.SubnetAlphaOut"], Json::parse("[[[1], \"0\"]]"));
  EXPECT_EQ(state["SubtensorModule.SubnetAlphaIn"], Json::parse("[[[1], \"100000000000\"]]"));
}

}  // namespace
}  // namespace subemu::tools::scenario
