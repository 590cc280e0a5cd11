// The gRPC server of subtensor-emu: builds, starts and stops the services.
//
// Services: NodeService, grpc.health.v1 and server reflection always; with a ChainOwner also
// TransactionService, ChainService and StateService; DevService only when the node runs with
// --dev (otherwise its methods answer UNIMPLEMENTED).
//
// Binds 127.0.0.1 by default (a testbed is not a public node). Thread-safety: start() and
// shutdown() are called from the owning thread (tools/ main); the gRPC threads only read the
// immutable NodeIdentity and go through the ChainOwner. shutdown() is idempotent: it stops the
// chain thread first (queued work and block waiters answer UNAVAILABLE, the running command
// finishes, no block is half-committed), then lets in-flight calls finish (bounded).
// REQUIRES: the ChainOwner outlives the Server.
#pragma once

#include "rpc/layer.hpp"

#include <grpcpp/server.h>

#include <cstdint>
#include <memory>
#include <string>

#include "rpc/chain_owner.hpp"
#include "rpc/convert.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::rpc {

// What the node says about itself (NodeService.GetNodeInfo).
struct NodeIdentity {
  uint32_t db_format_version = 0;
  ByteArray<32> genesis_id{};
  bool dev_mode = false;
};

struct ServerOptions {
  // host:port; port 0 picks a free port (see Server::port()).
  std::string listen_address = "127.0.0.1:50051";
  // Largest request or response message, in bytes.
  int max_message_bytes = 16 * 1024 * 1024;
  // The chain to serve; null serves NodeService alone.
  ChainOwner* chain = nullptr;
  // JSON rendering of event fields (EventRecord.fields_json); may be empty.
  EventJsonFn event_json;
};

class NodeServiceImpl;
class TransactionServiceImpl;
class ChainServiceImpl;
class StateServiceImpl;
class DevServiceImpl;

class Server {
 public:
  // Starts listening; an error names the address that could not be bound.
  static Result<std::unique_ptr<Server>, std::string> start(const ServerOptions& options,
                                                            const NodeIdentity& identity);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The port actually bound (useful with port 0).
  int port() const { return port_; }
  // Stops the chain thread (if any), marks health NOT_SERVING, stops accepting calls and lets
  // in-flight calls finish (at most `grace_ms`).
  void shutdown(int grace_ms = 2000);
  // Blocks until shutdown() has been called from another thread.
  void wait();

 private:
  Server() = default;
  std::unique_ptr<NodeServiceImpl> node_service_;
  std::unique_ptr<TransactionServiceImpl> transaction_service_;
  std::unique_ptr<ChainServiceImpl> chain_service_;
  std::unique_ptr<StateServiceImpl> state_service_;
  std::unique_ptr<DevServiceImpl> dev_service_;
  ChainOwner* chain_ = nullptr;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  bool stopped_ = false;
};

}  // namespace subemu::rpc
