// SubtensorModule's storage items: all 151 #[pallet::storage] declarations of
// pallets/subtensor/src/lib.rs at v3.0.0, in declaration order (which is also their order in the
// metadata and in state dumps), grouped under upstream's section banners.
//
// Each item's name, hashers, key order and value encoding are on chain and must not change: the
// name is the Rust identifier (misspellings included: LastMechansimStepBlock), u16 netuids are
// NetUid, u16 uids are Uid, TAO amounts TaoBalance and alpha amounts AlphaBalance (all encode as
// upstream's u16 / u64). Defaults: ValueQuery<> is upstream's zero / false / empty / zero-account
// type value (DefaultZeroU64, DefaultAccount, EmptyU16Vec, ...); other defaults are the type values
// of storage_defaults.hpp, through
//   ValueQueryConfig<P>  defaults from the pallet Config (they differ between the "runtime" and
//                        "test" configurations): read them with a context, e.g.
//                        Tempo::get(env, netuid), Tempo::mutate(env, netuid, f)
//                        (storage/items.hpp, "Contexts"); writes take env.state as usual;
//   ValueQueryFn<P>      hard-coded upstream constants: Overlay API as for any item.
//
// Thread-safety: the items are stateless types; see storage/items.hpp.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/pallets/subtensor/storage_defaults.hpp"
#include "runtime/pallets/subtensor/types.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/fixed_scale.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::subtensor {

// The pallet's name in construct_runtime!: the first 16 bytes of every key are its twox128.
inline constexpr storage::FixedString kPrefix{"SubtensorModule"};

// The vocabulary of the declarations below.
using storage::Blake2_128Concat;
using storage::Identity;
using storage::NMapKeys;
using storage::OptionQuery;
using storage::Twox64Concat;
using storage::ValueQuery;
using storage::ValueQueryConfig;
using storage::ValueQueryFn;
// The item templates with the pallet prefix bound, read like upstream's declarations:
// `StorageMap<_, Identity, u16, u64, ValueQuery, DefaultZeroU64<T>>` is
// `StorageMap<"SubnetTAO", Identity<NetUid>, TaoBalance, ValueQuery<>>`.
template <storage::FixedString Item, class V, class Q>
using StorageValue = storage::StorageValue<kPrefix, Item, V, Q>;
template <storage::FixedString Item, class H, class V, class Q>
using StorageMap = storage::StorageMap<kPrefix, Item, H, V, Q>;
template <storage::FixedString Item, class H1, class H2, class V, class Q>
using StorageDoubleMap = storage::StorageDoubleMap<kPrefix, Item, H1, H2, V, Q>;
template <storage::FixedString Item, class Keys, class V, class Q>
using StorageNMap = storage::StorageNMap<kPrefix, Item, Keys, V, Q>;

// ---- (items declared before the first banner) ----------------------------------------------
// VALUE lower bound for sudo_set_activity_cutoff.                       DefaultMinActivityCutoff
using MinActivityCutoff =
    StorageValue<"MinActivityCutoff", uint16_t, ValueQueryFn<DefaultMinActivityCutoff>>;
// VALUE blocks between scheduling and executing a coldkey swap.
using ColdkeySwapScheduleDuration =
    StorageValue<"ColdkeySwapScheduleDuration", BlockNumber,
                 ValueQueryConfig<DefaultColdkeySwapScheduleDuration>>;
// VALUE blocks between scheduling and executing a network dissolution.
using DissolveNetworkScheduleDuration =
    StorageValue<"DissolveNetworkScheduleDuration", BlockNumber,
                 ValueQueryConfig<DefaultDissolveNetworkScheduleDuration>>;
// VALUE senate required stake percentage.
using SenateRequiredStakePercentage =
    StorageValue<"SenateRequiredStakePercentage", uint64_t,
                 ValueQueryConfig<DefaultSenateRequiredStakePercentage>>;

// ---- Staking Variables ----------------------------------------------------------------------
// VALUE global TAO weight (fraction of u64::MAX).
using TaoWeight = StorageValue<"TaoWeight", uint64_t, ValueQueryConfig<DefaultTaoWeight>>;
// VALUE maximum (and default) delegate take.                               DefaultDelegateTake
using MaxDelegateTake =
    StorageValue<"MaxDelegateTake", uint16_t, ValueQueryConfig<DefaultDelegateTake>>;
// VALUE minimum delegate take.
using MinDelegateTake =
    StorageValue<"MinDelegateTake", uint16_t, ValueQueryConfig<DefaultMinDelegateTake>>;
