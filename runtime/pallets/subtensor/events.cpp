// The descriptor of SubtensorModule's Event enum (events.hpp). Variant names and the names of the
// struct variants' fields are written here; every field type comes from the event struct.
#include "runtime/pallets/subtensor/events.hpp"

#include <string>
#include <type_traits>
#include <utility>

#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu::runtime::subtensor {

namespace {

template <class... Ts>
std::vector<metadata::TypeRef> field_types(std::type_identity<std::tuple<Ts...>> /*tag*/) {
  return {metadata::TypeOf<std::remove_cvref_t<Ts>>::get()...};
}

// The variant of event struct E: unnamed fields (a Rust tuple variant) unless `names` are given
// (a struct variant), one per field.
template <class E>
metadata::Variant variant_of(std::string name, std::vector<std::string> names = {}) {
  using Tied = decltype(std::declval<const E&>().fields());
  const std::vector<metadata::TypeRef> types = field_types(std::type_identity<Tied>{});
  SUBEMU_CHECK(names.empty() || names.size() == types.size());
  metadata::Variant v;
  v.name = std::move(name);
  v.index = E::kIndex;
  for (size_t i = 0; i < types.size(); ++i) {
    v.fields.push_back(metadata::Field{names.empty() ? std::string() : names[i], types[i]});
  }
  return v;
}

}  // namespace

