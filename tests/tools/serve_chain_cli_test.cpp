// `subtensor-emu serve --dev` as an operator runs it: it opens (or creates) the chain in the data
// folder, prints its ready line (chain, genesis hash, head), stops cleanly on SIGTERM with exit
// code 0, and a second run on the same folder finds the same chain at the same head; then
// `subtensor-emu state dump` reads that folder: block 0 with the dev genesis balances.
//
// Every wait has a deadline; a server that does not answer in time is killed (SIGKILL) and the
// test fails instead of hanging.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
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
#include "tests/storage/storage_test_util.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using subemu::storage::testing::TempDir;

constexpr auto kDeadline = std::chrono::seconds(20);  // only reached when something is broken

// A `subtensor-emu` child process whose stdout and stderr go to one pipe we read.
class Child {
 public:
  explicit Child(const std::vector<std::string>& args) {
    std::vector<std::string> argv_store{SUBEMU_BINARY};
    argv_store.insert(argv_store.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_store) argv.push_back(a.data());
    argv.push_back(nullptr);
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      dup2(fds[1], STDERR_FILENO);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(fds[1]);
    fd_ = fds[0];
    if (pid_ < 0) {
      close(fd_);
      fd_ = -1;
    }
  }
  ~Child() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
    if (fd_ >= 0) close(fd_);
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  bool started() const { return pid_ > 0 && fd_ >= 0; }
  const std::string& output() const { return output_; }

  // Reads until the output contains `needle` (true) or EOF / the deadline (false).
  bool wait_for(const std::string& needle, Clock::time_point deadline) {
    while (output_.find(needle) == std::string::npos) {
      if (!read_some(deadline)) return false;
    }
    return true;
  }

  // Sends `sig`, reads the rest of the output and reaps the process. The exit code, or -1 when it
  // did not exit by itself before the deadline (it is then killed) or died of a signal.
  int stop(int sig, Clock::time_point deadline) {
    if (pid_ <= 0) return -1;
    kill(pid_, sig);
    while (read_some(deadline)) {
    }
    while (Clock::now() < deadline) {
      int status = 0;
      const pid_t r = waitpid(pid_, &status, WNOHANG);
      if (r == pid_) {
        reaped_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      if (r < 0) return -1;
      usleep(10'000);
    }
    return -1;  // the destructor kills it
  }

 private:
  // One read; false at EOF, on an error or past the deadline.
  bool read_some(Clock::time_point deadline) {
    if (fd_ < 0) return false;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    const int ready = poll(&p, 1, static_cast<int>(left));
    if (ready <= 0) return false;
    std::array<char, 4096> buf{};
    const ssize_t n = read(fd_, buf.data(), buf.size());
    if (n <= 0) return false;
    output_.append(buf.data(), static_cast<size_t>(n));
    return true;
  }

  pid_t pid_ = -1;
  int fd_ = -1;
  bool reaped_ = false;
  std::string output_;
};

std::string genesis_hex() {
  return subemu::runtime::chain::Chain::genesis_of(subemu::runtime::dev_genesis())->hash().to_hex();
}

// Runs `serve --dev` on `data_dir` until it is ready, stops it with SIGTERM, and returns what it
// printed (after checking the exit code and the ready line).
std::string serve_once(const std::string& data_dir) {
  Child server({"serve", "--dev", "--data-dir", data_dir, "--listen", "127.0.0.1:0"});
  EXPECT_TRUE(server.started());
  const auto deadline = Clock::now() + kDeadline;
  const bool ready = server.wait_for("(Ctrl-C to stop)\n", deadline);
  EXPECT_TRUE(ready) << "no ready line: " << server.output();
  const int code = server.stop(SIGTERM, deadline);
  EXPECT_EQ(code, 0) << server.output();
  EXPECT_NE(server.output().find("shutting down"), std::string::npos) << server.output();
  return server.output();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ServeChainCli, ServesTheDevChainAndReopensIt) {
  ASSERT_TRUE(std::filesystem::exists(SUBEMU_BINARY)) << SUBEMU_BINARY << " was not built";
  TempDir dir;
  const std::string data = dir.sub("data");
  const std::string genesis = genesis_hex();
  ASSERT_EQ(genesis.size(), 66u);  // 0x + 64 hex digits

  // First run: creates the chain. Head #0 is the genesis block itself.
  const std::string first = serve_once(data);
  EXPECT_NE(first.find("chain 'dev' (genesis " + genesis + "),"), std::string::npos) << first;
  EXPECT_NE(first.find("head #0 " + genesis + ","), std::string::npos) << first;
  EXPECT_NE(first.find("state at " + data + "/state"), std::string::npos) << first;
  EXPECT_EQ(first.find("gRPC on port 0 "), std::string::npos) << "a real port: " << first;
  EXPECT_TRUE(std::filesystem::is_directory(data + "/state"));

  // Second run on the same folder: the same chain, still at block 0.
  const std::string second = serve_once(data);
  EXPECT_NE(second.find("(genesis " + genesis + "),"), std::string::npos) << second;
  EXPECT_NE(second.find("head #0 " + genesis + ","), std::string::npos) << second;

  // The state dump of that folder.
  const std::string err = dir.sub("dump.err");
  const std::string cmd =
      std::string(SUBEMU_BINARY) + " state dump --data-dir '" + data + "' 2>'" + err + "'";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  std::array<char, 4096> buf{};
  size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  const int status = pclose(p);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << slurp(err);

  const auto dump = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(dump.is_discarded()) << out;
  EXPECT_EQ(dump["block"], 0);
  EXPECT_EQ(dump["hash"], genesis);
  const std::string alice = subemu::runtime::dev_account("Alice")->to_hex();
  const auto& accounts = dump["state"]["System.Account"];
  ASSERT_TRUE(accounts.is_array()) << out;
  const nlohmann::json* entry = nullptr;
  for (const auto& pair : accounts) {
    if (pair.at(0) == nlohmann::json::array({alice})) entry = &pair.at(1);
  }
  ASSERT_NE(entry, nullptr) << "no System.Account entry for Alice " << alice << ": " << out;
  EXPECT_EQ((*entry)["data"]["free"], "1000000000000000") << entry->dump();
  EXPECT_EQ((*entry)["nonce"], 0) << entry->dump();
  EXPECT_EQ((*entry)["providers"], 1) << entry->dump();
  EXPECT_EQ(dump["state"]["Balances.TotalIssuance"], "3010000000000000") << out;
}

}  // namespace
