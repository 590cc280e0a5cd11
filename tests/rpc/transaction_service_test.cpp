// TransactionService over loopback: wait levels, instant and manual mining, dispatch errors, and
// bad input (each a precise status, the chain unchanged).
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>
#include <vector>

#include "runtime/primitives/crypto/hashing.hpp"
#include "subemu/v1/types.pb.h"
#include "tests/rpc/rpc_fixture.hpp"

namespace subemu::rpc {
namespace {

using testing::dev;
using testing::kTao;
using testing::Node;
using testing::unwire;

// Fee of a signed Balances.transfer_keep_alive of `len` bytes (docs/CHAIN.md): base 62,500 +
// length + weight fee 81,579.
uint64_t transfer_fee(size_t len) { return 62'500 + len + 81'579; }

TEST(TransactionService, InstantModeSealsTheTransferAndReportsItsEvents) {
  Node node;
  const Bytes xt = node.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 10 * kTao));
  v1::SubmitResponse resp;
  const grpc::Status st = node.submit(xt, v1::WAIT_IN_BLOCK, &resp);
  ASSERT_TRUE(st.ok()) << st.error_message();
  const auto xt_hash = crypto::blake2_256(xt);
  EXPECT_EQ(unwire(resp.hash()), Bytes(xt_hash.begin(), xt_hash.end()));
  EXPECT_EQ(resp.block_number(), 1u);
  EXPECT_TRUE(resp.in_block());
  EXPECT_EQ(resp.extrinsic_index(), 1u);  // after the Timestamp inherent
  EXPECT_TRUE(resp.success());
  EXPECT_FALSE(resp.has_dispatch_error());
  EXPECT_EQ(resp.fee(), transfer_fee(xt.size()));
  // The head is the block that holds it.
  const auto head = node.head();
  EXPECT_EQ(head.header().number(), 1u);
  EXPECT_EQ(head.header().hash(), resp.block_hash());
  // Events: Withdraw (fee), Transfer, ..., TransactionFeePaid, ExtrinsicSuccess, all in phase
  // ApplyExtrinsic(1).
  bool transfer_seen = false;
  ASSERT_GE(resp.events_size(), 3);
  for (const auto& e : resp.events()) {
    EXPECT_EQ(e.phase().kind(), v1::Phase::APPLY_EXTRINSIC);
    EXPECT_EQ(e.phase().extrinsic_index(), 1u);
    EXPECT_FALSE(e.fields_json().empty());
    if (e.pallet() == "Balances" && e.name() == "Transfer") {
      transfer_seen = true;
      EXPECT_EQ(e.pallet_index(), 5u);
      // from ++ to ++ amount (u64 LE)
      const AccountId alice = dev("Alice");
      Bytes want(alice.view().begin(), alice.view().end());
      append(want, dev("Bob").view());
      append(want, scale::encode(uint64_t{10 * kTao}));
      EXPECT_EQ(unwire(e.fields()), want);
    }
  }
  EXPECT_TRUE(transfer_seen);
  const auto& last = resp.events(resp.events_size() - 1);
  EXPECT_EQ(last.pallet(), "System");
  EXPECT_EQ(last.name(), "ExtrinsicSuccess");
  EXPECT_EQ(node.free_of(dev("Bob")), 1'000'000 * kTao + 10 * kTao);
  EXPECT_EQ(node.free_of(dev("Alice")), 1'000'000 * kTao - 10 * kTao - resp.fee());
}

