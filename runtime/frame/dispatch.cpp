// mirrors sp_runtime DispatchError / sp_weights Weight / frame_support DispatchInfo SCALE layouts.
#include "runtime/frame/dispatch.hpp"

namespace subemu::runtime::frame {

void DispatchError::encode_to(scale::Encoder& e) const {
  e.put_byte(static_cast<uint8_t>(kind_));
  switch (kind_) {
    case Kind::kModule:
      e.put_byte(index_);
      e.put_bytes(ByteView(error_));
      break;
    case Kind::kToken:
    case Kind::kArithmetic:
    case Kind::kTransactional:
      e.put_byte(index_);
      break;
    default:
      break;
  }
}

bool DispatchError::decode_from(scale::Decoder& d, DispatchError& out) {
  uint8_t tag = 0;
  if (!scale::decode_from(d, tag)) return false;
  if (tag >= kKindCount) { d.fail(scale::DecodeError::kInvalidEnumTag); return false; }
  const Kind k = static_cast<Kind>(tag);
  uint8_t index = 0;
  std::array<uint8_t, 4> error{};
  switch (k) {
    case Kind::kModule:
      if (!scale::decode_from(d, index) || !scale::decode_from(d, error)) return false;
      break;
    case Kind::kToken:
    case Kind::kArithmetic:
    case Kind::kTransactional: {
      const uint8_t limit = k == Kind::kToken        ? kTokenErrorCount
                            : k == Kind::kArithmetic ? kArithmeticErrorCount
                                                     : kTransactionalErrorCount;
      if (!scale::decode_from(d, index)) return false;
      if (index >= limit) { d.fail(scale::DecodeError::kInvalidEnumTag); return false; }
      break;
    }
    default:
      break;
  }
  out = DispatchError(k, index, error);
  return true;
}

std::string_view kind_name(DispatchError::Kind k) {
  static constexpr std::string_view kNames[] = {
      "Other",      "CannotLookup",  "BadOrigin",   "Module",      "ConsumerRemaining",
      "NoProviders", "TooManyConsumers", "Token",   "Arithmetic",  "Transactional",
      "Exhausted",  "Corruption",    "Unavailable", "RootNotAllowed"};
  const auto i = static_cast<size_t>(k);
  return i < std::size(kNames) ? kNames[i] : std::string_view("?");
}

std::string_view sub_name(const DispatchError& e) {
  static constexpr std::string_view kToken[] = {
      "FundsUnavailable", "OnlyProvider", "BelowMinimum",     "CannotCreate",  "UnknownAsset",
      "Frozen",           "Unsupported",  "CannotCreateHold", "NotExpendable", "Blocked"};
  static constexpr std::string_view kArith[] = {"Underflow", "Overflow", "DivisionByZero"};
  static constexpr std::string_view kTxn[] = {"LimitReached", "NoLayer"};
  switch (e.kind()) {
    case DispatchError::Kind::kToken:
      return kToken[e.index()];
    case DispatchError::Kind::kArithmetic:
      return kArith[e.index()];
    case DispatchError::Kind::kTransactional:
      return kTxn[e.index()];
    default:
      return {};
  }
}

void Weight::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, scale::Compact<uint64_t>{ref_time});
  scale::encode_to(e, scale::Compact<uint64_t>{proof_size});
}

bool Weight::decode_from(scale::Decoder& d, Weight& out) {
  scale::Compact<uint64_t> a{}, b{};
  if (!scale::decode_from(d, a) || !scale::decode_from(d, b)) return false;
  out = Weight{a.value, b.value};
  return true;
}

void DispatchInfo::encode_to(scale::Encoder& e) const {
  weight.encode_to(e);
  e.put_byte(static_cast<uint8_t>(dispatch_class));
  e.put_byte(static_cast<uint8_t>(pays_fee));
}

bool DispatchInfo::decode_from(scale::Decoder& d, DispatchInfo& out) {
  uint8_t cls = 0, pays = 0;
  if (!Weight::decode_from(d, out.weight) || !scale::decode_from(d, cls) ||
      !scale::decode_from(d, pays))
    return false;
  if (cls > 2 || pays > 1) { d.fail(scale::DecodeError::kInvalidEnumTag); return false; }
  out.dispatch_class = static_cast<DispatchClass>(cls);
  out.pays_fee = static_cast<Pays>(pays);
  return true;
}

}  // namespace subemu::runtime::frame
