// pallet_timestamp (polkadot-stable2409) in the subtensor runtime (index 2): Moment = u64 ms,
// MinimumPeriod = SLOT_DURATION / 2 = config.minimum_period_ms, WeightInfo = () (the 2024-04-09
// benchmark), OnTimestampSet = Aura.
//
//   0 set(now: Compact<u64>)  None origin (the timestamp inherent), Mandatory class, weight
//       (8_684_000, 1493) + r2 w1. BadOrigin for another origin; then, where upstream PANICS
//       (which makes the block invalid): DidUpdate already set ("Timestamp must be updated only
//       once in the block"), or now < Now + MinimumPeriod with Now != 0 ("Timestamp must
//       increment by at least <MinimumPeriod> between sequential blocks"). Then Now = now,
//       DidUpdate = true.
//   on_initialize returns the weight of on_finalize, (4_118_000, 0);
//   on_finalize takes DidUpdate and panics if it was not set ("Timestamp must be updated once in
//       the block").
// A panic is a typed Panic here: check_set / on_finalize report it and the executive rejects the
// block. The dispatch function itself (which the executive reaches only after check_set passed)
// fails with DispatchError::Other on a panic condition, so nothing is written.
// Not modelled: Aura's on_timestamp_set assertion that now / slot_duration equals Aura's
// CurrentSlot (the emulator's blocks carry no slot check).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/timestamp/storage.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::timestamp {

inline constexpr uint8_t kPalletIndex = 2;  // construct_runtime!: Timestamp = 2

enum class Panic : uint8_t {
  kAlreadyUpdated,  // set twice in a block
  kTooEarly,        // now < previous + MinimumPeriod
  kNotUpdated,      // on_finalize: set was not called
};
std::string_view to_string(Panic p);

namespace weights {
frame::Weight set();
frame::Weight on_finalize();
}  // namespace weights

// The assertions `set(now)` makes after its origin check.
Result<void, Panic> check_set(const frame::Env& env, uint64_t now);
// mirrors on_initialize: the weight to register (on_finalize's).
frame::Weight on_initialize(frame::Env& env, BlockNumber n);
// mirrors on_finalize: DidUpdate::take(), a panic when it was not set.
Result<void, Panic> on_finalize(frame::Env& env, BlockNumber n);
// Now (ms).
uint64_t now(const storage::Overlay& state);

metadata::PalletDesc describe();

}  // namespace subemu::runtime::timestamp
