// `subtensor-emu trie-root` through the binary: every trie.json case under state versions 0 and
// 1, given as an array of pairs, as an object (in reverse order) and on stdin; and bad input
// (malformed JSON, repeated keys, bad hex) -> exit 1, bad usage -> exit 2, nothing on stdout.
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

#include "tests/testutil/vectors.hpp"

#include "tests/tools/cli_util.hpp"

namespace {

using namespace subemu::testing;  // NOLINT(google-build-using-namespace)

using subemu::testutil::load_vectors;

std::string root_of(const std::string& json_text, const std::vector<std::string>& options) {
  const std::string path = scratch_dir() + "/entries.json";
  write_file(path, json_text);
  std::vector<std::string> args = {"trie-root", path};
  args.insert(args.end(), options.begin(), options.end());
  const CliResult r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  return r.out;
}

void expect_failure(const std::string& json_text, int exit_code, const std::string& needle,
                    const std::vector<std::string>& options = {}) {
  const std::string path = scratch_dir() + "/bad.json";
  write_file(path, json_text);
  std::vector<std::string> args = {"trie-root", path};
  args.insert(args.end(), options.begin(), options.end());
  const CliResult r = run_cli(args);
  EXPECT_EQ(r.exit_code, exit_code) << json_text << "\n" << r.err;
  EXPECT_EQ(r.out, "") << json_text;
  EXPECT_NE(r.err.find(needle), std::string::npos) << json_text << "\nstderr: " << r.err;
}

TEST(TrieRootCli, EveryVectorInBothVersionsAndBothForms) {
  const nlohmann::json doc = load_vectors("trie.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>());
    const std::string v0 = c["root_v0"].get<std::string>() + "\n";
    const std::string v1 = c["root_v1"].get<std::string>() + "\n";
    const std::string pairs = c["entries"].dump();
    EXPECT_EQ(root_of(pairs, {"--state-version", "0"}), v0);
    EXPECT_EQ(root_of(pairs, {"--state-version", "1"}), v1);
    EXPECT_EQ(root_of(pairs, {}), v1);  // the chain's version is the default
    // The same entries as an object, written in reverse order: order does not matter.
    std::string object = "{";
    const auto& entries = c["entries"];
    for (size_t i = entries.size(); i-- > 0;) {
      object += entries[i][0].dump() + ":" + entries[i][1].dump();
      if (i > 0) object += ",";
    }
    object += "}";
    EXPECT_EQ(root_of(object, {"--state-version=0"}), v0);
    EXPECT_EQ(root_of(object, {"--state-version=1"}), v1);
    ++checked;
  }
  EXPECT_EQ(checked, 24);
}

TEST(TrieRootCli, ReadsStdin) {
  const CliResult r =
      run_cli({"trie-root", "-", "--state-version", "0"}, R"([["0x01", "0x68656c6c6f"]])");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "0x95d1876363ccf31469d20a83c96011a9e72e80f8847193a0f733c1331a2424fc\n");
  const CliResult empty = run_cli({"trie-root", "-"}, "{}");
  EXPECT_EQ(empty.out, "0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314\n");
}

TEST(TrieRootCli, BadInput) {
  expect_failure(R"({"0x01": "0x02",)", 1, "malformed JSON");
  expect_failure("not json", 1, "malformed JSON");
  expect_failure(R"({"0x01": "0x02", "0x01": "0x03"})", 1, "duplicate key 0x01");
  expect_failure(R"({"0x01": "0x02", "0X01": "0x03"})", 1, "duplicate key");  // same bytes
  expect_failure(R"([["0xab", "0x"], ["0xAB", "0x01"]])", 1, "duplicate key 0xAB");
  expect_failure(R"({"0x0g": "0x02"})", 1, "is not hex");
  expect_failure(R"({"0x01": "0x123"})", 1, "is not hex");
  expect_failure(R"({"0x01": 2})", 1, "hex strings");
  expect_failure(R"([["0x01"]])", 1, "[key, value] pair");
  expect_failure("42", 1, "expected a JSON object");
  expect_failure(R"({"0x01": "0x02"})", 2, "--state-version is 0 or 1", {"--state-version", "2"});
  expect_failure(R"({"0x01": "0x02"})", 2, "unknown option", {"--pretty"});

  const CliResult missing = run_cli({"trie-root", scratch_dir() + "/no-such-file.json"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.out, "");
  EXPECT_NE(missing.err.find("cannot read"), std::string::npos) << missing.err;
  const CliResult no_file = run_cli({"trie-root"});
  EXPECT_EQ(no_file.exit_code, 2);
  EXPECT_EQ(no_file.out, "");
  EXPECT_NE(no_file.err.find("usage"), std::string::npos) << no_file.err;
}

}  // namespace
