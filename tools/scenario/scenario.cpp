// shared/design/SCENARIO.md, format subemu-scenario/1.
#include "tools/scenario/scenario.hpp"

#include <map>
#include <set>
#include <variant>

#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/frame/metadata/scale_value.hpp"
#include "runtime/genesis.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/trie_root.hpp"
#include "tools/json/runtime_json.hpp"
#include "tools/json/state_dump.hpp"

namespace subemu::tools::scenario {
namespace {

using json::Json;
namespace md = runtime::metadata;
namespace frame = runtime::frame;

constexpr std::string_view kFormat = "subemu-scenario/1";
constexpr std::string_view kResultFormat = "subemu-scenario-result/1";

struct Account {
  AccountId id;
  std::optional<std::string> dev;  // the dev key's name ("Alice") when {"dev": ...}
};

struct CallStep {
  frame::Origin origin;
  bool signed_ = false;
  std::string signer_dev;  // dev name when signed
  Bytes call;
};
struct MineStep {
  uint32_t blocks = 0;
};
struct SetStorageStep {
  Bytes key;
  Bytes value;
};
using Step = std::variant<CallStep, MineStep, SetStorageStep>;

struct Plan {
  runtime::GenesisConfig genesis;
  std::vector<Step> steps;
};

std::string step_path(size_t i) { return "steps[" + std::to_string(i) + "]"; }

Result<void, std::string> only_keys(const Json& obj, std::initializer_list<std::string_view> allowed,
                                    const std::string& where) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || it.key() == a;
    if (!ok) return unexpected(where + ": unknown field '" + it.key() + "'");
  }
  return Ok{};
}

Result<uint64_t, std::string> parse_u64(const Json& j, const std::string& where) {
  if (j.is_number_unsigned()) return j.get<uint64_t>();
  if (j.is_string()) {
    const std::string s = j.get<std::string>();
    if (s.empty() || s.size() > 20) return unexpected(where + ": not a u64: '" + s + "'");
    uint64_t v = 0;
    for (const char c : s) {
      if (c < '0' || c > '9') return unexpected(where + ": not a u64: '" + s + "'");
      const uint64_t d = static_cast<uint64_t>(c - '0');
      if (v > (UINT64_MAX - d) / 10) return unexpected(where + ": u64 overflow: '" + s + "'");
      v = v * 10 + d;
    }
    return v;
  }
  return unexpected(where + ": expected a decimal string");
}

class Planner {
 public:
  Result<Plan, std::string> plan(const Json& in) {
    if (!in.is_object()) return unexpected(std::string("scenario: not a JSON object"));
    SUBEMU_TRY(only_keys(in, {"format", "config", "accounts", "genesis", "steps"}, "scenario"));
    if (!in.contains("format") || in["format"] != kFormat) {
      return unexpected("scenario: format must be \"" + std::string(kFormat) + "\"");
    }
    const std::string config = in.value("config", std::string("runtime"));
    if (in.contains("config") && !in["config"].is_string()) {
      return unexpected(std::string("config: expected \"runtime\" or \"test\""));
    }
    if (config == "runtime") {
      plan_.genesis = runtime::dev_genesis();
    } else if (config == "test") {
      plan_.genesis = runtime::test_genesis();
    } else {
      return unexpected("config: unknown configuration '" + config + "'");
    }
    if (in.contains("accounts")) SUBEMU_TRY(parse_accounts(in["accounts"]));
    if (in.contains("genesis")) SUBEMU_TRY(parse_genesis(in["genesis"]));
    if (in.contains("steps")) {
      if (!in["steps"].is_array()) return unexpected(std::string("steps: expected an array"));
      for (size_t i = 0; i < in["steps"].size(); ++i) {
        SUBEMU_TRY_ASSIGN(Step s, parse_step(in["steps"][i], i));
        plan_.steps.push_back(std::move(s));
      }
    }
    return std::move(plan_);
  }

