// `subtensor-emu scenario run` and `subtensor-emu state dump` through the binary: a scenario from
// a file and from stdin prints exactly what scenario::run returns; --state items= and
// --state-root; bad JSON, rejected scenarios and bad usage exit non-zero with a message on stderr
// and nothing on stdout. `state dump` of a RocksDB chain prints the same decoded state as a
// scenario that made the same changes, and the head block's state root.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/genesis.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"
#include "tools/scenario/scenario.hpp"

#include "tests/tools/cli_util.hpp"

namespace {

using namespace subemu::testing;  // NOLINT(google-build-using-namespace)

using Json = nlohmann::json;

std::string write_scenario(const std::string& name, const std::string& text) {
  const std::string path = scratch_dir() + "/" + name;
  write_file(path, text);
  return path;
}

const Json& transfer_scenario() {
  static const Json s = Json::parse(R"({
    "format": "subemu-scenario/1",
    "accounts": {"alice": {"dev": "Alice"}, "bob": {"dev": "Bob"}, "hot1": {"label": "hot1"}},
    "genesis": {"balances": {"hot1": "1000"}},
    "steps": [
      {"call": "Balances.transfer_keep_alive", "origin": "alice",
       "args": {"dest": "bob", "value": "1000000000"}, "signed": true},
      {"mine": 2},
      {"call": "Balances.transfer_keep_alive", "origin": "bob",
       "args": {"dest": "hot1", "value": "5000"}}
    ]})");
  return s;
}

Json expected_result(const Json& scenario, const subemu::tools::scenario::RunOptions& options) {
  auto r = subemu::tools::scenario::run(scenario, options);
  EXPECT_TRUE(r.has_value()) << (r.has_value() ? "" : r.error());
  return r.has_value() ? *r : Json();
}

// Failure: the exit code, nothing on stdout, and `message` on stderr.
void expect_failure(const CliResult& r, int exit_code, const std::string& message) {
  EXPECT_EQ(r.exit_code, exit_code) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(message), std::string::npos) << "stderr: " << r.err;
}

