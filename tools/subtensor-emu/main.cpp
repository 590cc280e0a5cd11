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
      "  version   print the emulator version and the reference it mirrors\n"
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
  std::fprintf(stderr, "subtensor-emu: unknown command '%.*s'\n\n", static_cast<int>(command.size()),
               command.data());
  print_usage(stderr);
  return 2;
}