 private:
  Result<void, std::string> parse_accounts(const Json& accounts) {
    if (!accounts.is_object()) return unexpected(std::string("accounts: expected an object"));
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
      const std::string where = "accounts." + it.key();
      const Json& a = it.value();
      if (!a.is_object() || a.size() != 1) {
        return unexpected(where + ": expected one of {\"dev\"}, {\"label\"}, {\"id\"}");
      }
      Account acc;
      if (a.contains("dev") && a["dev"].is_string()) {
        const std::string name = a["dev"].get<std::string>();
        const auto id = runtime::dev_account(name);
        if (!id.has_value()) return unexpected(where + ": unknown dev account '" + name + "'");
        acc.id = *id;
        acc.dev = name;
      } else if (a.contains("label") && a["label"].is_string()) {
        acc.id = AccountId(crypto::blake2_256(as_bytes(a["label"].get<std::string>())));
      } else if (a.contains("id") && a["id"].is_string()) {
        const auto id = AccountId::from_hex(a["id"].get<std::string>());
        if (!id.has_value()) return unexpected(where + ": id is not 32 bytes of 0x hex");
        acc.id = *id;
      } else {
        return unexpected(where + ": expected one of {\"dev\"}, {\"label\"}, {\"id\"}");
      }
      accounts_.emplace(it.key(), acc);
    }
    return Ok{};
  }

  std::optional<AccountId> resolve(std::string_view name) const {
    const auto it = accounts_.find(std::string(name));
    if (it != accounts_.end()) return it->second.id;
    if (name.size() == 66 && name.substr(0, 2) == "0x") return AccountId::from_hex(name);
    return std::nullopt;
  }

  Result<void, std::string> parse_genesis(const Json& g) {
    if (!g.is_object()) return unexpected(std::string("genesis: expected an object"));
    SUBEMU_TRY(only_keys(g, {"balances"}, "genesis"));
    if (!g.contains("balances")) return Ok{};
    if (!g["balances"].is_object()) {
      return unexpected(std::string("genesis.balances: expected an object"));
    }
    auto& balances = plan_.genesis.balances;
    for (auto it = g["balances"].begin(); it != g["balances"].end(); ++it) {
      const std::string where = "genesis.balances." + it.key();
      const auto who = resolve(it.key());
      if (!who.has_value()) return unexpected(where + ": unknown account '" + it.key() + "'");
      SUBEMU_TRY_ASSIGN(const uint64_t amount, parse_u64(it.value(), where));
      // A named account's balance is replaced, not added to; zero means unfunded.
      std::erase_if(balances, [&](const auto& b) { return b.first == *who; });
      if (amount > 0) balances.emplace_back(*who, amount);
    }
    return Ok{};
  }

  Result<frame::Origin, std::string> parse_origin(const Json& o, const std::string& where) {
    if (!o.is_string()) return unexpected(where + ".origin: expected a name, \"root\" or \"none\"");
    const std::string s = o.get<std::string>();
    if (s == "root") return frame::Origin::root();
    if (s == "none") return frame::Origin::none();
    const auto who = resolve(s);
    if (!who.has_value()) return unexpected(where + ".origin: unknown account '" + s + "'");
    return frame::Origin::signed_by(*who);
  }

  Result<Step, std::string> parse_step(const Json& s, size_t i) {
    const std::string where = step_path(i);
    if (!s.is_object()) return unexpected(where + ": expected an object");
    if (s.contains("call")) {
      SUBEMU_TRY(only_keys(s, {"call", "origin", "args", "signed"}, where));
      return parse_call(s, where);
    }
    if (s.contains("mine")) {
      SUBEMU_TRY(only_keys(s, {"mine"}, where));
      if (!s["mine"].is_number_unsigned() || s["mine"].get<uint64_t>() > 1'000'000) {
        return unexpected(where + ".mine: expected a block count (0..1000000)");
      }
      return Step(MineStep{static_cast<uint32_t>(s["mine"].get<uint64_t>())});
    }
    if (s.contains("set_storage")) {
      SUBEMU_TRY(only_keys(s, {"set_storage"}, where));
      return parse_set_storage(s["set_storage"], where + ".set_storage");
    }
    return unexpected(where + ": expected \"call\", \"mine\" or \"set_storage\"");
  }

  Result<Step, std::string> parse_call(const Json& s, const std::string& where) {
    if (!s["call"].is_string()) return unexpected(where + ".call: expected \"Pallet.call\"");
    const std::string name = s["call"].get<std::string>();
    const size_t dot = name.find('.');
    if (dot == std::string::npos) return unexpected(where + ".call: expected \"Pallet.call\"");
    const auto& registry = runtime::runtime_registry();
    if (registry.call_by_name(name.substr(0, dot), name.substr(dot + 1)) == nullptr) {
      return unexpected(where + ".call: unknown call '" + name + "'");
    }
    if (!s.contains("origin")) return unexpected(where + ": missing origin");
    CallStep step;
    SUBEMU_TRY_ASSIGN(step.origin, parse_origin(s["origin"], where));
    if (s.contains("signed")) {
      if (!s["signed"].is_boolean()) return unexpected(where + ".signed: expected a boolean");
      step.signed_ = s["signed"].get<bool>();
    }
    if (step.signed_) {
      const auto it = accounts_.find(s["origin"].get<std::string>());
      if (it == accounts_.end() || !it->second.dev.has_value()) {
        return unexpected(where + ": a signed step needs a dev account as origin");
      }
      step.signer_dev = *it->second.dev;
    }
    const Json call_json = {{"pallet", name.substr(0, dot)},
                            {"call", name.substr(dot + 1)},
                            {"args", s.value("args", Json::object())}};
    json::FromJsonOptions opts;
    opts.registry = &registry;
    opts.accounts = [this](std::string_view n) { return resolve(n); };
    SUBEMU_TRY_ASSIGN(md::Value value,
                      json::from_json_at(*md::t_call(), call_json, opts, "$." + where));
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
    const md::ItemDesc* item = registry.item(s["item"].get<std::string>());
    if (item == nullptr) {
      return unexpected(where + ".item: unknown item '" + s["item"].get<std::string>() + "'");
    }
    if (!s.contains("value")) return unexpected(where + ": missing value");
    json::FromJsonOptions opts;
    opts.registry = &registry;
    opts.accounts = [this](std::string_view n) { return resolve(n); };
    std::vector<md::Value> keys;
    const Json key_json = s.value("key", Json::array());
    if (!key_json.is_array() || key_json.size() != item->keys.size()) {
      return unexpected(where + ".key: expected " + std::to_string(item->keys.size()) +
                        " key part(s)");
    }
    for (size_t k = 0; k < key_json.size(); ++k) {
      SUBEMU_TRY_ASSIGN(md::Value v, json::from_json_at(*item->keys[k], key_json[k], opts,
                                                        "$." + where + ".key[" +
                                                            std::to_string(k) + "]"));
      keys.push_back(std::move(v));
    }
    SUBEMU_TRY_ASSIGN(md::Value value,
                      json::from_json_at(*item->value, s["value"], opts, "$." + where + ".value"));
    auto key = md::encode_storage_key(*item, keys, &registry);
    if (!key.has_value()) return unexpected(where + ".key: " + key.error().message());
    auto bytes = md::encode_value_bytes(*item->value, value, &registry);
    if (!bytes.has_value()) return unexpected(where + ".value: " + bytes.error().message());
    return Step(SetStorageStep{std::move(*key), std::move(*bytes)});
  }

  Plan plan_;
  std::map<std::string, Account> accounts_;
};

