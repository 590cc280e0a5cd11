// The scenario planner (plan.hpp): one pass over the document, failing at the first problem.
#include "tools/scenario/plan.hpp"

#include <exception>
#include <map>

#include "runtime/dev_accounts.hpp"
#include "runtime/frame/metadata/scale_value.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/runtime.hpp"

namespace subemu::tools::scenario {
namespace {

using json::Json;
namespace md = runtime::metadata;
namespace frame = runtime::frame;

constexpr std::string_view kFormat = "subemu-scenario/1";
constexpr uint64_t kMaxMine = 1'000'000;

Result<void, std::string> only_keys(const Json& obj,
                                    std::initializer_list<std::string_view> allowed,
                                    const std::string& where) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || it.key() == a;
    if (!ok) return unexpected(where + ": unknown field '" + it.key() + "'");
  }
  return Ok{};
}

// A JSON integer >= 0 (nlohmann keeps integers built in C++ as signed).
bool is_non_negative_integer(const Json& j) {
  return j.is_number_unsigned() || (j.is_number_integer() && j.get<int64_t>() >= 0);
}

// A u64 as a decimal string (the contract's form) or a non-negative JSON integer.
Result<uint64_t, std::string> parse_u64(const Json& j, const std::string& where) {
  if (is_non_negative_integer(j)) return j.get<uint64_t>();
  if (!j.is_string()) return unexpected(where + ": expected a decimal string");
  const std::string s = j.get<std::string>();
  if (s.empty() || s.size() > 20) return unexpected(where + ": not a u64: '" + s + "'");
  uint64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return unexpected(where + ": not a u64: '" + s + "'");
    const auto d = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return unexpected(where + ": u64 overflow: '" + s + "'");
    v = v * 10 + d;
  }
  return v;
}

// The dev key name whose account is `id`, if any.
std::optional<std::string> dev_name_of(const AccountId& id) {
  for (std::string_view name : runtime::kDevAccountNames) {
    if (runtime::dev_account(name) == id) return std::string(name);
  }
  return std::nullopt;
}

class Planner {
 public:
  Result<Plan, std::string> plan(const Json& in) {
    if (!in.is_object()) return unexpected(std::string("the scenario is not a JSON object"));
    SUBEMU_TRY(only_keys(in, {"format", "config", "accounts", "genesis", "steps"}, "top level"));
    if (!in.contains("format") || !in["format"].is_string() ||
        in["format"].get<std::string>() != kFormat) {
      return unexpected("format: expected \"" + std::string(kFormat) + "\"");
    }
    std::string config = "runtime";
    if (in.contains("config")) {
      if (!in["config"].is_string()) {
        return unexpected(std::string("config: expected \"runtime\" or \"test\""));
      }
      config = in["config"].get<std::string>();
    }
    if (config == "runtime") {
      plan_.genesis = runtime::dev_genesis();
    } else if (config == "test") {
      plan_.genesis = runtime::test_genesis();
    } else {
      return unexpected("config: unknown configuration '" + config +
                        "' (expected \"runtime\" or \"test\")");
    }
    if (in.contains("accounts")) SUBEMU_TRY(parse_accounts(in["accounts"]));
    if (in.contains("genesis")) SUBEMU_TRY(parse_genesis(in["genesis"]));
    if (in.contains("steps")) {
      if (!in["steps"].is_array()) return unexpected(std::string("steps: expected an array"));
      for (size_t i = 0; i < in["steps"].size(); ++i) {
        SUBEMU_TRY_ASSIGN(Step s, parse_step(in["steps"][i], step_path(i)));
        plan_.steps.push_back(std::move(s));
      }
    }
    return std::move(plan_);
  }

