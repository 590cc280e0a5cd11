// Descriptors of the frame types named in type_of.hpp, spelled as sp_runtime / sp_weights /
// frame_support declare them at polkadot-stable2409 (variant indices from dispatch.hpp).
#include "runtime/frame/metadata/type_of.hpp"

namespace subemu::runtime::metadata {

TypeRef TypeOf<frame::TokenError>::get() {
  static const TypeRef t =
      t_enum("TokenError",
             {variant("FundsUnavailable", 0), variant("OnlyProvider", 1),
              variant("BelowMinimum", 2), variant("CannotCreate", 3), variant("UnknownAsset", 4),
              variant("Frozen", 5), variant("Unsupported", 6), variant("CannotCreateHold", 7),
              variant("NotExpendable", 8), variant("Blocked", 9)});
  return t;
}

TypeRef TypeOf<frame::ArithmeticError>::get() {
  static const TypeRef t =
      t_enum("ArithmeticError",
             {variant("Underflow", 0), variant("Overflow", 1), variant("DivisionByZero", 2)});
  return t;
}

TypeRef TypeOf<frame::TransactionalError>::get() {
  static const TypeRef t =
      t_enum("TransactionalError", {variant("LimitReached", 0), variant("NoLayer", 1)});
  return t;
}

// mirrors sp_runtime::DispatchError (Other's and ModuleError's messages are #[codec(skip)])
TypeRef TypeOf<frame::DispatchError>::get() {
  static const TypeRef t = [] {
    const TypeRef module_error = t_struct(
        "ModuleError", {field_of<uint8_t>("index"), field_of<std::array<uint8_t, 4>>("error")});
    return t_enum("DispatchError",
                  {variant("Other", 0), variant("CannotLookup", 1), variant("BadOrigin", 2),
                   variant("Module", 3, {unnamed(module_error)}), variant("ConsumerRemaining", 4),
                   variant("NoProviders", 5), variant("TooManyConsumers", 6),
                   variant("Token", 7, {unnamed(type_of<frame::TokenError>())}),
                   variant("Arithmetic", 8, {unnamed(type_of<frame::ArithmeticError>())}),
                   variant("Transactional", 9, {unnamed(type_of<frame::TransactionalError>())}),
                   variant("Exhausted", 10), variant("Corruption", 11), variant("Unavailable", 12),
                   variant("RootNotAllowed", 13)});
  }();
  return t;
}

// mirrors sp_weights::Weight { #[codec(compact)] ref_time, #[codec(compact)] proof_size }
TypeRef TypeOf<frame::Weight>::get() {
  static const TypeRef t = t_struct("Weight", {field_of<scale::Compact<uint64_t>>("ref_time"),
                                               field_of<scale::Compact<uint64_t>>("proof_size")});
  return t;
}

TypeRef TypeOf<frame::DispatchClass>::get() {
  static const TypeRef t = t_enum(
      "DispatchClass", {variant("Normal", 0), variant("Operational", 1), variant("Mandatory", 2)});
  return t;
}

TypeRef TypeOf<frame::Pays>::get() {
  static const TypeRef t = t_enum("Pays", {variant("Yes", 0), variant("No", 1)});
  return t;
}

// mirrors frame_support::dispatch::DispatchInfo { weight, class, pays_fee }
TypeRef TypeOf<frame::DispatchInfo>::get() {
  static const TypeRef t = t_struct(
      "DispatchInfo", {field_of<frame::Weight>("weight"), field_of<frame::DispatchClass>("class"),
                       field_of<frame::Pays>("pays_fee")});
  return t;
}

}  // namespace subemu::runtime::metadata
