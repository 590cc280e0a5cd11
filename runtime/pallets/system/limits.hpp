// Block resource limits (frame_system limits.rs at polkadot-stable2409) as the runtime configures
// them, for CheckWeight, the fee computation and transaction priority:
//
//   BlockWeights::with_sensible_defaults(expected = config.maximum_block_weight,
//                                        normal_ratio = config.normal_dispatch_ratio_percent):
//     base_block      BlockExecutionWeight = 5_000_000_000 ref time (5 ms), 0 proof
//     base_extrinsic  ExtrinsicBaseWeight  =   125_000_000 ref time (125 µs), 0 proof (all classes)
//     normal          max_total = ratio * expected, reserved = 0
//     operational     max_total = expected, reserved = expected - ratio * expected
//     mandatory       max_total = reserved = None (unlimited)
//     max_block       = the largest max_total = expected
//     max_extrinsic   = max_total - 10% * max_block - base_extrinsic (avg_block_initialization
//                       DEFAULT_INITIALIZATION_RATIO); None for mandatory
//   BlockLength::max_with_normal_ratio(config.maximum_block_length, ratio):
//     normal = ratio * max, operational = mandatory = max.
// Perbill * u64 rounds to nearest, ties down (sp-arithmetic overflow_prune_mul, NearestPrefDown),
// component-wise on weights.
// For the runtime: normal max_total (3e12, 13835058055282163711), max_extrinsic normal
// (2_599_875_000_000, 11990383647911208550), operational (3_599_875_000_000,
// 16602069666338596454); block length normal 7_864_320, others 10_485_760.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch.hpp"
#include "runtime/pallets/system/types.hpp"

namespace subemu::runtime::system {

// frame_support::weights::constants.
inline constexpr frame::Weight kExtrinsicBaseWeight = frame::Weight::from_parts(125'000'000, 0);
inline constexpr frame::Weight kBlockExecutionWeight = frame::Weight::from_parts(5'000'000'000, 0);
inline constexpr uint32_t kPerbillAccuracy = 1'000'000'000;

// sp-arithmetic `Perbill::from_parts(parts) * x` (parts <= 1e9).
uint64_t perbill_mul(uint32_t parts, uint64_t x);
frame::Weight perbill_mul(uint32_t parts, const frame::Weight& w);
// `Perbill::from_rational(p, q)` (Rounding::Down; 1 when q == 0 or p > q).
uint32_t perbill_from_rational(uint64_t p, uint64_t q);

struct WeightsPerClass {
  frame::Weight base_extrinsic;
  std::optional<frame::Weight> max_extrinsic;
  std::optional<frame::Weight> max_total;
  std::optional<frame::Weight> reserved;
  friend bool operator==(const WeightsPerClass&, const WeightsPerClass&) = default;
};

struct BlockWeights {
  frame::Weight base_block;
  frame::Weight max_block;
  PerDispatchClass<WeightsPerClass> per_class;
  const WeightsPerClass& get(frame::DispatchClass c) const { return per_class.get(c); }
};

struct BlockLength {
  PerDispatchClass<uint32_t> max;
};

// The configuration's limits (cheap: a few multiplications per call).
BlockWeights block_weights(const frame::RuntimeConfig& config);
BlockLength block_length(const frame::RuntimeConfig& config);

// The computations themselves (pure).
BlockWeights with_sensible_defaults(const frame::Weight& expected, uint32_t normal_ratio_percent);
BlockLength max_with_normal_ratio(uint32_t max, uint32_t normal_ratio_percent);

}  // namespace subemu::runtime::system
