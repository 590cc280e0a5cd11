// subemu.v1.NodeService: identity of the running emulator. Stateless apart from the immutable
// NodeIdentity given at construction; safe to call from any gRPC thread.
#pragma once

#include "rpc/layer.hpp"

#include "rpc/server.hpp"
#include "subemu/v1/node.grpc.pb.h"

namespace subemu::rpc {

class NodeServiceImpl final : public subemu::v1::NodeService::Service {
 public:
  explicit NodeServiceImpl(NodeIdentity identity) : identity_(identity) {}

  grpc::Status GetNodeInfo(grpc::ServerContext* context, const v1::GetNodeInfoRequest* request,
                           v1::GetNodeInfoResponse* response) override;

 private:
  const NodeIdentity identity_;
};

}  // namespace subemu::rpc
