// mirrors pallet_balances types.rs (Reasons, BalanceLock, ReserveData, AdjustmentDirection),
// frame_support IdAmount / BalanceStatus, and the runtime's RuntimeHoldReason /
// RuntimeFreezeReason aggregates: SCALE layouts and descriptors.
#include "runtime/pallets/balances/types.hpp"

namespace subemu::runtime::balances {

using namespace metadata;  // NOLINT(google-build-using-namespace): descriptor builders

TypeRef reasons_type() {
  static const TypeRef t =
      t_enum("Reasons", {variant("Fee", 0), variant("Misc", 1), variant("All", 2)});
  return t;
}
TypeRef adjustment_direction_type() {
  static const TypeRef t =
      t_enum("AdjustmentDirection", {variant("Increase", 0), variant("Decrease", 1)});
  return t;
}
TypeRef balance_status_type() {
  static const TypeRef t = t_enum("BalanceStatus", {variant("Free", 0), variant("Reserved", 1)});
  return t;
}

void BalanceLock::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, id);
  scale::encode_to(e, amount);
  scale::encode_to(e, reasons);
}
bool BalanceLock::decode_from(scale::Decoder& d, BalanceLock& out) {
  return scale::decode_from(d, out.id) && scale::decode_from(d, out.amount) &&
         scale::decode_from(d, out.reasons);
}
TypeRef BalanceLock::type_desc() {
  static const TypeRef t =
      t_struct("BalanceLock", {field("id", t_byte_array(8, "LockIdentifier")),
                               field("amount", t_uint(64)), field("reasons", reasons_type())});
  return t;
}

void ReserveData::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, id);
  scale::encode_to(e, amount);
}
bool ReserveData::decode_from(scale::Decoder& d, ReserveData& out) {
  return scale::decode_from(d, out.id) && scale::decode_from(d, out.amount);
}
TypeRef ReserveData::type_desc() {
  static const TypeRef t = t_struct(
      "ReserveData", {field("id", t_byte_array(8, "[u8; 8]")), field("amount", t_uint(64))});
  return t;
}

void HoldReason::encode_to(scale::Encoder& e) const {
  e.put_byte(pallet);
  e.put_byte(reason);
}
bool HoldReason::decode_from(scale::Decoder& d, HoldReason& out) {
  if (!d.read_byte(out.pallet) || !d.read_byte(out.reason)) return false;
  const bool known = out.pallet == kPreimage || out.pallet == kRegistry || out.pallet == kSafeMode;
  if (!known || out.reason != 0) {
    d.fail(scale::DecodeError::kInvalidEnumTag);
    return false;
  }
  return true;
}
TypeRef HoldReason::type_desc() {
  static const TypeRef t = t_enum(
      "RuntimeHoldReason",
      {variant("Preimage", kPreimage,
               {unnamed(t_enum("pallet_preimage::HoldReason", {variant("Preimage", 0)}))}),
       variant("Registry", kRegistry,
               {unnamed(t_enum("pallet_registry::HoldReason", {variant("RegistryIdentity", 0)}))}),
       variant("SafeMode", kSafeMode,
               {unnamed(t_enum("pallet_safe_mode::HoldReason", {variant("EnterOrExtend", 0)}))})});
  return t;
}

bool FreezeReason::decode_from(scale::Decoder& d, FreezeReason&) {
  d.fail(scale::DecodeError::kInvalidEnumTag);
  return false;
}
TypeRef FreezeReason::type_desc() {
  static const TypeRef t = t_enum("RuntimeFreezeReason", {});
  return t;
}

}  // namespace subemu::runtime::balances