// VALUE maximum childkey take.
using MaxChildkeyTake =
    StorageValue<"MaxChildkeyTake", uint16_t, ValueQueryConfig<DefaultMaxChildKeyTake>>;
// VALUE minimum childkey take.
using MinChildkeyTake =
    StorageValue<"MinChildkeyTake", uint16_t, ValueQueryConfig<DefaultMinChildKeyTake>>;
// MAP hotkey -> owning coldkey (zero account when absent).                  DefaultAccount
using Owner = StorageMap<"Owner", Blake2_128Concat<AccountId>, AccountId, ValueQuery<>>;
// MAP hotkey -> delegate take (DefaultDelegateTake when absent).
using Delegates = StorageMap<"Delegates", Blake2_128Concat<AccountId>, uint16_t,
                             ValueQueryConfig<DefaultDelegateTake>>;
// DMAP (hotkey, netuid) -> childkey take.
using ChildkeyTake = StorageDoubleMap<"ChildkeyTake", Blake2_128Concat<AccountId>, Identity<NetUid>,
                                      uint16_t, ValueQuery<>>;
// DMAP (netuid, parent) -> (scheduled children, cooldown block).       DefaultPendingChildkeys
using PendingChildKeys =
    StorageDoubleMap<"PendingChildKeys", Identity<NetUid>, Blake2_128Concat<AccountId>,
                     PendingChildren, ValueQuery<>>;
// DMAP (parent, netuid) -> [(proportion, child)].                       DefaultAccountLinkage
using ChildKeys = StorageDoubleMap<"ChildKeys", Blake2_128Concat<AccountId>, Identity<NetUid>,
                                   std::vector<ProportionAccount>, ValueQuery<>>;
// DMAP (child, netuid) -> [(proportion, parent)].                       DefaultAccountLinkage
using ParentKeys = StorageDoubleMap<"ParentKeys", Blake2_128Concat<AccountId>, Identity<NetUid>,
                                    std::vector<ProportionAccount>, ValueQuery<>>;
// DMAP (netuid, hotkey) -> alpha dividends of the last epoch.
using AlphaDividendsPerSubnet =
    StorageDoubleMap<"AlphaDividendsPerSubnet", Identity<NetUid>, Blake2_128Concat<AccountId>,
                     AlphaBalance, ValueQuery<>>;
// DMAP (netuid, hotkey) -> root (TAO) dividends of the last epoch.
using TaoDividendsPerSubnet =
    StorageDoubleMap<"TaoDividendsPerSubnet", Identity<NetUid>, Blake2_128Concat<AccountId>,
                     TaoBalance, ValueQuery<>>;

// ---- Coinbase -------------------------------------------------------------------------------
// VALUE TAO emitted per block.
using BlockEmission = StorageValue<"BlockEmission", TaoBalance, ValueQueryFn<DefaultBlockEmission>>;
// DMAP (hotkey, netuid) -> last emission (never written at v3.0.0).
using LastHotkeyEmissionOnNetuid =
    StorageDoubleMap<"LastHotkeyEmissionOnNetuid", Blake2_128Concat<AccountId>, Identity<NetUid>,
                     uint64_t, ValueQuery<>>;
// NMAP (hotkey, coldkey, netuid) -> last emission (unused).
using LastHotkeyColdkeyEmissionOnNetuid = StorageNMap<
    "LastHotkeyColdkeyEmissionOnNetuid",
    NMapKeys<Blake2_128Concat<AccountId>, Blake2_128Concat<AccountId>, Identity<NetUid>>, uint64_t,
    ValueQuery<>>;

// ---- Staking Counters -----------------------------------------------------------------------
// VALUE subtensor's own issuance counter.
using TotalIssuance =
    StorageValue<"TotalIssuance", TaoBalance, ValueQueryConfig<DefaultTotalIssuance>>;
// VALUE TAO held by all subnet pools.
using TotalStake = StorageValue<"TotalStake", TaoBalance, ValueQuery<>>;
// VALUE block at which dynamic TAO was turned on.
using DynamicBlock = StorageValue<"DynamicBlock", uint64_t, ValueQuery<>>;
// VALUE EMA coefficient of the subnet moving price.                         DefaultMovingAlpha
using SubnetMovingAlpha =
    StorageValue<"SubnetMovingAlpha", I96F32, ValueQueryFn<DefaultMovingAlpha>>;
