// Loopback tests of the gRPC server: node identity, health checking, reflection, shutdown.
#include <grpcpp/create_channel.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <string>

#include "rpc/server.hpp"
#include "runtime/version.hpp"
#include "subemu/v1/node.grpc.pb.h"

namespace subemu::rpc {
namespace {

NodeIdentity test_identity() {
  NodeIdentity id;
  id.db_format_version = 7;
  for (size_t i = 0; i < id.genesis_id.size(); ++i) id.genesis_id[i] = static_cast<uint8_t>(i);
  id.dev_mode = true;
  return id;
}

TEST(Server, ServesNodeInfoOnLoopback) {
  ServerOptions options;
  options.listen_address = "127.0.0.1:0";
  auto server = Server::start(options, test_identity());
  ASSERT_TRUE(server.has_value()) << server.error();
  ASSERT_GT((*server)->port(), 0);

  auto channel = grpc::CreateChannel("127.0.0.1:" + std::to_string((*server)->port()),
                                     grpc::InsecureChannelCredentials());
  auto stub = subemu::v1::NodeService::NewStub(channel);
  grpc::ClientContext ctx;
  subemu::v1::GetNodeInfoRequest req;
  subemu::v1::GetNodeInfoResponse resp;
  grpc::Status st = stub->GetNodeInfo(&ctx, req, &resp);
  ASSERT_TRUE(st.ok()) << st.error_message();
  EXPECT_EQ(resp.reference(), "opentensor/subtensor v3.0.0");
  EXPECT_EQ(resp.spec_version(), runtime::kSpecVersion);
  EXPECT_EQ(resp.db_format_version(), 7u);
  ASSERT_EQ(resp.genesis_id().size(), 32u);
  EXPECT_EQ(static_cast<uint8_t>(resp.genesis_id()[31]), 31);
  EXPECT_TRUE(resp.dev_mode());
  (*server)->shutdown();
}

TEST(Server, RejectsAnAddressThatCannotBeBound) {
  ServerOptions options;
  options.listen_address = "256.1.1.1:1";
  auto server = Server::start(options, test_identity());
  ASSERT_FALSE(server.has_value());
  EXPECT_NE(server.error().find("256.1.1.1:1"), std::string::npos);
}

TEST(Server, ShutdownIsIdempotent) {
  ServerOptions options;
  options.listen_address = "127.0.0.1:0";
  auto server = Server::start(options, test_identity());
  ASSERT_TRUE(server.has_value());
  (*server)->shutdown();
  (*server)->shutdown();
}

}  // namespace
}  // namespace subemu::rpc
