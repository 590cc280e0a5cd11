// Shared helpers for the extrinsic tests: the constants of shared/vectors/extrinsics.json as a
// ChainContext, its signed cases, and the extension set of its UPSTREAM case.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "runtime/frame/extrinsic/chain_context.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::frame::extrinsic::testing {

inline const nlohmann::json& extrinsics_doc() {
  static const nlohmann::json doc = testutil::load_vectors("extrinsics.json");
  return doc;
}

inline std::vector<nlohmann::json> cases_of_kind(const std::string& kind) {
  std::vector<nlohmann::json> out;
  for (const auto& c : extrinsics_doc()["cases"]) {
    if (c["kind"] == kind) out.push_back(c);
  }
  return out;
}

inline Hash256 hash_hex(const std::string& text) { return Hash256(testutil::hex_array<32>(text)); }

inline std::string str(const nlohmann::json& j) { return j.get<std::string>(); }

// The file's synthetic chain: genesis hash, spec 300, tx 1, block 100's hash known; the runtime
// is at block `current`.
inline ChainContext vector_context(BlockNumber current = 100) {
  const auto& k = extrinsics_doc()["constants"];
  ChainContext ctx;
  ctx.spec_version = k["spec_version"].get<uint32_t>();
  ctx.transaction_version = k["transaction_version"].get<uint32_t>();
  ctx.genesis_hash = hash_hex(str(k["genesis_hash"]));
  ctx.current_block = current;
  const Hash256 h100 = hash_hex(str(k["birth_block_100_hash"]));
  ctx.block_hash = [h100](BlockNumber n) -> std::optional<Hash256> {
    if (n == 100) return h100;
    return std::nullopt;
  };
  return ctx;
}

// The UPSTREAM case's TxExtension list (current opentensor/subtensor), by data layout.
inline constexpr Extension kUpstreamExtensions[] = {
    {"CheckNonZeroSender", ExtensionKind::kEmpty},
    {"CheckSpecVersion", ExtensionKind::kSpecVersion},
    {"CheckTxVersion", ExtensionKind::kTxVersion},
    {"CheckGenesis", ExtensionKind::kGenesis},
    {"CheckMortality", ExtensionKind::kMortality},
    {"CheckNonce", ExtensionKind::kNonce},
    {"CheckWeight", ExtensionKind::kEmpty},
    {"ChargeTransactionPaymentWrapper", ExtensionKind::kTip},
    {"SudoTransactionExtension", ExtensionKind::kEmpty},
    {"CheckShieldedTxValidity", ExtensionKind::kEmpty},
    {"SubtensorTransactionExtension", ExtensionKind::kEmpty},
    {"DrandPriority", ExtensionKind::kEmpty},
    {"CheckMetadataHash", ExtensionKind::kMetadataHash},
};
inline constexpr ExtensionSet kUpstreamSet{"upstream-head", kUpstreamExtensions};

inline bool is_upstream_case(const nlohmann::json& c) {
  return str(c["name"]).rfind("UPSTREAM", 0) == 0;
}

// The extension set a signed case was made with.
inline const ExtensionSet& set_of(const nlohmann::json& c) {
  return is_upstream_case(c) ? kUpstreamSet : kClassicEight;
}

// Wraps a body in its Compact length prefix (a SCALE Vec<u8>).
inline Bytes wrap(const Bytes& body) { return scale::encode(body); }

}  // namespace subemu::runtime::frame::extrinsic::testing