// ---- execution ------------------------------------------------------------------------------

size_t event_count(const storage::Overlay& state) {
  const auto events = runtime::system::read_events(state, runtime::runtime_registry());
  return events.has_value() ? events->size() : 0;
}

Json events_json(const std::vector<runtime::system::EventRecordView>& events, size_t from,
                 bool hooks_only) {
  Json out = Json::array();
  for (size_t i = from; i < events.size(); ++i) {
    const auto& e = events[i];
    if (hooks_only && e.phase.kind == runtime::system::Phase::Kind::kApplyExtrinsic) continue;
    Bytes encoded{e.pallet};
    append(encoded, e.event);
    auto j = json::runtime_event_to_json(runtime::runtime_registry(), encoded);
    out.push_back(j.has_value() ? *j : Json{{"undecodable", to_hex(encoded)}});
  }
  return out;
}

Json events_since(const storage::Overlay& state, size_t from, bool hooks_only) {
  const auto events = runtime::system::read_events(state, runtime::runtime_registry());
  if (!events.has_value()) return Json::array();
  return events_json(*events, from, hooks_only);
}

Json error_json(const frame::DispatchError& e) {
  return json::dispatch_error_to_json(runtime::runtime_registry(), e);
}

Result<Json, std::string> run_call(runtime::chain::Chain& chain, const CallStep& step) {
  storage::Overlay& state = chain.pending_state();
  const size_t before = event_count(state);
  Json out;
  if (step.signed_) {
    const auto secret = runtime::dev_sr25519_secret(step.signer_dev);
    const auto signer = frame::extrinsic::Signer::sr25519(*secret);
    frame::extrinsic::ChainContext ctx;
    ctx.spec_version = chain.config().spec_version;
    ctx.transaction_version = chain.config().transaction_version;
    ctx.genesis_hash = chain.genesis_hash();
    ctx.current_block = chain.pending_number();
    frame::extrinsic::ExtraValues extra;
    extra.nonce = runtime::system::Account::get(state, signer.account_id()).nonce;
    extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
    auto xt = frame::extrinsic::build_signed(step.call, signer, extra,
                                             frame::extrinsic::kSubtensorV300, ctx);
    if (!xt.has_value()) return unexpected(frame::extrinsic::to_string(xt.error()));
    auto applied =
        chain.submit(frame::extrinsic::encode_extrinsic(*xt, frame::extrinsic::kSubtensorV300));
    if (!applied.has_value()) {
      out["ok"] = false;
      out["error"] = {{"pallet", nullptr}, {"name", "Invalid: " + applied.error().reason}};
      out["events"] = Json::array();
      return out;
    }
    out["ok"] = !applied->error.has_value();
    out["events"] = events_since(state, before, false);
    if (applied->error.has_value()) out["error"] = error_json(*applied->error);
    return out;
  }
  auto r = chain.dispatch(step.origin, step.call);
  if (!r.has_value()) return unexpected(r.error());
  out["ok"] = r->has_value();
  out["events"] = events_since(state, before, false);
  if (!r->has_value()) out["error"] = error_json(r->error().error);
  return out;
}

