#include "rpc/server.hpp"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/server_builder.h>

#include <chrono>

#include "rpc/services/chain_service.hpp"
#include "rpc/services/dev_service.hpp"
#include "rpc/services/node_service.hpp"
#include "rpc/services/state_service.hpp"
#include "rpc/services/transaction_service.hpp"
#include "runtime/runtime.hpp"

namespace subemu::rpc {

Result<std::unique_ptr<Server>, std::string> Server::start(const ServerOptions& options,
                                                           const NodeIdentity& identity) {
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  std::unique_ptr<Server> self(new Server());
  self->node_service_ = std::make_unique<NodeServiceImpl>(identity);

  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.listen_address, grpc::InsecureServerCredentials(), &self->port_);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  builder.RegisterService(self->node_service_.get());
  if (options.chain != nullptr) {
    self->chain_ = options.chain;
    const ServiceContext context{*options.chain, runtime::runtime_registry(), options.event_json};
    self->transaction_service_ = std::make_unique<TransactionServiceImpl>(context);
    self->chain_service_ = std::make_unique<ChainServiceImpl>(context);
    self->state_service_ = std::make_unique<StateServiceImpl>(context);
    builder.RegisterService(self->transaction_service_.get());
    builder.RegisterService(self->chain_service_.get());
    builder.RegisterService(self->state_service_.get());
    if (identity.dev_mode) {
      self->dev_service_ = std::make_unique<DevServiceImpl>(context);
      builder.RegisterService(self->dev_service_.get());
    }
  }
  self->server_ = builder.BuildAndStart();
  if (!self->server_ || self->port_ == 0) {
    return unexpected("cannot listen on " + options.listen_address);
  }
  if (auto* health = self->server_->GetHealthCheckService()) {
    health->SetServingStatus(true);
  }
  return self;
}

Server::~Server() { shutdown(); }

void Server::shutdown(int grace_ms) {
  if (stopped_ || !server_) return;
  stopped_ = true;
  // The chain thread first: it releases handlers waiting on it (UNAVAILABLE).
  if (chain_ != nullptr) chain_->stop();
  if (auto* health = server_->GetHealthCheckService()) health->SetServingStatus(false);
  server_->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(grace_ms));
}

void Server::wait() {
  if (server_) server_->Wait();
}

}  // namespace subemu::rpc
