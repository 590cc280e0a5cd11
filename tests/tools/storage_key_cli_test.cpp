// `subtensor-emu storage-key` through the binary: every pallet/item case of storage-keys.json
// (System.Account of Alice, SubnetTAO, double maps, the Alpha NMap, iteration prefixes), keys
// given as hex or SS58, every hasher over hashing.json's "abc", and bad keys -> exit 2.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/testutil/vectors.hpp"

#include "tests/tools/cli_util.hpp"

namespace {

using namespace subemu::testing;  // NOLINT(google-build-using-namespace)

using subemu::testutil::load_vectors;

std::string key_of(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"storage-key"};
  full.insert(full.end(), args.begin(), args.end());
  const CliResult r = run_cli(full);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::string out = r.out;
  if (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

void expect_usage_error(const std::vector<std::string>& args, const std::string& needle) {
  std::vector<std::string> full = {"storage-key"};
  full.insert(full.end(), args.begin(), args.end());
  const CliResult r = run_cli(full);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(needle), std::string::npos) << r.err;
}

TEST(StorageKeyCli, EveryItemOfTheVectors) {
  const std::map<std::string, std::string> hashers = {{"Blake2_128Concat", "blake2_128_concat"},
                                                      {"Twox64Concat", "twox64_concat"},
                                                      {"Identity", "identity"}};
  const std::map<std::string, std::string> types = {
      {"AccountId32", "account"}, {"u16", "u16"}, {"u32", "u32"}};
  // The SS58 (prefix 42) forms of the two accounts used in the file.
  const std::map<std::string, std::string> ss58 = {
      {"0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
       "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"},
      {"0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48",
       "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"}};
  const nlohmann::json doc = load_vectors("storage-keys.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    if (!c.contains("pallet")) continue;  // well-known raw keys
    SCOPED_TRACE(c["name"].get<std::string>());
    std::vector<std::string> hex_args = {c["pallet"].get<std::string>(),
                                         c["item"].get<std::string>()};
    std::vector<std::string> ss58_args = hex_args;
    std::vector<std::string> frame_spelling = hex_args;
    for (const auto& k : c["keys"]) {
      const std::string hasher = hashers.at(k["hasher"]);
      const std::string type = types.at(k["type"]);
      const std::string value =
          k["value"].is_string() ? k["value"].get<std::string>() : k["value"].dump();
      hex_args.push_back(hasher + ":" + type + ":" + value);
      ss58_args.push_back(hasher + ":" + type + ":" + (type == "account" ? ss58.at(value) : value));
      frame_spelling.push_back(k["hasher"].get<std::string>() + ":" + k["type"].get<std::string>() +
                               ":" + value);
    }
    EXPECT_EQ(key_of(hex_args), c["key"]);
    EXPECT_EQ(key_of(ss58_args), c["key"]);
    EXPECT_EQ(key_of(frame_spelling), c["key"]);
    ++checked;
  }
  EXPECT_EQ(checked, 20);
}

TEST(StorageKeyCli, EveryHasherAndType) {
  const nlohmann::json doc = load_vectors("hashing.json");
  const nlohmann::json* abc = nullptr;
  for (const auto& c : doc["cases"]) {
    if (c["name"] == "abc") abc = &c;
  }
  ASSERT_NE(abc, nullptr);
  // System.Number's key is the bare prefix: twox128("System") ++ twox128("Number").
  const std::string prefix = "0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac";
  auto digest = [&](const char* field) { return (*abc)[field].get<std::string>().substr(2); };
  EXPECT_EQ(key_of({"System", "Number"}), prefix);
  EXPECT_EQ(key_of({"System", "Number", "identity:hex:0x616263"}), prefix + "616263");
  EXPECT_EQ(key_of({"System", "Number", "blake2_128:hex:0x616263"}),
            prefix + digest("blake2b_128"));
  EXPECT_EQ(key_of({"System", "Number", "blake2_256:hex:0x616263"}),
            prefix + digest("blake2b_256"));
  EXPECT_EQ(key_of({"System", "Number", "blake2_128_concat:hex:0x616263"}),
            prefix + digest("blake2b_128") + "616263");
  EXPECT_EQ(key_of({"System", "Number", "twox_128:hex:0x616263"}), prefix + digest("twox128"));
  EXPECT_EQ(key_of({"System", "Number", "twox_256:hex:0x616263"}), prefix + digest("twox256"));
  EXPECT_EQ(key_of({"System", "Number", "twox64_concat:hex:616263"}),
            prefix + digest("twox64") + "616263");
  // Integers are SCALE little endian at their width.
  EXPECT_EQ(key_of({"System", "Number", "identity:u8:255"}), prefix + "ff");
  EXPECT_EQ(key_of({"System", "Number", "identity:u16:256"}), prefix + "0001");
  EXPECT_EQ(key_of({"System", "Number", "identity:u32:1"}), prefix + "01000000");
  EXPECT_EQ(key_of({"System", "Number", "identity:u64:18446744073709551615"}),
            prefix + "ffffffffffffffff");
  EXPECT_EQ(key_of({"System", "Number", "identity:u128:340282366920938463463374607431768211455"}),
            prefix + std::string(32, 'f'));
  EXPECT_EQ(key_of({"System", "Number", "identity:u128:1"}), prefix + "01" + std::string(30, '0'));
  // hex is written as given: the same bytes as the typed form.
  EXPECT_EQ(key_of({"SubtensorModule", "SubnetTAO", "identity:hex:0x0100"}),
            key_of({"SubtensorModule", "SubnetTAO", "identity:u16:1"}));
}

TEST(StorageKeyCli, BadKeysAreUsageErrors) {
  expect_usage_error({}, "usage");
  expect_usage_error({"System"}, "usage");
  expect_usage_error({"Nope", "Item", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"},
                     "HASHER:TYPE:VALUE");
  expect_usage_error({"System", "Account", "account:0x00"}, "is not HASHER:TYPE:VALUE");
  expect_usage_error({"System", "Account", "sha256:u8:1"}, "unknown hasher 'sha256'");
  expect_usage_error({"System", "Account", "identity:i32:1"}, "unknown key type 'i32'");
  expect_usage_error({"System", "Account", "identity:u16:65536"}, "bad key value '65536'");
  expect_usage_error({"System", "Account", "identity:u8:-1"}, "bad key value");
  expect_usage_error({"System", "Account", "identity:u32:"}, "bad key value");
  expect_usage_error({"System", "Account", "identity:u128:340282366920938463463374607431768211456"},
                     "bad key value");
  expect_usage_error({"System", "Account", "blake2_128_concat:account:0x1234"}, "64 hex digits");
  expect_usage_error({"System", "Account",
                      "blake2_128_concat:account:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ"},
                     "not an SS58 address");
  expect_usage_error({"System", "Account", "identity:hex:0xabc"}, "not hex");
  expect_usage_error({"System", "Account", "--verbose"}, "unknown option");
}

}  // namespace

namespace subemu::tools {
namespace {

// Items of the modelled pallets need no HASHER:TYPE: the registry knows them.
TEST(StorageKeyCli, RegistryItemsTakeBareValues) {
  const CliResult alice = run_cli(
      {"storage-key", "System", "Account", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"});
  EXPECT_EQ(alice.exit_code, 0) << alice.err;
  EXPECT_EQ(alice.out,
            "0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3"
            "cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\n");
  // System.BlockHash is Twox64Concat<u32>.
  const CliResult zero = run_cli({"storage-key", "System", "BlockHash", "0"});
  EXPECT_EQ(zero.exit_code, 0) << zero.err;
  EXPECT_EQ(zero.out,
            "0x26aa394eea5630e07c48ae0c9558cef7a44704b568d21667356a5a050c118746b4def25cfda6ef3a"
            "00000000\n");
  // Too many keys for a registry item.
  EXPECT_EQ(run_cli({"storage-key", "System", "Account", "0x00", "0x00"}).exit_code, 2);
}

}  // namespace
}  // namespace subemu::tools