 private:
  Result<void, std::string> parse_accounts(const Json& accounts) {
    if (!accounts.is_object()) return unexpected(std::string("accounts: expected an object"));
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
      const std::string& name = it.key();
      const std::string where = "accounts." + name;
      if (name.empty() || name == "root" || name == "none" || name.starts_with("0x")) {
        return unexpected(where +
                          ": reserved name (names may not be empty, \"root\", \"none\" "
                          "or start with \"0x\")");
      }
      const Json& a = it.value();
      constexpr std::string_view kShape =
          ": expected one of {\"dev\": NAME}, {\"label\": TEXT}, "
          "{\"id\": \"0x<32 bytes>\"}";
      if (!a.is_object() || a.size() != 1 || !a.begin().value().is_string()) {
        return unexpected(where + std::string(kShape));
      }
      const std::string kind = a.begin().key();
      const std::string text = a.begin().value().get<std::string>();
      AccountId id;
      if (kind == "dev") {
        const auto dev = runtime::dev_account(text);
        if (!dev.has_value()) {
          return unexpected(where + ": unknown dev account '" + text +
                            "' (Alice, Bob, Charlie, Dave, Eve, Ferdie)");
        }
        id = *dev;
      } else if (kind == "label") {
        id = AccountId(crypto::blake2_256(as_bytes(text)));
      } else if (kind == "id") {
        const auto parsed = text.starts_with("0x") ? AccountId::from_hex(text) : std::nullopt;
        if (!parsed.has_value()) return unexpected(where + ": id is not 32 bytes of 0x hex");
        id = *parsed;
      } else {
        return unexpected(where + std::string(kShape));
      }
      accounts_.emplace(name, id);
    }
    return Ok{};
  }

  // A scenario name, else 0x hex of 32 bytes.
  std::optional<AccountId> resolve(std::string_view name) const {
    const auto it = accounts_.find(std::string(name));
    if (it != accounts_.end()) return it->second;
    if (name.size() == 66 && name.starts_with("0x")) return AccountId::from_hex(name);
    return std::nullopt;
  }

  json::FromJsonOptions value_options() const {
    json::FromJsonOptions opts;
    opts.registry = &runtime::runtime_registry();
    opts.accounts = [this](std::string_view n) { return resolve(n); };
    return opts;
  }

  Result<void, std::string> parse_genesis(const Json& g) {
    if (!g.is_object()) return unexpected(std::string("genesis: expected an object"));
    SUBEMU_TRY(only_keys(g, {"balances"}, "genesis"));
    if (!g.contains("balances")) return Ok{};
    if (!g["balances"].is_object()) {
      return unexpected(std::string("genesis.balances: expected an object"));
    }
    auto& balances = plan_.genesis.balances;
    const uint64_t ed = plan_.genesis.config->existential_deposit;
    for (auto it = g["balances"].begin(); it != g["balances"].end(); ++it) {
      const std::string where = "genesis.balances." + it.key();
      const auto who = resolve(it.key());
      if (!who.has_value()) return unexpected(where + ": unknown account '" + it.key() + "'");
      SUBEMU_TRY_ASSIGN(const uint64_t amount, parse_u64(it.value(), where));
      if (amount != 0 && amount < ed) {
        return unexpected(where + ": " + std::to_string(amount) +
                          " rao is below the existential deposit (" + std::to_string(ed) +
                          " rao); use \"0\" for an unfunded account");
      }
      // Replace, not add; zero leaves the account out of the genesis.
      std::erase_if(balances, [&](const auto& b) { return b.first == *who; });
      if (amount > 0) balances.emplace_back(*who, amount);
    }
    uint64_t total = 0;
    for (const auto& [who, free] : balances) {
      if (total > UINT64_MAX - free) {
        return unexpected(std::string("genesis.balances: the total issuance overflows u64"));
      }
      total += free;
    }
    return Ok{};
  }

  Result<frame::Origin, std::string> parse_origin(const Json& o, const std::string& where) {
    if (!o.is_string()) {
      return unexpected(where + ": expected an account name or 0x hex, \"root\" or \"none\"");
    }
    const std::string s = o.get<std::string>();
    if (s == "root") return frame::Origin::root();
    if (s == "none") return frame::Origin::none();
    const auto who = resolve(s);
    if (!who.has_value()) return unexpected(where + ": unknown account '" + s + "'");
    return frame::Origin::signed_by(*who);
  }

  Result<Step, std::string> parse_step(const Json& s, const std::string& where) {
    if (!s.is_object()) return unexpected(where + ": expected an object");
    if (s.contains("call")) {
      SUBEMU_TRY(only_keys(s, {"call", "origin", "args", "signed"}, where));
      return parse_call(s, where);
    }
    if (s.contains("mine")) {
      SUBEMU_TRY(only_keys(s, {"mine"}, where));
      if (!is_non_negative_integer(s["mine"]) || s["mine"].get<uint64_t>() > kMaxMine) {
        return unexpected(where + ".mine: expected a block count (0.." + std::to_string(kMaxMine) +
                          ")");
      }
      return Step(MineStep{static_cast<uint32_t>(s["mine"].get<uint64_t>())});
    }
    if (s.contains("set_storage")) {
      SUBEMU_TRY(only_keys(s, {"set_storage"}, where));
      return parse_set_storage(s["set_storage"], where + ".set_storage");
    }
    return unexpected(where + ": expected a \"call\", \"mine\" or \"set_storage\" step");
  }

  Result<Step, std::string> parse_call(const Json& s, const std::string& where) {
    if (!s["call"].is_string()) return unexpected(where + ".call: expected \"Pallet.call\"");
    const std::string name = s["call"].get<std::string>();
    const size_t dot = name.find('.');
    const auto& registry = runtime::runtime_registry();
    if (dot == std::string::npos ||
        registry.call_by_name(name.substr(0, dot), name.substr(dot + 1)) == nullptr) {
      return unexpected(where + ".call: unknown call '" + name + "'");
    }
    if (!s.contains("origin")) return unexpected(where + ": missing origin");
    CallStep step;
    SUBEMU_TRY_ASSIGN(step.origin, parse_origin(s["origin"], where + ".origin"));
    if (s.contains("signed")) {
      if (!s["signed"].is_boolean()) return unexpected(where + ".signed: expected a boolean");
      if (s["signed"].get<bool>()) {
        std::optional<std::string> dev;
        if (step.origin.is_signed()) dev = dev_name_of(step.origin.who);
        if (!dev.has_value()) {
          return unexpected(where +
                            ".origin: a signed step needs a dev account (Alice, Bob, "
                            "Charlie, Dave, Eve, Ferdie) as origin");
        }
        step.signer_dev = std::move(dev);
      }
    }
    const Json args = s.contains("args") ? s["args"] : Json::object();
    if (!args.is_object()) return unexpected(where + ".args: expected an object");
    const Json call_json = {
        {"pallet", name.substr(0, dot)}, {"call", name.substr(dot + 1)}, {"args", args}};
    SUBEMU_TRY_ASSIGN(md::Value value,
                      json::from_json_at(*md::t_call(), call_json, value_options(), where));
    auto bytes = md::encode_value_bytes(*md::t_call(), value, &registry);
    if (!bytes.has_value()) return unexpected(where + ": " + bytes.error().message());
    step.call = std::move(*bytes);
    return Step(std::move(step));
  }

  Result<Step, std::string> parse_set_storage(const Json& s, const std::string& where) {
    if (!s.is_object()) return unexpected(where + ": expected an object");
    SUBEMU_TRY(only_keys(s, {"item", "key", "value"}, where));
    if (!s.contains("item") || !s["item"].is_string()) {
      return unexpected(where + ".item: expected \"Pallet.Item\"");
    }
    const auto& registry = runtime::runtime_registry();
    const std::string item_name = s["item"].get<std::string>();
    const md::ItemDesc* item = registry.item(std::string_view(item_name));
    if (item == nullptr) return unexpected(where + ".item: unknown item '" + item_name + "'");
    if (!s.contains("value")) return unexpected(where + ": missing value");
    const bool plain = item->kind == md::ItemKind::kValue;
    if (plain && s.contains("key")) {
      return unexpected(where + ".key: " + item_name + " is a plain value (no key)");
    }
    if (!plain && !s.contains("key")) {
      return unexpected(where + ": missing key (" + item_name + " has " +
                        std::to_string(item->keys.size()) + " key part(s))");
    }
    std::vector<md::Value> keys;
    if (!plain) {
      const Json& key_json = s["key"];
      if (!key_json.is_array() || key_json.size() != item->keys.size()) {
        return unexpected(where + ".key: expected an array of " +
                          std::to_string(item->keys.size()) + " key part(s)");
      }
      for (size_t k = 0; k < key_json.size(); ++k) {
        SUBEMU_TRY_ASSIGN(md::Value v,
                          json::from_json_at(*item->keys[k], key_json[k], value_options(),
                                             where + ".key[" + std::to_string(k) + "]"));
        keys.push_back(std::move(v));
      }
    }
    SUBEMU_TRY_ASSIGN(md::Value value, json::from_json_at(*item->value, s["value"], value_options(),
                                                          where + ".value"));
    auto key = md::encode_storage_key(*item, keys, &registry);
    if (!key.has_value()) return unexpected(where + ".key: " + key.error().message());
    auto bytes = md::encode_value_bytes(*item->value, value, &registry);
    if (!bytes.has_value()) return unexpected(where + ".value: " + bytes.error().message());
    return Step(SetStorageStep{std::move(*key), std::move(*bytes)});
  }

  Plan plan_;
  std::map<std::string, AccountId> accounts_;
};

}  // namespace

std::string step_path(size_t index) { return "steps[" + std::to_string(index) + "]"; }

Result<Plan, std::string> make_plan(const Json& scenario) {
  try {
    Planner planner;
    return planner.plan(scenario);
  } catch (const std::exception& e) {
    return unexpected(std::string("malformed scenario: ") + e.what());
  }
}

}  // namespace subemu::tools::scenario
