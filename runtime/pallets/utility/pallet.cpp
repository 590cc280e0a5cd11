// mirrors subtensor v3.0.0 pallets/utility/src/lib.rs (batch, as_derivative, batch_all,
// dispatch_as, force_batch, with_weight, weight_and_dispatch_class, derivative_account_id) and
// its weights.rs SubstrateWeight.
#include "runtime/pallets/utility/pallet.hpp"

#include <vector>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::runtime::utility {

using frame::DispatchClass;
using frame::DispatchError;
using frame::DispatchInfo;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Weight;
using pallets::db;
using pallets::linear;

namespace weights {
Weight batch(uint32_t c) { return linear(2'694'370, 3997, 5'005'941, c).saturating_add(db(2, 0)); }
Weight as_derivative() { return Weight::from_parts(9'639'000, 3997).saturating_add(db(2, 0)); }
Weight batch_all(uint32_t c) {
  return linear(12'948'874, 3997, 5'162'821, c).saturating_add(db(2, 0));
}
Weight dispatch_as() { return Weight::from_parts(7'452'000, 0); }
Weight force_batch(uint32_t c) {
  return linear(4'879'712, 3997, 4'955'816, c).saturating_add(db(2, 0));
}
}  // namespace weights

AccountId derivative_account_id(const AccountId& who, uint16_t index) {
  scale::Encoder e;
  e.put_bytes(as_bytes("modlpy/utilisuba"));  // a [u8; 16] literal: no length prefix
  scale::encode_to(e, who);
  scale::encode_to(e, index);
  return AccountId(crypto::blake2_256(e.bytes()));
}

namespace event {
void BatchInterrupted::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, index);
  scale::encode_to(e, error);
}
void ItemFailed::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, error);
}
void DispatchedAs::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, result);
}
}  // namespace event

