// `subtensor-emu serve`: open the chain state in RocksDB and serve the gRPC API until SIGINT or
// SIGTERM, then shut down gracefully (the chain thread finishes its current command, queued work
// answers UNAVAILABLE, in-flight calls finish; nothing is half-committed because every commit is
// one atomic batch; the unsealed pending block of manual mode is dropped).
//
// Wiring (explicit, in order): chain spec -> RocksDbStore -> Chain -> ChainOwner (the chain
// thread) -> rpc::Server; torn down in reverse.
#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "rpc/chain_owner.hpp"
#include "rpc/server.hpp"
#include "runtime/chain/chain.hpp"
#include "runtime/genesis.hpp"
#include "runtime/runtime.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"
#include "tools/json/runtime_json.hpp"
#include "tools/subtensor-emu/chain_spec_file.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {

namespace {

struct ServeOptions {
  std::string data_dir = "./data";
  std::string listen = "127.0.0.1:50051";
  std::string chain_spec;  // empty: the built-in dev spec
  bool dev = false;
  rpc::MiningMode mining = rpc::MiningMode::kInstant;
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
    } else if (a == "--instant") {
      out.mining = rpc::MiningMode::kInstant;
    } else if (a == "--manual") {
      out.mining = rpc::MiningMode::kManual;
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
  if (options.mining == rpc::MiningMode::kManual && !options.dev) {
    std::fprintf(stderr, "serve: --manual needs --dev (only DevService.Mine seals blocks)\n");
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

  rpc::ChainOwnerOptions owner_options;
  owner_options.mining = options.mining;
  rpc::ChainOwner owner(**chain, owner_options);

  rpc::ServerOptions server_options;
  server_options.listen_address = options.listen;
  server_options.chain = &owner;
  server_options.event_json = [](uint8_t pallet_index, ByteView pallet_event) -> std::string {
    auto j = json::event_to_json(runtime::runtime_registry(), pallet_index, pallet_event);
    return j.has_value() ? (*j)["fields"].dump() : std::string();
  };
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
      "subtensor-emu: chain '%s' (genesis %s), head #%u %s, state at %s, gRPC on port %d, "
      "%s mining%s (Ctrl-C to stop)\n",
      spec.name.c_str(), genesis_hash.to_hex().c_str(), owner.head()->head.number,
      owner.head()->head.hash.to_hex().c_str(), state_path.c_str(), (*server)->port(),
      options.mining == rpc::MiningMode::kInstant ? "instant" : "manual",
      options.dev ? ", dev controls on" : "");
  std::fflush(stdout);

  int sig = 0;
  sigwait(&stop_signals, &sig);
  std::printf("subtensor-emu: signal %d, shutting down\n", sig);
  (*server)->shutdown();  // stops the chain thread, then gRPC
  return 0;
}

}  // namespace subemu::tools
