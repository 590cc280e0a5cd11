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
