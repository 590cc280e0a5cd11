// Generic SCALE decoding and encoding of dynamic Values (value.hpp) by their TypeDesc
// (type_desc.hpp), and of storage keys by their ItemDesc (registry.hpp). This is how state dumps,
// the scenario runner, `decode extrinsic|events` and typed queries read and write bytes without
// the C++ types; the result is byte-identical to the typed codec (tests check both ways).
//
// Value shapes per kind (what decode produces and encode requires; see value.hpp):
//   kUint, kCompact          Value::kUint (must fit the width; compact: the inner width)
//   kInt                     Value::kInt (two's complement bits, must fit the width)
//   kFixed                   Value::kUint (unsigned types) or Value::kInt (signed): the raw bits
//   kBool / kString          Value::kBool / Value::kString (valid UTF-8)
//   kBytes, kByteArray       Value::kBytes (kByteArray: exactly N bytes)
//   kSeq, kArray             Value::kSeq of the elements (kArray: exactly N)
//   kTuple, kStruct          Value::kSeq of the fields in order (() is an empty kSeq)
//   kEnum                    Value::kVariant{index, fields in order}
//   kOption                  Value::kVariant{0, []} (None) | {1, [inner]} (Some)
//   kCall                    Value::kCall{pallet index, call index, args in CallDesc order}
//
// Decoding is as strict as scale.hpp: unknown enum/call indices (kInvalidEnumTag), Option tags
// other than 0/1, bools other than 0/1, invalid UTF-8, non-canonical or overflowing compacts and
// lengths larger than the remaining input all fail. Nesting depth is limited like
// parity-scale-codec's decode_with_depth_limit with sp_runtime's MAX_EXTRINSIC_DEPTH (256): one
// level for each Vec<T> whose elements are not plain integers (that includes BTreeMap) and for
// each boxed type (Box<RuntimeCall>); more than 256 open levels fail with kDepthLimit.
//
// Failures name the place of the offending part as a path: ".data.free", "[3]", ".Module.index",
// ".SubtensorModule.add_stake.hotkey" (struct fields and call arguments by name, sequence and
// tuple elements by index, enum variants by name).
//
// Pure; thread-safe.
#pragma once

#include "runtime/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/frame/metadata/value.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::metadata {

// sp_runtime::MAX_EXTRINSIC_DEPTH.
inline constexpr uint32_t kMaxDecodeDepth = 256;

struct DecodeFailure {
  enum class Reason : uint8_t {
    kCodec,        // a SCALE rule was broken: see `codec` (unknown call indices: kInvalidEnumTag)
    kDepthLimit,   // nesting deeper than kMaxDecodeDepth
    kNoRegistry,   // a kCall was met and no registry was given
    kWrongPrefix,  // decode_storage_key: the key is not under the item's 32-byte prefix
  };
  Reason reason = Reason::kCodec;
  scale::DecodeError codec = scale::DecodeError::kTruncated;  // meaningful for kCodec
  size_t offset = 0;  // input offset at which the failure was detected
  std::string path;   // where in the value ("" = the value itself)

  // "<path>: <what> (at byte <offset>)".
  std::string message() const;
};

struct EncodeFailure {
  enum class Reason : uint8_t {
    kKindMismatch,    // the Value's kind does not fit the type
    kOutOfRange,      // an integer does not fit its width
    kBadLength,       // wrong byte/element/field count for a fixed-size type
    kUnknownVariant,  // no variant (or Option tag) with that index
    kUnknownCall,     // no pallet/call with those indices in the registry
    kInvalidUtf8,     // a kString value that is not UTF-8
    kNoRegistry,      // a kCall was met and no registry was given
    kTooManyKeys,     // encode_storage_key: more key values than the item has keys
  };
  Reason reason = Reason::kKindMismatch;
  std::string path;
  std::string message() const;
};

// Decodes one value of type `type` at the decoder's position (trailing input is left to the
// caller). `registry` is needed only for kCall. On failure the decoder is left failed.
Result<Value, DecodeFailure> decode_value(const TypeDesc& type, scale::Decoder& d,
                                          const Registry* registry = nullptr);
// Decodes exactly one value from `bytes` (trailing bytes: kCodec / kTrailingBytes).
Result<Value, DecodeFailure> decode_value_all(const TypeDesc& type, ByteView bytes,
                                              const Registry* registry = nullptr);

// Appends the SCALE encoding of `value` as `type`. On failure the encoder may hold a partial
// encoding (discard it).
Result<void, EncodeFailure> encode_value(const TypeDesc& type, const Value& value,
                                         scale::Encoder& e, const Registry* registry = nullptr);
Result<Bytes, EncodeFailure> encode_value_bytes(const TypeDesc& type, const Value& value,
                                                const Registry* registry = nullptr);

// The smallest number of bytes any value of `type` encodes to (for length-prefix checks).
size_t min_encoded_size(const TypeDesc& type);

// The key values of a raw storage key of `item`: one Value per key; a reversible hasher
// (Identity, *Concat) gives the decoded key, a non-reversible one (Blake2_128, Twox128, ...) the
// raw digest as Value::kBytes. Stricter than FRAME: bytes after the last key fail
// (kTrailingBytes), since such a key is no entry of the item. A kValue item's key has no parts.
Result<std::vector<Value>, DecodeFailure> decode_storage_key(const ItemDesc& item, ByteView key,
                                                             const Registry* registry = nullptr);

// The raw storage key of `item` for the given key values (one per hasher: the full key of an
// entry; fewer: the iteration prefix fixing the first keys; none: the 32-byte item prefix).
// Every value is the key itself, also for non-reversible hashers (it is hashed here).
Result<Bytes, EncodeFailure> encode_storage_key(const ItemDesc& item,
                                                const std::vector<Value>& keys,
                                                const Registry* registry = nullptr);

}  // namespace subemu::runtime::metadata