// MAP netuid -> moving price.                                              DefaultMovingPrice
using SubnetMovingPrice = StorageMap<"SubnetMovingPrice", Identity<NetUid>, I96F32, ValueQuery<>>;
// MAP netuid -> TAO volume since the subnet started.
using SubnetVolume = StorageMap<"SubnetVolume", Identity<NetUid>, u128, ValueQuery<>>;
// MAP netuid -> TAO reserve of the pool.
using SubnetTAO = StorageMap<"SubnetTAO", Identity<NetUid>, TaoBalance, ValueQuery<>>;
// MAP netuid -> alpha injected into the pool in the last block.
using SubnetAlphaInEmission =
    StorageMap<"SubnetAlphaInEmission", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> alpha emitted out of the pool in the last block.
using SubnetAlphaOutEmission =
    StorageMap<"SubnetAlphaOutEmission", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> TAO injected into the subnet in the last block.
using SubnetTaoInEmission =
    StorageMap<"SubnetTaoInEmission", Identity<NetUid>, TaoBalance, ValueQuery<>>;
// MAP netuid -> alpha sold per block (unused at v3.0.0).
using SubnetAlphaEmissionSell =
    StorageMap<"SubnetAlphaEmissionSell", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> TotalStake when the subnet was registered.
using TotalStakeAtDynamic =
    StorageMap<"TotalStakeAtDynamic", Identity<NetUid>, TaoBalance, ValueQuery<>>;
// MAP netuid -> alpha reserve of the pool.
using SubnetAlphaIn = StorageMap<"SubnetAlphaIn", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> alpha outstanding (held as stake).
using SubnetAlphaOut = StorageMap<"SubnetAlphaOut", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP coldkey -> hotkeys it has staked to.
using StakingHotkeys =
    StorageMap<"StakingHotkeys", Blake2_128Concat<AccountId>, std::vector<AccountId>, ValueQuery<>>;
// MAP coldkey -> hotkeys it owns.
using OwnedHotkeys =
    StorageMap<"OwnedHotkeys", Blake2_128Concat<AccountId>, std::vector<AccountId>, ValueQuery<>>;
// MAP coldkey -> () : a coldkey swap is scheduled (only contains_key is meaningful).
using ColdkeySwapScheduled =
    StorageMap<"ColdkeySwapScheduled", Blake2_128Concat<AccountId>, std::monostate, ValueQuery<>>;
// DMAP (hotkey, netuid) -> alpha owned by the hotkey's share pool.
using TotalHotkeyAlpha = StorageDoubleMap<"TotalHotkeyAlpha", Blake2_128Concat<AccountId>,
                                          Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// DMAP (hotkey, netuid) -> TotalHotkeyAlpha at the last epoch.
using TotalHotkeyAlphaLastEpoch =
    StorageDoubleMap<"TotalHotkeyAlphaLastEpoch", Blake2_128Concat<AccountId>, Identity<NetUid>,
                     AlphaBalance, ValueQuery<>>;
// DMAP (hotkey, netuid) -> share pool denominator.                       DefaultSharePoolZero
using TotalHotkeyShares = StorageDoubleMap<"TotalHotkeyShares", Blake2_128Concat<AccountId>,
                                           Identity<NetUid>, U64F64, ValueQuery<>>;
// NMAP (hotkey, coldkey, netuid) -> alpha shares.
using Alpha = StorageNMap<
    "Alpha", NMapKeys<Blake2_128Concat<AccountId>, Blake2_128Concat<AccountId>, Identity<NetUid>>,
    U64F64, ValueQuery<>>;
// MAP netuid -> token symbol (UTF-8).                                     DefaultUnicodeVecU8
using TokenSymbol = StorageMap<"TokenSymbol", Identity<NetUid>, std::vector<uint8_t>,
                               ValueQueryFn<DefaultUnicodeVecU8>>;
// MAP netuid -> subnet name (UTF-8).                                      DefaultUnicodeVecU8
using SubnetName = StorageMap<"SubnetName", Identity<NetUid>, std::vector<uint8_t>,
                              ValueQueryFn<DefaultUnicodeVecU8>>;

// ---- Global Parameters ----------------------------------------------------------------------
// MAP PoW work -> block it was used at.
using UsedWork = StorageMap<"UsedWork", Identity<std::vector<uint8_t>>, uint64_t, ValueQuery<>>;
// MAP netuid -> maximum registrations per block.
using MaxRegistrationsPerBlock = StorageMap<"MaxRegistrationsPerBlock", Identity<NetUid>, uint16_t,
                                            ValueQueryConfig<DefaultMaxRegistrationsPerBlock>>;
