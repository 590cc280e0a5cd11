// `subtensor-emu decode extrinsic|header|events HEX`: SCALE bytes to JSON, for people debugging
// wallets and tooling. Calls and events are decoded through the runtime's pallet registry.
//   extrinsic  a v4 extrinsic (with its length prefix) under the runtime's signed extensions
//              (--extensions classic8 for the 8-extension set of a FRAME node template):
//              {"hash", "length", "version", "signed", and for a signed one "signer" {"id",
//              "ss58"}, "signature" {"scheme", "hex"}, "era" ("Immortal" | {"Mortal": {"period",
//              "phase"}}), "nonce", "tip" (decimal string), "metadata_hash_mode"?; "call"}.
//              "call" is {"pallet", "call", "args"} by name. A call of a pallet or call index
//              the registry does not model (yet) is shown undecoded, {"pallet": 7, "call": 2,
//              "args": "0x…", "undecoded": "why"}: the extrinsic itself is well formed. A known
//              call whose arguments do not decode is an error.
//   header     a block header (digest logs as enums) plus its "hash"
//   events     the value of System.Events (Vec<EventRecord>): [{"phase", "event", "topics"}]
// Exit codes: 0 decoded (JSON on stdout), 1 the bytes do not decode, 2 bad usage or not hex.
// On failure nothing is printed on stdout and stderr says why ("decode: header: truncated
// input").
#include <cstdio>
#include <string>