TEST(TransactionService, FailedDispatchIsIncludedWithATypedError) {
  Node node;
  // Dave holds 2,000 TAO: a 3,000 TAO transfer fails in dispatch but pays its fee.
  const Bytes xt = node.sign("Dave", testing::transfer_keep_alive(dev("Bob"), 3'000 * kTao));
  v1::SubmitResponse resp;
  const grpc::Status st = node.submit(xt, v1::WAIT_IN_BLOCK, &resp);
  ASSERT_TRUE(st.ok()) << st.error_message();
  EXPECT_FALSE(resp.success());
  ASSERT_TRUE(resp.has_dispatch_error());
  EXPECT_EQ(resp.dispatch_error().kind(), "Token");
  EXPECT_EQ(resp.dispatch_error().name(), "FundsUnavailable");
  EXPECT_EQ(resp.dispatch_error().index(), 0u);
  EXPECT_EQ(unwire(resp.dispatch_error().encoded()), (Bytes{7, 0}));
  EXPECT_EQ(resp.events(resp.events_size() - 1).name(), "ExtrinsicFailed");
  EXPECT_EQ(node.free_of(dev("Dave")), 2'000 * kTao - resp.fee());
}

TEST(TransactionService, WaitNoneAnswersWithTheHashAndAppliesLater) {
  Node node;
  const Bytes xt = node.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 1 * kTao));
  v1::SubmitResponse resp;
  ASSERT_TRUE(node.submit(xt, v1::WAIT_NONE, &resp).ok());
  EXPECT_EQ(unwire(resp.hash()).size(), 32u);
  EXPECT_FALSE(resp.in_block());
  // Work is applied in order: a later synchronous call sees it done.
  const Bytes xt2 = node.sign("Bob", testing::remark(as_bytes("x")));
  ASSERT_TRUE(node.submit(xt2, v1::WAIT_IN_BLOCK, &resp).ok());
  EXPECT_EQ(resp.block_number(), 2u);
  EXPECT_EQ(node.free_of(dev("Bob")), 1'000'000 * kTao + 1 * kTao - resp.fee());
}

// Expects `status` with `code`, and a head identical to `before`.
void expect_refused(Node& node, const Bytes& xt, grpc::StatusCode code,
                    const v1::GetHeadResponse& before, std::string* rejection = nullptr) {
  v1::SubmitResponse resp;
  const grpc::Status st = node.submit(xt, v1::WAIT_IN_BLOCK, &resp, rejection);
  EXPECT_EQ(st.error_code(), code) << st.error_message();
  const auto after = node.head();
  EXPECT_EQ(after.header().hash(), before.header().hash());
  EXPECT_EQ(after.header().state_root(), before.header().state_root());
}

TEST(TransactionService, BadInputIsRefusedAndChangesNothing) {
  Node node;
  const Bytes good = node.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 1 * kTao));
  const auto before = node.head();
  const uint64_t alice = node.free_of(dev("Alice"));

  expect_refused(node, Bytes{}, grpc::StatusCode::INVALID_ARGUMENT, before);
  expect_refused(node, Bytes{0xde, 0xad, 0xbe, 0xef, 0x00, 0x11},
                 grpc::StatusCode::INVALID_ARGUMENT, before);
  Bytes truncated = good;
  truncated.resize(good.size() - 5);
  expect_refused(node, truncated, grpc::StatusCode::INVALID_ARGUMENT, before);

  // A flipped signature byte: Invalid(BadProof), with the structured rejection.
  Bytes forged = good;
  forged[40] ^= 0x01;  // inside the 64-byte sr25519 signature (after len, version, address, kind)
  std::string rejection_bytes;
  expect_refused(node, forged, grpc::StatusCode::FAILED_PRECONDITION, before, &rejection_bytes);
  v1::TransactionRejection rejection;
  ASSERT_TRUE(rejection.ParseFromString(rejection_bytes));
  EXPECT_EQ(rejection.category(), "Invalid");
  EXPECT_EQ(rejection.reason(), "BadProof");

  // An unsigned transfer: the pool has no validator for it.
  namespace xt = runtime::frame::extrinsic;
  const Bytes bare = xt::encode_extrinsic(
      xt::build_bare(testing::transfer_keep_alive(dev("Bob"), 1 * kTao)), xt::kSubtensorV300);
  rejection_bytes.clear();
  expect_refused(node, bare, grpc::StatusCode::FAILED_PRECONDITION, before, &rejection_bytes);
  ASSERT_TRUE(rejection.ParseFromString(rejection_bytes));
  EXPECT_EQ(rejection.category(), "Unknown");
  EXPECT_EQ(rejection.reason(), "NoUnsignedValidator");
  EXPECT_EQ(node.free_of(dev("Alice")), alice);

  // A wait level this server does not know.
  grpc::ClientContext ctx;
  v1::SubmitRequest req;
  req.set_extrinsic(testing::wire(good));
  req.set_wait(static_cast<v1::WaitLevel>(42));
  v1::SubmitResponse resp;
  EXPECT_EQ(node.tx->Submit(&ctx, req, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(node.head().header().hash(), before.header().hash());
}

TEST(TransactionService, ReplayedTransactionIsStale) {
  Node node;
  const Bytes xt = node.sign("Alice", testing::remark(as_bytes("once")));
  v1::SubmitResponse resp;
  ASSERT_TRUE(node.submit(xt, v1::WAIT_IN_BLOCK, &resp).ok());
  const auto before = node.head();
  std::string rejection_bytes;
  expect_refused(node, xt, grpc::StatusCode::FAILED_PRECONDITION, before, &rejection_bytes);
  v1::TransactionRejection rejection;
  ASSERT_TRUE(rejection.ParseFromString(rejection_bytes));
  EXPECT_EQ(rejection.reason(), "Stale");
}

TEST(TransactionService, ManualModeValidatedThenInBlockOnMine) {
  Node node(testing::NodeConfig{true, MiningMode::kManual});
  const Bytes first = node.sign("Alice", testing::remark(as_bytes("a")));
  v1::SubmitResponse validated;
  ASSERT_TRUE(node.submit(first, v1::WAIT_VALIDATED, &validated).ok());
  EXPECT_FALSE(validated.in_block());
  EXPECT_EQ(validated.block_number(), 1u);
  EXPECT_EQ(validated.extrinsic_index(), 1u);
  EXPECT_TRUE(validated.block_hash().empty());
  EXPECT_EQ(node.head().header().number(), 0u);  // nothing sealed yet

  const Bytes second = node.sign("Alice", testing::remark(as_bytes("b")));
  v1::SubmitResponse in_block;
  grpc::Status in_block_status;
  std::thread waiter([&] { in_block_status = node.submit(second, v1::WAIT_IN_BLOCK, &in_block); });
  // Mine once the second extrinsic is in the pending block (its nonce moved to 2).
  for (;;) {
    auto nonce = node.owner->run([](runtime::chain::Chain& c) {
      return runtime::system::Account::get(c.pending_state(), dev("Alice")).nonce;
    });
    ASSERT_TRUE(nonce.has_value());
    if (*nonce == 2) break;
    std::this_thread::yield();
  }
  grpc::ClientContext ctx;
  v1::MineRequest mine;
  mine.set_count(1);
  v1::MineResponse mined;
  ASSERT_TRUE(node.devctl->Mine(&ctx, mine, &mined).ok());
  waiter.join();
  ASSERT_TRUE(in_block_status.ok()) << in_block_status.error_message();
  EXPECT_TRUE(in_block.in_block());
  EXPECT_EQ(in_block.block_number(), 1u);
  EXPECT_EQ(in_block.extrinsic_index(), 2u);
  EXPECT_EQ(in_block.block_hash(), mined.last_hash());
  EXPECT_EQ(mined.pending_extrinsics(), 3u);  // inherent + both remarks
  EXPECT_EQ(node.head().header().hash(), mined.last_hash());
}

TEST(TransactionService, ShutdownReleasesAnInBlockWaiterWithoutCommitting) {
  Node node(testing::NodeConfig{true, MiningMode::kManual});
  const Bytes xt = node.sign("Alice", testing::remark(as_bytes("never sealed")));
  v1::SubmitResponse resp;
  grpc::Status st;
  std::thread waiter([&] { st = node.submit(xt, v1::WAIT_IN_BLOCK, &resp); });
  for (;;) {
    auto nonce = node.owner->run([](runtime::chain::Chain& c) {
      return runtime::system::Account::get(c.pending_state(), dev("Alice")).nonce;
    });
    ASSERT_TRUE(nonce.has_value());
    if (*nonce == 1) break;
    std::this_thread::yield();
  }
  node.server->shutdown();
  waiter.join();
  EXPECT_EQ(st.error_code(), grpc::StatusCode::UNAVAILABLE) << st.error_message();
  EXPECT_EQ(node.owner->head()->head.number, 0u);
  EXPECT_EQ(node.chain->head().number, 0u);  // the owner has stopped: safe to look
}

}  // namespace
}  // namespace subemu::rpc

