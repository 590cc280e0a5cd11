// pallet_utility as subtensor v3.0.0 ships it (its own copy, pallets/utility, of the
// polkadot-sdk pallet; index 11), with WeightInfo = its weights.rs SubstrateWeight and
// RocksDbWeight.
//
// Calls (all reject the None origin with BadOrigin where upstream does):
//   0 batch(calls: Vec<RuntimeCall>)        dispatch in order (Root bypasses filters); stop at
//       the first error: BatchInterrupted{index, error}, and Ok with the weight so far; else
//       ItemCompleted per call and BatchCompleted. Actual weight = batch(n_dispatched) + inner.
//   1 as_derivative(index: u16, call)       Signed; dispatch as derivative_account_id(who, index)
//       with the caller's filters; weight as_derivative() + r1 w1 + inner actual, on Ok and Err.
//   2 batch_all(calls)                      all or nothing (the call's own storage layer rolls
//       back); non-Root inner dispatches also reject a nested batch_all (origin filter); the
//       error carries weight batch_all(index + 1) + inner so far.
//   3 dispatch_as(as_origin: Box<OriginCaller>, call)  Root; dispatch_bypass_filter with the
//       given origin, DispatchedAs{result}; Ok.
//   4 force_batch(calls)                    never stops: ItemCompleted / ItemFailed{error} per
//       call, then BatchCompleted or BatchCompletedWithErrors; actual weight uses batch(n) (sic).
//   5 with_weight(call, weight: Weight)     Root; dispatch_bypass_filter as Root; declared weight
//       `weight`, class of the inner call.
// More than batched_calls_limit() = 10_922 calls fail with Error::TooManyCalls (32 MiB / 3 / 1024:
// the runtime's RuntimeCall is at most 1 KiB, so the aligned call size is 1024).
// Declared weights (pallet::weight): batch-like calls sum the weights of the inner calls that
// PAY (subtensor's change: Pays::No inner calls add nothing) plus their own formula; the class is
// Normal if any inner call is Normal, else Operational (also for an empty batch).
//
// dispatch_as origins. OriginCaller is system(RawOrigin)=0 | Triumvirate(pallet_collective
// RawOrigin)=8 | Ethereum(pallet_ethereum RawOrigin)=21. Our Origin models frame_system's origins
// only; a Triumvirate or Ethereum origin dispatches nothing and reports
// DispatchedAs{Err(BadOrigin)} (what every call the emulator implements answers to such an origin,
// except System::remark).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::utility {

inline constexpr uint8_t kPalletIndex = 11;  // construct_runtime!: Utility = 11
inline constexpr uint32_t kBatchedCallsLimit = 10'922;

enum class Error : uint8_t { kTooManyCalls = 0 };

constexpr frame::DispatchError error(Error e) {
  return frame::DispatchError::module(kPalletIndex, static_cast<uint8_t>(e));
}

// mirrors Pallet::derivative_account_id: blake2_256(b"modlpy/utilisuba" ++ who ++ index u16 LE).
AccountId derivative_account_id(const AccountId& who, uint16_t index);

namespace weights {
frame::Weight batch(uint32_t c);
frame::Weight as_derivative();
frame::Weight batch_all(uint32_t c);
frame::Weight dispatch_as();
frame::Weight force_batch(uint32_t c);
}  // namespace weights

namespace event {
struct BatchInterrupted {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 0;
  uint32_t index = 0;
  frame::DispatchError error;
  void encode_to(scale::Encoder& e) const;
};
struct BatchCompleted {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 1;
  void encode_to(scale::Encoder& e) const { e.put_byte(kIndex); }
};
struct BatchCompletedWithErrors {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 2;
  void encode_to(scale::Encoder& e) const { e.put_byte(kIndex); }
};
struct ItemCompleted {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 3;
  void encode_to(scale::Encoder& e) const { e.put_byte(kIndex); }
};
struct ItemFailed {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 4;
  frame::DispatchError error;
  void encode_to(scale::Encoder& e) const;
};
struct DispatchedAs {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 5;
  frame::DispatchResult result;
  void encode_to(scale::Encoder& e) const;
};
}  // namespace event

metadata::PalletDesc describe();

}  // namespace subemu::runtime::utility
