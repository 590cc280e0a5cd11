#include "tools/json/chain_spec_json.hpp"

#include "runtime/primitives/crypto/ss58.hpp"

namespace subemu::tools::json {
namespace {

constexpr std::string_view kFormat = "subemu-chain-spec/1";

Result<AccountId, std::string> account_from(const Json& j, const std::string& where) {
  if (!j.is_string()) return unexpected(where + ": expected an SS58 address or 0x hex");
  const std::string s = j.get<std::string>();
  if (s.rfind("0x", 0) == 0) {
    const auto id = AccountId::from_hex(s);
    if (!id.has_value()) return unexpected(where + ": not 32 bytes of hex");
    return *id;
  }
  const auto decoded = crypto::ss58_decode(s);
  if (!decoded.has_value()) {
    return unexpected(where + ": bad SS58 address (" +
                      std::string(crypto::to_string(decoded.error())) + ")");
  }
  return decoded->account;
}

Result<uint64_t, std::string> u64_from(const Json& j, const std::string& where) {
  if (j.is_number_unsigned()) return j.get<uint64_t>();
  if (!j.is_string()) return unexpected(where + ": expected a decimal string");
  const std::string s = j.get<std::string>();
  if (s.empty() || s.size() > 20) return unexpected(where + ": not a u64");
  uint64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return unexpected(where + ": not a u64");
    const auto d = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return unexpected(where + ": u64 overflow");
    v = v * 10 + d;
  }
  return v;
}

Result<void, std::string> only(const Json& o, std::initializer_list<std::string_view> keys,
                               const std::string& where) {
  for (auto it = o.begin(); it != o.end(); ++it) {
    bool ok = false;
    for (std::string_view k : keys) ok = ok || it.key() == k;
    if (!ok) return unexpected(where + ": unknown field '" + it.key() + "'");
  }
  return Ok{};
}

}  // namespace

Result<runtime::GenesisConfig, std::string> chain_spec_from_json(const Json& spec) {
  if (!spec.is_object()) return unexpected(std::string("chain spec: not a JSON object"));
  SUBEMU_TRY(only(spec, {"format", "name", "config", "genesis"}, "chain spec"));
  if (!spec.contains("format") || spec["format"] != kFormat) {
    return unexpected("chain spec: format must be \"" + std::string(kFormat) + "\"");
  }
  if (!spec.contains("name") || !spec["name"].is_string()) {
    return unexpected(std::string("name: expected a string"));
  }
  if (!spec.contains("config") || !spec["config"].is_string()) {
    return unexpected(std::string("config: expected \"runtime\" or \"test\""));
  }
  runtime::GenesisConfig g;
  g.name = spec["name"].get<std::string>();
  const std::string config = spec["config"].get<std::string>();
  if (config == "runtime") {
    g.config = &runtime::frame::runtime_config();
  } else if (config == "test") {
    g.config = &runtime::frame::test_config();
  } else {
    return unexpected("config: unknown configuration '" + config + "'");
  }
  if (!spec.contains("genesis") || !spec["genesis"].is_object()) {
    return unexpected(std::string("genesis: expected an object"));
  }
  const Json& gen = spec["genesis"];
  SUBEMU_TRY(only(gen, {"balances", "sudo", "timestamp_ms"}, "genesis"));
  if (!gen.contains("balances") || !gen["balances"].is_array()) {
    return unexpected(std::string("genesis.balances: expected an array of [account, amount]"));
  }
  for (size_t i = 0; i < gen["balances"].size(); ++i) {
    const std::string where = "genesis.balances[" + std::to_string(i) + "]";
    const Json& pair = gen["balances"][i];
    if (!pair.is_array() || pair.size() != 2) {
      return unexpected(where + ": expected [account, amount]");
    }
    SUBEMU_TRY_ASSIGN(AccountId who, account_from(pair[0], where + "[0]"));
    SUBEMU_TRY_ASSIGN(uint64_t amount, u64_from(pair[1], where + "[1]"));
    g.balances.emplace_back(who, amount);
  }
  if (gen.contains("sudo") && !gen["sudo"].is_null()) {
    SUBEMU_TRY_ASSIGN(AccountId who, account_from(gen["sudo"], "genesis.sudo"));
    g.sudo_key = who;
  }
  if (gen.contains("timestamp_ms")) {
    SUBEMU_TRY_ASSIGN(g.genesis_timestamp_ms, u64_from(gen["timestamp_ms"], "genesis.timestamp_ms"));
  }
  return g;
}

Json chain_spec_to_json(const runtime::GenesisConfig& genesis) {
  Json balances = Json::array();
  for (const auto& [who, amount] : genesis.balances) {
    const auto ss58 = crypto::ss58_encode(who, 42);
    balances.push_back(Json::array({ss58.has_value() ? *ss58 : who.to_hex(), std::to_string(amount)}));
  }
  Json sudo = nullptr;
  if (genesis.sudo_key.has_value()) {
    const auto ss58 = crypto::ss58_encode(*genesis.sudo_key, 42);
    sudo = ss58.has_value() ? Json(*ss58) : Json(genesis.sudo_key->to_hex());
  }
  Json out;
  out["format"] = kFormat;
  out["name"] = genesis.name;
  out["config"] = std::string(genesis.config->name);
  out["genesis"] = {{"balances", balances},
                    {"sudo", sudo},
                    {"timestamp_ms", std::to_string(genesis.genesis_timestamp_ms)}};
  return out;
}

}  // namespace subemu::tools::json
