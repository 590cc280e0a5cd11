// Dispatching a RuntimeCall (pallet index u8 ++ call index u8 ++ SCALE args) through the pallet
// registry, as construct_runtime!'s RuntimeCall::dispatch / dispatch_bypass_filter do in the
// subtensor runtime at v3.0.0.
//
// dispatch_call(env, origin, call, bypass_filter):
//   1. resolve the pallet and call through env.registry (an unknown index is a bug: the executive
//      only dispatches calls that decoded);
//   2. unless bypass_filter or the origin is Root (Root bypasses every filter, as
//      RuntimeOrigin::filter_call does), apply the origin's filter: the runtime's BaseCallFilter
//      InsideBoth<SafeMode, NoNestingCallFilter>, and any filter a dispatch added to the origin
//      (utility::batch_all's "no nested batch_all", see OriginFilterScope). A filtered call fails
//      with frame_system's Error::CallFiltered (Module{0, 5}) and no post info. SafeMode is never
//      entered in the emulator (its EnteredUntil is never set), so its filter passes everything;
//      NoNestingCallFilter rejects a Utility batch / batch_all / force_batch that directly contains
//      a Utility batch / batch_all / force_batch;
//   3. run the call inside a storage layer (FRAME dispatchables are #[transactional]): an Err
//      rolls back every write of the call, its events included; a 256th nested layer fails with
//      TransactionalError::LimitReached before the call runs.
//
// Origin filters. FRAME origins carry a filter that nested dispatches inherit (batch_all adds
// one, origins made fresh from a caller — sudo, sudo_as, dispatch_as — start from the base
// filter). Our Origin is a plain value, so the added filters live beside the dispatch in
// Env::dispatch (OriginFilterScope / FreshOriginScope), one per chain.
//
// call_info(registry, call) is GetDispatchInfo: the call's weight, class and pays_fee from its
// arguments.
#pragma once

#include "runtime/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame {

enum class CallDecodeError : uint8_t {
  kTruncated = 0,      // input ended inside the call
  kUnknownPallet = 1,  // no pallet with that index (or it has no calls)
  kUnknownCall = 2,    // the pallet has no call with that index
  kBadArgs = 3,        // the arguments do not decode as the call's argument types
  kTrailingBytes = 4,  // bytes left after the call
  kTooDeep = 5,        // nested calls beyond kMaxCallDepth
};
std::string_view to_string(CallDecodeError e);

// Nesting bound for decoding calls within calls (parity-scale-codec's MAX_EXTRINSIC_DEPTH).
inline constexpr uint32_t kMaxCallDepth = 256;

// A call resolved through the registry: its pallet and call descriptors and its argument bytes.
struct CallRef {
  const metadata::PalletDesc* pallet = nullptr;
  const metadata::CallDesc* call = nullptr;
  ByteView args;  // the bytes after the two index bytes
};

// Resolves `call` (the whole input must be one call).
Result<CallRef, CallDecodeError> resolve_call(const metadata::Registry& registry, ByteView call);

// Reads one value of `type` from `d` without materialising it (kCall resolves through the
// registry). False and d's sticky error on malformed input; `depth` counts nested calls.
bool skip_value(const metadata::TypeDesc& type, scale::Decoder& d,
                const metadata::Registry& registry, uint32_t depth = 0);

// The length of the RuntimeCall at the start of `bytes`.
Result<size_t, CallDecodeError> call_length(const metadata::Registry& registry, ByteView bytes,
                                            uint32_t depth = 0);

// Splits a SCALE Vec<RuntimeCall> (the whole input) into its calls.
Result<std::vector<ByteView>, CallDecodeError> split_calls(const metadata::Registry& registry,
                                                           ByteView vec_of_calls,
                                                           uint32_t depth = 0);

// mirrors GetDispatchInfo for RuntimeCall.
Result<DispatchInfo, CallDecodeError> call_info(const metadata::Registry& registry, ByteView call);

// mirrors the runtime's BaseCallFilter (InsideBoth<SafeMode, NoNestingCallFilter>).
// REQUIRES: `call` resolves (resolve_call succeeded).
bool base_call_filter(const metadata::Registry& registry, ByteView call);

// mirrors RuntimeCall::dispatch (bypass_filter = false) / dispatch_bypass_filter (true).
// REQUIRES: `call` resolves; its arguments decode.
DispatchResultWithPostInfo dispatch_call(Env& env, const Origin& origin, ByteView call,
                                         bool bypass_filter);

// ---- origin filters -------------------------------------------------------------------------

// While alive, nested dispatches with a non-Root origin reject Utility::batch_all with
// CallFiltered (pallet_utility batch_all's `filtered_origin.add_filter`). Nestable.
class OriginFilterScope {
 public:
  explicit OriginFilterScope(Env& env);
  ~OriginFilterScope();
  OriginFilterScope(const OriginFilterScope&) = delete;
  OriginFilterScope& operator=(const OriginFilterScope&) = delete;

 private:
  Env& env_;
};

// While alive, dispatches see an origin made fresh from its caller (`RawOrigin::X.into()`): only
// the base filter applies. Restores the outer filters on destruction.
class FreshOriginScope {
 public:
  explicit FreshOriginScope(Env& env);
  ~FreshOriginScope();
  FreshOriginScope(const FreshOriginScope&) = delete;
  FreshOriginScope& operator=(const FreshOriginScope&) = delete;

 private:
  Env& env_;
  uint32_t saved_;
};

// mirrors frame_system's Error::CallFiltered.
DispatchError call_filtered_error();

}  // namespace subemu::runtime::frame
