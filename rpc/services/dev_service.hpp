// subemu.v1.DevService (proto/subemu/v1/dev.proto): testbed controls, run on the chain thread in
// order with transactions. The server registers it only with --dev. Thread-safe.
#pragma once

#include "rpc/layer.hpp"

#include "rpc/services/service_context.hpp"
#include "subemu/v1/dev.grpc.pb.h"

namespace subemu::rpc {

class DevServiceImpl final : public v1::DevService::Service {
 public:
  static constexpr uint32_t kMaxMine = 10'000;

  explicit DevServiceImpl(ServiceContext context) : ctx_(std::move(context)) {}

  grpc::Status Mine(grpc::ServerContext* context, const v1::MineRequest* request,
                    v1::MineResponse* response) override;
  grpc::Status SetBalance(grpc::ServerContext* context, const v1::SetBalanceRequest* request,
                          v1::SetBalanceResponse* response) override;
  grpc::Status SetStorage(grpc::ServerContext* context, const v1::SetStorageRequest* request,
                          v1::SetStorageResponse* response) override;
  grpc::Status Dispatch(grpc::ServerContext* context, const v1::DispatchRequest* request,
                        v1::DispatchResponse* response) override;

 private:
  ServiceContext ctx_;
};

}  // namespace subemu::rpc
