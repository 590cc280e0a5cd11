// The gRPC server of subtensor-emu: builds, starts and stops the services.
//
// Binds 127.0.0.1 by default (a testbed is not a public node). Thread-safety: start() and
// shutdown() are called from the owning thread (tools/ main); the gRPC threads only read the
// immutable NodeIdentity. shutdown() is idempotent and waits for in-flight calls (bounded).
#pragma once

#include "rpc/layer.hpp"

#include <grpcpp/server.h>

#include <cstdint>
#include <memory>
#include <string>

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
};

class NodeServiceImpl;

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
  // Stops accepting calls, lets in-flight calls finish (at most `grace_ms`), marks health NOT_SERVING.
  void shutdown(int grace_ms = 2000);
  // Blocks until shutdown() has been called from another thread.
  void wait();

 private:
  Server() = default;
  std::unique_ptr<NodeServiceImpl> node_service_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  bool stopped_ = false;
};

}  // namespace subemu::rpc
