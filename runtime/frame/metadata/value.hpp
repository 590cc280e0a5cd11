// Value: a dynamically typed SCALE value, interpreted together with its TypeDesc (the descriptor
// says whether a kUint is a u16 or the bits of a U64F64, whether kBytes is an account or a Vec<u8>).
//
//   kind      used for TypeDesc kinds
//   kUnit     empty tuple / unit enum payload
//   kBool     kBool
//   kUint     kUint, kCompact, kFixed (unsigned bits)            -> u128
//   kInt      kInt, kFixed (signed bits)                         -> i128 (as u128 two's complement)
//   kBytes    kBytes, kByteArray
//   kString   kString
//   kSeq      kSeq, kArray, kTuple, kStruct (fields in order)
//   kVariant  kEnum (variant index + fields in order), kOption (index 0 None / 1 Some + [inner])
//   kCall     kCall (pallet index, call index, args in order)
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/bytes.hpp"

namespace subemu::runtime::metadata {

struct Value {
  enum class Kind : uint8_t { kUnit, kBool, kUint, kInt, kBytes, kString, kSeq, kVariant, kCall };

  Kind kind = Kind::kUnit;
  bool boolean = false;
  u128 uint = 0;       // kUint; kInt keeps the two's-complement bits here
  Bytes bytes;         // kBytes
  std::string text;    // kString
  uint8_t index = 0;   // kVariant: variant index; kCall: pallet index
  uint8_t index2 = 0;  // kCall: call index
  std::vector<Value> items;  // kSeq elements / kVariant fields / kCall args

  static Value unit() { return Value{}; }
  static Value of_bool(bool b) {
    Value v;
    v.kind = Kind::kBool;
    v.boolean = b;
    return v;
  }
  static Value of_uint(u128 x) {
    Value v;
    v.kind = Kind::kUint;
    v.uint = x;
    return v;
  }
  static Value of_int(i128 x) {
    Value v;
    v.kind = Kind::kInt;
    v.uint = static_cast<u128>(x);
    return v;
  }
  static Value of_bytes(Bytes b) {
    Value v;
    v.kind = Kind::kBytes;
    v.bytes = std::move(b);
    return v;
  }
  static Value of_string(std::string s) {
    Value v;
    v.kind = Kind::kString;
    v.text = std::move(s);
    return v;
  }
  static Value seq(std::vector<Value> items) {
    Value v;
    v.kind = Kind::kSeq;
    v.items = std::move(items);
    return v;
  }
  static Value variant(uint8_t index, std::vector<Value> fields) {
    Value v;
    v.kind = Kind::kVariant;
    v.index = index;
    v.items = std::move(fields);
    return v;
  }
  static Value call(uint8_t pallet, uint8_t call_index, std::vector<Value> args) {
    Value v;
    v.kind = Kind::kCall;
    v.index = pallet;
    v.index2 = call_index;
    v.items = std::move(args);
    return v;
  }
  i128 as_int() const { return static_cast<i128>(uint); }

  friend bool operator==(const Value&, const Value&) = default;
};

}  // namespace subemu::runtime::metadata
