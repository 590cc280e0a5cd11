// mirrors sp_runtime MultiAddress's type info and AccountIdLookup::lookup.
#include "runtime/pallets/system/call_args.hpp"

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/metadata/type_of.hpp"

namespace subemu::runtime::pallets {

metadata::TypeRef multi_address_type() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  static const TypeRef t =
      t_enum("MultiAddress", {variant("Id", 0, {unnamed(TypeOf<AccountId>::get())}),
                              variant("Index", 1, {unnamed(t_named(t_unit(), "Compact<()>"))}),
                              variant("Raw", 2, {unnamed(t_bytes())}),
                              variant("Address32", 3, {unnamed(t_byte_array(32, "[u8; 32]"))}),
                              variant("Address20", 4, {unnamed(t_byte_array(20, "[u8; 20]"))})});
  return t;
}

Result<AccountId, frame::DispatchError> lookup(const frame::extrinsic::MultiAddress& address) {
  const std::optional<AccountId> id = frame::extrinsic::lookup_account(address);
  if (!id.has_value()) return unexpected(frame::DispatchError::cannot_lookup());
  return *id;
}

frame::DispatchInfo inner_call_info(const metadata::Registry& registry, ByteView call) {
  auto info = frame::call_info(registry, call);
  SUBEMU_CHECK(info.has_value());  // the outer call decoded, so its inner calls do
  return *info;
}

frame::DispatchInfo call_with_weight_info(const metadata::Registry& registry, ByteView args) {
  auto len = frame::call_length(registry, args);
  if (!len) return frame::DispatchInfo{};
  const frame::DispatchInfo inner = inner_call_info(registry, args.first(*len));
  frame::Weight w;
  scale::Decoder d(args.subspan(*len));
  (void)frame::Weight::decode_from(d, w);
  return frame::DispatchInfo{w, inner.dispatch_class, frame::Pays::kYes};
}

}  // namespace subemu::runtime::pallets
