// `subtensor-emu serve`: open the chain state in RocksDB and serve the gRPC API until SIGINT or
// SIGTERM, then shut down gracefully (in-flight calls finish; nothing is half-committed because
// every commit is one atomic batch).
#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "rpc/server.hpp"
#include "runtime/chain/chain.hpp"
#include "runtime/genesis.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"
#include "tools/subtensor-emu/chain_spec_file.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {

namespace {

struct ServeOptions {
  std::string data_dir = "./data";
  std::string listen = "127.0.0.1:50051";
  std::string chain_spec;  // empty: the built-in dev spec
  bool dev = false;
};

bool parse_serve(const std::vector<std::string_view>& args, ServeOptions& out) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "serve: %.*s needs a value\n", static_cast<int>(a.size()), a.data());
        return false;
      }
      dst = std::string(args[++i]);
      return true;
    };
    if (a == "--data-dir") {
      if (!value(out.data_dir)) return false;
    } else if (a == "--listen") {
      if (!value(out.listen)) return false;
    } else if (a == "--chain-spec") {
      if (!value(out.chain_spec)) return false;
    } else if (a == "--dev") {
      out.dev = true;
    } else {
      std::fprintf(stderr, "serve: unknown option '%.*s'\n", static_cast<int>(a.size()), a.data());
      return false;
    }
  }
  return true;
}

}  // namespace

int run_serve(const std::vector<std::string_view>& args) {
  ServeOptions options;
  if (!parse_serve(args, options)) return 2;
  if (!options.dev && options.chain_spec.empty()) {
    std::fprintf(stderr, "serve: pass --dev (the dev chain) or --chain-spec FILE\n");
    return 2;
  }

  // Block the stop signals before gRPC starts its threads, so that only sigwait() sees them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  auto loaded = load_chain_spec(options.chain_spec);
  if (!loaded.has_value()) {
    std::fprintf(stderr, "serve: %s\n", loaded.error().c_str());
    return 2;
  }
  const runtime::GenesisConfig spec = std::move(*loaded);
  auto genesis_header = runtime::chain::Chain::genesis_of(spec);
  if (!genesis_header.has_value()) {
    std::fprintf(stderr, "serve: bad genesis: %s\n", genesis_header.error().c_str());
    return 1;
  }
  const Hash256 genesis_hash = genesis_header->hash();
  const ByteArray<32> genesis = genesis_hash.bytes();

  std::error_code ec;
  std::filesystem::create_directories(options.data_dir, ec);
  if (ec) {
    std::fprintf(stderr, "serve: cannot create data folder %s: %s\n", options.data_dir.c_str(),
                 ec.message().c_str());
    return 1;
  }
  const std::string state_path = (std::filesystem::path(options.data_dir) / "state").string();
  auto store = storage::RocksDbStore::open(state_path, genesis);
  if (!store.has_value()) {
    std::fprintf(stderr, "serve: cannot open the state database at %s: %s\n", state_path.c_str(),
                 store.error().to_string().c_str());
    return 1;
  }

  auto chain = runtime::chain::Chain::open(**store, spec);
  if (!chain.has_value()) {
    std::fprintf(stderr, "serve: cannot open the chain at %s: %s\n", state_path.c_str(),
                 chain.error().to_string().c_str());
    return 1;
  }

  rpc::ServerOptions server_options;
  server_options.listen_address = options.listen;
  rpc::NodeIdentity identity;
  identity.db_format_version = storage::RocksDbStore::kFormatVersion;
  identity.genesis_id = genesis;
  identity.dev_mode = options.dev;
  auto server = rpc::Server::start(server_options, identity);
  if (!server.has_value()) {
    std::fprintf(stderr, "serve: %s\n", server.error().c_str());
    return 1;
  }
  std::printf(
      "subtensor-emu: chain '%s' (genesis %s), head #%u %s, state at %s, gRPC on port %d "
      "(Ctrl-C to stop)\n",
      spec.name.c_str(), genesis_hash.to_hex().c_str(), (*chain)->head().number,
      (*chain)->head().hash.to_hex().c_str(), state_path.c_str(), (*server)->port());
  std::fflush(stdout);

  int sig = 0;
  sigwait(&stop_signals, &sig);
  std::printf("subtensor-emu: signal %d, shutting down\n", sig);
  (*server)->shutdown();
  return 0;
}

}  // namespace subemu::tools