namespace {

// frame_support extract_actual_weight.
Weight actual_weight(const DispatchResultWithPostInfo& r, const DispatchInfo& info) {
  const frame::PostDispatchInfo& post = r.has_value() ? r.value() : r.error().post_info;
  return post.calc_actual_weight(info);
}


// weight_and_dispatch_class (subtensor's version: only paying calls add weight).
std::pair<Weight, DispatchClass> weight_and_dispatch_class(const metadata::Registry& registry,
                                                           const std::vector<ByteView>& calls) {
  Weight total = Weight::zero();
  DispatchClass cls = DispatchClass::kOperational;
  for (ByteView c : calls) {
    const DispatchInfo di = pallets::inner_call_info(registry, c);
    if (di.pays_fee == frame::Pays::kYes) total = total.saturating_add(di.weight);
    if (di.dispatch_class == DispatchClass::kNormal) cls = DispatchClass::kNormal;
  }
  return {total, cls};
}

std::vector<ByteView> decode_calls(const metadata::Registry& registry, ByteView args) {
  auto calls = frame::split_calls(registry, args);
  SUBEMU_CHECK(calls.has_value());
  return *calls;
}

// Checks shared by the batches: not None, at most kBatchedCallsLimit calls.
std::optional<DispatchError> batch_precheck(const Origin& origin, size_t n) {
  if (origin.is_none()) return DispatchError::bad_origin();
  if (n > kBatchedCallsLimit) return error(Error::kTooManyCalls);
  return std::nullopt;
}

DispatchResultWithPostInfo batch(Env& env, const Origin& origin, ByteView args) {
  const std::vector<ByteView> calls = decode_calls(env.registry, args);
  if (auto e = batch_precheck(origin, calls.size())) return frame::fail(*e);
  const bool is_root = origin.is_root();
  Weight weight = Weight::zero();
  for (size_t index = 0; index < calls.size(); ++index) {
    const DispatchInfo info = pallets::inner_call_info(env.registry, calls[index]);
    const DispatchResultWithPostInfo result =
        frame::dispatch_call(env, origin, calls[index], /*bypass_filter=*/is_root);
    weight = weight.saturating_add(actual_weight(result, info));
    if (!result.has_value()) {
      system::deposit(env,
                      event::BatchInterrupted{static_cast<uint32_t>(index), result.error().error});
      return pallets::actual(
          weights::batch(static_cast<uint32_t>(index + 1)).saturating_add(weight));
    }
    system::deposit(env, event::ItemCompleted{});
  }
  system::deposit(env, event::BatchCompleted{});
  return pallets::actual(
      weights::batch(static_cast<uint32_t>(calls.size())).saturating_add(weight));
}

DispatchResultWithPostInfo as_derivative(Env& env, const Origin& origin, ByteView args) {
  scale::Decoder d(args);
  uint16_t index = 0;
  if (!scale::decode_from(d, index)) return pallets::bad_args();
  const ByteView call = args.subspan(d.offset());
  auto who = frame::ensure_signed(origin);
  if (!who) return frame::fail(who.error());
  // set_caller_from keeps the origin's filters.
  const Origin pseudonym = Origin::signed_by(derivative_account_id(*who, index));
  const DispatchInfo info = pallets::inner_call_info(env.registry, call);
  DispatchResultWithPostInfo result = frame::dispatch_call(env, pseudonym, call, false);
  const Weight weight =
      weights::as_derivative().saturating_add(db(1, 1)).saturating_add(actual_weight(result, info));
  if (!result.has_value()) {
    return pallets::fail_with(result.error().error, pallets::actual(weight));
  }
  return pallets::actual(weight);
}

DispatchResultWithPostInfo batch_all(Env& env, const Origin& origin, ByteView args) {
  const std::vector<ByteView> calls = decode_calls(env.registry, args);
  if (auto e = batch_precheck(origin, calls.size())) return frame::fail(*e);
  const bool is_root = origin.is_root();
  Weight weight = Weight::zero();
  for (size_t index = 0; index < calls.size(); ++index) {
    const DispatchInfo info = pallets::inner_call_info(env.registry, calls[index]);
    DispatchResultWithPostInfo result = [&] {
      if (is_root) return frame::dispatch_call(env, origin, calls[index], true);
      const frame::OriginFilterScope no_nested_batch_all(env);  // filtered_origin.add_filter
      return frame::dispatch_call(env, origin, calls[index], false);
    }();
    weight = weight.saturating_add(actual_weight(result, info));
    if (!result.has_value()) {
      const Weight base = weights::batch_all(static_cast<uint32_t>(index + 1));
      return pallets::fail_with(result.error().error, pallets::actual(base.saturating_add(weight)));
    }
    system::deposit(env, event::ItemCompleted{});
  }
  system::deposit(env, event::BatchCompleted{});
  return pallets::actual(
      weights::batch_all(static_cast<uint32_t>(calls.size())).saturating_add(weight));
}

// OriginCaller: system(RawOrigin) = 0 is the only caller our Origin models.
struct OriginCaller {
  bool modelled = false;
  Origin origin;
};

bool decode_origin_caller(scale::Decoder& d, OriginCaller& out) {
  uint8_t pallet = 0, kind = 0;
  if (!d.read_byte(pallet) || !d.read_byte(kind)) return false;
  ByteView skipped;
  switch (pallet) {
    case 0:  // frame_system RawOrigin
      out.modelled = true;
      if (kind == 0) {
        out.origin = Origin::root();
        return true;
      }
      if (kind == 1) {
        AccountId who;
        if (!scale::decode_from(d, who)) return false;
        out.origin = Origin::signed_by(who);
        return true;
      }
      if (kind == 2) {
        out.origin = Origin::none();
        return true;
      }
      break;
    case 8:  // pallet_collective RawOrigin<AccountId, Instance1>
      if (kind == 0) return d.read_bytes(8, skipped);   // Members(u32, u32)
      if (kind == 1) return d.read_bytes(32, skipped);  // Member(AccountId)
      if (kind == 2) return true;                       // _Phantom
      break;
    case 21:  // pallet_ethereum RawOrigin::EthereumTransaction(H160)
      if (kind == 0) return d.read_bytes(20, skipped);
      break;
    default:
      break;
  }
  d.fail(scale::DecodeError::kInvalidEnumTag);
  return false;
}

DispatchResultWithPostInfo dispatch_as(Env& env, const Origin& origin, ByteView args) {
  scale::Decoder d(args);
  OriginCaller as_origin;
  if (!decode_origin_caller(d, as_origin)) return pallets::bad_args();
  const ByteView call = args.subspan(d.offset());
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  frame::DispatchResult res = unexpected(DispatchError::bad_origin());
  if (as_origin.modelled) {
    const frame::FreshOriginScope fresh(env);  // `(*as_origin).into()`
    auto r = frame::dispatch_call(env, as_origin.origin, call, /*bypass_filter=*/true);
    if (r.has_value()) {
      res = Ok{};
    } else {
      res = unexpected(r.error().error);
    }
  }
  system::deposit(env, event::DispatchedAs{res});
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo force_batch(Env& env, const Origin& origin, ByteView args) {
  const std::vector<ByteView> calls = decode_calls(env.registry, args);
  if (auto e = batch_precheck(origin, calls.size())) return frame::fail(*e);
  const bool is_root = origin.is_root();
  Weight weight = Weight::zero();
  bool has_error = false;
  for (ByteView call : calls) {
    const DispatchInfo info = pallets::inner_call_info(env.registry, call);
    const DispatchResultWithPostInfo result = frame::dispatch_call(env, origin, call, is_root);
    weight = weight.saturating_add(actual_weight(result, info));
    if (!result.has_value()) {
      has_error = true;
      system::deposit(env, event::ItemFailed{result.error().error});
    } else {
      system::deposit(env, event::ItemCompleted{});
    }
  }
  if (has_error) {
    system::deposit(env, event::BatchCompletedWithErrors{});
  } else {
    system::deposit(env, event::BatchCompleted{});
  }
  // Upstream uses the weight of `batch`, not `force_batch`, here.
  return pallets::actual(
      weights::batch(static_cast<uint32_t>(calls.size())).saturating_add(weight));
}

DispatchResultWithPostInfo with_weight(Env& env, const Origin& origin, ByteView args) {
  auto len = frame::call_length(env.registry, args);
  if (!len) return pallets::bad_args();
  const ByteView call = args.first(*len);
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  const frame::FreshOriginScope fresh(env);  // RawOrigin::Root.into()
  auto r = frame::dispatch_call(env, Origin::root(), call, /*bypass_filter=*/true);
  if (!r.has_value()) return frame::fail(r.error().error);
  return frame::PostDispatchInfo{};
}

// ---- GetDispatchInfo --------------------------------------------------------------------------

DispatchInfo batch_like_info(const metadata::Registry& registry, ByteView args,
                             Weight (*own)(uint32_t)) {
  auto calls = frame::split_calls(registry, args);
  if (!calls) return DispatchInfo{};
  const auto [w, cls] = weight_and_dispatch_class(registry, *calls);
  return DispatchInfo{w.saturating_add(own(static_cast<uint32_t>(calls->size()))), cls,
                      frame::Pays::kYes};
}
DispatchInfo batch_info(const metadata::Registry& registry, ByteView args) {
  return batch_like_info(registry, args, &weights::batch);
}
DispatchInfo batch_all_info(const metadata::Registry& registry, ByteView args) {
  return batch_like_info(registry, args, &weights::batch_all);
}
DispatchInfo force_batch_info(const metadata::Registry& registry, ByteView args) {
  return batch_like_info(registry, args, &weights::force_batch);
}
DispatchInfo as_derivative_info(const metadata::Registry& registry, ByteView args) {
  const DispatchInfo inner = pallets::inner_call_info(registry, args.subspan(2));
  return DispatchInfo{
      weights::as_derivative().saturating_add(db(1, 1)).saturating_add(inner.weight),
      inner.dispatch_class, frame::Pays::kYes};
}
DispatchInfo dispatch_as_info(const metadata::Registry& registry, ByteView args) {
  scale::Decoder d(args);
  OriginCaller unused;
  if (!decode_origin_caller(d, unused)) return DispatchInfo{};
  const DispatchInfo inner = pallets::inner_call_info(registry, args.subspan(d.offset()));
  return DispatchInfo{weights::dispatch_as().saturating_add(inner.weight), inner.dispatch_class,
                      frame::Pays::kYes};
}
DispatchInfo with_weight_info(const metadata::Registry& registry, ByteView args) {
  return pallets::call_with_weight_info(registry, args);
}

metadata::TypeRef origin_caller_type() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  static const TypeRef t = [] {
    const TypeRef account = TypeOf<AccountId>::get();
    const TypeRef system_origin =
        t_enum("RawOrigin",
               {variant("Root", 0), variant("Signed", 1, {unnamed(account)}), variant("None", 2)});
    const TypeRef collective =
        t_enum("pallet_collective::RawOrigin",
               {variant("Members", 0, {unnamed(t_uint(32)), unnamed(t_uint(32))}),
                variant("Member", 1, {unnamed(account)}), variant("_Phantom", 2)});
    const TypeRef ethereum =
        t_enum("pallet_ethereum::RawOrigin",
               {variant("EthereumTransaction", 0, {unnamed(t_byte_array(20, "H160"))})});
    return t_enum("OriginCaller", {variant("system", 0, {unnamed(system_origin)}),
                                   variant("Triumvirate", 8, {unnamed(collective)}),
                                   variant("Ethereum", 21, {unnamed(ethereum)})});
  }();
  return t;
}

}  // namespace

