#include "tools/subtensor-emu/chain_spec_file.hpp"

#include <fstream>
#include <sstream>

#include "tools/json/chain_spec_json.hpp"

namespace subemu::tools {

Result<runtime::GenesisConfig, std::string> load_chain_spec(const std::string& path) {
  if (path.empty()) return runtime::dev_genesis();
  std::ifstream in(path, std::ios::binary);
  if (!in) return unexpected("cannot read chain spec " + path);
  std::ostringstream text;
  text << in.rdbuf();
  const json::Json doc = json::Json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return unexpected("chain spec " + path + " is not valid JSON");
  auto spec = json::chain_spec_from_json(doc);
  if (!spec.has_value()) return unexpected("chain spec " + path + ": " + spec.error());
  return spec;
}

}  // namespace subemu::tools
