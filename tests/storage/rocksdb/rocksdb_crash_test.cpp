// Crash consistency of RocksDbStore: a child process commits tagged batches in a loop and is
// killed with SIGKILL at a random moment; after reopening, the store must hold exactly the last
// fully committed batch (all keys of batch k, none of batch k + 1).
//
// The child is this test binary re-executed (fork + execve of /proc/self/exe) with
// SUBEMU_CRASH_CHILD_DB set: a plain fork of a process that already ran RocksDB would inherit
// RocksDB's background thread pools without their threads. The child's loop runs from a global
// test environment and never returns.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "storage/rocksdb/rocksdb_store.hpp"
#include "tests/storage/storage_test_util.hpp"

extern char** environ;

namespace subemu::storage {
namespace {

constexpr uint32_t kKeysPerBatch = 2000;  // "b/<i>": overwritten by every batch
constexpr uint32_t kExtraPerBatch = 200;  // "x/<k>/<j>": batch k removes batch k-1's extras
constexpr const char* kChildDbVar = "SUBEMU_CRASH_CHILD_DB";
constexpr const char* kChildFdVar = "SUBEMU_CRASH_CHILD_FD";
constexpr const char* kChildSyncVar = "SUBEMU_CRASH_CHILD_SYNC";

RocksDbStore::Genesis crash_genesis() {
  RocksDbStore::Genesis g{};
  g.fill(0xc5);
  return g;
}

void put_be(Bytes& out, uint64_t v, int bytes) {
  for (int s = 8 * (bytes - 1); s >= 0; s -= 8) out.push_back(static_cast<uint8_t>(v >> s));
}
Bytes le64(uint64_t v) {
  Bytes out;
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
  return out;
}
uint64_t read_le64(ByteView v) {
  uint64_t out = 0;
  for (size_t i = 0; i < 8 && i < v.size(); ++i) out |= static_cast<uint64_t>(v[i]) << (8 * i);
  return out;
}
Bytes extra_prefix(uint64_t k) {
  Bytes p{'x', '/'};
  put_be(p, k, 8);
  return p;
}

// Batch k: the sequence number, every "b/" key tagged k, and batch k's extras replacing k-1's.
WriteBatch crash_batch(uint64_t k) {
  WriteBatch wb;
  wb.reserve(kKeysPerBatch + kExtraPerBatch + 2);
  wb.put(Bytes{'s', 'e', 'q'}, le64(k));
  for (uint32_t i = 0; i < kKeysPerBatch; ++i) {
    Bytes key{'b', '/'};
    put_be(key, i, 4);
    Bytes value = le64(k);
    value.resize(32, static_cast<uint8_t>(k * 31 + i));
    wb.put(std::move(key), std::move(value));
  }
  wb.remove_prefix(extra_prefix(k - 1));
  for (uint32_t j = 0; j < kExtraPerBatch; ++j) {
    Bytes key = extra_prefix(k);
    put_be(key, j, 4);
    wb.put(std::move(key), le64(k));
  }
  return wb;
}

// The child: commit batches forever, acknowledging each one on `fd` after apply() returned.
[[noreturn]] void run_crash_child(const char* path, int fd, bool sync) {
  RocksDbOptions o;
  o.create_if_missing = false;
  o.sync_writes = sync;
  auto r = RocksDbStore::open(path, crash_genesis(), o);
  if (!r.has_value()) {
    std::fprintf(stderr, "crash child: %s\n", r.error().to_string().c_str());
    _exit(3);
  }
  auto store = std::move(r).value();
  auto seq = store->get(Bytes{'s', 'e', 'q'});
  if (!seq.has_value()) _exit(4);
  uint64_t k = seq->has_value() ? read_le64(**seq) : 0;
  for (int n = 0; n < 100000; ++n) {
    ++k;
    if (!store->apply(crash_batch(k)).ok()) _exit(5);
    if (write(fd, &k, sizeof k) != static_cast<ssize_t>(sizeof k)) _exit(0);
  }
  _exit(0);
}

// In the re-executed child, the writer loop runs from a global test environment, i.e. after
// main() started (RocksDB is linked statically here, so its own static objects must be
// constructed first) and before any test.
class CrashChildEnvironment final : public ::testing::Environment {
 public:
  void SetUp() override {
    const char* path = std::getenv(kChildDbVar);
    const char* fd = std::getenv(kChildFdVar);
    const char* sync = std::getenv(kChildSyncVar);
    if (path != nullptr && fd != nullptr) {
      run_crash_child(path, std::atoi(fd), sync != nullptr && sync[0] == '1');
    }
  }
};
[[maybe_unused]] ::testing::Environment* const kCrashChildEnvironment =
    ::testing::AddGlobalTestEnvironment(new CrashChildEnvironment);

// Checks the store holds exactly batch S for some S; returns S (0 = no batch yet).
uint64_t verify_single_batch(const RocksDbStore& store) {
  uint64_t s = 0;
  auto seq = store.get(Bytes{'s', 'e', 'q'});
  EXPECT_TRUE(seq.has_value());
  if (seq.has_value() && seq->has_value()) s = read_le64(**seq);
  uint64_t b_keys = 0;
  uint64_t x_keys = 0;
  uint64_t total = 0;
  const Bytes want_extra = extra_prefix(s);
  Status st = store.scan(ScanRange{}, [&](ByteView key, ByteView value) {
    ++total;
    if (starts_with(key, Bytes{'b', '/'})) {
      ++b_keys;
      EXPECT_EQ(read_le64(value), s) << "b/ key from another batch";
    } else if (starts_with(key, Bytes{'x', '/'})) {
      ++x_keys;
      EXPECT_TRUE(starts_with(key, want_extra)) << "extra key of another batch";
    }
    return Visit::kContinue;
  });
  EXPECT_TRUE(st.ok()) << st.to_string();
  if (s == 0) {
    EXPECT_EQ(total, 0u);
  } else {
    EXPECT_EQ(b_keys, kKeysPerBatch);
    EXPECT_EQ(x_keys, kExtraPerBatch);
    EXPECT_EQ(total, 1u + kKeysPerBatch + kExtraPerBatch);
  }
  return s;
}

TEST(RocksDbCrash, KilledWriterLeavesExactlyTheLastCommittedBatch) {
  testing::TempDir dir;
  const std::string path = dir.sub("db");
  {
    auto r = RocksDbStore::open(path, crash_genesis(), RocksDbOptions());
    ASSERT_TRUE(r.has_value()) << r.error().to_string();
  }
  // argv / envp are built before fork: between fork and execve the child calls only
  // async-signal-safe functions.
  std::string exe = "/proc/self/exe";
  std::mt19937_64 rng(20240611);
  uint64_t committed = 0;
  int in_flight_landed = 0;
  constexpr int kRounds = 8;
  for (int round = 0; round < kRounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    std::vector<std::string> env_strings;
    for (char** e = environ; *e != nullptr; ++e) env_strings.emplace_back(*e);
    env_strings.push_back(std::string(kChildDbVar) + "=" + path);
    env_strings.push_back(std::string(kChildFdVar) + "=" + std::to_string(fds[1]));
    // Alternate fsync on (time mostly in fsync) and off (time mostly in building and writing).
    env_strings.push_back(std::string(kChildSyncVar) + "=" + (round % 2 == 0 ? "1" : "0"));
    std::vector<char*> envp;
    for (auto& s : env_strings) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::string arg0 = "storage_tests-crash-child";
    std::string arg1 = "--gtest_filter=RocksDbCrash.*";
    char* argv[] = {arg0.data(), arg1.data(), nullptr};

    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      execve(exe.c_str(), argv, envp.data());
      _exit(127);
    }
    close(fds[1]);

    // Let it commit a random number of batches, then kill it at a random moment.
    const uint64_t target = 1 + rng() % 12;
    const auto delay = std::chrono::microseconds(rng() % 4000);
    uint64_t acked = committed;
    uint64_t received = 0;
    uint64_t v = 0;
    while (received < target && read(fds[0], &v, sizeof v) == static_cast<ssize_t>(sizeof v)) {
      acked = v;
      ++received;
    }
    if (received != target) {
      int st = 0;
      waitpid(pid, &st, 0);
      FAIL() << "child died early, wait status " << st;
    }
    std::this_thread::sleep_for(delay);
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    while (read(fds[0], &v, sizeof v) == static_cast<ssize_t>(sizeof v)) acked = v;
    close(fds[0]);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "status " << status;

    auto r = RocksDbStore::open(path, crash_genesis(), RocksDbOptions());
    ASSERT_TRUE(r.has_value()) << r.error().to_string();
    const uint64_t s = verify_single_batch(*r.value());
    // Every acknowledged batch is there; at most the one in flight beyond it.
    EXPECT_TRUE(s == acked || s == acked + 1) << "stored " << s << ", acknowledged " << acked;
    if (s == acked + 1) ++in_flight_landed;
    ASSERT_GT(s, committed);
    committed = s;
  }
  RecordProperty("in_flight_batches_that_landed", in_flight_landed);
}

// A torn write at the end of the WAL (what a kill inside write() leaves) is dropped on recovery:
// truncating the log anywhere inside batch k's record yields exactly batch k - 1.
TEST(RocksDbCrash, TornWalTailRecoversToPreviousBatch) {
  testing::TempDir dir;
  const std::string path = dir.sub("db");
  std::vector<uint64_t> end_of_batch;  // WAL size after batch k (index k)
  std::string wal;
  {
    auto r = RocksDbStore::open(path, crash_genesis(), RocksDbOptions());
    ASSERT_TRUE(r.has_value()) << r.error().to_string();
    auto store = std::move(r).value();
    for (const auto& e : std::filesystem::directory_iterator(path)) {
      if (e.path().extension() == ".log") wal = e.path().string();
    }
    ASSERT_FALSE(wal.empty());
    end_of_batch.push_back(std::filesystem::file_size(wal));
    for (uint64_t k = 1; k <= 4; ++k) {
      ASSERT_TRUE(store->apply(crash_batch(k)).ok());
      end_of_batch.push_back(std::filesystem::file_size(wal));
    }
  }
  ASSERT_EQ(std::filesystem::file_size(wal), end_of_batch[4]) << "close must not rewrite the WAL";
  struct Cut {
    uint64_t size;
    uint64_t expect;
  };
  const uint64_t b3 = end_of_batch[3];
  const uint64_t b4 = end_of_batch[4];
  const std::vector<Cut> cuts = {{b4, 4},     {b4 - 1, 3}, {b3 + (b4 - b3) / 2, 3},
                                 {b3 + 7, 3}, {b3, 3},     {end_of_batch[1] + 100, 1}};
  for (const Cut& cut : cuts) {
    SCOPED_TRACE("cut at " + std::to_string(cut.size));
    testing::TempDir copy;
    const std::string copy_path = copy.sub("db");
    std::filesystem::copy(path, copy_path, std::filesystem::copy_options::recursive);
    const std::string copy_wal = copy_path + "/" + std::filesystem::path(wal).filename().string();
    std::filesystem::resize_file(copy_wal, cut.size);
    auto r = RocksDbStore::open(copy_path, crash_genesis(), RocksDbOptions());
    ASSERT_TRUE(r.has_value()) << r.error().to_string();
    EXPECT_EQ(verify_single_batch(*r.value()), cut.expect);
  }
}

}  // namespace
}  // namespace subemu::storage
