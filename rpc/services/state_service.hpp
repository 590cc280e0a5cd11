// subemu.v1.StateService (proto/subemu/v1/state.proto): raw storage of the head state, read from
// the owner's published HeadView on the calling gRPC thread. Past blocks answer
// FAILED_PRECONDITION until the store keeps history. Thread-safe.
#pragma once

#include "rpc/layer.hpp"

#include "rpc/services/service_context.hpp"
#include "subemu/v1/state.grpc.pb.h"

namespace subemu::rpc {

class StateServiceImpl final : public v1::StateService::Service {
 public:
  static constexpr uint32_t kDefaultScanLimit = 100;
  static constexpr uint32_t kMaxScanLimit = 1000;

  explicit StateServiceImpl(ServiceContext context) : ctx_(std::move(context)) {}

  grpc::Status GetStorage(grpc::ServerContext* context, const v1::GetStorageRequest* request,
                          v1::GetStorageResponse* response) override;
  grpc::Status ScanPrefix(grpc::ServerContext* context, const v1::ScanPrefixRequest* request,
                          v1::ScanPrefixResponse* response) override;

 private:
  ServiceContext ctx_;
};

}  // namespace subemu::rpc
