// mirrors pallets/subtensor/src/swap/swap_coldkey.rs, the schedule_swap_coldkey body of
// macros/dispatches.rs (subtensor v3.0.0) and the part of pallet_scheduler it relies on
// (polkadot-stable2409 substrate/frame/scheduler: do_schedule, push_to_agenda, service_agenda).
// See swap_coldkey.hpp.
#include "runtime/pallets/subtensor/swap/swap_coldkey.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/subtensor/utils/rate_limiting.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::subtensor {

using frame::DbWeight;
using frame::Weight;

namespace {

// swap_coldkey's call index (macros/dispatches.rs).
constexpr uint8_t kSwapColdkeyCallIndex = 71;
// Bounded::Inline holds at most 128 bytes (BoundedInline = BoundedVec<u8, ConstU32<128>>).
constexpr size_t kMaxInlineCall = 128;

void accrue(Weight& w, const Weight& add) { w = w.saturating_add(add); }

// `a` followed by the entries of `b` it lacks, in b's order.
std::vector<AccountId> merged(std::vector<AccountId> a, const std::vector<AccountId>& b) {
  for (const AccountId& x : b) {
    if (std::find(a.begin(), a.end(), x) == a.end()) a.push_back(x);
  }
  return a;
}

// ---- pallet_scheduler's storage, for the one task shape SubtensorModule schedules -------------

// One Agenda entry: Scheduled{maybe_id: None, priority, call: Bounded::Inline(call),
// maybe_periodic: None, origin: OriginCaller::system(RawOrigin::Root)}. Other shapes do not
// decode (nothing but this file writes the Agenda).
struct InlineRootTask {
  uint8_t priority = 0;
  Bytes call;

  static constexpr size_t kScaleMinSize = 6;
  friend bool operator==(const InlineRootTask&, const InlineRootTask&) = default;

  void encode_to(scale::Encoder& e) const {
    e.put_byte(0x00);  // maybe_id: None
    e.put_byte(priority);
    e.put_byte(0x01);  // Bounded::Inline
    scale::encode_to(e, call);
    e.put_byte(0x00);  // maybe_periodic: None
    e.put_byte(0x00);  // OriginCaller::system (construct_runtime index 0)
    e.put_byte(0x00);  // RawOrigin::Root
  }
  static bool decode_from(scale::Decoder& d, InlineRootTask& out) {
    uint8_t id_tag = 0, bounded_tag = 0, periodic_tag = 0, caller = 0, raw_origin = 0;
    if (!d.read_byte(id_tag) || !d.read_byte(out.priority) || !d.read_byte(bounded_tag)) {
      return false;
    }
    if (id_tag != 0x00 || bounded_tag != 0x01) {
      d.fail(scale::DecodeError::kInvalidEnumTag);
      return false;
    }
    if (!scale::decode_from(d, out.call) || out.call.size() > kMaxInlineCall) {
      d.fail(scale::DecodeError::kLengthTooLarge);
      return false;
    }
    if (!d.read_byte(periodic_tag) || !d.read_byte(caller) || !d.read_byte(raw_origin)) {
      return false;
    }
    if (periodic_tag != 0x00 || caller != 0x00 || raw_origin != 0x00) {
      d.fail(scale::DecodeError::kInvalidEnumTag);
      return false;
    }
    return true;
  }
};

inline constexpr storage::FixedString kSchedulerPrefix{"Scheduler"};
// Scheduler.Agenda: block -> BoundedVec<Option<Scheduled>, MaxScheduledPerBlock>.
using Agenda = storage::StorageMap<kSchedulerPrefix, "Agenda", storage::Twox64Concat<BlockNumber>,
                                   std::vector<std::optional<InlineRootTask>>, ValueQuery<>>;

}  // namespace

Bytes swap_coldkey_call(const AccountId& old_coldkey, const AccountId& new_coldkey,
                        uint64_t swap_cost) {
  scale::Encoder e;
  e.put_byte(kPalletIndex);
  e.put_byte(kSwapColdkeyCallIndex);
  scale::encode_to(e, old_coldkey);
  scale::encode_to(e, new_coldkey);
  scale::encode_to(e, swap_cost);
  return e.take();
}

