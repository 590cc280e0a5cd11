// TypeOf<T>::get(): the type descriptor (type_desc.hpp) of a C++ type, derived from the type
// itself so that it cannot drift from the type's SCALE codec. Each descriptor is built once, in a
// function-local static, and shared.
//
//   bool, uint8_t..u128, int8_t..i128          bool, u8..u128, i8..i128
//   std::string                               String
//   std::vector<uint8_t>                      Vec<u8> (kBytes)
//   std::vector<T>                            Vec<T>
//   std::optional<T>                          Option<T>
//   std::array<uint8_t, N>                    [u8; N] (kByteArray)
//   std::array<T, N>                          [T; N]
//   std::tuple<Ts...>, std::pair<A, B>        (Ts...), (A, B); std::monostate is ()
//   std::map<K, V>                            BTreeMap<K, V>: a Vec<(K, V)> (same bytes)
//   scale::Compact<T>                         Compact<T>
//   subemu::Result<T, E>                      Result<T, E> (enum Ok=0 | Err=1)
//   AccountId32 / Hash256                     [u8; 32] named "AccountId32" / "H256"
//   other FixedBytes<N, Tag>                  [u8; N]
//   NetUid, Uid (U16Id<Tag>)                  u16
//   TaoBalance, AlphaBalance (Amount<Tag>)    u64
//   Fixed<Repr, Frac>                         kFixed named as the crate: "U64F64", "I96F32", ...
//   frame::DispatchError and its parts, Weight, DispatchInfo, DispatchClass, Pays
//                                             as sp_runtime / frame_support declare them
//   a user type with  static metadata::TypeRef type_desc();   what that returns
//
// Other types (e.g. an `enum class` with a SCALE codec) specialise TypeOf in this namespace:
//   template <> struct metadata::TypeOf<MyEnum> { static TypeRef get(); };
// A type with none of these fails to compile.
//
// Thread-safety: get() is safe from any thread (function-local statics).
#pragma once