// VALUE number of existing networks.
using TotalNetworks = StorageValue<"TotalNetworks", uint16_t, ValueQuery<>>;
// VALUE network immunity period.
using NetworkImmunityPeriod =
    StorageValue<"NetworkImmunityPeriod", uint64_t, ValueQueryConfig<DefaultNetworkImmunityPeriod>>;
// VALUE block of the last network registration.                    DefaultNetworkLastRegistered
using NetworkLastRegistered = StorageValue<"NetworkLastRegistered", uint64_t, ValueQuery<>>;
// VALUE minimum allowed UIDs of a network.
using NetworkMinAllowedUids =
    StorageValue<"NetworkMinAllowedUids", uint16_t, ValueQueryConfig<DefaultNetworkMinAllowedUids>>;
// VALUE floor of the network lock cost.
using NetworkMinLockCost =
    StorageValue<"NetworkMinLockCost", TaoBalance, ValueQueryConfig<DefaultNetworkMinLockCost>>;
// VALUE lock cost of the last network registration.                   DefaultNetworkMinLockCost
using NetworkLastLockCost =
    StorageValue<"NetworkLastLockCost", TaoBalance, ValueQueryConfig<DefaultNetworkMinLockCost>>;
// VALUE network lock cost reduction interval.
using NetworkLockReductionInterval =
    StorageValue<"NetworkLockReductionInterval", uint64_t,
                 ValueQueryConfig<DefaultNetworkLockReductionInterval>>;
// VALUE subnet owner cut (fraction of u16::MAX).
using SubnetOwnerCut =
    StorageValue<"SubnetOwnerCut", uint16_t, ValueQueryConfig<DefaultSubnetOwnerCut>>;
// VALUE network registration rate limit (blocks).
using NetworkRateLimit =
    StorageValue<"NetworkRateLimit", uint64_t, ValueQueryConfig<DefaultNetworkRateLimit>>;
// VALUE minimum stake of a nominator.                                        DefaultZeroU64
using NominatorMinRequiredStake = StorageValue<"NominatorMinRequiredStake", uint64_t, ValueQuery<>>;
// VALUE weights version key rate limit (tempos).
using WeightsVersionKeyRateLimit = StorageValue<"WeightsVersionKeyRateLimit", uint64_t,
                                                ValueQueryFn<DefaultWeightsVersionKeyRateLimit>>;

// ---- Subnet Locks ---------------------------------------------------------------------------
// MAP netuid -> transfer_stake allowed.                                         DefaultTrue
using TransferToggle =
    StorageMap<"TransferToggle", Identity<NetUid>, bool, ValueQueryFn<DefaultTrue>>;
// MAP netuid -> TAO locked by the subnet.
using SubnetLocked = StorageMap<"SubnetLocked", Identity<NetUid>, TaoBalance, ValueQuery<>>;
// MAP netuid -> largest lock (unused).
using LargestLocked = StorageMap<"LargestLocked", Identity<NetUid>, TaoBalance, ValueQuery<>>;

// ---- Tempos ---------------------------------------------------------------------------------
// MAP netuid -> tempo.
using Tempo = StorageMap<"Tempo", Identity<NetUid>, uint16_t, ValueQueryConfig<DefaultTempo>>;

// ---- Subnet Parameters ----------------------------------------------------------------------
// MAP netuid -> block of the first emission (set by start_call).
using FirstEmissionBlockNumber =
    StorageMap<"FirstEmissionBlockNumber", Identity<NetUid>, uint64_t, OptionQuery>;
// MAP netuid -> mechanism (0 stable, 1 dynamic).                              DefaultZeroU16
using SubnetMechanism = StorageMap<"SubnetMechanism", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> number of UIDs in use.                                             DefaultN
using SubnetworkN = StorageMap<"SubnetworkN", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> modality.                                                    DefaultModality
using NetworkModality = StorageMap<"NetworkModality", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> the network exists.                                      DefaultNeworksAdded
using NetworksAdded = StorageMap<"NetworksAdded", Identity<NetUid>, bool, ValueQuery<>>;
// DMAP (hotkey, netuid) -> registered on the network.                 DefaultIsNetworkMember
using IsNetworkMember = StorageDoubleMap<"IsNetworkMember", Blake2_128Concat<AccountId>,
                                         Identity<NetUid>, bool, ValueQuery<>>;
// MAP netuid -> burned registration allowed.                       DefaultRegistrationAllowed
using NetworkRegistrationAllowed =
    StorageMap<"NetworkRegistrationAllowed", Identity<NetUid>, bool, ValueQuery<>>;
// MAP netuid -> PoW registration allowed.                          DefaultRegistrationAllowed
using NetworkPowRegistrationAllowed =
    StorageMap<"NetworkPowRegistrationAllowed", Identity<NetUid>, bool, ValueQuery<>>;
