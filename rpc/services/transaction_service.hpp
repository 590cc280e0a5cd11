// subemu.v1.TransactionService (proto/subemu/v1/transaction.proto): submits extrinsics through
// the chain thread. Handlers block their gRPC thread until the chain thread answers (and, for
// WAIT_IN_BLOCK in manual mode, until the block is sealed or the client cancels). Thread-safe.
#pragma once

#include "rpc/layer.hpp"

#include "rpc/services/service_context.hpp"
#include "subemu/v1/transaction.grpc.pb.h"

namespace subemu::rpc {

class TransactionServiceImpl final : public v1::TransactionService::Service {
 public:
  explicit TransactionServiceImpl(ServiceContext context) : ctx_(std::move(context)) {}

  grpc::Status Submit(grpc::ServerContext* context, const v1::SubmitRequest* request,
                      v1::SubmitResponse* response) override;

 private:
  ServiceContext ctx_;
};

}  // namespace subemu::rpc