std::vector<metadata::Variant> event_variants() {
  using namespace event;  // NOLINT(google-build-using-namespace)
  return {
      variant_of<NetworkAdded>("NetworkAdded"),
      variant_of<NetworkRemoved>("NetworkRemoved"),
      variant_of<StakeAdded>("StakeAdded"),
      variant_of<StakeRemoved>("StakeRemoved"),
      variant_of<StakeMoved>("StakeMoved"),
      variant_of<WeightsSet>("WeightsSet"),
      variant_of<NeuronRegistered>("NeuronRegistered"),
      variant_of<BulkNeuronsRegistered>("BulkNeuronsRegistered"),
      variant_of<BulkBalancesSet>("BulkBalancesSet"),
      variant_of<MaxAllowedUidsSet>("MaxAllowedUidsSet"),
      variant_of<MaxWeightLimitSet>("MaxWeightLimitSet"),
      variant_of<DifficultySet>("DifficultySet"),
      variant_of<AdjustmentIntervalSet>("AdjustmentIntervalSet"),
      variant_of<RegistrationPerIntervalSet>("RegistrationPerIntervalSet"),
      variant_of<MaxRegistrationsPerBlockSet>("MaxRegistrationsPerBlockSet"),
      variant_of<ActivityCutoffSet>("ActivityCutoffSet"),
      variant_of<RhoSet>("RhoSet"),
      variant_of<KappaSet>("KappaSet"),
      variant_of<MinAllowedWeightSet>("MinAllowedWeightSet"),
      variant_of<ValidatorPruneLenSet>("ValidatorPruneLenSet"),
      variant_of<ScalingLawPowerSet>("ScalingLawPowerSet"),
      variant_of<WeightsSetRateLimitSet>("WeightsSetRateLimitSet"),
      variant_of<ImmunityPeriodSet>("ImmunityPeriodSet"),
      variant_of<BondsMovingAverageSet>("BondsMovingAverageSet"),
      variant_of<BondsPenaltySet>("BondsPenaltySet"),
      variant_of<MaxAllowedValidatorsSet>("MaxAllowedValidatorsSet"),
      variant_of<AxonServed>("AxonServed"),
      variant_of<PrometheusServed>("PrometheusServed"),
      variant_of<DelegateAdded>("DelegateAdded"),
      variant_of<DefaultTakeSet>("DefaultTakeSet"),
      variant_of<WeightsVersionKeySet>("WeightsVersionKeySet"),
      variant_of<MinDifficultySet>("MinDifficultySet"),
      variant_of<MaxDifficultySet>("MaxDifficultySet"),
      variant_of<ServingRateLimitSet>("ServingRateLimitSet"),
      variant_of<BurnSet>("BurnSet"),
      variant_of<MaxBurnSet>("MaxBurnSet"),
      variant_of<MinBurnSet>("MinBurnSet"),
      variant_of<TxRateLimitSet>("TxRateLimitSet"),
      variant_of<TxDelegateTakeRateLimitSet>("TxDelegateTakeRateLimitSet"),
      variant_of<TxChildKeyTakeRateLimitSet>("TxChildKeyTakeRateLimitSet"),
      variant_of<MinChildKeyTakeSet>("MinChildKeyTakeSet"),
      variant_of<MaxChildKeyTakeSet>("MaxChildKeyTakeSet"),
      variant_of<ChildKeyTakeSet>("ChildKeyTakeSet"),
      variant_of<Sudid>("Sudid"),
      variant_of<RegistrationAllowed>("RegistrationAllowed"),
      variant_of<PowRegistrationAllowed>("PowRegistrationAllowed"),
      variant_of<TempoSet>("TempoSet"),
      variant_of<RAORecycledForRegistrationSet>("RAORecycledForRegistrationSet"),
      variant_of<StakeThresholdSet>("StakeThresholdSet"),
      variant_of<SenateRequiredStakePercentSet>("SenateRequiredStakePercentSet"),
      variant_of<AdjustmentAlphaSet>("AdjustmentAlphaSet"),
      variant_of<Faucet>("Faucet"),
      variant_of<SubnetOwnerCutSet>("SubnetOwnerCutSet"),
      variant_of<NetworkRateLimitSet>("NetworkRateLimitSet"),
      variant_of<NetworkImmunityPeriodSet>("NetworkImmunityPeriodSet"),
      variant_of<NetworkMinLockCostSet>("NetworkMinLockCostSet"),
      variant_of<NetworkLockCostReductionIntervalSet>("NetworkLockCostReductionIntervalSet"),
      variant_of<TakeDecreased>("TakeDecreased"),
      variant_of<TakeIncreased>("TakeIncreased"),
      variant_of<HotkeySwapped>("HotkeySwapped", {"coldkey", "old_hotkey", "new_hotkey"}),
      variant_of<MaxDelegateTakeSet>("MaxDelegateTakeSet"),
      variant_of<MinDelegateTakeSet>("MinDelegateTakeSet"),
      variant_of<SenateAdjusted>("SenateAdjusted", {"old_member", "new_member"}),
      variant_of<ColdkeySwapped>("ColdkeySwapped", {"old_coldkey", "new_coldkey", "swap_cost"}),
      variant_of<AllBalanceUnstakedAndTransferredToNewColdkey>(
          "AllBalanceUnstakedAndTransferredToNewColdkey",
          {"current_coldkey", "new_coldkey", "total_balance"}),
      variant_of<ColdkeySwapScheduled>(
          "ColdkeySwapScheduled", {"old_coldkey", "new_coldkey", "execution_block", "swap_cost"}),
      variant_of<ArbitrationPeriodExtended>("ArbitrationPeriodExtended", {"coldkey"}),
      variant_of<SetChildrenScheduled>("SetChildrenScheduled"),
      variant_of<SetChildren>("SetChildren"),
      variant_of<ChainIdentitySet>("ChainIdentitySet"),
      variant_of<SubnetIdentitySet>("SubnetIdentitySet"),
      variant_of<SubnetIdentityRemoved>("SubnetIdentityRemoved"),
      variant_of<DissolveNetworkScheduled>("DissolveNetworkScheduled",
                                           {"account", "netuid", "execution_block"}),
      variant_of<ColdkeySwapScheduleDurationSet>("ColdkeySwapScheduleDurationSet"),
      variant_of<DissolveNetworkScheduleDurationSet>("DissolveNetworkScheduleDurationSet"),
      variant_of<CRV3WeightsCommitted>("CRV3WeightsCommitted"),
      variant_of<WeightsCommitted>("WeightsCommitted"),
      variant_of<WeightsRevealed>("WeightsRevealed"),
      variant_of<WeightsBatchRevealed>("WeightsBatchRevealed"),
      variant_of<BatchWeightsCompleted>("BatchWeightsCompleted"),
      variant_of<BatchCompletedWithErrors>("BatchCompletedWithErrors"),
      variant_of<BatchWeightItemFailed>("BatchWeightItemFailed"),
      variant_of<StakeTransferred>("StakeTransferred"),
      variant_of<StakeSwapped>("StakeSwapped"),
      variant_of<TransferToggle>("TransferToggle"),
      variant_of<SubnetOwnerHotkeySet>("SubnetOwnerHotkeySet"),
      variant_of<FirstEmissionBlockNumberSet>("FirstEmissionBlockNumberSet"),
      variant_of<AlphaRecycled>("AlphaRecycled"),
      variant_of<AlphaBurned>("AlphaBurned"),
      variant_of<EvmKeyAssociated>("EvmKeyAssociated",
                                   {"netuid", "hotkey", "evm_key", "block_associated"}),
      variant_of<CRV3WeightsRevealed>("CRV3WeightsRevealed"),
      variant_of<CommitRevealPeriodsSet>("CommitRevealPeriodsSet"),
      variant_of<CommitRevealEnabled>("CommitRevealEnabled"),
  };
}

}  // namespace subemu::runtime::subtensor
