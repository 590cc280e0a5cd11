// mirrors sp_runtime MultiAddress's type info and AccountIdLookup::lookup.
#include "runtime/pallets/system/call_args.hpp"

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

}  // namespace subemu::runtime::pallets