namespace subemu::rpc {
namespace {

using testing::dev;
using testing::Node;

TEST(TransactionService, FullChainQueueIsResourceExhaustedAndChangesNothing) {
  Node node(testing::NodeConfig{true, MiningMode::kInstant, 1});
  const Bytes xt = node.sign("Alice", testing::remark(as_bytes("queued")));
  const auto before = node.head();
  // Hold the chain thread, then fill the one queue slot.
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  ASSERT_TRUE(node.owner
                  ->post([&](runtime::chain::Chain*) {
                    started.set_value();
                    released.wait();
                  })
                  .has_value());
  started.get_future().wait();
  ASSERT_TRUE(node.owner->post([](runtime::chain::Chain*) {}).has_value());
  v1::SubmitResponse resp;
  const grpc::Status st = node.submit(xt, v1::WAIT_IN_BLOCK, &resp);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED) << st.error_message();
  grpc::ClientContext ctx;
  v1::MineResponse mined;
  EXPECT_EQ(node.devctl->Mine(&ctx, v1::MineRequest{}, &mined).error_code(),
            grpc::StatusCode::RESOURCE_EXHAUSTED);
  // Reads do not queue: they still answer while the chain thread is busy.
  EXPECT_EQ(node.head().header().hash(), before.header().hash());
  release.set_value();
  // Wait until the queue has room again (a probe gets through), then the same bytes go through.
  while (!node.owner->run([](runtime::chain::Chain&) { return 0; }).has_value()) {
    std::this_thread::yield();
  }
  ASSERT_TRUE(node.submit(xt, v1::WAIT_IN_BLOCK, &resp).ok());
  EXPECT_EQ(resp.block_number(), 1u);
}

TEST(TransactionService, ConcurrentClientsAreAppliedInOneOrder) {
  Node node;
  constexpr int kPerClient = 8;
  const std::vector<std::string> signers = {"Alice", "Bob", "Charlie", "Dave"};
  std::vector<std::thread> clients;
  std::atomic<int> failures{0};
  for (const std::string& name : signers) {
    clients.emplace_back([&node, &failures, name] {
      for (int i = 0; i < kPerClient; ++i) {
        const Bytes xt = node.sign(name, testing::remark(as_bytes(name)));
        v1::SubmitResponse resp;
        if (!node.submit(xt, v1::WAIT_IN_BLOCK, &resp).ok() || !resp.in_block()) ++failures;
        // A read between writes, on the client's thread.
        (void)node.free_of(dev(name));
      }
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(failures.load(), 0);
  const uint32_t total = static_cast<uint32_t>(signers.size()) * kPerClient;
  EXPECT_EQ(node.head().header().number(), total);  // one block per transaction (instant mode)
  for (const std::string& name : signers) {
    auto nonce = node.owner->run([&](runtime::chain::Chain& c) {
      return runtime::system::Account::get(c.pending_state(), dev(name)).nonce;
    });
    ASSERT_TRUE(nonce.has_value());
    EXPECT_EQ(*nonce, static_cast<uint32_t>(kPerClient));
  }
}

}  // namespace
}  // namespace subemu::rpc