// MAP netuid -> block the network was registered at.
using NetworkRegisteredAt =
    StorageMap<"NetworkRegisteredAt", Identity<NetUid>, uint64_t, ValueQuery<>>;
// MAP netuid -> alpha pending for the next epoch.                       DefaultPendingEmission
using PendingEmission = StorageMap<"PendingEmission", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> TAO pending as root dividends.
using PendingRootDivs = StorageMap<"PendingRootDivs", Identity<NetUid>, TaoBalance, ValueQuery<>>;
// MAP netuid -> alpha swapped for root dividends.
using PendingAlphaSwapped =
    StorageMap<"PendingAlphaSwapped", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> owner cut pending.
using PendingOwnerCut = StorageMap<"PendingOwnerCut", Identity<NetUid>, AlphaBalance, ValueQuery<>>;
// MAP netuid -> blocks since the last epoch.
using BlocksSinceLastStep =
    StorageMap<"BlocksSinceLastStep", Identity<NetUid>, uint64_t, ValueQuery<>>;
// MAP netuid -> block of the last epoch (sic: "Mechansim", part of the key).
using LastMechansimStepBlock =
    StorageMap<"LastMechansimStepBlock", Identity<NetUid>, uint64_t, ValueQuery<>>;
// MAP netuid -> owner coldkey.                                           DefaultSubnetOwner
using SubnetOwner = StorageMap<"SubnetOwner", Identity<NetUid>, AccountId, ValueQuery<>>;
// MAP netuid -> owner hotkey.                                            DefaultSubnetOwner
using SubnetOwnerHotkey =
    StorageMap<"SubnetOwnerHotkey", Identity<NetUid>, AccountId, ValueQuery<>>;
// MAP netuid -> serving rate limit.
using ServingRateLimit = StorageMap<"ServingRateLimit", Identity<NetUid>, uint64_t,
                                    ValueQueryConfig<DefaultServingRateLimit>>;
// MAP netuid -> rho.
using Rho = StorageMap<"Rho", Identity<NetUid>, uint16_t, ValueQueryConfig<DefaultRho>>;
// MAP netuid -> kappa.
using Kappa = StorageMap<"Kappa", Identity<NetUid>, uint16_t, ValueQueryConfig<DefaultKappa>>;
// MAP netuid -> uid to prune at the next epoch (unused).
using NeuronsToPruneAtNextEpoch =
    StorageMap<"NeuronsToPruneAtNextEpoch", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> registrations this interval.
using RegistrationsThisInterval =
    StorageMap<"RegistrationsThisInterval", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> PoW registrations this interval.
using POWRegistrationsThisInterval =
    StorageMap<"POWRegistrationsThisInterval", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> burned registrations this interval.
using BurnRegistrationsThisInterval =
    StorageMap<"BurnRegistrationsThisInterval", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> maximum UIDs.
using MaxAllowedUids = StorageMap<"MaxAllowedUids", Identity<NetUid>, uint16_t,
                                  ValueQueryConfig<DefaultMaxAllowedUids>>;
// MAP netuid -> immunity period.
using ImmunityPeriod = StorageMap<"ImmunityPeriod", Identity<NetUid>, uint16_t,
                                  ValueQueryConfig<DefaultImmunityPeriod>>;
// MAP netuid -> activity cutoff.
using ActivityCutoff = StorageMap<"ActivityCutoff", Identity<NetUid>, uint16_t,
                                  ValueQueryConfig<DefaultActivityCutoff>>;
// MAP netuid -> maximum weight limit.
using MaxWeightsLimit = StorageMap<"MaxWeightsLimit", Identity<NetUid>, uint16_t,
                                   ValueQueryConfig<DefaultMaxWeightsLimit>>;
// MAP netuid -> weights version key.
using WeightsVersionKey = StorageMap<"WeightsVersionKey", Identity<NetUid>, uint64_t,
                                     ValueQueryConfig<DefaultWeightsVersionKey>>;
// MAP netuid -> minimum allowed weights.
using MinAllowedWeights = StorageMap<"MinAllowedWeights", Identity<NetUid>, uint16_t,
                                     ValueQueryConfig<DefaultMinAllowedWeights>>;
// MAP netuid -> maximum allowed validators.
using MaxAllowedValidators = StorageMap<"MaxAllowedValidators", Identity<NetUid>, uint16_t,
                                        ValueQueryConfig<DefaultMaxAllowedValidators>>;
