// The subtensor-emu binary as a user runs it: usage errors, version, and serve refusing a data
// folder that belongs to another chain (with a clear message, leaving the folder untouched).
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

#include "storage/rocksdb/rocksdb_store.hpp"

namespace {

struct CliRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

CliRun run(const std::string& args) {
  CliRun r;
  const std::string cmd = std::string(SUBEMU_BINARY) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  std::array<char, 512> buf{};
  while (fgets(buf.data(), static_cast<int>(buf.size()), p) != nullptr) r.output += buf.data();
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string temp_dir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "subemu-cli-XXXXXX").string();
  char* made = mkdtemp(tmpl.data());
  return made == nullptr ? std::string() : std::string(made);
}

TEST(Cli, VersionNamesTheReference) {
  const CliRun r = run("version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.output.find("opentensor/subtensor v3.0.0"), std::string::npos) << r.output;
}

TEST(Cli, UnknownCommandIsAUsageError) {
  const CliRun r = run("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("unknown command"), std::string::npos) << r.output;
}

TEST(Cli, ServeRejectsUnknownOption) {
  const CliRun r = run("serve --dev --no-such-flag");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("unknown option"), std::string::npos) << r.output;
}

TEST(Cli, ServeRefusesADatabaseOfAnotherChain) {
  const std::string dir = temp_dir();
  ASSERT_FALSE(dir.empty());
  {
    subemu::storage::RocksDbStore::Genesis other{};
    other.fill(0xab);
    auto store = subemu::storage::RocksDbStore::open(dir + "/state", other);
    ASSERT_TRUE(store.has_value()) << store.error().to_string();
  }
  const CliRun r = run("serve --dev --listen 127.0.0.1:0 --data-dir " + dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("cannot open the state database"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("abababab"), std::string::npos) << "names the recorded genesis: "
                                                          << r.output;
  std::filesystem::remove_all(dir);
}

}  // namespace