Result<Json, std::string> run_mine(runtime::chain::Chain& chain, const MineStep& step) {
  Json events = Json::array();
  size_t from = event_count(chain.pending_state());
  for (uint32_t b = 0; b < step.blocks; ++b) {
    auto sealed = chain.seal();
    if (!sealed.has_value()) return unexpected(sealed.error().to_string());
    // The sealed block's hook events (its finalization, and its initialization when the block
    // was opened by this step), read from its committed state.
    storage::Overlay committed(chain.store());
    for (auto& e : events_since(committed, from, true)) events.push_back(std::move(e));
    from = 0;
  }
  if (step.blocks > 0) {
    // The initialization of the block now open.
    for (auto& e : events_since(chain.pending_state(), 0, true)) events.push_back(std::move(e));
  }
  return Json{{"ok", true}, {"events", std::move(events)}};
}

}  // namespace

Result<Json, std::string> run(const Json& scenario, const RunOptions& options) {
  try {
    Planner planner;
    SUBEMU_TRY_ASSIGN(Plan plan, planner.plan(scenario));

    const auto& registry = runtime::runtime_registry();
    std::vector<const md::ItemDesc*> items;
    if (options.state_items.empty()) {
      items = json::scenario_dump_items(registry);
    } else {
      SUBEMU_TRY_ASSIGN(items, json::items_by_name(registry, options.state_items));
    }

    storage::MemoryStore store;
    auto opened = runtime::chain::Chain::open(store, plan.genesis);
    if (!opened.has_value()) return unexpected("genesis: " + opened.error().to_string());
    runtime::chain::Chain& chain = **opened;

    Json steps = Json::array();
    for (size_t i = 0; i < plan.steps.size(); ++i) {
      Result<Json, std::string> r = std::visit(
          [&](const auto& step) -> Result<Json, std::string> {
            using T = std::decay_t<decltype(step)>;
            if constexpr (std::is_same_v<T, CallStep>) {
              return run_call(chain, step);
            } else if constexpr (std::is_same_v<T, MineStep>) {
              return run_mine(chain, step);
            } else {
              chain.pending_state().put(step.key, step.value);
              return Json{{"ok", true}};
            }
          },
          plan.steps[i]);
      if (!r.has_value()) return unexpected(step_path(i) + ": " + r.error());
      steps.push_back(std::move(*r));
    }

    Json out;
    out["format"] = kResultFormat;
    out["block"] = chain.pending_number();
    out["steps"] = std::move(steps);
    auto dump = json::dump_state(registry, items, json::OverlayScanner(chain.pending_state()));
    if (!dump.has_value()) return unexpected("state: " + dump.error().to_string());
    out["state"] = std::move(dump->state);
    if (!dump->undecodable.empty()) out["undecodable"] = std::move(dump->undecodable);
    if (options.state_root) {
      std::vector<storage::TrieEntry> entries;
      chain.pending_state().scan(storage::ScanRange{}, [&](ByteView k, ByteView v) {
        entries.emplace_back(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
        return storage::Visit::kContinue;
      });
      out["state_root"] = to_hex(storage::trie_root(entries, storage::StateVersion::kV1));
    }
    return out;
  } catch (const std::exception& e) {
    return unexpected(std::string("scenario: ") + e.what());
  }
}

}  // namespace subemu::tools::scenario