metadata::PalletDesc describe() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  const TypeRef calls = t_seq(t_call());
  const TypeRef boxed_call = t_boxed(t_call());
  PalletDesc p;
  p.name = "Utility";
  p.index = kPalletIndex;
  p.calls = {
      CallDesc{"batch", 0, {field("calls", calls)}, &batch, &batch_info},
      CallDesc{"as_derivative",
               1,
               {field("index", t_uint(16)), field("call", boxed_call)},
               &as_derivative,
               &as_derivative_info},
      CallDesc{"batch_all", 2, {field("calls", calls)}, &batch_all, &batch_all_info},
      CallDesc{"dispatch_as",
               3,
               {field("as_origin", t_boxed(origin_caller_type())), field("call", boxed_call)},
               &dispatch_as,
               &dispatch_as_info},
      CallDesc{"force_batch", 4, {field("calls", calls)}, &force_batch, &force_batch_info},
      CallDesc{"with_weight",
               5,
               {field("call", boxed_call), field("weight", TypeOf<Weight>::get())},
               &with_weight,
               &with_weight_info},
  };
  const TypeRef err = TypeOf<DispatchError>::get();
  p.events = {
      variant("BatchInterrupted", 0, {field("index", t_uint(32)), field("error", err)}),
      variant("BatchCompleted", 1),
      variant("BatchCompletedWithErrors", 2),
      variant("ItemCompleted", 3),
      variant("ItemFailed", 4, {field("error", err)}),
      variant("DispatchedAs", 5, {field("result", TypeOf<frame::DispatchResult>::get())}),
  };
  p.errors = {"TooManyCalls"};
  return p;
}

}  // namespace subemu::runtime::utility
