// `subtensor-emu decode` through the binary: the UPSTREAM extrinsic of shared/vectors/
// extrinsics.json (subtensor extension data: era, nonce, tip, metadata-hash mode) under the
// runtime's extension set, the classic-8 cases with --extensions classic8, the bare timestamp
// inherent; every Header case of scale.json (the printed hash is header_hash); a System.Events
// value taken from a chain; and malformed, truncated or trailing input -> non-zero exit, a clear
// message on stderr and nothing on stdout.
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
#include "runtime/pallets/system/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "tests/testutil/vectors.hpp"

#include "tests/tools/cli_util.hpp"

namespace {

using namespace subemu::testing;  // NOLINT(google-build-using-namespace)

using Json = nlohmann::json;
using subemu::testutil::load_vectors;

// Runs `subtensor-emu decode ARGS...` (arguments are hex or option words: no quoting needed).
CliResult decode(const std::vector<std::string>& args) {
  std::vector<std::string> all{"decode"};
  all.insert(all.end(), args.begin(), args.end());
  return run_cli(all);
}

Json decode_ok(const std::vector<std::string>& args) {
  const CliResult r = decode(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.exit_code == 0 ? Json::parse(r.out) : Json();
}

void expect_failure(const std::vector<std::string>& args, int exit_code,
                    const std::string& message) {
  const CliResult r = decode(args);
  EXPECT_EQ(r.exit_code, exit_code) << args[0] << "\n" << r.err;
  EXPECT_EQ(r.out, "") << args[0];
  EXPECT_NE(r.err.find(message), std::string::npos) << "stderr: " << r.err;
}

const Json& extrinsic_case(const std::string& name_prefix) {
  static const Json doc = load_vectors("extrinsics.json");
  for (const Json& c : doc["cases"]) {
    if (c["name"].get<std::string>().rfind(name_prefix, 0) == 0) return c;
  }
  static const Json none;
  ADD_FAILURE() << "no case " << name_prefix;
  return none;
}

Json era_of(const Json& c) {
  if (c["era"]["era"] == "Immortal") return "Immortal";
  return {{"Mortal", {{"period", c["era"]["period"]}, {"phase", c["era"]["phase"]}}}};
}

// The fields every signed case fixes.
void expect_signed_envelope(const Json& out, const Json& c) {
  const std::string extrinsic = c["extrinsic"];
  EXPECT_EQ(out["signed"], true);
  EXPECT_EQ(out["version"], 4);
  EXPECT_EQ(out["hash"], c["extrinsic_hash"]);
  EXPECT_EQ(out["length"], (extrinsic.size() - 2) / 2);
  EXPECT_EQ(out["signer"]["id"], c["signer"]["public_key"]);
  EXPECT_EQ(out["signature"], (Json{{"scheme", "ed25519"}, {"hex", c["signature"]}}));
  EXPECT_EQ(out["era"], era_of(c));
  EXPECT_EQ(out["nonce"], c["nonce"]);
  EXPECT_EQ(out["tip"], c["tip"]);
}

// ---- extrinsics ------------------------------------------------------------------------------

TEST(DecodeCli, UpstreamExtrinsicWithTheSubtensorExtensionData) {
  const Json& c = extrinsic_case("UPSTREAM");
  const Json out = decode_ok({"extrinsic", c["extrinsic"]});
  expect_signed_envelope(out, c);
  EXPECT_EQ(out["nonce"], 7);
  EXPECT_EQ(out["tip"], "0");
  EXPECT_EQ(out["era"], (Json{{"Mortal", {{"period", 64}, {"phase", 36}}}}));
  EXPECT_EQ(out["signer"]["ss58"], "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu");
  EXPECT_EQ(out["metadata_hash_mode"], "Disabled");  // mode byte 0
  // SubtensorModule.add_stake(hotkey = //Bob, netuid = 1, amount_staked = 1 TAO): [7][2] ++ args.
  const std::string bob = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";
  const std::string call = c["call"];
  ASSERT_EQ(call.substr(0, 6), "0x0702");
  const auto& registry = subemu::runtime::runtime_registry();
  if (registry.call_by_name("SubtensorModule", "add_stake") != nullptr) {
    EXPECT_EQ(out["call"],
              (Json{{"pallet", "SubtensorModule"},
                    {"call", "add_stake"},
                    {"args", {{"hotkey", bob}, {"netuid", 1}, {"amount_staked", "1000000000"}}}}));
  } else {
    // Not modelled yet: the envelope decodes and the call is shown by index, undecoded.
    const std::string why = registry.pallet_by_index(7) != nullptr
                                ? "SubtensorModule has no call 2"
                                : "no modelled pallet has index 7";
    EXPECT_EQ(
        out["call"],
        (Json{{"pallet", 7}, {"call", 2}, {"args", "0x" + call.substr(6)}, {"undecoded", why}}));
    EXPECT_EQ(out["call"]["args"], bob + "010000ca9a3b00000000");
  }
}

TEST(DecodeCli, ClassicEightCasesWithTheirExtensionSet) {
  const Json doc = load_vectors("extrinsics.json");
  int decoded = 0;
  for (const Json& c : doc["cases"]) {
    if (c["kind"] != "signed_extrinsic" || c["signed_extensions"].size() != 8) continue;
    const std::string call = c["call"];
    if (call.substr(0, 4) != "0x05" && call.substr(0, 4) != "0x00") continue;  // modelled pallets
    SCOPED_TRACE(c["name"].get<std::string>());
    const Json out = decode_ok({"extrinsic", c["extrinsic"], "--extensions", "classic8"});
    expect_signed_envelope(out, c);
    EXPECT_FALSE(out.contains("metadata_hash_mode"));  // not in the classic eight
    EXPECT_TRUE(out["call"].contains("args")) << out["call"];
    ++decoded;
  }
  EXPECT_EQ(decoded, 3);  // two transfers, one remark

  const Json& c = extrinsic_case("Balances.transfer_keep_alive, mortal");
  const Json out = decode_ok({"extrinsic", c["extrinsic"], "--extensions", "classic8"});
  EXPECT_EQ(out["nonce"], 5);
  EXPECT_EQ(out["tip"], "1000");
  EXPECT_EQ(
      out["call"],
      (Json{{"pallet", "Balances"},
            {"call", "transfer_keep_alive"},
            {"args",
             {{"dest",
               {{"Id", "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48"}}},
              {"value", "1000000000"}}}}));
  // Under the runtime's own set the metadata-hash mode byte would be the call's 0x05: refused.
  expect_failure({"extrinsic", c["extrinsic"]}, 1, "decode: extrinsic:");
}

TEST(DecodeCli, BareInherent) {
  const Json& c = extrinsic_case("Timestamp.set");
  const Json out = decode_ok({"extrinsic", c["extrinsic"]});
  EXPECT_EQ(out["signed"], false);
  EXPECT_FALSE(out.contains("signer"));
  EXPECT_EQ(out["call"]["pallet"], "Timestamp");
  EXPECT_EQ(out["call"]["call"], "set");
  EXPECT_TRUE(out["call"]["args"].contains("now"));
}

// ---- headers ---------------------------------------------------------------------------------

TEST(DecodeCli, EveryHeaderCaseAndItsHash) {
  const Json doc = load_vectors("scale.json");
  int checked = 0;
  for (const Json& c : doc["cases"]) {
    if (c["type"] != "Header") continue;
    const Json out = decode_ok({"header", c["hex"]});
    EXPECT_EQ(out["hash"], c["header_hash"]);
    EXPECT_EQ(out["number"], c["value"]["number"]);
    EXPECT_EQ(out["parent_hash"], c["value"]["parent_hash"]);
    EXPECT_EQ(out["state_root"], c["value"]["state_root"]);
    EXPECT_EQ(out["extrinsics_root"], c["value"]["extrinsics_root"]);
    EXPECT_EQ(out["digest"]["logs"].size(), c["value"]["digest"].size());
    ++checked;
  }
  EXPECT_GE(checked, 3);
}

// ---- events ----------------------------------------------------------------------------------

TEST(DecodeCli, EventsOfARealBlock) {
  using subemu::runtime::chain::Chain;
  subemu::storage::MemoryStore store;
  auto chain = Chain::open(store, subemu::runtime::dev_genesis());
  ASSERT_TRUE(chain.has_value()) << chain.error().to_string();
  const auto alice = *subemu::runtime::dev_account("Alice");
  const auto bob = *subemu::runtime::dev_account("Bob");
  // Balances.transfer_keep_alive(Bob, 1 TAO): pallet 5, call 3, MultiAddress::Id.
  subemu::Bytes call{5, 3, 0};
  subemu::append(call, bob.view());
  subemu::append(call, subemu::scale::encode(subemu::scale::Compact<uint64_t>{1'000'000'000}));
  auto r = (*chain)->dispatch(subemu::runtime::frame::Origin::signed_by(alice), call);
  ASSERT_TRUE(r.has_value() && r->has_value());
  const auto raw = (*chain)->pending_state().get(subemu::runtime::system::events_key());
  ASSERT_TRUE(raw.has_value());

  const Json out = decode_ok({"events", subemu::to_hex(*raw)});
  ASSERT_EQ(out.size(), 2u) << out.dump(2);
  // The timestamp inherent, then the transfer dispatched after it.
  EXPECT_EQ(out[0]["phase"], (Json{{"ApplyExtrinsic", 0}}));
  EXPECT_EQ(out[0]["event"]["pallet"], "System");
  EXPECT_EQ(out[0]["event"]["name"], "ExtrinsicSuccess");
  EXPECT_EQ(out[0]["event"]["fields"]["dispatch_info"]["class"], "Mandatory");
  EXPECT_EQ(out[0]["topics"], Json::array());
  EXPECT_EQ(out[1],
            (Json{{"phase", {{"ApplyExtrinsic", 1}}},
                  {"event",
                   {{"pallet", "Balances"},
                    {"name", "Transfer"},
                    {"fields",
                     {{"from", alice.to_hex()}, {"to", bob.to_hex()}, {"amount", "1000000000"}}}}},
                  {"topics", Json::array()}}));

  // Truncated by one byte, or with one byte too many: refused.
  const std::string hex = subemu::to_hex(*raw);
  expect_failure({"events", hex.substr(0, hex.size() - 2)}, 1, "decode: events[1]");
  expect_failure({"events", hex + "00"}, 1, "decode: events: trailing bytes");
}

// ---- malformed input -------------------------------------------------------------------------

TEST(DecodeCli, MalformedOrTruncatedInputFailsCleanly) {
  const std::string upstream = extrinsic_case("UPSTREAM")["extrinsic"];
  expect_failure({"extrinsic", "0xzz"}, 2, "decode: not hex: 0xzz");
  expect_failure({"extrinsic", "0x123"}, 2, "decode: not hex");
  expect_failure({"header", "hello"}, 2, "decode: not hex");
  expect_failure({"extrinsic", upstream.substr(0, upstream.size() - 2)}, 1,
                 "decode: extrinsic: extrinsic is shorter than its length prefix announces");
  expect_failure({"extrinsic", upstream + "00"}, 1, "decode: extrinsic:");
  expect_failure({"extrinsic", "0x"}, 1, "decode: extrinsic:");
  const std::string header = [] {
    const Json doc = load_vectors("scale.json");
    for (const Json& c : doc["cases"]) {
      if (c["type"] == "Header") return c["hex"].get<std::string>();
    }
    return std::string();
  }();
  expect_failure({"header", header.substr(0, 40)}, 1, "decode: header: truncated input");
  expect_failure({"header", header + "00"}, 1, "decode: header:");
  expect_failure({"events", "0x04"}, 1, "decode: events[0]: bad phase");
  expect_failure({"events", "0x"}, 1, "decode: events: bad length prefix");
  // An event of a pallet index the runtime does not have.
  expect_failure({"events",
                  "0x0400000000"
                  "63"
                  "00"
                  "00"},
                 1, "decode: events[0]");
  expect_failure({"extrinsic"}, 2, "usage: subtensor-emu decode");
  expect_failure({"block", "0x00"}, 2, "usage: subtensor-emu decode");
  expect_failure({"extrinsic", upstream, "--extensions", "v999"}, 2, "usage:");
}

}  // namespace
