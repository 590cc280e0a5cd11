// Execution of a scenario plan (plan.hpp) on a fresh in-memory chain, and the result document.
#include "tools/scenario/scenario.hpp"

#include <exception>
#include <type_traits>
#include <variant>

#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/trie_root.hpp"
#include "tools/json/runtime_json.hpp"
#include "tools/json/state_dump.hpp"
#include "tools/scenario/plan.hpp"

namespace subemu::tools::scenario {
namespace {

using json::Json;
namespace frame = runtime::frame;
namespace xt = runtime::frame::extrinsic;

constexpr std::string_view kResultFormat = "subemu-scenario-result/1";

// ---- execution ------------------------------------------------------------------------------

using runtime::system::EventRecordView;
using runtime::system::Phase;

std::vector<EventRecordView> read_events(const storage::Overlay& state) {
  auto events = runtime::system::read_events(state, runtime::runtime_registry());
  return events.has_value() ? std::move(*events) : std::vector<EventRecordView>{};
}

Json event_json(const EventRecordView& e) {
  Bytes encoded{e.pallet};
  append(encoded, e.event);
  auto j = json::runtime_event_to_json(runtime::runtime_registry(), encoded);
  return j.has_value() ? std::move(*j) : Json{{"undecodable", to_hex(encoded)}};
}

// The events recorded from index `from` on; with hooks_only, those of the Initialization and
// Finalization phases only (not the block's extrinsics, e.g. the timestamp inherent).
void append_events(Json& out, const std::vector<EventRecordView>& events, size_t from,
                   bool hooks_only) {
  for (size_t i = from; i < events.size(); ++i) {
    if (hooks_only && events[i].phase.kind == Phase::Kind::kApplyExtrinsic) continue;
    out.push_back(event_json(events[i]));
  }
}

// A signed step whose extrinsic is not included: TransactionValidityError as
// {"pallet": null, "name": "Invalid.Payment", "message": "..."} (Custom(n): "Invalid.Custom"
// with "code": n).
Json invalid_transaction_json(const runtime::executive::ApplyError& e) {
  Json out = Json::object();
  out["pallet"] = nullptr;
  if (e.kind == runtime::executive::ApplyError::Kind::kUndecodable) {
    out["name"] = "Undecodable";
  } else if (e.kind == runtime::executive::ApplyError::Kind::kStorage) {
    out["name"] = "StorageFailure";
  } else {
    const auto& v = e.validity;
    std::string name = v.is_invalid() ? "Invalid." : "Unknown.";
    name += v.is_invalid() ? xt::name(v.invalid_reason()) : xt::name(v.unknown_reason());
    out["name"] = std::move(name);
    const bool custom = v.is_invalid() ? v.is(xt::InvalidTransaction::kCustom)
                                       : v.is(xt::UnknownTransaction::kCustom);
    if (custom) out["code"] = v.custom_code();
  }
  out["message"] = e.reason;
  return out;
}

Result<Json, std::string> run_signed(runtime::chain::Chain& chain, const CallStep& step) {
  storage::Overlay& state = chain.pending_state();
  const size_t before = read_events(state).size();
  const auto secret = runtime::dev_sr25519_secret(*step.signer_dev);
  if (!secret.has_value()) return unexpected("no dev key '" + *step.signer_dev + "'");
  const auto signer = xt::Signer::sr25519(*secret);
  const xt::ChainContext ctx = chain.signing_context();
  xt::ExtraValues extra;  // immortal, no tip, metadata hash disabled
  extra.nonce = runtime::system::Account::get(state, signer.account_id()).nonce;
  extra.metadata_hash_mode = xt::MetadataHashMode::kDisabled;
  auto built = xt::build_signed(step.call, signer, extra, xt::kSubtensorV300, ctx);
  if (!built.has_value()) return unexpected(std::string(xt::to_string(built.error())));
  auto applied = chain.submit(xt::encode_extrinsic(*built, xt::kSubtensorV300));
  Json out = Json::object();
  if (!applied.has_value()) {
    out["ok"] = false;
    out["events"] = Json::array();
    out["error"] = invalid_transaction_json(applied.error());
    return out;
  }
  out["ok"] = !applied->error.has_value();
  Json events = Json::array();
  append_events(events, read_events(state), before, false);
  out["events"] = std::move(events);
  if (applied->error.has_value()) {
    out["error"] = json::dispatch_error_to_json(runtime::runtime_registry(), *applied->error);
  }
  return out;
}

Result<Json, std::string> run_call(runtime::chain::Chain& chain, const CallStep& step) {
  if (step.signer_dev.has_value()) return run_signed(chain, step);
  storage::Overlay& state = chain.pending_state();
  const size_t before = read_events(state).size();
  auto r = chain.dispatch(step.origin, step.call);
  if (!r.has_value()) return unexpected(r.error());
  Json out = Json::object();
  out["ok"] = r->has_value();
  Json events = Json::array();
  append_events(events, read_events(state), before, false);
  out["events"] = std::move(events);
  if (!r->has_value()) {
    out["error"] = json::dispatch_error_to_json(runtime::runtime_registry(), r->error().error);
  }
  return out;
}

// Seals the open block N times. Reported: the hook events of every block this step touched, in
// order — the open block's finalization, then for each block opened here its initialization and
// (but for the last one, still open) its finalization.
Result<Json, std::string> run_mine(runtime::chain::Chain& chain, const MineStep& step) {
  Json events = Json::array();
  size_t from = read_events(chain.pending_state()).size();
  for (uint32_t b = 0; b < step.blocks; ++b) {
    auto sealed = chain.seal();
    if (!sealed.has_value()) return unexpected(sealed.error().to_string());
    // The sealed block's events stay in its committed state until the next block resets them.
    const storage::Overlay committed(chain.store());
    append_events(events, read_events(committed), from, true);
    from = 0;
  }
  if (step.blocks > 0) append_events(events, read_events(chain.pending_state()), 0, true);
  return Json{{"ok", true}, {"events", std::move(events)}};
}

Result<Json, std::string> run_step(runtime::chain::Chain& chain, const Step& step) {
  return std::visit(
      [&](const auto& s) -> Result<Json, std::string> {
        using T = std::decay_t<decltype(s)>;
        if constexpr (std::is_same_v<T, CallStep>) {
          return run_call(chain, s);
        } else if constexpr (std::is_same_v<T, MineStep>) {
          return run_mine(chain, s);
        } else {
          chain.pending_state().put(s.key, s.value);
          return Json{{"ok", true}};
        }
      },
      step);
}

}  // namespace

Result<Json, std::string> run(const Json& scenario, const RunOptions& options) {
  try {
    SUBEMU_TRY_ASSIGN(Plan plan, make_plan(scenario));

    const auto& registry = runtime::runtime_registry();
    std::vector<const runtime::metadata::ItemDesc*> items;
    if (options.state_items.empty()) {
      items = json::scenario_dump_items(registry);
    } else {
      auto selected = json::items_by_name(registry, options.state_items);
      if (!selected.has_value()) return unexpected("--state: " + selected.error());
      items = std::move(*selected);
    }

    storage::MemoryStore store;
    auto opened = runtime::chain::Chain::open(store, plan.genesis);
    if (!opened.has_value()) return unexpected("genesis: " + opened.error().to_string());
    runtime::chain::Chain& chain = **opened;

    Json steps = Json::array();
    for (size_t i = 0; i < plan.steps.size(); ++i) {
      auto r = run_step(chain, plan.steps[i]);
      if (!r.has_value()) return unexpected(step_path(i) + ": " + r.error());
      steps.push_back(std::move(*r));
    }

    Json out = Json::object();
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
      if (!chain.pending_state().backend_error().ok()) {
        return unexpected("state: " + chain.pending_state().backend_error().to_string());
      }
      out["state_root"] = to_hex(storage::trie_root(entries, storage::StateVersion::kV1));
    }
    return out;
  } catch (const std::exception& e) {
    return unexpected(std::string("internal error: ") + e.what());
  }
}

}  // namespace subemu::tools::scenario
