// subemu.v1.ChainService (proto/subemu/v1/chain.proto): sealed blocks, read from the owner's
// published HeadView on the calling gRPC thread (never through the chain thread). Thread-safe.
#pragma once

#include "rpc/layer.hpp"

#include "rpc/services/service_context.hpp"
#include "subemu/v1/chain.grpc.pb.h"

namespace subemu::rpc {

class ChainServiceImpl final : public v1::ChainService::Service {
 public:
  explicit ChainServiceImpl(ServiceContext context) : ctx_(std::move(context)) {}

  grpc::Status GetHead(grpc::ServerContext* context, const v1::GetHeadRequest* request,
                       v1::GetHeadResponse* response) override;
  grpc::Status GetBlock(grpc::ServerContext* context, const v1::GetBlockRequest* request,
                        v1::GetBlockResponse* response) override;

 private:
  ServiceContext ctx_;
};

}  // namespace subemu::rpc
