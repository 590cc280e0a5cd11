// mirrors construct_runtime!'s RuntimeCall dispatch (filter check, then the pallet's
// dispatch_bypass_filter wrapped in frame_support::storage::with_storage_layer), the runtime's
// NoNestingCallFilter, and GetDispatchInfo.
#include "runtime/frame/dispatch_call.hpp"

#include "runtime/primitives/check.hpp"

namespace subemu::runtime::frame {

using metadata::CallDesc;
using metadata::PalletDesc;
using metadata::Registry;
using metadata::TypeDesc;

namespace {

// FRAME's transaction level limit (frame_support storage/transactional.rs TRANSACTION_LEVEL_LIMIT
// 255), counted by dispatch layers only (Env::dispatch); the executive's own overlay transactions
// do not count.
constexpr uint32_t kTransactionLevelLimit = 255;

// Utility's calls whose nesting NoNestingCallFilter rejects: batch, batch_all, force_batch.
constexpr uint8_t kUtilityBatch = 0;
constexpr uint8_t kUtilityBatchAll = 2;
constexpr uint8_t kUtilityForceBatch = 4;

bool is_batch_like(uint8_t call_index) {
  return call_index == kUtilityBatch || call_index == kUtilityBatchAll ||
         call_index == kUtilityForceBatch;
}

const PalletDesc* utility_pallet(const Registry& registry) {
  return registry.pallet_by_name("Utility");
}

}  // namespace

std::string_view to_string(CallDecodeError e) {
  switch (e) {
    case CallDecodeError::kTruncated:
      return "truncated call";
    case CallDecodeError::kUnknownPallet:
      return "unknown pallet index";
    case CallDecodeError::kUnknownCall:
      return "unknown call index";
    case CallDecodeError::kBadArgs:
      return "call arguments do not decode";
    case CallDecodeError::kTrailingBytes:
      return "bytes after the call";
    case CallDecodeError::kTooDeep:
      return "calls nested too deeply";
  }
  return "?";
}

DispatchError call_filtered_error() { return DispatchError::module(0, 5); }

// ---- decoding ---------------------------------------------------------------------------------

bool skip_value(const TypeDesc& type, scale::Decoder& d, const Registry& registry, uint32_t depth) {
  using K = TypeDesc::Kind;
  ByteView unused;
  switch (type.kind) {
    case K::kUint:
    case K::kInt:
    case K::kFixed:
      return d.read_bytes(type.bits / 8, unused);
    case K::kBool: {
      bool b = false;
      return scale::decode_from(d, b);
    }
    case K::kCompact: {
      u128 v = 0;
      if (!scale::decode_compact(d, v)) return false;
      const uint32_t bits = type.inner ? type.inner->bits : 128;
      if (bits < 128 && (v >> bits) != 0) {
        d.fail(scale::DecodeError::kCompactOverflow);
        return false;
      }
      return true;
    }
    case K::kString: {
      std::string s;
      return scale::decode_from(d, s);
    }
    case K::kBytes: {
      size_t n = 0;
      return scale::decode_length(d, n, 1) && d.read_bytes(n, unused);
    }
    case K::kByteArray:
      return d.read_bytes(type.length, unused);
    case K::kSeq: {
      size_t n = 0;
      if (!scale::decode_length(d, n, 1)) return false;
      for (size_t i = 0; i < n; ++i) {
        if (!skip_value(*type.inner, d, registry, depth)) return false;
      }
      return true;
    }
    case K::kArray:
      for (uint32_t i = 0; i < type.length; ++i) {
        if (!skip_value(*type.inner, d, registry, depth)) return false;
      }
      return true;
    case K::kTuple:
    case K::kStruct:
      for (const metadata::Field& f : type.fields) {
        if (!skip_value(*f.type, d, registry, depth)) return false;
      }
      return true;
    case K::kEnum: {
      uint8_t tag = 0;
      if (!d.read_byte(tag)) return false;
      const metadata::Variant* v = type.variant_by_index(tag);
      if (v == nullptr) {
        d.fail(scale::DecodeError::kInvalidEnumTag);
        return false;
      }
      for (const metadata::Field& f : v->fields) {
        if (!skip_value(*f.type, d, registry, depth)) return false;
      }
      return true;
    }
    case K::kOption: {
      uint8_t tag = 0;
      if (!d.read_byte(tag)) return false;
      if (tag == 0) return true;
      if (tag != 1) {
        d.fail(scale::DecodeError::kInvalidOptionTag);
        return false;
      }
      return skip_value(*type.inner, d, registry, depth);
    }
    case K::kCall: {
      if (depth >= kMaxCallDepth) {
        d.fail(scale::DecodeError::kInvalidEnumTag);
        return false;
      }
      uint8_t p = 0, c = 0;
      if (!d.read_byte(p) || !d.read_byte(c)) return false;
      const CallDesc* call = registry.call(p, c);
      if (call == nullptr) {
        d.fail(scale::DecodeError::kInvalidEnumTag);
        return false;
      }
      for (const metadata::Field& f : call->args) {
        if (!skip_value(*f.type, d, registry, depth + 1)) return false;
      }
      return true;
    }
  }
  return false;
}

Result<size_t, CallDecodeError> call_length(const Registry& registry, ByteView bytes,
                                            uint32_t depth) {
  if (depth >= kMaxCallDepth) return unexpected(CallDecodeError::kTooDeep);
  if (bytes.size() < 2) return unexpected(CallDecodeError::kTruncated);
  const PalletDesc* pallet = registry.pallet_by_index(bytes[0]);
  if (pallet == nullptr || pallet->calls.empty()) {
    return unexpected(CallDecodeError::kUnknownPallet);
  }
  const CallDesc* call = pallet->call_by_index(bytes[1]);
  if (call == nullptr) return unexpected(CallDecodeError::kUnknownCall);
  scale::Decoder d(bytes.subspan(2));
  for (const metadata::Field& f : call->args) {
    if (!skip_value(*f.type, d, registry, depth + 1)) {
      return unexpected(d.error() == scale::DecodeError::kTruncated ? CallDecodeError::kTruncated
                                                                    : CallDecodeError::kBadArgs);
    }
  }
  return 2 + d.offset();
}

Result<CallRef, CallDecodeError> resolve_call(const Registry& registry, ByteView call) {
  SUBEMU_TRY_ASSIGN(const size_t len, call_length(registry, call));
  if (len != call.size()) return unexpected(CallDecodeError::kTrailingBytes);
  CallRef r;
  r.pallet = registry.pallet_by_index(call[0]);
  r.call = r.pallet->call_by_index(call[1]);
  r.args = call.subspan(2);
  return r;
}

Result<std::vector<ByteView>, CallDecodeError> split_calls(const Registry& registry,
                                                           ByteView vec_of_calls, uint32_t depth) {
  scale::Decoder d(vec_of_calls);
  size_t n = 0;
  if (!scale::decode_length(d, n, 2)) return unexpected(CallDecodeError::kTruncated);
  std::vector<ByteView> out;
  out.reserve(n);
  size_t pos = d.offset();
  for (size_t i = 0; i < n; ++i) {
    SUBEMU_TRY_ASSIGN(const size_t len, call_length(registry, vec_of_calls.subspan(pos), depth));
    out.push_back(vec_of_calls.subspan(pos, len));
    pos += len;
  }
  if (pos != vec_of_calls.size()) return unexpected(CallDecodeError::kTrailingBytes);
  return out;
}

Result<DispatchInfo, CallDecodeError> call_info(const Registry& registry, ByteView call) {
  SUBEMU_TRY_ASSIGN(const CallRef r, resolve_call(registry, call));
  SUBEMU_CHECK(r.call->info != nullptr);
  return r.call->info(registry, r.args);
}

// ---- filtering --------------------------------------------------------------------------------

bool base_call_filter(const Registry& registry, ByteView call) {
  // SafeMode: never entered in the emulator, so it contains every call.
  // NoNestingCallFilter:
  const PalletDesc* utility = utility_pallet(registry);
  if (utility == nullptr || call.size() < 2 || call[0] != utility->index) return true;
  if (!is_batch_like(call[1])) return true;
  auto inner = split_calls(registry, call.subspan(2));
  if (!inner) return true;  // unreachable for a call that resolved
  for (ByteView c : *inner) {
    if (c[0] == utility->index && is_batch_like(c[1])) return false;
  }
  return true;
}

namespace {

// The origin's filter (RuntimeOrigin::filter_call) for a non-Root origin.
bool origin_filter(const Env& env, ByteView call) {
  const Registry& registry = env.registry;
  if (!base_call_filter(registry, call)) return false;
  if (env.dispatch.deny_batch_all > 0) {
    const PalletDesc* utility = utility_pallet(registry);
    if (utility != nullptr && call[0] == utility->index && call[1] == kUtilityBatchAll) {
      return false;
    }
  }
  return true;
}

}  // namespace

DispatchResultWithPostInfo dispatch_call(Env& env, const Origin& origin, ByteView call,
                                         bool bypass_filter) {
  auto resolved = resolve_call(env.registry, call);
  SUBEMU_CHECK(resolved.has_value());  // REQUIRES: the executive dispatches decoded calls
  const CallRef& r = *resolved;
  SUBEMU_CHECK(r.call->dispatch != nullptr);

  if (!bypass_filter && !origin.is_root() && !origin_filter(env, call)) {
    return fail(call_filtered_error());
  }

  // with_storage_layer: a transactional layer, committed on Ok and rolled back on Err.
  if (env.dispatch.transaction_level >= kTransactionLevelLimit) {
    return fail(DispatchError::transactional(TransactionalError::kLimitReached));
  }
  if (!env.state.start_transaction()) {
    return fail(DispatchError::transactional(TransactionalError::kLimitReached));
  }
  ++env.dispatch.transaction_level;
  DispatchResultWithPostInfo result = r.call->dispatch(env, origin, r.args);
  --env.dispatch.transaction_level;
  if (result.has_value()) {
    SUBEMU_CHECK(env.state.commit_transaction().has_value());
  } else {
    SUBEMU_CHECK(env.state.rollback_transaction().has_value());
  }
  return result;
}

OriginFilterScope::OriginFilterScope(Env& env) : env_(env) { ++env_.dispatch.deny_batch_all; }
OriginFilterScope::~OriginFilterScope() { --env_.dispatch.deny_batch_all; }

FreshOriginScope::FreshOriginScope(Env& env) : env_(env), saved_(env.dispatch.deny_batch_all) {
  env_.dispatch.deny_batch_all = 0;
}
FreshOriginScope::~FreshOriginScope() { env_.dispatch.deny_batch_all = saved_; }

}  // namespace subemu::runtime::frame