// MAP netuid -> difficulty/burn adjustment interval.
using AdjustmentInterval = StorageMap<"AdjustmentInterval", Identity<NetUid>, uint16_t,
                                      ValueQueryConfig<DefaultAdjustmentInterval>>;
// MAP netuid -> bonds moving average.
using BondsMovingAverage = StorageMap<"BondsMovingAverage", Identity<NetUid>, uint64_t,
                                      ValueQueryConfig<DefaultBondsMovingAverage>>;
// MAP netuid -> bonds penalty.
using BondsPenalty =
    StorageMap<"BondsPenalty", Identity<NetUid>, uint16_t, ValueQueryConfig<DefaultBondsPenalty>>;
// MAP netuid -> weights set rate limit.
using WeightsSetRateLimit = StorageMap<"WeightsSetRateLimit", Identity<NetUid>, uint64_t,
                                       ValueQueryFn<DefaultWeightsSetRateLimit>>;
// MAP netuid -> validator prune length.
using ValidatorPruneLen = StorageMap<"ValidatorPruneLen", Identity<NetUid>, uint64_t,
                                     ValueQueryConfig<DefaultValidatorPruneLen>>;
// MAP netuid -> scaling law power.
using ScalingLawPower = StorageMap<"ScalingLawPower", Identity<NetUid>, uint16_t,
                                   ValueQueryConfig<DefaultScalingLawPower>>;
// MAP netuid -> target registrations per interval.
using TargetRegistrationsPerInterval =
    StorageMap<"TargetRegistrationsPerInterval", Identity<NetUid>, uint16_t,
               ValueQueryConfig<DefaultTargetRegistrationsPerInterval>>;
// MAP netuid -> adjustment alpha (fraction of u64::MAX).
using AdjustmentAlpha = StorageMap<"AdjustmentAlpha", Identity<NetUid>, uint64_t,
                                   ValueQueryConfig<DefaultAdjustmentAlpha>>;
// MAP netuid -> commit-reveal v2 weights enabled.              DefaultCommitRevealWeightsEnabled
using CommitRevealWeightsEnabled =
    StorageMap<"CommitRevealWeightsEnabled", Identity<NetUid>, bool, ValueQuery<>>;
// MAP netuid -> burn registration cost.
using Burn = StorageMap<"Burn", Identity<NetUid>, TaoBalance, ValueQueryConfig<DefaultBurn>>;
// MAP netuid -> PoW difficulty.
using Difficulty =
    StorageMap<"Difficulty", Identity<NetUid>, uint64_t, ValueQueryConfig<DefaultDifficulty>>;
// MAP netuid -> minimum burn.
using MinBurn =
    StorageMap<"MinBurn", Identity<NetUid>, TaoBalance, ValueQueryConfig<DefaultMinBurn>>;
// MAP netuid -> maximum burn.
using MaxBurn =
    StorageMap<"MaxBurn", Identity<NetUid>, TaoBalance, ValueQueryConfig<DefaultMaxBurn>>;
// MAP netuid -> minimum difficulty.
using MinDifficulty =
    StorageMap<"MinDifficulty", Identity<NetUid>, uint64_t, ValueQueryConfig<DefaultMinDifficulty>>;
// MAP netuid -> maximum difficulty.
using MaxDifficulty =
    StorageMap<"MaxDifficulty", Identity<NetUid>, uint64_t, ValueQueryConfig<DefaultMaxDifficulty>>;
// MAP netuid -> block of the last adjustment.                      DefaultLastAdjustmentBlock
using LastAdjustmentBlock =
    StorageMap<"LastAdjustmentBlock", Identity<NetUid>, uint64_t, ValueQuery<>>;
// MAP netuid -> registrations in this block.                    DefaultRegistrationsThisBlock
using RegistrationsThisBlock =
    StorageMap<"RegistrationsThisBlock", Identity<NetUid>, uint16_t, ValueQuery<>>;
// MAP netuid -> halving period of the moving price.                DefaultEMAPriceMovingBlocks
using EMAPriceHalvingBlocks = StorageMap<"EMAPriceHalvingBlocks", Identity<NetUid>, uint64_t,
                                         ValueQueryConfig<DefaultEMAPriceMovingBlocks>>;
// MAP netuid -> TAO recycled by burned registrations.
using RAORecycledForRegistration =
    StorageMap<"RAORecycledForRegistration", Identity<NetUid>, TaoBalance,
               ValueQueryConfig<DefaultRAORecycledForRegistration>>;
