// DevService over loopback: mining, balances, raw storage, impersonated dispatch; and that none
// of it exists without --dev.
#include <gtest/gtest.h>

#include "tests/rpc/rpc_fixture.hpp"

namespace subemu::rpc {
namespace {

using testing::dev;
using testing::kTao;
using testing::Node;
using testing::unwire;
using testing::wire;

grpc::Status mine(Node& node, uint32_t count, v1::MineResponse* resp) {
  grpc::ClientContext ctx;
  v1::MineRequest req;
  req.set_count(count);
  return node.devctl->Mine(&ctx, req, resp);
}

grpc::Status dispatch(Node& node, const Bytes& call, const v1::Origin* origin,
                      v1::DispatchResponse* resp) {
  grpc::ClientContext ctx;
  v1::DispatchRequest req;
  req.set_call(wire(call));
  if (origin != nullptr) *req.mutable_origin() = *origin;
  return node.devctl->Dispatch(&ctx, req, resp);
}

TEST(DevService, IsUnimplementedWithoutDev) {
  Node node(testing::NodeConfig{false, MiningMode::kInstant});
  v1::MineResponse resp;
  EXPECT_EQ(mine(node, 3, &resp).error_code(), grpc::StatusCode::UNIMPLEMENTED);
  grpc::ClientContext ctx;
  v1::SetBalanceRequest req;
  req.set_account(wire(dev("Eve").view()));
  req.set_free(1);
  v1::SetBalanceResponse bal;
  EXPECT_EQ(node.devctl->SetBalance(&ctx, req, &bal).error_code(), grpc::StatusCode::UNIMPLEMENTED);
  EXPECT_EQ(node.head().header().number(), 0u);
  EXPECT_EQ(node.free_of(dev("Eve")), 2'000 * kTao);
}

TEST(DevService, MineSealsNBlocksInOrder) {
  Node node;
  v1::MineResponse resp;
  ASSERT_TRUE(mine(node, 5, &resp).ok());
  EXPECT_EQ(resp.first_number(), 1u);
  EXPECT_EQ(resp.last_number(), 5u);
  EXPECT_EQ(resp.pending_extrinsics(), 1u);  // the Timestamp inherent alone
  EXPECT_EQ(node.head().header().number(), 5u);
  EXPECT_EQ(node.head().header().hash(), resp.last_hash());
  ASSERT_TRUE(mine(node, 0, &resp).ok());  // 0 means 1
  EXPECT_EQ(resp.first_number(), 6u);
  EXPECT_EQ(resp.last_number(), 6u);
  EXPECT_EQ(mine(node, 10'001, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(node.head().header().number(), 6u);
}

TEST(DevService, SetBalanceIsForceSetBalance) {
  Node node;
  grpc::ClientContext ctx;
  v1::SetBalanceRequest req;
  req.set_account(wire(dev("Ferdie").view()));
  req.set_free(123 * kTao);
  v1::SetBalanceResponse resp;
  ASSERT_TRUE(node.devctl->SetBalance(&ctx, req, &resp).ok());
  EXPECT_FALSE(resp.has_dispatch_error());
  EXPECT_TRUE(resp.outcome().sealed());
  EXPECT_EQ(resp.outcome().block_number(), 1u);
  EXPECT_EQ(resp.outcome().block_hash(), node.head().header().hash());
  EXPECT_EQ(node.free_of(dev("Ferdie")), 123 * kTao);

  grpc::ClientContext bad_ctx;
  req.set_account("short");
  EXPECT_EQ(node.devctl->SetBalance(&bad_ctx, req, &resp).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(node.head().header().number(), 1u);
}

TEST(DevService, SetStorageWritesAndRemovesRawKeys) {
  Node node;
  const std::string key = "\x01\x02\x03subemu-test";
  {
    grpc::ClientContext ctx;
    v1::SetStorageRequest req;
    auto* w = req.add_writes();
    w->set_key(key);
    w->set_value(std::string("\xaa\xbb", 2));
    v1::SetStorageResponse resp;
    ASSERT_TRUE(node.devctl->SetStorage(&ctx, req, &resp).ok());
    EXPECT_TRUE(resp.outcome().sealed());
  }
  {
    grpc::ClientContext ctx;
    v1::GetStorageRequest req;
    req.set_key(key);
    v1::GetStorageResponse resp;
    ASSERT_TRUE(node.state->GetStorage(&ctx, req, &resp).ok());
    ASSERT_TRUE(resp.found());
    EXPECT_EQ(unwire(resp.value()), (Bytes{0xaa, 0xbb}));
  }
  {
    grpc::ClientContext ctx;
    v1::SetStorageRequest req;
    auto* w = req.add_writes();
    w->set_key(key);
    w->set_remove(true);
    v1::SetStorageResponse resp;
    ASSERT_TRUE(node.devctl->SetStorage(&ctx, req, &resp).ok());
  }
  {
    grpc::ClientContext ctx;
    v1::GetStorageRequest req;
    req.set_key(key);
    v1::GetStorageResponse resp;
    ASSERT_TRUE(node.state->GetStorage(&ctx, req, &resp).ok());
    EXPECT_FALSE(resp.found());
  }
  grpc::ClientContext empty_ctx;
  v1::SetStorageResponse resp;
  EXPECT_EQ(node.devctl->SetStorage(&empty_ctx, v1::SetStorageRequest{}, &resp).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(node.head().header().number(), 2u);
}

TEST(DevService, DispatchImpersonatesAnyOrigin) {
  Node node;
  // Signed(Bob) transfers without a signature, nonce or fee.
  v1::Origin bob;
  bob.set_signed_by(wire(dev("Bob").view()));
  v1::DispatchResponse resp;
  ASSERT_TRUE(
      dispatch(node, testing::transfer_keep_alive(dev("Charlie"), 5 * kTao), &bob, &resp).ok());
  EXPECT_TRUE(resp.success());
  EXPECT_TRUE(resp.outcome().sealed());
  bool transfer_seen = false;
  for (const auto& e : resp.events()) {
    if (e.pallet() == "Balances" && e.name() == "Transfer") transfer_seen = true;
  }
  EXPECT_TRUE(transfer_seen);
  EXPECT_EQ(node.free_of(dev("Bob")), 1'000'000 * kTao - 5 * kTao);
  EXPECT_EQ(node.free_of(dev("Charlie")), 1'000'000 * kTao + 5 * kTao);

  // Sudo.sudo from Bob, who is not the sudo key: a typed module error.
  ASSERT_TRUE(dispatch(node, testing::sudo(testing::remark(as_bytes("x"))), &bob, &resp).ok());
  EXPECT_FALSE(resp.success());
  EXPECT_EQ(resp.dispatch_error().kind(), "Module");
  EXPECT_EQ(resp.dispatch_error().pallet(), "Sudo");
  EXPECT_EQ(resp.dispatch_error().name(), "RequireSudo");
  EXPECT_EQ(resp.dispatch_error().pallet_index(), 12u);
  EXPECT_EQ(resp.dispatch_error().index(), 0u);
  EXPECT_EQ(unwire(resp.dispatch_error().encoded()), (Bytes{3, 12, 0, 0, 0, 0}));

  // Root (the default origin) may use Sudo.sudo (pallet_sudo's ensure_sudo takes Root too).
  ASSERT_TRUE(dispatch(node, testing::sudo(testing::remark(as_bytes("x"))), nullptr, &resp).ok());
  EXPECT_TRUE(resp.success());
  ASSERT_GE(resp.events_size(), 1);
  EXPECT_EQ(resp.events(resp.events_size() - 1).pallet(), "Sudo");
  EXPECT_EQ(resp.events(resp.events_size() - 1).name(), "Sudid");

  // None may not transfer: BadOrigin, a non-module error.
  v1::Origin none;
  none.set_none(true);
  ASSERT_TRUE(dispatch(node, testing::transfer_keep_alive(dev("Charlie"), 1), &none, &resp).ok());
  EXPECT_FALSE(resp.success());
  EXPECT_EQ(resp.dispatch_error().kind(), "BadOrigin");
  EXPECT_EQ(resp.dispatch_error().name(), "BadOrigin");
  EXPECT_EQ(unwire(resp.dispatch_error().encoded()), (Bytes{2}));

  const auto before = node.head();
  // Undecodable calls and bad accounts change nothing.
  EXPECT_EQ(dispatch(node, Bytes{0xff, 0xff, 0x01}, nullptr, &resp).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(dispatch(node, Bytes{0x05}, nullptr, &resp).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  Bytes truncated = testing::transfer_keep_alive(dev("Charlie"), 5 * kTao);
  truncated.resize(10);
  EXPECT_EQ(dispatch(node, truncated, nullptr, &resp).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  v1::Origin bad;
  bad.set_signed_by("not 32 bytes");
  EXPECT_EQ(dispatch(node, testing::remark(as_bytes("x")), &bad, &resp).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  const auto after = node.head();
  EXPECT_EQ(after.header().hash(), before.header().hash());
}

}  // namespace
}  // namespace subemu::rpc
