// Type descriptors: a small, runtime-built equivalent of scale-info metadata, so that calls,
// events, errors and storage items can be decoded and encoded generically (state dumps, the
// scenario runner, `decode extrinsic|events`, typed queries) from the same declarations the
// pallets use. The C++ types stay the source of truth: TypeOf<T>::get() (type_of.hpp) derives the
// descriptor of a C++ type, so a descriptor cannot drift from the codec.
//
// A TypeDesc is immutable once built and shared by reference counting (TypeRef), so it may be read
// from any thread.
//
// Kinds and their SCALE layouts:
//   kUint{8,16,32,64,128} / kInt{...}   little-endian fixed width
//   kBool                               one byte 0/1
//   kCompact                            Compact<inner> (inner an unsigned integer)
//   kString                             Compact(len) ++ UTF-8
//   kBytes                              Vec<u8>: Compact(len) ++ bytes (rendered as hex)
//   kByteArray                          [u8; N] (AccountId32, H256, ...; rendered as hex)
//   kSeq                                Vec<inner>
//   kArray                              [inner; N]
//   kTuple                              elements in order (() is the empty tuple)
//   kStruct                             named fields in order
//   kEnum                               u8 variant index ++ the variant's fields (variants may be
//                                       sparse: index is explicit)
//   kOption                             0x00 | 0x01 ++ inner
//   kFixed                              substrate_fixed value: its raw bits as a (u|i)N integer
//   kCall                               a RuntimeCall: pallet index u8 ++ call index u8 ++ args,
//                                       resolved through the pallet registry
//
// `boxed` marks a type that Rust holds behind a Box (sudo's `call: Box<RuntimeCall>`): the bytes
// are the same, but parity-scale-codec counts one level of decode depth for it (see
// scale_value.hpp). Descriptors are built with the t_* builders below (or TypeOf<T>, type_of.hpp);
// a builder given an impossible shape (bits not 8..128, a compact of a non-integer, duplicate
// variant indices) is a bug and aborts.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace subemu::runtime::metadata {

struct TypeDesc;
using TypeRef = std::shared_ptr<const TypeDesc>;

struct Field {
  std::string name;  // empty for unnamed (tuple-like) fields
  TypeRef type;
};

struct Variant {
  std::string name;
  uint8_t index = 0;
  std::vector<Field> fields;  // all named or all unnamed
};

struct TypeDesc {
  enum class Kind : uint8_t {
    kUint,
    kInt,
    kBool,
    kCompact,
    kString,
    kBytes,
    kByteArray,
    kSeq,
    kArray,
    kTuple,
    kStruct,
    kEnum,
    kOption,
    kFixed,
    kCall,
  };

  Kind kind = Kind::kTuple;
  std::string name;        // display name: "u64", "AccountId32", "U64F64", "AccountInfo", ...
  uint32_t bits = 0;       // kUint / kInt / kFixed: width of the integer (8..128)
  uint32_t frac_bits = 0;  // kFixed: fractional bits
  uint32_t length = 0;     // kByteArray / kArray: N
  TypeRef inner;           // kCompact / kSeq / kArray / kOption; kFixed: the raw bits' type (uN|iN)
  std::vector<Field> fields;      // kTuple / kStruct
  std::vector<Variant> variants;  // kEnum
  bool boxed = false;             // held behind a Box in Rust (decode depth only)

  // The variant with SCALE index `index`, or nullptr.
  const Variant* variant_by_index(uint8_t index) const;
  const Variant* variant_by_name(const std::string& name) const;
};

// ---- builders (each returns a fresh immutable descriptor) ----------------------------------
TypeRef t_uint(uint32_t bits);  // "u8".."u128"
TypeRef t_int(uint32_t bits);   // "i8".."i128"
TypeRef t_bool();
TypeRef t_compact(TypeRef inner);
TypeRef t_string();
TypeRef t_bytes();                                   // Vec<u8>
TypeRef t_byte_array(uint32_t n, std::string name);  // [u8; N], e.g. "AccountId32"
TypeRef t_seq(TypeRef inner);
TypeRef t_array(TypeRef inner, uint32_t n);
TypeRef t_tuple(std::vector<TypeRef> elements);
TypeRef t_unit();  // ()
TypeRef t_struct(std::string name, std::vector<Field> fields);
TypeRef t_enum(std::string name, std::vector<Variant> variants);
TypeRef t_option(TypeRef inner);
TypeRef t_fixed(std::string name, bool is_signed, uint32_t bits, uint32_t frac_bits);
TypeRef t_call();  // "RuntimeCall"

// Extensions.
TypeRef t_boxed(TypeRef inner);                   // the same type held behind a Box ("Box<..>")
TypeRef t_named(TypeRef base, std::string name);  // the same type under another display name
TypeRef t_result(TypeRef ok, TypeRef err);        // Rust's Result: enum {Ok(ok)=0, Err(err)=1}

// Convenience for building fields and variants: field("nonce", t_uint(32)).
inline Field field(std::string name, TypeRef type) {
  return Field{std::move(name), std::move(type)};
}
inline Field unnamed(TypeRef type) { return Field{std::string(), std::move(type)}; }
inline Variant variant(std::string name, uint8_t index, std::vector<Field> fields = {}) {
  return Variant{std::move(name), index, std::move(fields)};
}

}  // namespace subemu::runtime::metadata
