// Coldkey swap (mirrors pallets/subtensor/src/swap/swap_coldkey.rs and the schedule_swap_coldkey
// body of macros/dispatches.rs at subtensor v3.0.0).
//
// do_swap_coldkey(old, new, swap_cost) — the body of the Root-only swap_coldkey call, which the
// scheduler dispatches at the block schedule_swap_coldkey chose. In upstream order:
//   1. StakingHotkeys[new] empty                     else ColdKeyAlreadyAssociated
//   2. new is not a hotkey (no Owner entry)          else NewColdKeyIsHotkey
//   3. IdentitiesV2[old] moves to new when present (before the balance check; an error below rolls
//      it back with the rest of the call)
//   4. old can pay swap_cost                         else NotEnoughBalanceToPaySwapColdKey
//   5. withdraw swap_cost from old (Preserve; a failed withdraw is its error), burn it from
//      SubtensorModule.TotalIssuance
//   6. perform_swap_coldkey (its result is ignored, as upstream: writes it made before failing
//      stay)
//   7. LastTxBlock[new] = block, ColdkeySwapScheduled[old] removed, ColdkeySwapped event; the
//      post-dispatch weight is the weight accumulated.
//
// perform_swap_coldkey(old, new), in order:
//   SubnetOwner      every subnet owned by old becomes new's
//   Alpha            for each hotkey of StakingHotkeys[old] and every subnet (NetworksAdded):
//                    (hk, new, n) := (hk, new, n) + (hk, old, n), (hk, old, n) removed (an entry
//                    is written for every pair, zero included)
//   StakingHotkeys   new's list gains old's hotkeys it lacks (in old's order); old's removed
//   Owner            each hotkey of OwnedHotkeys[old] is owned by new; OwnedHotkeys merged the
//                    same way, old's removed
//   balance          old's whole reducible balance is withdrawn (Exact, Expendable, Force) and
//                    deposited to new; a failed withdrawal is the function's error
//
// schedule_swap_coldkey(origin, new): Signed; SwapAlreadyScheduled when ColdkeySwapScheduled has
// the caller; NotEnoughBalanceToPaySwapColdKey when it cannot pay KeySwapCost (nothing is taken
// now: swap_coldkey burns it at execution); when = block + ColdkeySwapScheduleDuration
// (saturating, u32). Upstream then bounds the call swap_coldkey{old, new, swap_cost} (74 bytes:
// inline, no preimage) and hands it to pallet_scheduler (At(when), priority 63, Root origin);
// a scheduler refusal is FailedToSchedule. Finally ColdkeySwapScheduled[old] = () and the
// ColdkeySwapScheduled event.
//
// The scheduler. pallet_scheduler is not a modelled pallet, so this file keeps the one kind of
// task SubtensorModule gives it, in upstream's own storage and bytes:
//   Scheduler.Agenda  Twox64Concat(u32 block) -> BoundedVec<Option<Scheduled>, 50>
//   Scheduled         {maybe_id: None, priority: 63, call: Bounded::Inline(call bytes),
//                      maybe_periodic: None, origin: OriginCaller::system(RawOrigin::Root)}
// schedule_root_call refuses as pallet_scheduler does: a target block not after the current one
// (TargetBlockNumberInPast) and a full agenda without a free slot (Exhausted). No Lookup entry
// is written (the task is anonymous). scheduler_service_agenda(now) is pallet_scheduler's
// on_initialize for these tasks: it dispatches Agenda[now]'s tasks in (priority, index) order
// with Root origin through the runtime's dispatch, each in its own storage layer (a failing swap
// leaves no trace, so ColdkeySwapScheduled stays, as upstream), and removes the agenda; a task
// whose call does not resolve stays (upstream's CallUnavailable). Not reproduced: the Scheduler's
// events (Scheduled, Dispatched: the pallet has no event variants here), its weight accounting and
// per-block limit (MaximumSchedulerWeight; a swap_coldkey is far below it) and the
// IncompleteSince catch-up (an agenda is serviced only at its own block, which is what happens
// when every block is produced). It must run after SubtensorModule's on_initialize, as Scheduler
// (index 15) does.
//
// Owned by the chain thread; writes go through env.state.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::subtensor {

// mirrors do_swap_coldkey (see the file comment).
frame::DispatchResultWithPostInfo do_swap_coldkey(frame::Env& env, const AccountId& old_coldkey,
                                                  const AccountId& new_coldkey, uint64_t swap_cost);

// mirrors perform_swap_coldkey.
frame::DispatchResult perform_swap_coldkey(frame::Env& env, const AccountId& old_coldkey,
                                           const AccountId& new_coldkey, frame::Weight& weight);

// mirrors the schedule_swap_coldkey call body (see the file comment).
frame::DispatchResultWithPostInfo do_schedule_swap_coldkey(frame::Env& env,
                                                           const frame::Origin& origin,
                                                           const AccountId& new_coldkey);

// ---- the scheduler's part (see the file comment) ----------------------------------------------

// pallet_scheduler's MaxScheduledPerBlock (runtime and mock: 50).
inline constexpr uint32_t kMaxScheduledPerBlock = 50;
// The priority schedule_swap_coldkey gives its task.
inline constexpr uint8_t kColdkeySwapPriority = 63;

enum class ScheduleError : uint8_t {
  kTargetBlockNumberInPast = 0,  // when <= the current block
  kExhausted = 1,                // Agenda[when] holds kMaxScheduledPerBlock live tasks
  kCallTooLong = 2,              // more than 128 bytes (Preimages::bound would need a preimage)
};

// mirrors pallet_scheduler do_schedule(At(when), None, priority, Root, Bounded::Inline(call)):
// the task's index in Agenda[when].
Result<uint32_t, ScheduleError> schedule_root_call(frame::Env& env, BlockNumber when,
                                                   uint8_t priority, ByteView call);

// mirrors pallet_scheduler on_initialize(now) for the tasks above: dispatches Agenda[now] and
// removes it. Returns the number of tasks dispatched.
uint32_t scheduler_service_agenda(frame::Env& env, BlockNumber now);

// The SCALE bytes of swap_coldkey{old_coldkey, new_coldkey, swap_cost} as a RuntimeCall.
Bytes swap_coldkey_call(const AccountId& old_coldkey, const AccountId& new_coldkey,
                        uint64_t swap_cost);

}  // namespace subemu::runtime::subtensor
