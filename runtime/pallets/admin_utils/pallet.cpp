// mirrors pallets/admin-utils/src/lib.rs (calls, errors, event, PrecompileEnable) and
// weights.rs SubstrateWeight at subtensor v3.0.0, with the pallet_subtensor setters they call
// (utils/misc.rs set_*, coinbase/root.rs, subnets/subnet.rs set_network_rate_limit,
// subnets/weights.rs set_reveal_period, staking/move_stake.rs toggle_transfer,
// epoch/run_epoch.rs do_set_alpha_values, utils/rate_limiting.rs).
//
// Most setters share one of two shapes, written once as templates:
//   netuid_setter<Auth, CheckExists, Item, V, Event>  (netuid: u16, value: V)
//       origin rule -> [NetworksAdded(netuid) else SubnetDoesNotExist] -> Item[netuid] = value
//       -> Event(netuid, value) (NoEvent: the setter deposits nothing);
//   value_setter<Item, V, Event>                      (value: V), Root only
//       ensure_root -> Item = value -> Event(value).
// The calls with extra checks (6, 15, 18, 25, 51, 62, 64) are written out.
#include "runtime/pallets/admin_utils/pallet.hpp"

#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/arith/fixed_scale.hpp"

namespace subemu::runtime::admin_utils {

using frame::DispatchInfo;
using frame::DispatchResult;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Weight;
namespace st = subtensor;
namespace sev = subtensor::event;

namespace {

// ---- weights ---------------------------------------------------------------------------------

// A benchmarked WeightInfo entry: from_parts(ref, proof) + reads(r) + writes(w); Normal, Pays::Yes.
template <uint64_t Ref, uint64_t Proof, uint64_t R, uint64_t W>
DispatchInfo bench_info(const metadata::Registry&, ByteView) {
  return DispatchInfo{Weight::from_parts(Ref, Proof).saturating_add(pallets::db(R, W)),
                      frame::DispatchClass::kNormal, frame::Pays::kYes};
}
// An explicit `(weight, DispatchClass::Operational, Pays::No)` attribute.
template <uint64_t Ref, uint64_t R, uint64_t W>
DispatchInfo operational_info(const metadata::Registry&, ByteView) {
  return DispatchInfo{Weight::from_parts(Ref, 0).saturating_add(pallets::db(R, W)),
                      frame::DispatchClass::kOperational, frame::Pays::kNo};
}
// `(0, DispatchClass::Operational, Pays::No)`.
constexpr auto kFree = &operational_info<0, 0, 0>;
// `(from_parts(14_000_000, 0) + writes(1), Operational, Pays::No)`.
constexpr auto kOpWrite = &operational_info<14'000'000, 0, 1>;

// ---- origin and existence checks -------------------------------------------------------------

enum class Auth : uint8_t { kRoot, kOwnerOrRoot };

// mirrors pallet_subtensor ensure_subnet_owner_or_root.
DispatchResult ensure_subnet_owner_or_root(const Env& env, const Origin& origin, NetUid netuid) {
  SUBEMU_TRY_ASSIGN(const std::optional<AccountId> who, frame::ensure_signed_or_root(origin));
  if (!who.has_value()) return Ok{};
  if (st::SubnetOwner::get(env.state, netuid) == *who) return Ok{};
  return unexpected(frame::DispatchError::bad_origin());
}

// mirrors pallet_subtensor ensure_subnet_owner (Signed only).
DispatchResult ensure_subnet_owner(const Env& env, const Origin& origin, NetUid netuid) {
  SUBEMU_TRY_ASSIGN(const AccountId who, frame::ensure_signed(origin));
  if (st::SubnetOwner::get(env.state, netuid) == who) return Ok{};
  return unexpected(frame::DispatchError::bad_origin());
}

DispatchResult ensure_auth(const Env& env, const Origin& origin, Auth auth, NetUid netuid) {
  if (auth == Auth::kRoot) return frame::ensure_root(origin);
  return ensure_subnet_owner_or_root(env, origin, netuid);
}

// mirrors pallet_subtensor if_subnet_exist.
bool subnet_exists(const Env& env, NetUid netuid) {
  return st::NetworksAdded::get(env.state, netuid);
}

DispatchResultWithPostInfo ok() { return frame::PostDispatchInfo{}; }

struct NoEvent {};

uint64_t saturating_mul(uint64_t a, uint64_t b) {
  if (a != 0 && b > ~uint64_t{0} / a) return ~uint64_t{0};
  return a * b;
}

// ---- the two common shapes -------------------------------------------------------------------

template <Auth A, bool kCheckExists, class Item, class V, class Ev>
DispatchResultWithPostInfo netuid_setter(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  V value{};
  if (!pallets::decode_args(args, netuid, value)) return pallets::bad_args();
  if (auto r = ensure_auth(env, origin, A, netuid); !r) return frame::fail(r.error());
  if constexpr (kCheckExists) {
    if (!subnet_exists(env, netuid)) return frame::fail(error(Error::kSubnetDoesNotExist));
  }
  Item::insert(env.state, netuid, typename Item::Value(value));
  if constexpr (!std::is_same_v<Ev, NoEvent>) system::deposit(env, Ev{netuid, value});
  return ok();
}

template <class Item, class V, class Ev>
DispatchResultWithPostInfo value_setter(Env& env, const Origin& origin, ByteView args) {
  V value{};
  if (!pallets::decode_args(args, value)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  Item::put(env.state, typename Item::Value(value));
  if constexpr (!std::is_same_v<Ev, NoEvent>) system::deposit(env, Ev{value});
  return ok();
}

// A Root-only call whose body does nothing (37 sudo_set_subnet_limit, 53 network_max_stake).
template <class... Args>
DispatchResultWithPostInfo root_noop(Env&, const Origin& origin, ByteView args) {
  std::tuple<Args...> decoded;
  const bool decoded_ok =
      std::apply([&](auto&... a) { return pallets::decode_args(args, a...); }, decoded);
  if (!decoded_ok) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  return ok();
}

// ---- calls with their own checks ---------------------------------------------------------------

// 6: the owner (not Root) is rate limited to one change per Tempo × WeightsVersionKeyRateLimit
// blocks (TransactionType::SetWeightsVersionKey = 4).
DispatchResultWithPostInfo set_weights_version_key(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  uint64_t key = 0;
  if (!pallets::decode_args(args, netuid, key)) return pallets::bad_args();
  if (auto r = ensure_subnet_owner_or_root(env, origin, netuid); !r) return frame::fail(r.error());
  if (!subnet_exists(env, netuid)) return frame::fail(error(Error::kSubnetDoesNotExist));
  if (origin.is_signed()) {
    constexpr uint16_t kSetWeightsVersionKey = 4;
    const uint64_t now = system::block_number(env.state);
    // mirrors get_rate_limit_on_subnet / check_passes_rate_limit
    const uint64_t limit = saturating_mul(uint64_t{st::Tempo::get(env, netuid)},
                                          st::WeightsVersionKeyRateLimit::get(env.state));
    const uint64_t last =
        st::TransactionKeyLastBlock::get(env.state, origin.who, netuid, kSetWeightsVersionKey);
    const bool passes = last == 0 || (now > last ? now - last : 0) >= limit;
    if (!passes) return frame::fail(st::error(st::Error::kTxRateLimitExceeded));
    st::TransactionKeyLastBlock::insert(env.state, origin.who, netuid, kSetWeightsVersionKey, now);
  }
  st::WeightsVersionKey::insert(env.state, netuid, key);
  system::deposit(env, sev::WeightsVersionKeySet{netuid, key});
  return ok();
}

// 43: Root; raising the minimum clears the nominations below it (clear_small_nominations).
DispatchResultWithPostInfo set_nominator_min_required_stake(Env& env, const Origin& origin,
                                                            ByteView args) {
  uint64_t min_stake = 0;
  if (!pallets::decode_args(args, min_stake)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  const uint64_t previous = st::NominatorMinRequiredStake::get(env.state);
  st::NominatorMinRequiredStake::put(env.state, min_stake);
  if (min_stake > previous) st::clear_small_nominations(env);
  return ok();
}

// 15: Root; exists; SubnetworkN(netuid) < max_allowed_uids.
DispatchResultWithPostInfo set_max_allowed_uids(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  uint16_t max_allowed_uids = 0;
  if (!pallets::decode_args(args, netuid, max_allowed_uids)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  if (!subnet_exists(env, netuid)) return frame::fail(error(Error::kSubnetDoesNotExist));
  if (st::SubnetworkN::get(env.state, netuid) >= max_allowed_uids) {
    return frame::fail(error(Error::kMaxAllowedUIdsLessThanCurrentUIds));
  }
  st::MaxAllowedUids::insert(env.state, netuid, max_allowed_uids);
  system::deposit(env, sev::MaxAllowedUidsSet{netuid, max_allowed_uids});
  return ok();
}

// 18: owner or Root; exists; activity_cutoff >= MinActivityCutoff.
DispatchResultWithPostInfo set_activity_cutoff(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  uint16_t cutoff = 0;
  if (!pallets::decode_args(args, netuid, cutoff)) return pallets::bad_args();
  if (auto r = ensure_subnet_owner_or_root(env, origin, netuid); !r) return frame::fail(r.error());
  if (!subnet_exists(env, netuid)) return frame::fail(error(Error::kSubnetDoesNotExist));
  if (cutoff < st::MinActivityCutoff::get(env.state)) {
    return frame::fail(st::error(st::Error::kActivityCutoffTooLow));
  }
  st::ActivityCutoff::insert(env.state, netuid, cutoff);
  system::deposit(env, sev::ActivityCutoffSet{netuid, cutoff});
  return ok();
}

// 25: Root; exists; max_allowed_validators <= MaxAllowedUids(netuid).
DispatchResultWithPostInfo set_max_allowed_validators(Env& env, const Origin& origin,
                                                      ByteView args) {
  NetUid netuid;
  uint16_t max_validators = 0;
  if (!pallets::decode_args(args, netuid, max_validators)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  if (!subnet_exists(env, netuid)) return frame::fail(error(Error::kSubnetDoesNotExist));
  if (max_validators > st::MaxAllowedUids::get(env, netuid)) {
    return frame::fail(error(Error::kMaxValidatorsLargerThanMaxUIds));
  }
  st::MaxAllowedValidators::insert(env.state, netuid, max_validators);
  system::deposit(env, sev::MaxAllowedValidatorsSet{netuid, max_validators});
  return ok();
}

// 51: owner or Root, then do_set_alpha_values: Signed only, owner or Root again, LiquidAlphaOn,
// alpha_high >= 52428 (u16::MAX * 4 / 5), 0 < alpha_low < 52428. No event.
DispatchResultWithPostInfo set_alpha_values(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  uint16_t alpha_low = 0;
  uint16_t alpha_high = 0;
  if (!pallets::decode_args(args, netuid, alpha_low, alpha_high)) return pallets::bad_args();
  if (auto r = ensure_subnet_owner_or_root(env, origin, netuid); !r) return frame::fail(r.error());
  if (auto r = frame::ensure_signed(origin); !r) return frame::fail(r.error());
  if (auto r = ensure_subnet_owner_or_root(env, origin, netuid); !r) return frame::fail(r.error());
  if (!st::LiquidAlphaOn::get(env.state, netuid)) {
    return frame::fail(st::error(st::Error::kLiquidAlphaDisabled));
  }
  constexpr uint16_t kMinAlphaHigh = 52428;
  if (alpha_high < kMinAlphaHigh) return frame::fail(st::error(st::Error::kAlphaHighTooLow));
  if (alpha_low == 0 || alpha_low >= kMinAlphaHigh) {
    return frame::fail(st::error(st::Error::kAlphaLowOutOfRange));
  }
  st::AlphaValues::insert(env.state, netuid, {alpha_low, alpha_high});
  return ok();
}

// 62: Root; writes and emits PrecompileUpdated only when the flag changes.
DispatchResultWithPostInfo toggle_evm_precompile(Env& env, const Origin& origin, ByteView args) {
  PrecompileEnum id;
  bool enabled = false;
  if (!pallets::decode_args(args, id, enabled)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  if (PrecompileEnable::get(env.state, id) != enabled) {
    PrecompileEnable::insert(env.state, id, enabled);
    system::deposit(env, event::PrecompileUpdated{id, enabled});
  }
  return ok();
}

// 64: Signed by the subnet owner only; no existence check.
DispatchResultWithPostInfo set_subnet_owner_hotkey(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  AccountId hotkey;
  if (!pallets::decode_args(args, netuid, hotkey)) return pallets::bad_args();
  if (auto r = ensure_subnet_owner(env, origin, netuid); !r) return frame::fail(r.error());
  st::SubnetOwnerHotkey::insert(env.state, netuid, hotkey);
  system::deposit(env, sev::SubnetOwnerHotkeySet{netuid, hotkey});
  return ok();
}

// ---- the call table --------------------------------------------------------------------------

using metadata::CallDesc;
using metadata::field;
using metadata::TypeOf;
using metadata::TypeRef;

TypeRef u16_t() { return TypeOf<uint16_t>::get(); }
TypeRef u32_t() { return TypeOf<uint32_t>::get(); }
TypeRef u64_t() { return TypeOf<uint64_t>::get(); }
TypeRef bool_t() { return TypeOf<bool>::get(); }

// (netuid: u16, <name>: T)
std::vector<metadata::Field> netuid_and(const char* name, TypeRef t) {
  return {field("netuid", u16_t()), field(name, std::move(t))};
}

constexpr Auth kRoot = Auth::kRoot;
constexpr Auth kOwner = Auth::kOwnerOrRoot;

std::vector<CallDesc> calls() {
  // Declaration order of lib.rs (bonds_penalty, index 60, follows index 26).
  return {
      CallDesc{"sudo_set_default_take",
               1,
               {field("default_take", u16_t())},
               &value_setter<st::MaxDelegateTake, uint16_t, sev::MaxDelegateTakeSet>,
               &bench_info<27'199'000, 655, 0, 1>},
      CallDesc{"sudo_set_tx_rate_limit",
               2,
               {field("tx_rate_limit", u64_t())},
               &value_setter<st::TxRateLimit, uint64_t, sev::TxRateLimitSet>,
               kFree},
      CallDesc{
          "sudo_set_serving_rate_limit", 3, netuid_and("serving_rate_limit", u64_t()),
          &netuid_setter<kOwner, false, st::ServingRateLimit, uint64_t, sev::ServingRateLimitSet>,
          &bench_info<28'290'000, 655, 0, 1>},
      CallDesc{"sudo_set_min_difficulty", 4, netuid_and("min_difficulty", u64_t()),
               &netuid_setter<kRoot, true, st::MinDifficulty, uint64_t, sev::MinDifficultySet>,
               &bench_info<46'909'000, 4697, 1, 1>},
      CallDesc{"sudo_set_max_difficulty", 5, netuid_and("max_difficulty", u64_t()),
               &netuid_setter<kOwner, true, st::MaxDifficulty, uint64_t, sev::MaxDifficultySet>,
               &bench_info<47'279'000, 4697, 1, 1>},
      CallDesc{"sudo_set_weights_version_key", 6, netuid_and("weights_version_key", u64_t()),
               &set_weights_version_key, &bench_info<47'460'000, 4697, 1, 1>},
      CallDesc{"sudo_set_weights_set_rate_limit", 7, netuid_and("weights_set_rate_limit", u64_t()),
               &netuid_setter<kRoot, true, st::WeightsSetRateLimit, uint64_t,
                              sev::WeightsSetRateLimitSet>,
               &bench_info<46'970'000, 4697, 1, 1>},
      CallDesc{
          "sudo_set_adjustment_interval", 8, netuid_and("adjustment_interval", u16_t()),
          &netuid_setter<kRoot, true, st::AdjustmentInterval, uint16_t, sev::AdjustmentIntervalSet>,
          &bench_info<46'790'000, 4697, 1, 1>},
      CallDesc{"sudo_set_adjustment_alpha", 9, netuid_and("adjustment_alpha", u64_t()),
               &netuid_setter<kOwner, true, st::AdjustmentAlpha, uint64_t, sev::AdjustmentAlphaSet>,
               &operational_info<14'000'000, 1, 1>},
      CallDesc{"sudo_set_max_weight_limit", 12, netuid_and("max_weight_limit", u16_t()),
               &netuid_setter<kOwner, true, st::MaxWeightsLimit, uint16_t, sev::MaxWeightLimitSet>,
               &bench_info<46'589'000, 4697, 1, 1>},
      CallDesc{"sudo_set_immunity_period", 13, netuid_and("immunity_period", u16_t()),
               &netuid_setter<kOwner, true, st::ImmunityPeriod, uint16_t, sev::ImmunityPeriodSet>,
               &bench_info<46'679'000, 4697, 1, 1>},
      CallDesc{
          "sudo_set_min_allowed_weights", 14, netuid_and("min_allowed_weights", u16_t()),
          &netuid_setter<kOwner, true, st::MinAllowedWeights, uint16_t, sev::MinAllowedWeightSet>,
          &bench_info<47'390'000, 4697, 1, 1>},
      CallDesc{"sudo_set_max_allowed_uids", 15, netuid_and("max_allowed_uids", u16_t()),
               &set_max_allowed_uids, &bench_info<51'149'000, 8301, 2, 1>},
      CallDesc{"sudo_set_kappa", 16, netuid_and("kappa", u16_t()),
               &netuid_setter<kOwner, true, st::Kappa, uint16_t, sev::KappaSet>,
               &bench_info<46'440'000, 4697, 1, 1>},
      CallDesc{"sudo_set_rho", 17, netuid_and("rho", u16_t()),
               &netuid_setter<kOwner, true, st::Rho, uint16_t, NoEvent>,
               &bench_info<31'820'000, 4281, 1, 1>},
      CallDesc{"sudo_set_activity_cutoff", 18, netuid_and("activity_cutoff", u16_t()),
               &set_activity_cutoff, &bench_info<46'759'000, 4697, 1, 1>},
      CallDesc{"sudo_set_network_registration_allowed", 19,
               netuid_and("registration_allowed", bool_t()),
               &netuid_setter<kOwner, false, st::NetworkRegistrationAllowed, bool,
                              sev::RegistrationAllowed>,
               &operational_info<4'000'000, 0, 1>},
      CallDesc{"sudo_set_network_pow_registration_allowed", 20,
               netuid_and("registration_allowed", bool_t()),
               &netuid_setter<kOwner, false, st::NetworkPowRegistrationAllowed, bool,
                              sev::PowRegistrationAllowed>,
               kOpWrite},
      CallDesc{"sudo_set_target_registrations_per_interval", 21,
               netuid_and("target_registrations_per_interval", u16_t()),
               &netuid_setter<kRoot, true, st::TargetRegistrationsPerInterval, uint16_t,
                              sev::RegistrationPerIntervalSet>,
               &bench_info<47'099'000, 4697, 1, 1>},
      CallDesc{"sudo_set_min_burn", 22, netuid_and("min_burn", u64_t()),
               &netuid_setter<kRoot, true, st::MinBurn, uint64_t, sev::MinBurnSet>,
               &bench_info<46'109'000, 4697, 1, 1>},
      CallDesc{"sudo_set_max_burn", 23, netuid_and("max_burn", u64_t()),
               &netuid_setter<kOwner, true, st::MaxBurn, uint64_t, sev::MaxBurnSet>,
               &bench_info<46'339'000, 4697, 1, 1>},
      CallDesc{"sudo_set_difficulty", 24, netuid_and("difficulty", u64_t()),
               &netuid_setter<kRoot, true, st::Difficulty, uint64_t, sev::DifficultySet>,
               &bench_info<47'130'000, 4697, 1, 1>},
      CallDesc{"sudo_set_max_allowed_validators", 25, netuid_and("max_allowed_validators", u16_t()),
               &set_max_allowed_validators, &bench_info<53'640'000, 8412, 2, 1>},
      CallDesc{"sudo_set_bonds_moving_average", 26, netuid_and("bonds_moving_average", u64_t()),
               &netuid_setter<kOwner, true, st::BondsMovingAverage, uint64_t,
                              sev::BondsMovingAverageSet>,
               &bench_info<47'510'000, 4697, 1, 1>},
      CallDesc{"sudo_set_bonds_penalty", 60, netuid_and("bonds_penalty", u16_t()),
               &netuid_setter<kOwner, true, st::BondsPenalty, uint16_t, sev::BondsPenaltySet>,
               &bench_info<47'510'000, 4697, 1, 1>},
      CallDesc{"sudo_set_max_registrations_per_block", 27,
               netuid_and("max_registrations_per_block", u16_t()),
               &netuid_setter<kRoot, true, st::MaxRegistrationsPerBlock, uint16_t,
                              sev::MaxRegistrationsPerBlockSet>,
               &bench_info<46'490'000, 4697, 1, 1>},
      CallDesc{"sudo_set_subnet_owner_cut",
               28,
               {field("subnet_owner_cut", u16_t())},
               &value_setter<st::SubnetOwnerCut, uint16_t, sev::SubnetOwnerCutSet>,
               kOpWrite},
      CallDesc{"sudo_set_network_rate_limit",
               29,
               {field("rate_limit", u64_t())},
               &value_setter<st::NetworkRateLimit, uint64_t, sev::NetworkRateLimitSet>,
               kOpWrite},
      CallDesc{"sudo_set_tempo", 30, netuid_and("tempo", u16_t()),
               &netuid_setter<kRoot, true, st::Tempo, uint16_t, sev::TempoSet>,
               &bench_info<45'489'000, 4697, 1, 1>},
      CallDesc{"sudo_set_total_issuance",
               33,
               {field("total_issuance", u64_t())},
               &value_setter<st::TotalIssuance, uint64_t, NoEvent>,
               kFree},
      CallDesc{"sudo_set_network_immunity_period",
               35,
               {field("immunity_period", u64_t())},
               &value_setter<st::NetworkImmunityPeriod, uint64_t, sev::NetworkImmunityPeriodSet>,
               kOpWrite},
      CallDesc{"sudo_set_network_min_lock_cost",
               36,
               {field("lock_cost", u64_t())},
               &value_setter<st::NetworkMinLockCost, uint64_t, sev::NetworkMinLockCostSet>,
               kOpWrite},
      CallDesc{"sudo_set_subnet_limit",
               37,
               {field("_max_subnets", u16_t())},
               &root_noop<uint16_t>,
               kOpWrite},
      CallDesc{"sudo_set_lock_reduction_interval",
               38,
               {field("interval", u64_t())},
               &value_setter<st::NetworkLockReductionInterval, uint64_t,
                             sev::NetworkLockCostReductionIntervalSet>,
               kOpWrite},
      CallDesc{"sudo_set_rao_recycled", 39, netuid_and("rao_recycled", u64_t()),
               &netuid_setter<kRoot, true, st::RAORecycledForRegistration, uint64_t,
                              sev::RAORecycledForRegistrationSet>,
               kFree},
      CallDesc{"sudo_set_stake_threshold",
               42,
               {field("min_stake", u64_t())},
               &value_setter<st::StakeThreshold, uint64_t, sev::StakeThresholdSet>,
               kFree},
      CallDesc{"sudo_set_nominator_min_required_stake",
               43,
               {field("min_stake", u64_t())},
               &set_nominator_min_required_stake,
               kFree},
      CallDesc{
          "sudo_set_tx_delegate_take_rate_limit",
          45,
          {field("tx_rate_limit", u64_t())},
          &value_setter<st::TxDelegateTakeRateLimit, uint64_t, sev::TxDelegateTakeRateLimitSet>,
          kFree},
      CallDesc{"sudo_set_min_delegate_take",
               46,
               {field("take", u16_t())},
               &value_setter<st::MinDelegateTake, uint16_t, sev::MinDelegateTakeSet>,
               kFree},
      CallDesc{"sudo_set_commit_reveal_weights_enabled", 49, netuid_and("enabled", bool_t()),
               &netuid_setter<kOwner, true, st::CommitRevealWeightsEnabled, bool,
                              sev::CommitRevealEnabled>,
               &bench_info<47'279'000, 4697, 1, 1>},
      CallDesc{"sudo_set_liquid_alpha_enabled", 50, netuid_and("enabled", bool_t()),
               &netuid_setter<kOwner, false, st::LiquidAlphaOn, bool, NoEvent>, kFree},
      CallDesc{
          "sudo_set_alpha_values",
          51,
          {field("netuid", u16_t()), field("alpha_low", u16_t()), field("alpha_high", u16_t())},
          &set_alpha_values,
          kFree},
      CallDesc{"sudo_set_network_max_stake",
               53,
               {field("_netuid", u16_t()), field("_max_stake", u64_t())},
               &root_noop<uint16_t, uint64_t>,
               kFree},
      CallDesc{"sudo_set_coldkey_swap_schedule_duration",
               54,
               {field("duration", u32_t())},
               &value_setter<st::ColdkeySwapScheduleDuration, BlockNumber,
                             sev::ColdkeySwapScheduleDurationSet>,
               kFree},
      CallDesc{"sudo_set_dissolve_network_schedule_duration",
               55,
               {field("duration", u32_t())},
               &value_setter<st::DissolveNetworkScheduleDuration, BlockNumber,
                             sev::DissolveNetworkScheduleDurationSet>,
               kFree},
      CallDesc{"sudo_set_commit_reveal_weights_interval", 57, netuid_and("interval", u64_t()),
               &netuid_setter<kOwner, true, st::RevealPeriodEpochs, uint64_t,
                              sev::CommitRevealPeriodsSet>,
               &bench_info<19'380'000, 456, 1, 1>},
      CallDesc{"sudo_set_evm_chain_id",
               58,
               {field("chain_id", u64_t())},
               &value_setter<EvmChainId, uint64_t, NoEvent>,
               &bench_info<20'200'000, 0, 0, 1>},
      CallDesc{"sudo_set_toggle_transfer", 61, netuid_and("toggle", bool_t()),
               &netuid_setter<kOwner, false, st::TransferToggle, bool, sev::TransferToggle>, kFree},
      CallDesc{"sudo_toggle_evm_precompile",
               62,
               {field("precompile_id", TypeOf<PrecompileEnum>::get()), field("enabled", bool_t())},
               &toggle_evm_precompile,
               kFree},
      CallDesc{"sudo_set_subnet_moving_alpha",
               63,
               {field("alpha", TypeOf<I96F32>::get())},
               &value_setter<st::SubnetMovingAlpha, I96F32, NoEvent>,
               kFree},
      CallDesc{"sudo_set_subnet_owner_hotkey",
               64,
               {field("netuid", u16_t()), field("hotkey", TypeOf<AccountId>::get())},
               &set_subnet_owner_hotkey,
               kFree},
      CallDesc{"sudo_set_ema_price_halving_period", 65, netuid_and("ema_halving", u64_t()),
               &netuid_setter<kRoot, false, st::EMAPriceHalvingBlocks, uint64_t, NoEvent>, kFree},
  };
}

}  // namespace

metadata::PalletDesc describe() {
  metadata::PalletDesc p;
  p.name = "AdminUtils";
  p.index = kPalletIndex;
  p.calls = calls();
  p.events = {metadata::variant(
      "PrecompileUpdated", 0,
      {field("precompile_id", TypeOf<PrecompileEnum>::get()), field("enabled", bool_t())})};
  p.errors = {"SubnetDoesNotExist", "MaxValidatorsLargerThanMaxUIds",
              "MaxAllowedUIdsLessThanCurrentUIds"};
  p.items = {metadata::describe_item<PrecompileEnable>()};
  return p;
}

}  // namespace subemu::runtime::admin_utils
