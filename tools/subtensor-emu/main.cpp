// subtensor-emu: the one binary, with subcommands. Wiring is explicit here (STYLE.md C14): this is
// the only place that knows the state lives in RocksDB.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "tools/subtensor-emu/commands.hpp"

namespace {

void print_usage(std::FILE* out) {
  std::fputs(
      "usage: subtensor-emu <command> [options]\n"
      "\n"
      "commands:\n"
      "  serve     open (or create) the chain state and serve the gRPC API\n"
      "            --data-dir DIR      state folder (default ./data)\n"
      "            --listen HOST:PORT  gRPC address (default 127.0.0.1:50051)\n"
      "            --dev               development chain and testbed controls\n"
      "            --chain-spec FILE   start from a JSON chain spec instead of the dev spec\n"
      "            --instant           seal a block after every transaction (default)\n"
      "            --manual            seal only on DevService.Mine (needs --dev)\n"
      "  version   print the emulator version and the reference it mirrors\n"
      "  key       subkey's key tools: generate, inspect, sign, verify (key help)\n"
      "  storage-key PALLET ITEM [HASHER:TYPE:VALUE...]\n"
      "            the raw storage key of an item (storage-key --help)\n"
      "  trie-root FILE|- [--state-version 0|1]\n"
      "            the state trie root of JSON key/value pairs\n"
      "  scenario run FILE|- [--state items=A,B] [--state-root]\n"
      "            run a scenario (shared/design/SCENARIO.md) on a fresh in-memory chain\n"
      "  state dump [--data-dir DIR] [--state items=A,B] [--state-root]\n"
      "            the decoded state of the head block of a database\n"
      "  chain-spec [--dev|--test]\n"
      "            print a chain spec as JSON (edit it, then serve --chain-spec FILE)\n"
      "  decode extrinsic|header|events HEX\n"
      "            SCALE bytes to JSON through the runtime's metadata\n"
      "  help      print this text\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_usage(stderr);
    return 2;
  }
  const std::string_view command = args.front();
  args.erase(args.begin());
  if (command == "help" || command == "--help" || command == "-h") {
    print_usage(stdout);
    return 0;
  }
  if (command == "version" || command == "--version") return subemu::tools::run_version();
  if (command == "serve") return subemu::tools::run_serve(args);
  if (command == "key") return subemu::tools::run_key(args);
  if (command == "storage-key") return subemu::tools::run_storage_key(args);
  if (command == "trie-root") return subemu::tools::run_trie_root(args);
  if (command == "scenario") return subemu::tools::run_scenario(args);
  if (command == "state") return subemu::tools::run_state(args);
  if (command == "decode") return subemu::tools::run_decode(args);
  if (command == "chain-spec") return subemu::tools::run_chain_spec(args);
  std::fprintf(stderr, "subtensor-emu: unknown command '%.*s'\n\n", static_cast<int>(command.size()),
               command.data());
  print_usage(stderr);
  return 2;
}
