// `subtensor-emu state dump [--data-dir DIR] [--chain-spec FILE] [--state items=A,B]
// [--state-root]`: the decoded state (shared/design/SCENARIO.md's "state" object) of the head
// block of a database, as JSON: {"block", "hash", "state", "undecodable"?, "state_root"?}.
// The database keeps the latest state only, so the head block is the one block that can be
// dumped. The database must belong to the chain of the spec (the built-in dev spec by default),
// as for `serve`. Read-only: a snapshot of the store is read. Exit codes: 0 printed, 1 the
// database cannot be opened or read, 2 bad usage (also an unknown item in --state items=).
#include <cstdio>
#include <filesystem>
#include <string>

#include "runtime/chain/block_records.hpp"
#include "runtime/chain/chain.hpp"
#include "runtime/genesis.hpp"
#include "runtime/runtime.hpp"
#include "storage/rocksdb/rocksdb_store.hpp"
#include "storage/state_trie.hpp"
#include "tools/json/state_dump.hpp"
#include "tools/subtensor-emu/chain_spec_file.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {
namespace {

void usage() {
  std::fputs(
      "usage: subtensor-emu state dump [--data-dir DIR] [--chain-spec FILE] "
      "[--state items=Pallet.Item,...] [--state-root]\n",
      stderr);
}

}  // namespace

int run_state(const std::vector<std::string_view>& args) {
  if (args.empty() || args[0] != "dump") {
    usage();
    return 2;
  }
  std::string data_dir = "./data";
  std::string chain_spec;  // empty: the built-in dev spec
  std::vector<std::string> items;
  bool with_root = false;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--data-dir" && i + 1 < args.size()) {
      data_dir = std::string(args[++i]);
    } else if (args[i] == "--chain-spec" && i + 1 < args.size()) {
      chain_spec = std::string(args[++i]);
    } else if (args[i] == "--state" && i + 1 < args.size() &&
               args[i + 1].substr(0, 6) == "items=") {
      std::string_view list = args[++i].substr(6);
      while (!list.empty()) {
        const size_t comma = list.find(',');
        if (comma != 0) items.emplace_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
      }
      if (items.empty()) {
        std::fputs("state: --state items= needs at least one Pallet.Item\n", stderr);
        return 2;
      }
    } else if (args[i] == "--state-root") {
      with_root = true;
    } else {
      std::fprintf(stderr, "state: unknown option '%.*s'\n", static_cast<int>(args[i].size()),
                   args[i].data());
      usage();
      return 2;
    }
  }

  auto loaded = load_chain_spec(chain_spec);
  if (!loaded.has_value()) {
    std::fprintf(stderr, "state: %s\n", loaded.error().c_str());
    return 2;
  }
  const runtime::GenesisConfig spec = std::move(*loaded);
  auto genesis = runtime::chain::Chain::genesis_of(spec);
  if (!genesis.has_value()) {
    std::fprintf(stderr, "state: bad genesis: %s\n", genesis.error().c_str());
    return 1;
  }
  storage::RocksDbOptions options;
  options.create_if_missing = false;
  const std::string path = (std::filesystem::path(data_dir) / "state").string();
  auto store = storage::RocksDbStore::open(path, genesis->hash().bytes(), options);
  if (!store.has_value()) {
    std::fprintf(stderr, "state: cannot open %s: %s\n", path.c_str(),
                 store.error().to_string().c_str());
    return 1;
  }
  const auto& registry = runtime::runtime_registry();
  std::vector<const runtime::metadata::ItemDesc*> selected;
  if (items.empty()) {
    selected = json::scenario_dump_items(registry);
  } else {
    auto r = json::items_by_name(registry, items);
    if (!r.has_value()) {
      std::fprintf(stderr, "state: %s\n", r.error().c_str());
      return 2;
    }
    selected = std::move(*r);
  }
  auto snapshot = (*store)->snapshot();
  auto head = runtime::chain::read_head(*snapshot);
  if (!head.has_value() || !head->has_value()) {
    std::fprintf(stderr, "state: the database has no head block\n");
    return 1;
  }
  auto dump = json::dump_state(registry, selected, json::KvReaderScanner(*snapshot));
  if (!dump.has_value()) {
    std::fprintf(stderr, "state: %s\n", dump.error().to_string().c_str());
    return 1;
  }
  json::Json out;
  out["block"] = (*head)->number;
  out["hash"] = (*head)->hash.to_hex();
  out["state"] = std::move(dump->state);
  if (!dump->undecodable.empty()) out["undecodable"] = std::move(dump->undecodable);
  if (with_root) {
    auto trie = storage::StateTrie::build(*snapshot);
    if (!trie.has_value()) {
      std::fprintf(stderr, "state: %s\n", trie.error().to_string().c_str());
      return 1;
    }
    out["state_root"] = to_hex(trie->root());
  }
  const std::string text = out.dump(2);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace subemu::tools