#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/frame/header.hpp"
#include "runtime/frame/metadata/scale_value.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/crypto/ss58.hpp"
#include "runtime/runtime.hpp"
#include "tools/json/runtime_json.hpp"
#include "tools/json/value_json.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {
namespace {

namespace md = runtime::metadata;
namespace xt = runtime::frame::extrinsic;
using json::Json;

void usage() {
  std::fputs(
      "usage: subtensor-emu decode extrinsic HEX [--extensions v300|classic8]\n"
      "       subtensor-emu decode header HEX\n"
      "       subtensor-emu decode events HEX\n",
      stderr);
}

int fail(const std::string& what) {
  std::fprintf(stderr, "decode: %s\n", what.c_str());
  return 1;
}

void print(const Json& j) {
  const std::string text = j.dump(2);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fputc('\n', stdout);
}

Result<Json, std::string> call_json(ByteView call) {
  const auto& registry = runtime::runtime_registry();
  if (call.size() < 2) return unexpected(std::string("call: truncated (no call index)"));
  const md::PalletDesc* pallet = registry.pallet_by_index(call[0]);
  if (pallet == nullptr || registry.call(call[0], call[1]) == nullptr) {
    const std::string why = pallet == nullptr
                                ? "no modelled pallet has index " + std::to_string(call[0])
                                : pallet->name + " has no call " + std::to_string(call[1]);
    return Json{{"pallet", call[0]},
                {"call", call[1]},
                {"args", to_hex(call.subspan(2))},
                {"undecoded", why}};
  }
  auto value = md::decode_value_all(*md::t_call(), call, &registry);
  if (!value.has_value()) return unexpected("call: " + value.error().message());
  return json::to_json(*md::t_call(), *value, &registry);
}

Json era_json(const xt::Era& era) {
  if (era.is_immortal()) return Json("Immortal");
  return Json{{"Mortal", {{"period", era.period()}, {"phase", era.phase()}}}};
}

int print_extrinsic(ByteView bytes, const xt::ExtensionSet& set) {
  auto decoded = xt::decode_extrinsic(bytes, set);
  if (!decoded.has_value()) {
    return fail("extrinsic: " + std::string(xt::to_string(decoded.error())));
  }
  auto call = call_json(decoded->call);
  if (!call.has_value()) return fail("extrinsic: " + call.error());
  Json out;
  out["hash"] = xt::extrinsic_hash(bytes).to_hex();
  out["length"] = bytes.size();
  out["version"] = 4;
  out["signed"] = decoded->is_signed();
  if (const auto& s = decoded->signature; s.has_value()) {
    Json signer;
    if (const auto id = xt::lookup_account(s->address); id.has_value()) {
      signer["id"] = id->to_hex();
      if (auto ss58 = crypto::ss58_encode(*id, 42); ss58.has_value()) signer["ss58"] = *ss58;
    } else {
      signer["address"] = "not an account id (only MultiAddress::Id resolves)";
    }
    out["signer"] = signer;
    static constexpr const char* kSchemes[] = {"ed25519", "sr25519", "ecdsa"};
    out["signature"] = {{"scheme", kSchemes[static_cast<int>(s->signature.scheme)]},
                        {"hex", to_hex(s->signature.view())}};
    out["era"] = era_json(s->extra.era);
    out["nonce"] = s->extra.nonce;
    out["tip"] = std::to_string(s->extra.tip.to_u64());
    if (s->extra.metadata_hash_mode.has_value()) {
      out["metadata_hash_mode"] =
          *s->extra.metadata_hash_mode == xt::MetadataHashMode::kEnabled ? "Enabled" : "Disabled";
    }
  }
  out["call"] = std::move(*call);
  print(out);
  return 0;
}

int decode_header(ByteView bytes) {
  auto header = scale::decode<runtime::frame::Header>(bytes);
  if (!header.has_value()) {
    return fail(std::string("header: ") + std::string(scale::to_string(header.error())));
  }
  auto value = md::decode_value_all(*runtime::frame::Header::type_desc(), bytes, nullptr);
  if (!value.has_value()) return fail("header: " + value.error().message());
  Json out = json::to_json(*runtime::frame::Header::type_desc(), *value, nullptr);
  out["hash"] = header->hash().to_hex();
  print(out);
  return 0;
}

int decode_events(ByteView bytes) {
  const auto& registry = runtime::runtime_registry();
  scale::Decoder d(bytes);
  scale::Compact<uint32_t> count{};
  if (!scale::decode_from(d, count)) return fail("events: bad length prefix");
  Json out = Json::array();
  for (uint32_t i = 0; i < count.value; ++i) {
    const std::string where = "events[" + std::to_string(i) + "]";
    runtime::system::Phase phase;
    if (!scale::decode_from(d, phase)) return fail(where + ": bad phase");
    const size_t start = d.offset();
    auto event = md::decode_value(*registry.runtime_event(), d, &registry);
    if (!event.has_value()) return fail(where + ": " + event.error().message());
    auto event_json =
        json::runtime_event_to_json(registry, bytes.subspan(start, d.offset() - start));
    if (!event_json.has_value()) return fail(where + ": " + event_json.error());
    std::vector<Hash256> topics;
    if (!scale::decode_from(d, topics)) return fail(where + ": bad topics");
    Json record;
    record["phase"] =
        phase.kind == runtime::system::Phase::Kind::kApplyExtrinsic
            ? Json{{"ApplyExtrinsic", phase.extrinsic_index}}
            : Json(phase.kind == runtime::system::Phase::Kind::kFinalization ? "Finalization"
                                                                             : "Initialization");
    record["event"] = *event_json;
    Json t = Json::array();
    for (const Hash256& h : topics) t.push_back(h.to_hex());
    record["topics"] = t;
    out.push_back(record);
  }
  if (d.remaining() != 0) return fail("events: trailing bytes");
  print(out);
  return 0;
}

}  // namespace

int run_decode(const std::vector<std::string_view>& args) {
  if (args.size() < 2) {
    usage();
    return 2;
  }
  const auto bytes = from_hex(args[1]);
  if (!bytes.has_value()) {
    std::fprintf(stderr, "decode: not hex: %.*s\n", static_cast<int>(args[1].size()),
                 args[1].data());
    return 2;
  }
  if (args[0] == "extrinsic") {
    const xt::ExtensionSet* set = &xt::kSubtensorV300;
    if (args.size() == 4 && args[2] == "--extensions") {
      if (args[3] == "classic8") {
        set = &xt::kClassicEight;
      } else if (args[3] != "v300") {
        usage();
        return 2;
      }
    } else if (args.size() != 2) {
      usage();
      return 2;
    }
    return print_extrinsic(*bytes, *set);
  }
  if (args.size() != 2) {
    usage();
    return 2;
  }
  if (args[0] == "header") return decode_header(*bytes);
  if (args[0] == "events") return decode_events(*bytes);
  usage();
  return 2;
}

}  // namespace subemu::tools
