// The two configurations of RuntimeConfig (config.hpp).
//
// "runtime": runtime/src/lib.rs at subtensor v3.0.0 — BlockHashCount 2400, MAXIMUM_BLOCK_WEIGHT
//   4 s (4e12 ref time, u64::MAX proof), NORMAL_DISPATCH_RATIO 75%, BlockLength 10 MiB,
//   EXISTENTIAL_DEPOSIT 500, MaxLocks/MaxReserves/MaxFreezes 50, MinimumPeriod SLOT_DURATION / 2 =
//   6000 ms, OperationalFeeMultiplier 5, LinearWeightToFee Perbill::from_parts(500_000).
// "test": pallets/subtensor/src/tests/mock.rs — BlockHashCount 250, BlockWeights with sensible
//   defaults over 2e12 ref time, BlockLength () = frame_system's default (5 MiB, 75% normal),
//   ExistentialDeposit 1, MaxLocks/MaxReserves/MaxFreezes () = 0. The mock has no Timestamp,
//   TransactionPayment or Sudo pallet; their constants keep the runtime's values. The mock's
//   Version is () (spec_version 0); we keep the runtime's version so extrinsics can be signed.
//   pallet_subtensor: the mock's parameter_types! (see make_test_config). The mock's BlockNumber
//   is u64; the schedule durations keep the runtime's u32 (same value, 36_000).
#include "runtime/frame/config.hpp"

namespace subemu::runtime::frame {

namespace {

RuntimeConfig make_runtime_config() {
  RuntimeConfig c;
  c.name = "runtime";
  return c;
}

RuntimeConfig make_test_config() {
  RuntimeConfig c;
  c.name = "test";
  c.block_hash_count = 250;
  c.maximum_block_weight = Weight::from_parts(2'000'000'000'000, UINT64_MAX);
  c.maximum_block_length = 5 * 1024 * 1024;
  c.existential_deposit = 1;
  c.max_locks = 0;
  c.max_reserves = 0;
  c.max_freezes = 0;
  // pallet_subtensor (mock.rs parameter_types!); the constants not listed equal the runtime's.
  SubtensorConfig& s = c.subtensor;
  s.initial_min_allowed_weights = 0;
  s.initial_max_weights_limit = UINT16_MAX;
  s.initial_rho = 30;
  s.initial_immunity_period = 2;
  s.initial_max_allowed_uids = 2;
  s.initial_min_delegate_take = 5'898;  // 9%
  s.initial_serving_rate_limit = 0;
  s.initial_tx_rate_limit = 0;
  s.initial_tx_delegate_take_rate_limit = 1;
  s.initial_tx_child_key_take_rate_limit = 1;
  s.initial_burn = 0;
  s.initial_max_burn = 1'000'000'000;
  s.initial_validator_prune_len = 0;
  s.initial_max_allowed_validators = 100;
  s.initial_difficulty = 10'000;
  s.initial_max_registrations_per_block = 3;
  s.initial_min_difficulty = 1;
  s.initial_max_difficulty = UINT64_MAX;
  s.initial_senate_required_stake_percentage = 2;
  s.initial_network_min_lock_cost = 100'000'000'000;
  s.initial_subnet_owner_cut = 0;
  s.initial_network_lock_reduction_interval = 2;
  s.initial_network_rate_limit = 0;
  s.key_swap_cost = 1'000'000'000;
  s.initial_tao_weight = 0;
  return c;
}

}  // namespace

const RuntimeConfig& runtime_config() {
  static const RuntimeConfig c = make_runtime_config();
  return c;
}

const RuntimeConfig& test_config() {
  static const RuntimeConfig c = make_test_config();
  return c;
}

}  // namespace subemu::runtime::frame