// VALUE transaction rate limit (blocks).
using TxRateLimit = StorageValue<"TxRateLimit", uint64_t, ValueQueryConfig<DefaultTxRateLimit>>;
// VALUE delegate take rate limit (blocks).
using TxDelegateTakeRateLimit = StorageValue<"TxDelegateTakeRateLimit", uint64_t,
                                             ValueQueryConfig<DefaultTxDelegateTakeRateLimit>>;
// VALUE childkey take rate limit (blocks).                      DefaultTxChildKeyTakeRateLimit
using TxChildkeyTakeRateLimit = StorageValue<"TxChildkeyTakeRateLimit", uint64_t,
                                             ValueQueryConfig<DefaultTxChildKeyTakeRateLimit>>;
// MAP netuid -> liquid alpha enabled (note the Blake2_128Concat hasher).     DefaultLiquidAlpha
using LiquidAlphaOn = StorageMap<"LiquidAlphaOn", Blake2_128Concat<NetUid>, bool, ValueQuery<>>;
// MAP netuid -> (alpha_low, alpha_high).
using AlphaValues = StorageMap<"AlphaValues", Identity<NetUid>, std::pair<uint16_t, uint16_t>,
                               ValueQueryFn<DefaultAlphaValues>>;

// ---- Subnetwork Consensus Storage -----------------------------------------------------------
// MAP netuid -> stake weights used in Yuma consensus (pub(super) upstream).        EmptyU16Vec
using StakeWeight =
    StorageMap<"StakeWeight", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// DMAP (netuid, hotkey) -> uid.
using Uids =
    StorageDoubleMap<"Uids", Identity<NetUid>, Blake2_128Concat<AccountId>, Uid, OptionQuery>;
// DMAP (netuid, uid) -> hotkey.                                                   DefaultKey
using Keys = StorageDoubleMap<"Keys", Identity<NetUid>, Identity<Uid>, AccountId, ValueQuery<>>;
// MAP netuid -> [(hotkey, server emission, validator emission)] (legacy).
using LoadedEmission =
    StorageMap<"LoadedEmission", Identity<NetUid>, std::vector<LoadedEmissionEntry>, OptionQuery>;
// MAP netuid -> active flags by uid.                                              EmptyBoolVec
using Active = StorageMap<"Active", Identity<NetUid>, std::vector<bool>, ValueQuery<>>;
// MAP netuid -> rank by uid.                                                       EmptyU16Vec
using Rank = StorageMap<"Rank", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> trust by uid.
using Trust = StorageMap<"Trust", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> consensus by uid.
using Consensus = StorageMap<"Consensus", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> incentive by uid.
using Incentive = StorageMap<"Incentive", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> dividends by uid.
using Dividends = StorageMap<"Dividends", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> emission by uid.                                                   EmptyU64Vec
using Emission = StorageMap<"Emission", Identity<NetUid>, std::vector<uint64_t>, ValueQuery<>>;
// MAP netuid -> last update block by uid.                                          EmptyU64Vec
using LastUpdate = StorageMap<"LastUpdate", Identity<NetUid>, std::vector<uint64_t>, ValueQuery<>>;
// MAP netuid -> validator trust by uid.
using ValidatorTrust =
    StorageMap<"ValidatorTrust", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> pruning score by uid.
using PruningScores =
    StorageMap<"PruningScores", Identity<NetUid>, std::vector<uint16_t>, ValueQuery<>>;
// MAP netuid -> validator permit by uid.                                          EmptyBoolVec
using ValidatorPermit =
    StorageMap<"ValidatorPermit", Identity<NetUid>, std::vector<bool>, ValueQuery<>>;
// DMAP (netuid, uid) -> [(uid, weight)].                                       DefaultWeights
using Weights = StorageDoubleMap<"Weights", Identity<NetUid>, Identity<Uid>,
                                 std::vector<std::pair<uint16_t, uint16_t>>, ValueQuery<>>;
// DMAP (netuid, uid) -> [(uid, bond)].                                           DefaultBonds
using Bonds = StorageDoubleMap<"Bonds", Identity<NetUid>, Identity<Uid>,
                               std::vector<std::pair<uint16_t, uint16_t>>, ValueQuery<>>;
// DMAP (netuid, uid) -> block at registration.                    DefaultBlockAtRegistration
using BlockAtRegistration = StorageDoubleMap<"BlockAtRegistration", Identity<NetUid>, Identity<Uid>,
                                             uint64_t, ValueQuery<>>;
// DMAP (netuid, hotkey) -> axon.
using Axons =
    StorageDoubleMap<"Axons", Identity<NetUid>, Blake2_128Concat<AccountId>, AxonInfo, OptionQuery>;