#include "runtime/layer.hpp"

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::metadata {

template <class T>
struct TypeOf;  // undefined for unsupported types

template <class T>
TypeRef type_of() {
  return TypeOf<T>::get();
}

// A Field / unnamed field of C++ type T: field_of<uint32_t>("nonce").
template <class T>
Field field_of(std::string name) {
  return Field{std::move(name), TypeOf<T>::get()};
}

template <class T>
concept HasTypeDesc = requires {
  { T::type_desc() } -> std::same_as<TypeRef>;
};

template <HasTypeDesc T>
struct TypeOf<T> {
  static TypeRef get() {
    static const TypeRef t = T::type_desc();
    return t;
  }
};

#define SUBEMU_METADATA_TYPE_OF_(T, expr) \
  template <>                             \
  struct TypeOf<T> {                      \
    static TypeRef get() {                \
      static const TypeRef t = (expr);    \
      return t;                           \
    }                                     \
  };
SUBEMU_METADATA_TYPE_OF_(bool, t_bool())
SUBEMU_METADATA_TYPE_OF_(uint8_t, t_uint(8))
SUBEMU_METADATA_TYPE_OF_(uint16_t, t_uint(16))
SUBEMU_METADATA_TYPE_OF_(uint32_t, t_uint(32))
SUBEMU_METADATA_TYPE_OF_(uint64_t, t_uint(64))
SUBEMU_METADATA_TYPE_OF_(u128, t_uint(128))
SUBEMU_METADATA_TYPE_OF_(int8_t, t_int(8))
SUBEMU_METADATA_TYPE_OF_(int16_t, t_int(16))
SUBEMU_METADATA_TYPE_OF_(int32_t, t_int(32))
SUBEMU_METADATA_TYPE_OF_(int64_t, t_int(64))
SUBEMU_METADATA_TYPE_OF_(i128, t_int(128))
SUBEMU_METADATA_TYPE_OF_(std::string, t_string())
SUBEMU_METADATA_TYPE_OF_(std::vector<uint8_t>, t_bytes())
SUBEMU_METADATA_TYPE_OF_(std::monostate, t_unit())
SUBEMU_METADATA_TYPE_OF_(AccountId32, t_byte_array(32, "AccountId32"))
SUBEMU_METADATA_TYPE_OF_(Hash256, t_byte_array(32, "H256"))
#undef SUBEMU_METADATA_TYPE_OF_

template <class T>
struct TypeOf<std::vector<T>> {
  static TypeRef get() {
    static const TypeRef t = t_seq(TypeOf<T>::get());
    return t;
  }
};

template <class T>
struct TypeOf<std::optional<T>> {
  static TypeRef get() {
    static const TypeRef t = t_option(TypeOf<T>::get());
    return t;
  }
};

template <size_t N>
struct TypeOf<std::array<uint8_t, N>> {
  static TypeRef get() {
    static const TypeRef t = t_byte_array(static_cast<uint32_t>(N), std::string());
    return t;
  }
};

template <class T, size_t N>
struct TypeOf<std::array<T, N>> {
  static TypeRef get() {
    static const TypeRef t = t_array(TypeOf<T>::get(), static_cast<uint32_t>(N));
    return t;
  }
};

template <class... Ts>
struct TypeOf<std::tuple<Ts...>> {
  static TypeRef get() {
    static const TypeRef t = t_tuple({TypeOf<Ts>::get()...});
    return t;
  }
};

template <class A, class B>
struct TypeOf<std::pair<A, B>> {
  static TypeRef get() {
    static const TypeRef t = t_tuple({TypeOf<A>::get(), TypeOf<B>::get()});
    return t;
  }
};

template <class K, class V, class Cmp, class Alloc>
struct TypeOf<std::map<K, V, Cmp, Alloc>> {
  static TypeRef get() {
    static const TypeRef t = [] {
      const TypeRef k = TypeOf<K>::get();
      const TypeRef v = TypeOf<V>::get();
      return t_named(t_seq(t_tuple({k, v})), "BTreeMap<" + k->name + ", " + v->name + ">");
    }();
    return t;
  }
};

template <class T>
struct TypeOf<scale::Compact<T>> {
  static TypeRef get() {
    static const TypeRef t = t_compact(TypeOf<T>::get());
    return t;
  }
};

template <class T, class E>
struct TypeOf<Result<T, E>> {
  static TypeRef get() {
    static const TypeRef t = [] {
      if constexpr (std::is_void_v<T>) {
        return t_result(t_unit(), TypeOf<E>::get());
      } else {
        return t_result(TypeOf<T>::get(), TypeOf<E>::get());
      }
    }();
    return t;
  }
};

template <size_t N, class Tag>
struct TypeOf<FixedBytes<N, Tag>> {
  static TypeRef get() {
    static const TypeRef t = t_byte_array(static_cast<uint32_t>(N), std::string());
    return t;
  }
};

template <class Tag>
struct TypeOf<U16Id<Tag>> {
  static TypeRef get() { return TypeOf<uint16_t>::get(); }
};

template <class Tag>
struct TypeOf<Amount<Tag>> {
  static TypeRef get() { return TypeOf<uint64_t>::get(); }
};

template <class Repr, int Frac>
struct TypeOf<Fixed<Repr, Frac>> {
  static TypeRef get() {
    static const TypeRef t = [] {
      constexpr bool kSigned = kIsSignedInteger<Repr>;
      constexpr int kBits = kBitWidth<Repr>;
      const std::string name = std::string(kSigned ? "I" : "U") + std::to_string(kBits - Frac) +
                               "F" + std::to_string(Frac);
      return t_fixed(name, kSigned, static_cast<uint32_t>(kBits), static_cast<uint32_t>(Frac));
    }();
    return t;
  }
};

// ---- frame types (sp_runtime / sp_weights / frame_support at polkadot-stable2409) -------------
// Defined in type_of.cpp.
template <>
struct TypeOf<frame::TokenError> {
  static TypeRef get();
};
template <>
struct TypeOf<frame::ArithmeticError> {
  static TypeRef get();
};
template <>
struct TypeOf<frame::TransactionalError> {
  static TypeRef get();
};
// DispatchError; its Module variant holds ModuleError { index: u8, error: [u8; 4] }.
template <>
struct TypeOf<frame::DispatchError> {
  static TypeRef get();
};
template <>
struct TypeOf<frame::Weight> {
  static TypeRef get();
};
template <>
struct TypeOf<frame::DispatchClass> {
  static TypeRef get();
};
template <>
struct TypeOf<frame::Pays> {
  static TypeRef get();
};
template <>
struct TypeOf<frame::DispatchInfo> {
  static TypeRef get();
};

}  // namespace subemu::runtime::metadata
