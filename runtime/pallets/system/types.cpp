// mirrors frame_system lib.rs (AccountInfo, Phase, LastRuntimeUpgradeInfo,
// CodeUpgradeAuthorization), pallet_balances types.rs (AccountData, ExtraFlags) and
// frame_support PerDispatchClass: SCALE layouts and type descriptors.
#include "runtime/pallets/system/types.hpp"

#include "runtime/frame/metadata/type_of.hpp"

namespace subemu::runtime::system {

using namespace metadata;  // NOLINT(google-build-using-namespace): descriptor builders

void AccountData::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, free);
  scale::encode_to(e, reserved);
  scale::encode_to(e, frozen);
  scale::encode_to(e, flags);
}

bool AccountData::decode_from(scale::Decoder& d, AccountData& out) {
  return scale::decode_from(d, out.free) && scale::decode_from(d, out.reserved) &&
         scale::decode_from(d, out.frozen) && scale::decode_from(d, out.flags);
}

TypeRef AccountData::type_desc() {
  static const TypeRef t =
      t_struct("AccountData",
               {field("free", t_uint(64)), field("reserved", t_uint(64)),
                field("frozen", t_uint(64)), field("flags", t_named(t_uint(128), "ExtraFlags"))});
  return t;
}

void AccountInfo::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, nonce);
  scale::encode_to(e, consumers);
  scale::encode_to(e, providers);
  scale::encode_to(e, sufficients);
  scale::encode_to(e, data);
}

bool AccountInfo::decode_from(scale::Decoder& d, AccountInfo& out) {
  return scale::decode_from(d, out.nonce) && scale::decode_from(d, out.consumers) &&
         scale::decode_from(d, out.providers) && scale::decode_from(d, out.sufficients) &&
         scale::decode_from(d, out.data);
}

TypeRef AccountInfo::type_desc() {
  static const TypeRef t =
      t_struct("AccountInfo", {field("nonce", t_uint(32)), field("consumers", t_uint(32)),
                               field("providers", t_uint(32)), field("sufficients", t_uint(32)),
                               field("data", AccountData::type_desc())});
  return t;
}

void Phase::encode_to(scale::Encoder& e) const {
  e.put_byte(static_cast<uint8_t>(kind));
  if (kind == Kind::kApplyExtrinsic) scale::encode_to(e, extrinsic_index);
}

bool Phase::decode_from(scale::Decoder& d, Phase& out) {
  uint8_t tag = 0;
  if (!scale::decode_enum_tag(d, tag, 2)) return false;
  out = Phase{static_cast<Kind>(tag), 0};
  if (out.kind == Kind::kApplyExtrinsic) return scale::decode_from(d, out.extrinsic_index);
  return true;
}

TypeRef Phase::type_desc() {
  static const TypeRef t =
      t_enum("Phase", {variant("ApplyExtrinsic", 0, {unnamed(t_uint(32))}),
                       variant("Finalization", 1), variant("Initialization", 2)});
  return t;
}

bool ConsumedWeight::checked_accrue(const frame::Weight& w, frame::DispatchClass c) {
  const frame::Weight cur = get(c);
  if (cur.ref_time > UINT64_MAX - w.ref_time || cur.proof_size > UINT64_MAX - w.proof_size) {
    return false;
  }
  get_mut(c) = frame::Weight{cur.ref_time + w.ref_time, cur.proof_size + w.proof_size};
  return true;
}

TypeRef ConsumedWeight::type_desc() {
  static const TypeRef t = [] {
    const TypeRef w = TypeOf<frame::Weight>::get();
    return t_struct("PerDispatchClass<Weight>",
                    {field("normal", w), field("operational", w), field("mandatory", w)});
  }();
  return t;
}

void LastRuntimeUpgradeInfo::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, scale::Compact<uint32_t>{spec_version});
  scale::encode_to(e, spec_name);
}

bool LastRuntimeUpgradeInfo::decode_from(scale::Decoder& d, LastRuntimeUpgradeInfo& out) {
  scale::Compact<uint32_t> v{};
  if (!scale::decode_from(d, v) || !scale::decode_from(d, out.spec_name)) return false;
  out.spec_version = v.value;
  return true;
}

TypeRef LastRuntimeUpgradeInfo::type_desc() {
  static const TypeRef t =
      t_struct("LastRuntimeUpgradeInfo",
               {field("spec_version", t_compact(t_uint(32))), field("spec_name", t_string())});
  return t;
}

void CodeUpgradeAuthorization::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, code_hash);
  scale::encode_to(e, check_version);
}

bool CodeUpgradeAuthorization::decode_from(scale::Decoder& d, CodeUpgradeAuthorization& out) {
  return scale::decode_from(d, out.code_hash) && scale::decode_from(d, out.check_version);
}

TypeRef CodeUpgradeAuthorization::type_desc() {
  static const TypeRef t =
      t_struct("CodeUpgradeAuthorization",
               {field("code_hash", TypeOf<Hash256>::get()), field("check_version", t_bool())});
  return t;
}

}  // namespace subemu::runtime::system