// DMAP (netuid, hotkey) -> TLS certificate.
using NeuronCertificates =
    StorageDoubleMap<"NeuronCertificates", Identity<NetUid>, Blake2_128Concat<AccountId>,
                     NeuronCertificate, OptionQuery>;
// DMAP (netuid, hotkey) -> prometheus endpoint.
using Prometheus = StorageDoubleMap<"Prometheus", Identity<NetUid>, Blake2_128Concat<AccountId>,
                                    PrometheusInfo, OptionQuery>;
// MAP coldkey -> identity (deprecated for V2).
using Identities =
    StorageMap<"Identities", Blake2_128Concat<AccountId>, ChainIdentity, OptionQuery>;
// MAP coldkey -> identity.
using IdentitiesV2 =
    StorageMap<"IdentitiesV2", Blake2_128Concat<AccountId>, ChainIdentityV2, OptionQuery>;
// MAP netuid -> subnet identity (deprecated for V2; Blake2_128Concat).
using SubnetIdentities =
    StorageMap<"SubnetIdentities", Blake2_128Concat<NetUid>, SubnetIdentity, OptionQuery>;
// MAP netuid -> subnet identity (Blake2_128Concat).
using SubnetIdentitiesV2 =
    StorageMap<"SubnetIdentitiesV2", Blake2_128Concat<NetUid>, SubnetIdentityV2, OptionQuery>;

// ---- Axon / Promo Endpoints -----------------------------------------------------------------
// NMAP (hotkey, netuid, transaction type) -> last block (utils/rate_limiting.rs TransactionType
// as u16).
using TransactionKeyLastBlock =
    StorageNMap<"TransactionKeyLastBlock",
                NMapKeys<Blake2_128Concat<AccountId>, Identity<NetUid>, Identity<uint16_t>>,
                uint64_t, ValueQuery<>>;
// MAP key -> last transaction block (note the Identity hasher).              DefaultLastTxBlock
using LastTxBlock = StorageMap<"LastTxBlock", Identity<AccountId>, uint64_t, ValueQuery<>>;
// MAP key -> last childkey take block (unused).                             DefaultLastTxBlock
using LastTxBlockChildKeyTake =
    StorageMap<"LastTxBlockChildKeyTake", Identity<AccountId>, uint64_t, ValueQuery<>>;
// MAP key -> last delegate take block.                                      DefaultLastTxBlock
using LastTxBlockDelegateTake =
    StorageMap<"LastTxBlockDelegateTake", Identity<AccountId>, uint64_t, ValueQuery<>>;
// VALUE minimum stake to set weights.                                     DefaultStakeThreshold
using StakeThreshold = StorageValue<"StakeThreshold", uint64_t, ValueQuery<>>;
// DMAP (netuid, hotkey) -> queue of weight commits (VecDeque).
using WeightCommits =
    StorageDoubleMap<"WeightCommits", Twox64Concat<NetUid>, Twox64Concat<AccountId>,
                     std::vector<WeightCommit>, OptionQuery>;
// DMAP (netuid, commit epoch) -> queue of commit-reveal v3 commits (VecDeque).
using CRV3WeightCommits =
    StorageDoubleMap<"CRV3WeightCommits", Twox64Concat<NetUid>, Twox64Concat<uint64_t>,
                     std::vector<Crv3WeightCommit>, ValueQuery<>>;
// MAP netuid -> reveal period in epochs.
using RevealPeriodEpochs = StorageMap<"RevealPeriodEpochs", Twox64Concat<NetUid>, uint64_t,
                                      ValueQueryFn<DefaultRevealPeriodEpochs>>;
// DMAP (coldkey, hotkey) -> last block stake was added or removed.
using LastColdkeyHotkeyStakeBlock =
    StorageDoubleMap<"LastColdkeyHotkeyStakeBlock", Twox64Concat<AccountId>,
                     Twox64Concat<AccountId>, uint64_t, OptionQuery>;

// ---- EVM related storage --------------------------------------------------------------------
// DMAP (netuid, uid) -> (EVM address, block the ownership was proven at).
using AssociatedEvmAddress =
    StorageDoubleMap<"AssociatedEvmAddress", Twox64Concat<NetUid>, Twox64Concat<Uid>,
                     std::pair<H160, uint64_t>, OptionQuery>;

// ---- Genesis --------------------------------------------------------------------------------
// MAP migration name -> it has run.
using HasMigrationRun =
    StorageMap<"HasMigrationRun", Identity<std::vector<uint8_t>>, bool, ValueQuery<>>;

}  // namespace subemu::runtime::subtensor
