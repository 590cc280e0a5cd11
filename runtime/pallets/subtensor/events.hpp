// SubtensorModule's Event enum (pallets/subtensor/src/macros/events.rs at v3.0.0): one struct per
// variant, in index order (index = position in the declaration; the commented-out variants take
// none). Indices and field order are on chain and must not change.
//
// Each struct has the contract of pallets/system/events.hpp (kPallet, kIndex, encode_to = kIndex
// ++ fields), so it is deposited with system::deposit(env, event::StakeAdded{...}). Its fields()
// ties the members in SCALE order; event_variants() derives the registry descriptor's field types
// from it, so a descriptor cannot drift from the struct. Upstream's tuple variants get C++ member
// names here (from the call sites), but stay unnamed in the descriptor, as in the metadata.
//
// Field types: a u16 netuid is NetUid, a u16 uid Uid, TAO amounts TaoBalance, alpha amounts
// AlphaBalance, BlockNumberFor<T> is BlockNumber (u32), DispatchResult is
// Result<void, DispatchError>; all encode as upstream's.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <tuple>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/types.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::subtensor {

inline constexpr uint8_t kEventCount = 93;

namespace event {

// kIndex ++ the fields, in order.
template <class E>
void encode_event(scale::Encoder& e, const E& event) {
  e.put_byte(E::kIndex);
  std::apply([&](const auto&... f) { (scale::encode_to(e, f), ...); }, event.fields());
}

#define SUBEMU_SUBTENSOR_EVENT_BODY_(Index)                          \
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = (Index); \
  void encode_to(scale::Encoder& e) const { encode_event(e, *this); }

// ---- shapes shared by several variants ------------------------------------------------------

// (netuid, value): the "<Hyperparameter>Set(u16, T)" family.
template <uint8_t Index, class T>
struct NetuidValue {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  NetUid netuid;
  T value{};
  auto fields() const { return std::tie(netuid, value); }
};
// (value): global settings.
template <uint8_t Index, class T>
struct ValueSet {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  T value{};
  auto fields() const { return std::tie(value); }
};
// (netuid)
template <uint8_t Index>
struct NetuidOnly {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  NetUid netuid;
  auto fields() const { return std::tie(netuid); }
};
// (netuid, hotkey)
template <uint8_t Index>
struct NetuidHotkey {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  NetUid netuid;
  AccountId hotkey;
  auto fields() const { return std::tie(netuid, hotkey); }
};
// (coldkey, hotkey, take)
template <uint8_t Index>
struct ColdkeyHotkeyTake {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  AccountId coldkey;
  AccountId hotkey;
  uint16_t take = 0;
  auto fields() const { return std::tie(coldkey, hotkey, take); }
};
// (who, netuid, commit hash): weight commits and reveals.
template <uint8_t Index>
struct WhoNetuidHash {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  AccountId who;
  NetUid netuid;
  Hash256 commit_hash;
  auto fields() const { return std::tie(who, netuid, commit_hash); }
};
// (coldkey, hotkey, tao, alpha, netuid, fee): staking in or out of a subnet.
template <uint8_t Index>
struct StakeChange {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  AccountId coldkey;
  AccountId hotkey;
  TaoBalance tao;      // StakeAdded: staked after the fee; StakeRemoved: paid out after the fee
  AlphaBalance alpha;  // credited / removed
  NetUid netuid;
  TaoBalance fee;
  auto fields() const { return std::tie(coldkey, hotkey, tao, alpha, netuid, fee); }
};
// (coldkey, hotkey, alpha, netuid): alpha recycled or burned.
template <uint8_t Index>
struct AlphaAmount {
  SUBEMU_SUBTENSOR_EVENT_BODY_(Index)
  AccountId coldkey;
  AccountId hotkey;
  AlphaBalance alpha;
  NetUid netuid;
  auto fields() const { return std::tie(coldkey, hotkey, alpha, netuid); }
};

// ---- the variants, by index -----------------------------------------------------------------

struct NetworkAdded {  // 0 (netuid, mechanism)
  SUBEMU_SUBTENSOR_EVENT_BODY_(0)
  NetUid netuid;
  uint16_t mechanism = 0;
  auto fields() const { return std::tie(netuid, mechanism); }
};
using NetworkRemoved = NetuidOnly<1>;
using StakeAdded = StakeChange<2>;
using StakeRemoved = StakeChange<3>;
struct StakeMoved {  // 4
  SUBEMU_SUBTENSOR_EVENT_BODY_(4)
  AccountId coldkey;
  AccountId origin_hotkey;
  NetUid origin_netuid;
  AccountId destination_hotkey;
  NetUid destination_netuid;
  TaoBalance tao_moved;
  auto fields() const {
    return std::tie(coldkey, origin_hotkey, origin_netuid, destination_hotkey, destination_netuid,
                    tao_moved);
  }
};
struct WeightsSet {  // 5 (netuid, uid)
  SUBEMU_SUBTENSOR_EVENT_BODY_(5)
  NetUid netuid;
  Uid uid;
  auto fields() const { return std::tie(netuid, uid); }
};
struct NeuronRegistered {  // 6 (netuid, uid, hotkey)
  SUBEMU_SUBTENSOR_EVENT_BODY_(6)
  NetUid netuid;
  Uid uid;
  AccountId hotkey;
  auto fields() const { return std::tie(netuid, uid, hotkey); }
};
using BulkNeuronsRegistered = NetuidValue<7, uint16_t>;  // (u16, u16), unused
using BulkBalancesSet = NetuidValue<8, uint16_t>;        // (u16, u16), unused
using MaxAllowedUidsSet = NetuidValue<9, uint16_t>;
using MaxWeightLimitSet = NetuidValue<10, uint16_t>;
using DifficultySet = NetuidValue<11, uint64_t>;
using AdjustmentIntervalSet = NetuidValue<12, uint16_t>;
using RegistrationPerIntervalSet = NetuidValue<13, uint16_t>;
using MaxRegistrationsPerBlockSet = NetuidValue<14, uint16_t>;
using ActivityCutoffSet = NetuidValue<15, uint16_t>;
using RhoSet = NetuidValue<16, uint16_t>;
using KappaSet = NetuidValue<17, uint16_t>;
using MinAllowedWeightSet = NetuidValue<18, uint16_t>;
using ValidatorPruneLenSet = NetuidValue<19, uint64_t>;
using ScalingLawPowerSet = NetuidValue<20, uint16_t>;
using WeightsSetRateLimitSet = NetuidValue<21, uint64_t>;
using ImmunityPeriodSet = NetuidValue<22, uint16_t>;
using BondsMovingAverageSet = NetuidValue<23, uint64_t>;
using BondsPenaltySet = NetuidValue<24, uint16_t>;
using MaxAllowedValidatorsSet = NetuidValue<25, uint16_t>;
using AxonServed = NetuidHotkey<26>;
using PrometheusServed = NetuidHotkey<27>;
using DelegateAdded = ColdkeyHotkeyTake<28>;  // unused
using DefaultTakeSet = ValueSet<29, uint16_t>;
using WeightsVersionKeySet = NetuidValue<30, uint64_t>;
using MinDifficultySet = NetuidValue<31, uint64_t>;
using MaxDifficultySet = NetuidValue<32, uint64_t>;
using ServingRateLimitSet = NetuidValue<33, uint64_t>;
using BurnSet = NetuidValue<34, uint64_t>;
using MaxBurnSet = NetuidValue<35, uint64_t>;
using MinBurnSet = NetuidValue<36, uint64_t>;
using TxRateLimitSet = ValueSet<37, uint64_t>;
using TxDelegateTakeRateLimitSet = ValueSet<38, uint64_t>;
using TxChildKeyTakeRateLimitSet = ValueSet<39, uint64_t>;
using MinChildKeyTakeSet = ValueSet<40, uint16_t>;
using MaxChildKeyTakeSet = ValueSet<41, uint16_t>;
struct ChildKeyTakeSet {  // 42 (hotkey, take)
  SUBEMU_SUBTENSOR_EVENT_BODY_(42)
  AccountId hotkey;
  uint16_t take = 0;
  auto fields() const { return std::tie(hotkey, take); }
};
struct Sudid {  // 43 (DispatchResult)
  SUBEMU_SUBTENSOR_EVENT_BODY_(43)
  Result<void, frame::DispatchError> result;
  auto fields() const { return std::tie(result); }
};
using RegistrationAllowed = NetuidValue<44, bool>;
using PowRegistrationAllowed = NetuidValue<45, bool>;
using TempoSet = NetuidValue<46, uint16_t>;
using RAORecycledForRegistrationSet = NetuidValue<47, uint64_t>;
using StakeThresholdSet = ValueSet<48, uint64_t>;
using SenateRequiredStakePercentSet = ValueSet<49, uint64_t>;
using AdjustmentAlphaSet = NetuidValue<50, uint64_t>;
struct Faucet {  // 51 (account, amount)
  SUBEMU_SUBTENSOR_EVENT_BODY_(51)
  AccountId account;
  uint64_t amount = 0;
  auto fields() const { return std::tie(account, amount); }
};
using SubnetOwnerCutSet = ValueSet<52, uint16_t>;
using NetworkRateLimitSet = ValueSet<53, uint64_t>;
using NetworkImmunityPeriodSet = ValueSet<54, uint64_t>;
using NetworkMinLockCostSet = ValueSet<55, uint64_t>;
using NetworkLockCostReductionIntervalSet = ValueSet<56, uint64_t>;
using TakeDecreased = ColdkeyHotkeyTake<57>;
using TakeIncreased = ColdkeyHotkeyTake<58>;
struct HotkeySwapped {  // 59 {coldkey, old_hotkey, new_hotkey}
  SUBEMU_SUBTENSOR_EVENT_BODY_(59)
  AccountId coldkey;
  AccountId old_hotkey;
  AccountId new_hotkey;
  auto fields() const { return std::tie(coldkey, old_hotkey, new_hotkey); }
};
using MaxDelegateTakeSet = ValueSet<60, uint16_t>;
using MinDelegateTakeSet = ValueSet<61, uint16_t>;
struct SenateAdjusted {  // 62 {old_member, new_member}
  SUBEMU_SUBTENSOR_EVENT_BODY_(62)
  std::optional<AccountId> old_member;
  AccountId new_member;
  auto fields() const { return std::tie(old_member, new_member); }
};
struct ColdkeySwapped {  // 63 {old_coldkey, new_coldkey, swap_cost}
  SUBEMU_SUBTENSOR_EVENT_BODY_(63)
  AccountId old_coldkey;
  AccountId new_coldkey;
  uint64_t swap_cost = 0;
  auto fields() const { return std::tie(old_coldkey, new_coldkey, swap_cost); }
};
struct AllBalanceUnstakedAndTransferredToNewColdkey {  // 64 {current_coldkey, new_coldkey,
                                                       // total_balance}, unused
  SUBEMU_SUBTENSOR_EVENT_BODY_(64)
  AccountId current_coldkey;
  AccountId new_coldkey;
  uint64_t total_balance = 0;
  auto fields() const { return std::tie(current_coldkey, new_coldkey, total_balance); }
};
struct ColdkeySwapScheduled {  // 65 {old_coldkey, new_coldkey, execution_block, swap_cost}
  SUBEMU_SUBTENSOR_EVENT_BODY_(65)
  AccountId old_coldkey;
  AccountId new_coldkey;
  BlockNumber execution_block = 0;
  uint64_t swap_cost = 0;
  auto fields() const { return std::tie(old_coldkey, new_coldkey, execution_block, swap_cost); }
};
struct ArbitrationPeriodExtended {  // 66 {coldkey}, unused
  SUBEMU_SUBTENSOR_EVENT_BODY_(66)
  AccountId coldkey;
  auto fields() const { return std::tie(coldkey); }
};
struct SetChildrenScheduled {  // 67 (hotkey, netuid, cooldown block, children)
  SUBEMU_SUBTENSOR_EVENT_BODY_(67)
  AccountId hotkey;
  NetUid netuid;
  uint64_t cooldown_block = 0;
  std::vector<ProportionAccount> children;
  auto fields() const { return std::tie(hotkey, netuid, cooldown_block, children); }
};
struct SetChildren {  // 68 (hotkey, netuid, children)
  SUBEMU_SUBTENSOR_EVENT_BODY_(68)
  AccountId hotkey;
  NetUid netuid;
  std::vector<ProportionAccount> children;
  auto fields() const { return std::tie(hotkey, netuid, children); }
};
struct ChainIdentitySet {  // 69 (coldkey)
  SUBEMU_SUBTENSOR_EVENT_BODY_(69)
  AccountId coldkey;
  auto fields() const { return std::tie(coldkey); }
};
using SubnetIdentitySet = NetuidOnly<70>;
using SubnetIdentityRemoved = NetuidOnly<71>;
struct DissolveNetworkScheduled {  // 72 {account, netuid, execution_block}, unused
  SUBEMU_SUBTENSOR_EVENT_BODY_(72)
  AccountId account;
  NetUid netuid;
  BlockNumber execution_block = 0;
  auto fields() const { return std::tie(account, netuid, execution_block); }
};
using ColdkeySwapScheduleDurationSet = ValueSet<73, BlockNumber>;
using DissolveNetworkScheduleDurationSet = ValueSet<74, BlockNumber>;
using CRV3WeightsCommitted = WhoNetuidHash<75>;
using WeightsCommitted = WhoNetuidHash<76>;
using WeightsRevealed = WhoNetuidHash<77>;
struct WeightsBatchRevealed {  // 78 (who, netuid, revealed hashes)
  SUBEMU_SUBTENSOR_EVENT_BODY_(78)
  AccountId who;
  NetUid netuid;
  std::vector<Hash256> revealed_hashes;
  auto fields() const { return std::tie(who, netuid, revealed_hashes); }
};
struct BatchWeightsCompleted {  // 79 (netuids as Vec<Compact<u16>>, hotkey)
  SUBEMU_SUBTENSOR_EVENT_BODY_(79)
  std::vector<scale::Compact<uint16_t>> netuids;
  AccountId hotkey;
  auto fields() const { return std::tie(netuids, hotkey); }
};
struct BatchCompletedWithErrors {  // 80 ()
  SUBEMU_SUBTENSOR_EVENT_BODY_(80)
  auto fields() const { return std::tie(); }
};
struct BatchWeightItemFailed {  // 81 (DispatchError)
  SUBEMU_SUBTENSOR_EVENT_BODY_(81)
  frame::DispatchError error;
  auto fields() const { return std::tie(error); }
};
struct StakeTransferred {  // 82
  SUBEMU_SUBTENSOR_EVENT_BODY_(82)
  AccountId origin_coldkey;
  AccountId destination_coldkey;
  AccountId hotkey;
  NetUid origin_netuid;
  NetUid destination_netuid;
  TaoBalance tao_moved;
  auto fields() const {
    return std::tie(origin_coldkey, destination_coldkey, hotkey, origin_netuid, destination_netuid,
                    tao_moved);
  }
};
struct StakeSwapped {  // 83
  SUBEMU_SUBTENSOR_EVENT_BODY_(83)
  AccountId coldkey;
  AccountId hotkey;
  NetUid origin_netuid;
  NetUid destination_netuid;
  TaoBalance tao_moved;
  auto fields() const {
    return std::tie(coldkey, hotkey, origin_netuid, destination_netuid, tao_moved);
  }
};
using TransferToggle = NetuidValue<84, bool>;
using SubnetOwnerHotkeySet = NetuidHotkey<85>;
using FirstEmissionBlockNumberSet = NetuidValue<86, uint64_t>;
using AlphaRecycled = AlphaAmount<87>;
using AlphaBurned = AlphaAmount<88>;
struct EvmKeyAssociated {  // 89 {netuid, hotkey, evm_key, block_associated}
  SUBEMU_SUBTENSOR_EVENT_BODY_(89)
  NetUid netuid;
  AccountId hotkey;
  H160 evm_key;
  uint64_t block_associated = 0;
  auto fields() const { return std::tie(netuid, hotkey, evm_key, block_associated); }
};
struct CRV3WeightsRevealed {  // 90 (netuid, who)
  SUBEMU_SUBTENSOR_EVENT_BODY_(90)
  NetUid netuid;
  AccountId who;
  auto fields() const { return std::tie(netuid, who); }
};
using CommitRevealPeriodsSet = NetuidValue<91, uint64_t>;
using CommitRevealEnabled = NetuidValue<92, bool>;

#undef SUBEMU_SUBTENSOR_EVENT_BODY_

}  // namespace event

// The Event enum's descriptor: the 93 variants in index order.
std::vector<metadata::Variant> event_variants();

}  // namespace subemu::runtime::subtensor
