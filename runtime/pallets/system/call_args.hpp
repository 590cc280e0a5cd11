// Helpers for the dispatch functions of our FRAME pallets: decoding a call's arguments (the bytes
// after the pallet and call index) with decode_all semantics, and the weight arithmetic the
// generated WeightInfo impls use.
//
// A DispatchFn may assume its arguments decode (the executive dispatches only calls that decoded
// against the same descriptors); if they do not, that is a bug in a descriptor, and the call fails
// with DispatchError::Other instead of aborting the process.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/extrinsic/multi_address.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::pallets {

// Decodes every argument in order; true when all decoded and no byte is left.
template <class... Args>
bool decode_args(ByteView args, Args&... out) {
  scale::Decoder d(args);
  const bool ok = (scale::decode_from(d, out) && ... && true);
  return ok && d.remaining() == 0;
}

inline frame::DispatchResultWithPostInfo bad_args() {
  return frame::fail(frame::DispatchError::other());
}

// GetDispatchInfo of a nested call that is known to decode (the outer call decoded).
frame::DispatchInfo inner_call_info(const metadata::Registry& registry, ByteView call);
// The info of `(call: Box<RuntimeCall>, weight: Weight)` arguments (sudo_unchecked_weight,
// utility::with_weight): the given weight, the inner call's class, Pays::Yes.
frame::DispatchInfo call_with_weight_info(const metadata::Registry& registry, ByteView args);

// Weight::from_parts(ref, proof) + per_item * n (saturating), as the benchmarked formulas read.
constexpr frame::Weight linear(uint64_t ref_time, uint64_t proof_size, uint64_t per_item_ref,
                               uint64_t n) {
  return frame::Weight::from_parts(ref_time, proof_size)
      .saturating_add(frame::Weight::from_parts(per_item_ref, 0).saturating_mul(n));
}

// DbWeight::reads(r) + writes(w), saturating.
constexpr frame::Weight db(uint64_t reads, uint64_t writes) {
  return frame::DbWeight::reads(1).saturating_mul(reads).saturating_add(
      frame::DbWeight::writes(1).saturating_mul(writes));
}

// A PostDispatchInfo with only pays_fee set (`Pays::No.into()`).
inline frame::PostDispatchInfo pays(frame::Pays p) {
  return frame::PostDispatchInfo{std::nullopt, p};
}
// A PostDispatchInfo with an actual weight (`Some(w).into()`).
inline frame::PostDispatchInfo actual(const frame::Weight& w) {
  return frame::PostDispatchInfo{w, frame::Pays::kYes};
}
// An error with post info (`err.post_info = ...; Err(err)`).
inline frame::DispatchResultWithPostInfo fail_with(const frame::DispatchError& e,
                                                   const frame::PostDispatchInfo& post) {
  return unexpected(frame::DispatchErrorWithPostInfo{post, e});
}

// AccountIdLookupOf<T> = MultiAddress<AccountId32, ()>: its descriptor, and T::Lookup::lookup
// (AccountIdLookup: only Id resolves; anything else is DispatchError::CannotLookup).
metadata::TypeRef multi_address_type();
Result<AccountId, frame::DispatchError> lookup(const frame::extrinsic::MultiAddress& address);

}  // namespace subemu::runtime::pallets