TEST(ScenarioCli, RunsAFileAndPrintsWhatTheRunnerReturns) {
  const std::string path = write_scenario("transfer.json", transfer_scenario().dump(2));
  const CliResult r = run_cli({"scenario", "run", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const Json out = Json::parse(r.out);
  EXPECT_EQ(out, expected_result(transfer_scenario(), {}));
  EXPECT_EQ(out["format"], "subemu-scenario-result/1");
  EXPECT_EQ(out["block"], 3);
  EXPECT_EQ(out["steps"].size(), 3u);
}

TEST(ScenarioCli, ReadsTheScenarioFromStdinWithADash) {
  const std::string path = write_scenario("transfer.json", transfer_scenario().dump());
  const CliResult from_file = run_cli({"scenario", "run", path});
  const CliResult from_stdin = run_cli({"scenario", "run", "-"}, transfer_scenario().dump());
  ASSERT_EQ(from_stdin.exit_code, 0) << from_stdin.err;
  EXPECT_EQ(from_stdin.err, "");
  EXPECT_EQ(from_stdin.out, from_file.out);
}

TEST(ScenarioCli, StateItemsAndStateRootOptions) {
  const CliResult r = run_cli({"scenario", "run", "-", "--state",
                               "items=System.Number,Balances.TotalIssuance", "--state-root"},
                              transfer_scenario().dump());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  subemu::tools::scenario::RunOptions options;
  options.state_items = {"System.Number", "Balances.TotalIssuance"};
  options.state_root = true;
  const Json out = Json::parse(r.out);
  EXPECT_EQ(out, expected_result(transfer_scenario(), options));
  EXPECT_EQ(out["state"].size(), 2u);
  EXPECT_EQ(out["state"]["System.Number"], 3);
  EXPECT_EQ(out["state_root"].get<std::string>().size(), 66u);
}

TEST(ScenarioCli, BadJsonExitsTwoWithAMessageAndNothingOnStdout) {
  const std::string path = write_scenario("broken.json", R"({"format": "subemu-scenario/1",)");
  expect_failure(run_cli({"scenario", "run", path}), 2, "is not valid JSON");
  expect_failure(run_cli({"scenario", "run", "-"}, "{\"steps\": [}"), 2,
                 "scenario: stdin is not valid JSON");
  expect_failure(run_cli({"scenario", "run", "-"}, ""), 2, "is not valid JSON");
}

TEST(ScenarioCli, ARejectedScenarioNamesTheStepOnStderr) {
  Json s = transfer_scenario();
  s["steps"][2]["call"] = "Balances.teleport";
  const CliResult r = run_cli({"scenario", "run", "-"}, s.dump());
  expect_failure(r, 2, "scenario: steps[2].call: unknown call 'Balances.teleport'\n");
  s = transfer_scenario();
  s["steps"][1]["mine"] = "two";
  expect_failure(run_cli({"scenario", "run", "-"}, s.dump()), 2,
                 "scenario: steps[1].mine: expected a block count (0..1000000)\n");
}

TEST(ScenarioCli, UsageErrors) {
  expect_failure(run_cli({"scenario"}), 2, "usage: subtensor-emu scenario run");
  expect_failure(run_cli({"scenario", "walk", "x.json"}), 2, "usage:");
  expect_failure(run_cli({"scenario", "run", "-", "--fast"}, "{}"), 2,
                 "scenario: unknown option '--fast'");
  expect_failure(run_cli({"scenario", "run", "-", "--state", "items="}, "{}"), 2,
                 "--state items= needs at least one Pallet.Item");
  expect_failure(
      run_cli({"scenario", "run", "-", "--state", "items=Foo.Bar"}, transfer_scenario().dump()), 2,
      "scenario: --state: unknown storage item 'Foo.Bar'");
  expect_failure(run_cli({"scenario", "run", scratch_dir() + "/missing.json"}), 1,
                 "scenario: cannot read");
}

// ---- state dump ------------------------------------------------------------------------------

TEST(StateDumpCli, DumpsTheHeadStateOfADatabaseLikeAScenario) {
  using subemu::runtime::chain::Chain;
  const std::string dir = scratch_dir() + "/db";
  std::filesystem::create_directories(dir);
  const subemu::runtime::GenesisConfig spec = subemu::runtime::dev_genesis();
  auto genesis = Chain::genesis_of(spec);
  ASSERT_TRUE(genesis.has_value());
  std::string head_hash;
  std::string state_root;
  {
    auto store = subemu::storage::RocksDbStore::open(dir + "/state", genesis->hash().bytes());
    ASSERT_TRUE(store.has_value()) << store.error().to_string();
    auto chain = Chain::open(**store, spec);
    ASSERT_TRUE(chain.has_value()) << chain.error().to_string();
    // Balances.transfer_keep_alive(Bob, 1 TAO) by Alice: pallet 5, call 3, MultiAddress::Id.
    subemu::Bytes call{5, 3, 0};
    subemu::append(call, subemu::runtime::dev_account("Bob")->view());
    subemu::append(call, subemu::scale::encode(subemu::scale::Compact<uint64_t>{1'000'000'000}));
    auto dispatched = (*chain)->dispatch(
        subemu::runtime::frame::Origin::signed_by(*subemu::runtime::dev_account("Alice")), call);
    ASSERT_TRUE(dispatched.has_value() && dispatched->has_value());
    auto sealed = (*chain)->seal();
    ASSERT_TRUE(sealed.has_value()) << sealed.error().to_string();
    head_hash = sealed->hash.to_hex();
    state_root = sealed->block.header.state_root.to_hex();
  }
  const CliResult r = run_cli({"state", "dump", "--data-dir", dir, "--state-root"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const Json out = Json::parse(r.out);
  EXPECT_EQ(out["block"], 1);
  EXPECT_EQ(out["hash"], head_hash);
  EXPECT_EQ(out["state_root"], state_root);
  EXPECT_FALSE(out.contains("undecodable"));
  // The same changes as a scenario: the default items are untouched by block initialization.
  const Json same = Json::parse(R"({
    "format": "subemu-scenario/1", "accounts": {"alice": {"dev": "Alice"}, "bob": {"dev": "Bob"}},
    "steps": [{"call": "Balances.transfer_keep_alive", "origin": "alice",
               "args": {"dest": "bob", "value": "1000000000"}}, {"mine": 1}]})");
  EXPECT_EQ(out["state"], expected_result(same, {})["state"]);

  const CliResult items =
      run_cli({"state", "dump", "--data-dir", dir, "--state", "items=System.Number"});
  ASSERT_EQ(items.exit_code, 0) << items.err;
  EXPECT_EQ(Json::parse(items.out)["state"], (Json{{"System.Number", 1}}));

  expect_failure(run_cli({"state", "dump", "--data-dir", dir, "--state", "items=Foo.Bar"}), 2,
                 "state: unknown storage item 'Foo.Bar'");
  expect_failure(run_cli({"state", "dump", "--data-dir", dir, "--verbose"}), 2,
                 "state: unknown option '--verbose'");
}

TEST(StateDumpCli, AMissingDatabaseIsAnErrorWithNothingOnStdout) {
  expect_failure(run_cli({"state", "dump", "--data-dir", scratch_dir() + "/nothing-here"}), 1,
                 "state: cannot open");
}

}  // namespace
