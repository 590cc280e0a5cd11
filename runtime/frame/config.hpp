// Runtime constants. Two configurations exist, as in SCENARIO.md: "runtime" (the constants of
// runtime/src/lib.rs at v3.0.0) and "test" (pallets/subtensor/src/tests/mock.rs). Pallets read
// their constants from here, never from literals, so a scenario can choose.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string_view>

#include "runtime/frame/dispatch.hpp"

namespace subemu::runtime::frame {

// pallet_subtensor's Config constants (pallets/subtensor/src/macros/config.rs, every
// #[pallet::constant]), in declaration order, named as the Rust associated types in snake case.
// Most seed the ValueQuery defaults of SubtensorModule's storage (`DefaultTempo<T>() ->
// T::InitialTempo::get()`, see pallets/subtensor/storage_defaults.hpp). The member initialisers
// are the runtime's values (runtime/src/lib.rs, built without `fast-blocks` and `pow-faucet`).
struct SubtensorConfig {
  uint64_t initial_issuance = 0;
  uint16_t initial_min_allowed_weights = 1024;
  uint16_t initial_emission_value = 0;
  uint16_t initial_max_weights_limit = 1000;
  uint16_t initial_tempo = 360;  // INITIAL_SUBNET_TEMPO (10 with fast-blocks)
  uint64_t initial_difficulty = 10'000'000;
  uint64_t initial_max_difficulty = UINT64_MAX / 4;
  uint64_t initial_min_difficulty = 10'000'000;
  uint64_t initial_rao_recycled_for_registration = 0;
  uint64_t initial_burn = 1'000'000'000;
  uint64_t initial_max_burn = 100'000'000'000;
  uint64_t initial_min_burn = 500'000;
  uint16_t initial_adjustment_interval = 100;
  uint64_t initial_bonds_moving_average = 900'000;
  uint16_t initial_bonds_penalty = UINT16_MAX;
  uint16_t initial_target_registrations_per_interval = 2;
  uint16_t initial_rho = 10;
  uint16_t initial_kappa = 32'767;
  uint16_t initial_max_allowed_uids = 4096;
  uint64_t initial_validator_prune_len = 1;
  uint16_t initial_scaling_law_power = 50;
  uint16_t initial_immunity_period = 4096;
  uint16_t initial_activity_cutoff = 5000;
  uint16_t initial_max_registrations_per_block = 1;
  uint16_t initial_pruning_score = UINT16_MAX;
  uint16_t initial_max_allowed_validators = 128;
  uint16_t initial_default_delegate_take = 11'796;  // 18%
  uint16_t initial_min_delegate_take = 0;
  uint16_t initial_default_child_key_take = 0;
  uint16_t initial_min_child_key_take = 0;
  uint16_t initial_max_child_key_take = 11'796;
  uint64_t initial_weights_version_key = 0;
  uint64_t initial_serving_rate_limit = 50;
  uint64_t initial_tx_rate_limit = 1000;
  uint64_t initial_tx_delegate_take_rate_limit = 216'000;
  uint64_t initial_tx_child_key_take_rate_limit = 216'000;  // 5 with fast-blocks
  uint64_t initial_senate_required_stake_percentage = 1;
  uint64_t initial_adjustment_alpha = 0;
  uint64_t initial_network_immunity_period = 7 * 7200;
  uint16_t initial_network_min_allowed_uids = 128;
  uint64_t initial_network_min_lock_cost = 1'000'000'000'000;  // 1000 TAO
  uint16_t initial_subnet_owner_cut = 11'796;
  uint64_t initial_network_lock_reduction_interval = 14 * 7200;
  uint64_t initial_network_rate_limit = 7200;
  uint64_t key_swap_cost = 100'000'000;  // 0.1 TAO
  uint16_t alpha_high = 58'982;
  uint16_t alpha_low = 45'875;
  bool liquid_alpha_on = false;
  uint32_t initial_coldkey_swap_schedule_duration = 5 * 24 * 60 * 60 / 12;  // BlockNumber
  uint32_t initial_dissolve_network_schedule_duration = 5 * 24 * 60 * 60 / 12;
  uint64_t initial_tao_weight = 971'718'665'099'567'868;
  uint64_t initial_ema_price_halving_period = 201'600;
  uint64_t duration_of_start_call = 7 * 24 * 60 * 60 / 12;  // 10 with fast-blocks
};

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

  // ---- pallet_subtensor (SubtensorModule) ----
  SubtensorConfig subtensor;
};

// The constants of the subtensor runtime at v3.0.0 (runtime/src/lib.rs).
const RuntimeConfig& runtime_config();
// The constants of the reference's unit-test mock (pallets/subtensor/src/tests/mock.rs).
const RuntimeConfig& test_config();

}  // namespace subemu::runtime::frame
