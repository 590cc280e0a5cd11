// SubtensorModule's call table against macros/dispatches.rs at v3.0.0: every modelled call has
// the upstream call index, name and parameter names in order, and no index or name is used twice.
// The expected rows were read off dispatches.rs (`#[pallet::call_index(i)] pub fn name(origin,
// args...)`).
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "runtime/frame/metadata/registry.hpp"
#include "runtime/runtime.hpp"

namespace subemu::runtime::subtensor {
namespace {

struct Row {
  uint8_t index;
  std::string name;
  std::vector<std::string> args;
};

const std::vector<Row>& issue4_calls() {
  static const std::vector<Row> rows = {
      {4,
       "serve_axon",
       {"netuid", "version", "ip", "port", "ip_type", "protocol", "placeholder1", "placeholder2"}},
      {5, "serve_prometheus", {"netuid", "version", "ip", "port", "ip_type"}},
      {6, "register", {"netuid", "block_number", "nonce", "work", "hotkey", "coldkey"}},
      {7, "burned_register", {"netuid", "hotkey"}},
      {40,
       "serve_axon_tls",
       {"netuid", "version", "ip", "port", "ip_type", "protocol", "placeholder1", "placeholder2",
        "certificate"}},
      {59, "register_network", {"hotkey"}},
      {60, "faucet", {"block_number", "nonce", "work"}},
      {61, "dissolve_network", {"coldkey", "netuid"}},
      {62, "root_register", {"hotkey"}},
      {68,
       "set_identity",
       {"name", "url", "github_repo", "image", "discord", "description", "additional"}},
      {70, "swap_hotkey", {"hotkey", "new_hotkey"}},
      {71, "swap_coldkey", {"old_coldkey", "new_coldkey", "swap_cost"}},
      {73, "schedule_swap_coldkey", {"new_coldkey"}},
      {74, "schedule_dissolve_network", {"_netuid"}},
      {78,
       "set_subnet_identity",
       {"netuid", "subnet_name", "github_repo", "subnet_contact", "subnet_url", "discord",
        "description", "additional"}},
      {79, "register_network_with_identity", {"hotkey", "identity"}},
      {92, "start_call", {"netuid"}},
  };
  return rows;
}

TEST(SubtensorCalls, EveryRegistrationCallHasTheUpstreamIndexNameAndArguments) {
  const metadata::PalletDesc* p = runtime_registry().pallet_by_index(7);
  ASSERT_NE(p, nullptr);
  for (const Row& row : issue4_calls()) {
    const metadata::CallDesc* found = nullptr;
    for (const auto& c : p->calls) {
      if (c.index == row.index) found = &c;
    }
    ASSERT_NE(found, nullptr) << "call index " << int(row.index) << " (" << row.name << ")";
    EXPECT_EQ(found->name, row.name);
    std::vector<std::string> names;
    for (const auto& f : found->args) names.push_back(f.name);
    EXPECT_EQ(names, row.args) << row.name;
    EXPECT_NE(found->dispatch, nullptr);
    EXPECT_NE(found->info, nullptr);
  }
}

TEST(SubtensorCalls, NoIndexOrNameIsUsedTwice) {
  const metadata::PalletDesc* p = runtime_registry().pallet_by_index(7);
  ASSERT_NE(p, nullptr);
  std::set<uint8_t> indices;
  std::set<std::string> names;
  for (const auto& c : p->calls) {
    EXPECT_TRUE(indices.insert(c.index).second) << int(c.index);
    EXPECT_TRUE(names.insert(c.name).second) << c.name;
  }
}

}  // namespace
}  // namespace subemu::runtime::subtensor
