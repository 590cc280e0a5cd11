// Runtime constants. Two configurations exist, as in SCENARIO.md: "runtime" (the constants of
// runtime/src/lib.rs at v3.0.0) and "test" (pallets/subtensor/src/tests/mock.rs). Pallets read
// their constants from here, never from literals, so a scenario can choose.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string_view>

#include "runtime/frame/dispatch.hpp"

namespace subemu::runtime::frame {

struct RuntimeConfig {
  std::string_view name;  // "runtime" | "test"

  // ---- frame_system ----
  uint32_t block_hash_count = 2400;  // BlockHashCount
  uint16_t ss58_prefix = 42;
  std::string_view spec_name = "node-subtensor";  // RuntimeVersion::spec_name
  uint32_t spec_version = 265;
  uint32_t transaction_version = 1;
  uint32_t max_consumers = 16;  // MaxConsumers = ConstU32<16> (runtime and mock)
  // BlockWeights::with_sensible_defaults(4 s, 75%) and BlockLength::max_with_normal_ratio(10 MiB,
  // 75%); the derived per-class limits are computed in pallets/system/limits.hpp.
  Weight maximum_block_weight = Weight::from_parts(4'000'000'000'000, UINT64_MAX);
  uint32_t normal_dispatch_ratio_percent = 75;
  uint32_t maximum_block_length = 10 * 1024 * 1024;

  // ---- pallet_balances ----
  uint64_t existential_deposit = 500;
  uint32_t max_locks = 50;
  uint32_t max_reserves = 50;
  uint32_t max_freezes = 50;

  // ---- pallet_timestamp / aura ----
  uint64_t minimum_period_ms = 6'000;  // SLOT_DURATION / 2
  uint64_t slot_duration_ms = 12'000;

  // ---- pallet_transaction_payment ----
  uint8_t operational_fee_multiplier = 5;
  // LinearWeightToFee: fee = weight.ref_time * kWeightToFeeFracParts / 1e9 (Perbill 500_000).
  uint32_t weight_to_fee_perbill = 500'000;
};

// The constants of the subtensor runtime at v3.0.0 (runtime/src/lib.rs).
const RuntimeConfig& runtime_config();
// The constants of the reference's unit-test mock (pallets/subtensor/src/tests/mock.rs).
const RuntimeConfig& test_config();

}  // namespace subemu::runtime::frame