Result<uint32_t, ScheduleError> schedule_root_call(frame::Env& env, BlockNumber when,
                                                   uint8_t priority, ByteView call) {
  // T::Preimages::bound: a longer call would need a preimage (not modelled).
  if (call.size() > kMaxInlineCall) return unexpected(ScheduleError::kCallTooLong);
  // resolve_time(At(when)).
  if (when <= system::block_number(env.state)) {
    return unexpected(ScheduleError::kTargetBlockNumberInPast);
  }
  // push_to_agenda: append while below the bound, else fill the first hole.
  std::vector<std::optional<InlineRootTask>> agenda = Agenda::get(env.state, when);
  InlineRootTask task{priority, Bytes(call.begin(), call.end())};
  uint32_t index = 0;
  if (agenda.size() < kMaxScheduledPerBlock) {
    agenda.emplace_back(std::move(task));
    index = static_cast<uint32_t>(agenda.size() - 1);
  } else {
    const auto hole = std::find(agenda.begin(), agenda.end(), std::nullopt);
    if (hole == agenda.end()) return unexpected(ScheduleError::kExhausted);
    *hole = std::move(task);
    index = static_cast<uint32_t>(hole - agenda.begin());
  }
  Agenda::insert(env.state, when, agenda);
  return index;
}

uint32_t scheduler_service_agenda(frame::Env& env, BlockNumber now) {
  if (!Agenda::contains_key(env.state, now)) return 0;
  std::vector<std::optional<InlineRootTask>> agenda = Agenda::get(env.state, now);
  // (index, priority) of the live tasks, stable-sorted by priority.
  std::vector<std::pair<size_t, uint8_t>> ordered;
  for (size_t i = 0; i < agenda.size(); ++i) {
    if (agenda[i].has_value()) ordered.emplace_back(i, agenda[i]->priority);
  }
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  uint32_t dispatched = 0;
  uint32_t unavailable = 0;
  for (const auto& [index, priority] : ordered) {
    InlineRootTask task = std::move(*agenda[index]);
    agenda[index].reset();
    // Preimages::peek: a call that does not decode stays in the agenda (CallUnavailable).
    if (!frame::resolve_call(env.registry, task.call).has_value()) {
      agenda[index] = std::move(task);
      ++unavailable;
      continue;
    }
    // The result only feeds the Scheduler's Dispatched event (not modelled).
    (void)frame::dispatch_call(env, frame::Origin::root(), task.call, false);
    ++dispatched;
  }
  if (unavailable > 0) {
    Agenda::insert(env.state, now, agenda);
  } else {
    Agenda::remove(env.state, now);
  }
  return dispatched;
}

frame::DispatchResult perform_swap_coldkey(frame::Env& env, const AccountId& old_coldkey,
                                           const AccountId& new_coldkey, Weight& weight) {
  storage::Overlay& state = env.state;

  // 1. Subnet ownership.
  for (const NetUid netuid : all_subnet_netuids(state)) {
    if (SubnetOwner::get(state, netuid) == old_coldkey) {
      SubnetOwner::insert(state, netuid, new_coldkey);
    }
    accrue(weight, DbWeight::reads_writes(1, 1));
  }

  // 2. Stake: every (hotkey, old, netuid) share entry is added into (hotkey, new, netuid).
  for (const AccountId& hotkey : StakingHotkeys::get(state, old_coldkey)) {
    for (const NetUid netuid : all_subnet_netuids(state)) {
      const U64F64 old_alpha = Alpha::get(state, hotkey, old_coldkey, netuid);
      const U64F64 new_alpha = Alpha::get(state, hotkey, new_coldkey, netuid);
      Alpha::insert(state, hotkey, new_coldkey, netuid, new_alpha.saturating_add(old_alpha));
      Alpha::remove(state, hotkey, old_coldkey, netuid);
    }
    accrue(weight, DbWeight::reads_writes(2, 2));
  }

  // 3. StakingHotkeys.
  const std::vector<AccountId> staking =
      merged(StakingHotkeys::get(state, new_coldkey), StakingHotkeys::get(state, old_coldkey));
  StakingHotkeys::remove(state, old_coldkey);
  StakingHotkeys::insert(state, new_coldkey, staking);
  accrue(weight, DbWeight::reads_writes(2, 2));

  // 4. Hotkey ownership.
  const std::vector<AccountId> old_owned = OwnedHotkeys::get(state, old_coldkey);
  std::vector<AccountId> new_owned = OwnedHotkeys::get(state, new_coldkey);
  for (const AccountId& hotkey : old_owned) {
    Owner::remove(state, hotkey);
    Owner::insert(state, hotkey, new_coldkey);
    if (std::find(new_owned.begin(), new_owned.end(), hotkey) == new_owned.end()) {
      new_owned.push_back(hotkey);
    }
  }
  OwnedHotkeys::remove(state, old_coldkey);
  OwnedHotkeys::insert(state, new_coldkey, new_owned);
  accrue(weight, DbWeight::reads_writes(2, 2));

  // 5. The remaining balance.
  const uint64_t remaining = coldkey_balance(env, old_coldkey);
  if (remaining > 0) {
    auto killed = kill_coldkey_account(env, old_coldkey, remaining);
    if (!killed) return unexpected(killed.error());
    add_balance_to_coldkey_account(env, new_coldkey, remaining);
  }
  accrue(weight, DbWeight::reads_writes(2, 2));
  return Ok{};
}

