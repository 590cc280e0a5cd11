// `subtensor-emu chain-spec [--dev|--test]`: prints a chain spec as JSON (the built-in dev spec by
// default), with its genesis hash on stderr; edit it and pass it to `serve --chain-spec FILE`.
#include <cstdio>

#include "runtime/chain/chain.hpp"
#include "tools/json/chain_spec_json.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {

int run_chain_spec(const std::vector<std::string_view>& args) {
  runtime::GenesisConfig spec = runtime::dev_genesis();
  if (args.size() == 1 && args[0] == "--test") {
    spec = runtime::test_genesis();
  } else if (!(args.empty() || (args.size() == 1 && args[0] == "--dev"))) {
    std::fputs("usage: subtensor-emu chain-spec [--dev|--test]\n", stderr);
    return 2;
  }
  auto genesis = runtime::chain::Chain::genesis_of(spec);
  if (!genesis.has_value()) {
    std::fprintf(stderr, "chain-spec: %s\n", genesis.error().c_str());
    return 1;
  }
  const std::string text = json::chain_spec_to_json(spec).dump(2);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
  std::fprintf(stderr, "genesis hash %s\n", genesis->hash().to_hex().c_str());
  return 0;
}

}  // namespace subemu::tools
