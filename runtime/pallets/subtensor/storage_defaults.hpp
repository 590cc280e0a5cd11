// The #[pallet::type_value]s of SubtensorModule (pallets/subtensor/src/lib.rs at v3.0.0) that give
// a storage item a default other than zero / false / empty / the zero account (those items use
// ValueQuery<>). Each keeps its upstream name.
//
//   * from the pallet Config (T::Initial*::get()): providers for storage::ValueQueryConfig, whose
//     value(config) reads frame::SubtensorConfig (the "runtime" and "test" configurations differ);
//   * hard-coded upstream: providers for storage::ValueQueryFn (value()).
//
// Feature flags: the runtime is built without `fast-blocks` and `pow-faucet`, so
// DefaultNetworkRateLimit is InitialNetworkRateLimit (0 with pow-faucet upstream).
// Type values that no storage item uses (TotalSupply, DefaultChildKeyTake, DefaultMinStake,
// DefaultStakingFee, DefaultPendingCooldown, DefaultMinimumPoolLiquidity, DefaultAccountTake,
// DefaultAllowsDelegation, ...) belong with the code that reads them and are not here.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {

// Declares a provider `Name` whose value(config) is config.subtensor.<member>.
#define SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(Name, member)                              \
  struct Name {                                                                     \
    static auto value(const frame::RuntimeConfig& c) { return c.subtensor.member; } \
  };

// ---- from the Config (ValueQueryConfig) ------------------------------------------------------
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultDelegateTake, initial_default_delegate_take)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMinDelegateTake, initial_min_delegate_take)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMinChildKeyTake, initial_min_child_key_take)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxChildKeyTake, initial_max_child_key_take)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTaoWeight, initial_tao_weight)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTotalIssuance, initial_issuance)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultEMAPriceMovingBlocks, initial_ema_price_halving_period)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultBurn, initial_burn)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMinBurn, initial_min_burn)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxBurn, initial_max_burn)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultDifficulty, initial_difficulty)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMinDifficulty, initial_min_difficulty)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxDifficulty, initial_max_difficulty)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxRegistrationsPerBlock,
                                 initial_max_registrations_per_block)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultRAORecycledForRegistration,
                                 initial_rao_recycled_for_registration)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultNetworkImmunityPeriod, initial_network_immunity_period)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultNetworkMinAllowedUids, initial_network_min_allowed_uids)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultNetworkMinLockCost, initial_network_min_lock_cost)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultNetworkLockReductionInterval,
                                 initial_network_lock_reduction_interval)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultSubnetOwnerCut, initial_subnet_owner_cut)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultNetworkRateLimit, initial_network_rate_limit)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTempo, initial_tempo)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultRho, initial_rho)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultKappa, initial_kappa)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxAllowedUids, initial_max_allowed_uids)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultImmunityPeriod, initial_immunity_period)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultActivityCutoff, initial_activity_cutoff)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxWeightsLimit, initial_max_weights_limit)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultWeightsVersionKey, initial_weights_version_key)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMinAllowedWeights, initial_min_allowed_weights)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultMaxAllowedValidators, initial_max_allowed_validators)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultAdjustmentInterval, initial_adjustment_interval)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultBondsMovingAverage, initial_bonds_moving_average)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultBondsPenalty, initial_bonds_penalty)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultValidatorPruneLen, initial_validator_prune_len)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultScalingLawPower, initial_scaling_law_power)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTargetRegistrationsPerInterval,
                                 initial_target_registrations_per_interval)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultAdjustmentAlpha, initial_adjustment_alpha)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTxRateLimit, initial_tx_rate_limit)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTxDelegateTakeRateLimit,
                                 initial_tx_delegate_take_rate_limit)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultTxChildKeyTakeRateLimit,
                                 initial_tx_child_key_take_rate_limit)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultServingRateLimit, initial_serving_rate_limit)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultSenateRequiredStakePercentage,
                                 initial_senate_required_stake_percentage)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultColdkeySwapScheduleDuration,
                                 initial_coldkey_swap_schedule_duration)
SUBEMU_SUBTENSOR_CONFIG_DEFAULT_(DefaultDissolveNetworkScheduleDuration,
                                 initial_dissolve_network_schedule_duration)

#undef SUBEMU_SUBTENSOR_CONFIG_DEFAULT_

// ---- hard-coded upstream (ValueQueryFn) -------------------------------------------------------

struct DefaultTrue {
  static bool value() { return true; }
};
struct DefaultBlockEmission {
  static uint64_t value() { return 1'000'000'000; }
};
struct DefaultWeightsVersionKeyRateLimit {
  static uint64_t value() { return 5; }  // in tempos
};
struct DefaultWeightsSetRateLimit {
  static uint64_t value() { return 100; }
};
struct DefaultRevealPeriodEpochs {
  static uint64_t value() { return 1; }
};
struct DefaultMinActivityCutoff {
  static uint16_t value() { return 360; }
};
// (alpha_low, alpha_high) = (0.7, 0.9) of u16::MAX; hard-coded, not Config::AlphaLow/AlphaHigh.
struct DefaultAlphaValues {
  static std::pair<uint16_t, uint16_t> value() { return {45'875, 58'982}; }
};
// "𝜏" (U+1D70F) in UTF-8.
struct DefaultUnicodeVecU8 {
  static std::vector<uint8_t> value() { return {0xF0, 0x9D, 0x9C, 0x8F}; }
};
// I96F32::saturating_from_num(0.000003): the f64 rounds to the nearest 2^-32, 12884.90 -> 12885.
struct DefaultMovingAlpha {
  static I96F32 value() { return I96F32::from_bits(12'885); }
};

}  // namespace subemu::runtime::subtensor