frame::DispatchResultWithPostInfo do_swap_coldkey(frame::Env& env, const AccountId& old_coldkey,
                                                  const AccountId& new_coldkey,
                                                  uint64_t swap_cost) {
  Weight weight = DbWeight::reads(2);

  // 1, 2. The new coldkey is fresh.
  if (!StakingHotkeys::get(env.state, new_coldkey).empty()) {
    return frame::fail(error(Error::kColdKeyAlreadyAssociated));
  }
  accrue(weight, DbWeight::reads(1));
  if (hotkey_account_exists(env.state, new_coldkey)) {
    return frame::fail(error(Error::kNewColdKeyIsHotkey));
  }
  accrue(weight, DbWeight::reads(1));

  // 3. The identity follows the coldkey (written before the balance check, as upstream).
  if (std::optional<ChainIdentityV2> identity = IdentitiesV2::take(env.state, old_coldkey)) {
    IdentitiesV2::insert(env.state, new_coldkey, *identity);
  }

  // 4, 5. Pay and burn the cost.
  if (!can_remove_balance_from_coldkey_account(env, old_coldkey, swap_cost)) {
    return frame::fail(error(Error::kNotEnoughBalanceToPaySwapColdKey));
  }
  auto burned = remove_balance_from_coldkey_account(env, old_coldkey, swap_cost);
  if (!burned) return frame::fail(burned.error());
  burn_tokens(env, *burned);
  accrue(weight, DbWeight::reads_writes(1, 1));

  // 6. Move everything; upstream ignores the result.
  (void)perform_swap_coldkey(env, old_coldkey, new_coldkey, weight);

  // 7. Bookkeeping and event.
  set_last_tx_block(env.state, new_coldkey, current_block(env.state));
  accrue(weight, DbWeight::writes(1));
  ColdkeySwapScheduled::remove(env.state, old_coldkey);
  system::deposit(env, event::ColdkeySwapped{old_coldkey, new_coldkey, swap_cost});
  return frame::PostDispatchInfo{weight, frame::Pays::kYes};
}

frame::DispatchResultWithPostInfo do_schedule_swap_coldkey(frame::Env& env,
                                                           const frame::Origin& origin,
                                                           const AccountId& new_coldkey) {
  auto signer = frame::ensure_signed(origin);
  if (!signer) return frame::fail(signer.error());
  const AccountId who = *signer;
  if (ColdkeySwapScheduled::contains_key(env.state, who)) {
    return frame::fail(error(Error::kSwapAlreadyScheduled));
  }
  const uint64_t swap_cost = env.config.subtensor.key_swap_cost;
  if (!can_remove_balance_from_coldkey_account(env, who, swap_cost)) {
    return frame::fail(error(Error::kNotEnoughBalanceToPaySwapColdKey));
  }

  const BlockNumber now = system::block_number(env.state);
  const BlockNumber duration = ColdkeySwapScheduleDuration::get(env);
  const BlockNumber when = now > UINT32_MAX - duration ? UINT32_MAX : now + duration;

  const Bytes call = swap_coldkey_call(who, new_coldkey, swap_cost);
  if (!schedule_root_call(env, when, kColdkeySwapPriority, call).has_value()) {
    return frame::fail(error(Error::kFailedToSchedule));
  }

  ColdkeySwapScheduled::insert(env.state, who, std::monostate{});
  system::deposit(env, event::ColdkeySwapScheduled{who, new_coldkey, when, swap_cost});
  return frame::PostDispatchInfo{};
}

}  // namespace subemu::runtime::subtensor
