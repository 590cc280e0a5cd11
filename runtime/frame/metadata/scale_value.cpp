// Generic SCALE decode/encode of dynamic values (scale_value.hpp). One recursive function per
// direction; a failure is recorded in the context, and the path is built while unwinding (each
// level prepends its own segment), so successful calls build no strings.
#include "runtime/frame/metadata/scale_value.hpp"

#include <algorithm>
#include <utility>

#include "storage/storage_key.hpp"

namespace subemu::runtime::metadata {

namespace {

using Kind = TypeDesc::Kind;

u128 max_for_bits(uint32_t bits) { return bits >= 128 ? ~u128{0} : (u128{1} << bits) - 1; }

// True when parity-scale-codec decodes a Vec of this element type without descending a level
// (its fast path for primitive integers).
bool is_plain_int(const TypeDesc& t) { return t.kind == Kind::kUint || t.kind == Kind::kInt; }

std::string index_segment(size_t i) { return "[" + std::to_string(i) + "]"; }

// ---- decode -----------------------------------------------------------------------------------

struct DecodeCtx {
  scale::Decoder& d;
  const Registry* registry;
  uint32_t depth = 0;
  DecodeFailure failure;
};

bool fail_codec(DecodeCtx& c) {
  c.failure.reason = DecodeFailure::Reason::kCodec;
  c.failure.codec = c.d.ok() ? scale::DecodeError::kTruncated : c.d.error();
  c.failure.offset = c.d.offset();
  return false;
}

bool fail_codec(DecodeCtx& c, scale::DecodeError e) {
  c.d.fail(e);
  return fail_codec(c);
}

bool fail_reason(DecodeCtx& c, DecodeFailure::Reason r) {
  c.failure.reason = r;
  c.failure.offset = c.d.offset();
  return false;
}

bool prepend(DecodeCtx& c, const std::string& segment) {
  c.failure.path.insert(0, segment);
  return false;
}

bool read_le(DecodeCtx& c, uint32_t bits, u128& out) {
  ByteView b;
  if (!c.d.read_bytes(bits / 8, b)) return fail_codec(c);
  out = 0;
  for (size_t i = b.size(); i-- > 0;) out = (out << 8) | b[i];
  return true;
}

bool decode_rec(DecodeCtx& c, const TypeDesc& t, Value& out);

bool decode_fields(DecodeCtx& c, const std::vector<Field>& fields, std::vector<Value>& out) {
  out.clear();
  out.reserve(fields.size());
  for (size_t i = 0; i < fields.size(); ++i) {
    Value v;
    if (!decode_rec(c, *fields[i].type, v)) {
      return prepend(c, fields[i].name.empty() ? index_segment(i) : "." + fields[i].name);
    }
    out.push_back(std::move(v));
  }
  return true;
}

bool decode_call(DecodeCtx& c, Value& out) {
  if (c.registry == nullptr) return fail_reason(c, DecodeFailure::Reason::kNoRegistry);
  uint8_t pallet = 0;
  uint8_t call = 0;
  if (!c.d.read_byte(pallet)) return fail_codec(c);
  const PalletDesc* p = c.registry->pallet_by_index(pallet);
  if (p == nullptr) return fail_codec(c, scale::DecodeError::kInvalidEnumTag);
  if (!c.d.read_byte(call)) {
    fail_codec(c);
    return prepend(c, "." + p->name);
  }
  const CallDesc* cd = p->call_by_index(call);
  if (cd == nullptr) {
    fail_codec(c, scale::DecodeError::kInvalidEnumTag);
    return prepend(c, "." + p->name);
  }
  std::vector<Value> args;
  if (!decode_fields(c, cd->args, args)) return prepend(c, "." + p->name + "." + cd->name);
  out = Value::call(pallet, call, std::move(args));
  return true;
}

bool decode_body(DecodeCtx& c, const TypeDesc& t, Value& out) {
  switch (t.kind) {
    case Kind::kUint: {
      u128 v = 0;
      if (!read_le(c, t.bits, v)) return false;
      out = Value::of_uint(v);
      return true;
    }
    case Kind::kInt: {
      u128 v = 0;
      if (!read_le(c, t.bits, v)) return false;
      if (t.bits < 128 && ((v >> (t.bits - 1)) & 1) != 0) v |= ~max_for_bits(t.bits);
      out = Value{};
      out.kind = Value::Kind::kInt;
      out.uint = v;
      return true;
    }
    case Kind::kBool: {
      bool b = false;
      if (!scale::decode_from(c.d, b)) return fail_codec(c);
      out = Value::of_bool(b);
      return true;
    }
    case Kind::kCompact: {
      u128 v = 0;
      if (!scale::decode_compact(c.d, v)) return fail_codec(c);
      const uint32_t bits = t.inner != nullptr ? t.inner->bits : 128;
      if (v > max_for_bits(bits)) return fail_codec(c, scale::DecodeError::kCompactOverflow);
      out = Value::of_uint(v);
      return true;
    }
    case Kind::kString: {
      std::string s;
      if (!scale::decode_from(c.d, s)) return fail_codec(c);
      out = Value::of_string(std::move(s));
      return true;
    }
    case Kind::kBytes: {
      Bytes b;
      if (!scale::decode_from(c.d, b)) return fail_codec(c);
      out = Value::of_bytes(std::move(b));
      return true;
    }
    case Kind::kByteArray: {
      ByteView b;
      if (!c.d.read_bytes(t.length, b)) return fail_codec(c);
      out = Value::of_bytes(Bytes(b.begin(), b.end()));
      return true;
    }
    case Kind::kSeq: {
      const TypeDesc& inner = *t.inner;
      size_t n = 0;
      if (!scale::decode_length(c.d, n, min_encoded_size(inner))) return fail_codec(c);
      const bool descend = !is_plain_int(inner);
      if (descend && ++c.depth > kMaxDecodeDepth) {
        return fail_reason(c, DecodeFailure::Reason::kDepthLimit);
      }
      std::vector<Value> items;
      items.reserve(n);  // n * max(1, min size) <= remaining input
      for (size_t i = 0; i < n; ++i) {
        Value v;
        if (!decode_rec(c, inner, v)) return prepend(c, index_segment(i));
        items.push_back(std::move(v));
      }
      if (descend) --c.depth;
      out = Value::seq(std::move(items));
      return true;
    }
    case Kind::kArray: {
      std::vector<Value> items;
      items.reserve(t.length);
      for (uint32_t i = 0; i < t.length; ++i) {
        Value v;
        if (!decode_rec(c, *t.inner, v)) return prepend(c, index_segment(i));
        items.push_back(std::move(v));
      }
      out = Value::seq(std::move(items));
      return true;
    }
    case Kind::kTuple:
    case Kind::kStruct: {
      std::vector<Value> items;
      if (!decode_fields(c, t.fields, items)) return false;
      out = Value::seq(std::move(items));
      return true;
    }
    case Kind::kEnum: {
      uint8_t tag = 0;
      if (!c.d.read_byte(tag)) return fail_codec(c);
      const Variant* var = t.variant_by_index(tag);
      if (var == nullptr) return fail_codec(c, scale::DecodeError::kInvalidEnumTag);
      std::vector<Value> fields;
      if (!decode_fields(c, var->fields, fields)) return prepend(c, "." + var->name);
      out = Value::variant(tag, std::move(fields));
      return true;
    }
    case Kind::kOption: {
      uint8_t tag = 0;
      if (!c.d.read_byte(tag)) return fail_codec(c);
      if (tag == 0) {
        out = Value::variant(0, {});
        return true;
      }
      if (tag != 1) return fail_codec(c, scale::DecodeError::kInvalidOptionTag);
      Value v;
      if (!decode_rec(c, *t.inner, v)) return false;
      std::vector<Value> items;
      items.push_back(std::move(v));
      out = Value::variant(1, std::move(items));
      return true;
    }
    case Kind::kFixed:
      return decode_rec(c, *t.inner, out);
    case Kind::kCall:
      return decode_call(c, out);
  }
  return fail_codec(c, scale::DecodeError::kInvalidEnumTag);
}

bool decode_rec(DecodeCtx& c, const TypeDesc& t, Value& out) {
  if (!t.boxed) return decode_body(c, t, out);
  if (++c.depth > kMaxDecodeDepth) return fail_reason(c, DecodeFailure::Reason::kDepthLimit);
  if (!decode_body(c, t, out)) return false;
  --c.depth;
  return true;
}

// ---- encode -----------------------------------------------------------------------------------

struct EncodeCtx {
  scale::Encoder& e;
  const Registry* registry;
  EncodeFailure failure;
};

bool efail(EncodeCtx& c, EncodeFailure::Reason r) {
  c.failure.reason = r;
  return false;
}

bool eprepend(EncodeCtx& c, const std::string& segment) {
  c.failure.path.insert(0, segment);
  return false;
}

void put_le(scale::Encoder& e, u128 v, uint32_t bits) {
  for (uint32_t i = 0; i < bits / 8; ++i) {
    e.put_byte(static_cast<uint8_t>(v & 0xff));
    v >>= 8;
  }
}

bool encode_rec(EncodeCtx& c, const TypeDesc& t, const Value& v);

bool encode_fields(EncodeCtx& c, const std::vector<Field>& fields,
                   const std::vector<Value>& items) {
  if (items.size() != fields.size()) return efail(c, EncodeFailure::Reason::kBadLength);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!encode_rec(c, *fields[i].type, items[i])) {
      return eprepend(c, fields[i].name.empty() ? index_segment(i) : "." + fields[i].name);
    }
  }
  return true;
}

bool encode_rec(EncodeCtx& c, const TypeDesc& t, const Value& v) {
  using R = EncodeFailure::Reason;
  using VK = Value::Kind;
  switch (t.kind) {
    case Kind::kUint:
      if (v.kind != VK::kUint) return efail(c, R::kKindMismatch);
      if (v.uint > max_for_bits(t.bits)) return efail(c, R::kOutOfRange);
      put_le(c.e, v.uint, t.bits);
      return true;
    case Kind::kInt: {
      if (v.kind != VK::kInt) return efail(c, R::kKindMismatch);
      if (t.bits < 128) {
        const i128 x = v.as_int();
        const i128 hi = static_cast<i128>(max_for_bits(t.bits - 1));
        if (x > hi || x < -hi - 1) return efail(c, R::kOutOfRange);
      }
      put_le(c.e, v.uint, t.bits);
      return true;
    }
    case Kind::kBool:
      if (v.kind != VK::kBool) return efail(c, R::kKindMismatch);
      c.e.put_byte(v.boolean ? 1 : 0);
      return true;
    case Kind::kCompact: {
      if (v.kind != VK::kUint) return efail(c, R::kKindMismatch);
      const uint32_t bits = t.inner != nullptr ? t.inner->bits : 128;
      if (v.uint > max_for_bits(bits)) return efail(c, R::kOutOfRange);
      scale::encode_compact(c.e, v.uint);
      return true;
    }
    case Kind::kString:
      if (v.kind != VK::kString) return efail(c, R::kKindMismatch);
      if (!scale::is_valid_utf8(as_bytes(v.text))) return efail(c, R::kInvalidUtf8);
      scale::encode_to(c.e, v.text);
      return true;
    case Kind::kBytes:
      if (v.kind != VK::kBytes) return efail(c, R::kKindMismatch);
      scale::encode_to(c.e, v.bytes);
      return true;
    case Kind::kByteArray:
      if (v.kind != VK::kBytes) return efail(c, R::kKindMismatch);
      if (v.bytes.size() != t.length) return efail(c, R::kBadLength);
      c.e.put_bytes(v.bytes);
      return true;
    case Kind::kSeq:
      if (v.kind != VK::kSeq) return efail(c, R::kKindMismatch);
      scale::encode_length(c.e, v.items.size());
      for (size_t i = 0; i < v.items.size(); ++i) {
        if (!encode_rec(c, *t.inner, v.items[i])) return eprepend(c, index_segment(i));
      }
      return true;
    case Kind::kArray:
      if (v.kind != VK::kSeq) return efail(c, R::kKindMismatch);
      if (v.items.size() != t.length) return efail(c, R::kBadLength);
      for (size_t i = 0; i < v.items.size(); ++i) {
        if (!encode_rec(c, *t.inner, v.items[i])) return eprepend(c, index_segment(i));
      }
      return true;
    case Kind::kTuple:
    case Kind::kStruct:
      if (v.kind != VK::kSeq) return efail(c, R::kKindMismatch);
      return encode_fields(c, t.fields, v.items);
    case Kind::kEnum: {
      if (v.kind != VK::kVariant) return efail(c, R::kKindMismatch);
      const Variant* var = t.variant_by_index(v.index);
      if (var == nullptr) return efail(c, R::kUnknownVariant);
      c.e.put_byte(v.index);
      if (!encode_fields(c, var->fields, v.items)) return eprepend(c, "." + var->name);
      return true;
    }
    case Kind::kOption:
      if (v.kind != VK::kVariant) return efail(c, R::kKindMismatch);
      if (v.index > 1) return efail(c, R::kUnknownVariant);
      if (v.items.size() != v.index) return efail(c, R::kBadLength);
      c.e.put_byte(v.index);
      return v.index == 0 || encode_rec(c, *t.inner, v.items[0]);
    case Kind::kFixed:
      return encode_rec(c, *t.inner, v);
    case Kind::kCall: {
      if (v.kind != VK::kCall) return efail(c, R::kKindMismatch);
      if (c.registry == nullptr) return efail(c, R::kNoRegistry);
      const PalletDesc* p = c.registry->pallet_by_index(v.index);
      const CallDesc* cd = p == nullptr ? nullptr : p->call_by_index(v.index2);
      if (cd == nullptr) return efail(c, R::kUnknownCall);
      c.e.put_byte(v.index);
      c.e.put_byte(v.index2);
      if (!encode_fields(c, cd->args, v.items)) return eprepend(c, "." + p->name + "." + cd->name);
      return true;
    }
  }
  return efail(c, R::kKindMismatch);
}

std::string with_path(const std::string& path, std::string_view what) {
  std::string out = path.empty() ? std::string("(value)") : path;
  out += ": ";
  out += what;
  return out;
}

}  // namespace

std::string DecodeFailure::message() const {
  std::string what;
  switch (reason) {
    case Reason::kCodec:
      what = std::string(scale::to_string(codec));
      break;
    case Reason::kDepthLimit:
      what = "nesting deeper than " + std::to_string(kMaxDecodeDepth) + " levels";
      break;
    case Reason::kNoRegistry:
      what = "a call needs the pallet registry";
      break;
    case Reason::kWrongPrefix:
      what = "key is not under the item's prefix";
      break;
  }
  return with_path(path, what + " (at byte " + std::to_string(offset) + ")");
}

std::string EncodeFailure::message() const {
  std::string_view what = "?";
  switch (reason) {
    case Reason::kKindMismatch:
      what = "value does not have the type's shape";
      break;
    case Reason::kOutOfRange:
      what = "integer out of range";
      break;
    case Reason::kBadLength:
      what = "wrong length";
      break;
    case Reason::kUnknownVariant:
      what = "unknown variant";
      break;
    case Reason::kUnknownCall:
      what = "unknown pallet or call";
      break;
    case Reason::kInvalidUtf8:
      what = "string is not UTF-8";
      break;
    case Reason::kNoRegistry:
      what = "a call needs the pallet registry";
      break;
    case Reason::kTooManyKeys:
      what = "more key values than the item has keys";
      break;
  }
  return with_path(path, what);
}

size_t min_encoded_size(const TypeDesc& t) {
  switch (t.kind) {
    case Kind::kUint:
    case Kind::kInt:
    case Kind::kFixed:
      return t.bits / 8;
    case Kind::kBool:
    case Kind::kCompact:
    case Kind::kString:
    case Kind::kBytes:
    case Kind::kSeq:
    case Kind::kEnum:  // a tag byte at least (an enum without variants cannot be decoded at all)
    case Kind::kOption:
      return 1;
    case Kind::kByteArray:
      return t.length;
    case Kind::kArray:
      return static_cast<size_t>(t.length) * min_encoded_size(*t.inner);
    case Kind::kTuple:
    case Kind::kStruct: {
      size_t n = 0;
      for (const Field& f : t.fields) n += min_encoded_size(*f.type);
      return n;
    }
    case Kind::kCall:
      return 2;
  }
  return 0;
}

Result<Value, DecodeFailure> decode_value(const TypeDesc& type, scale::Decoder& d,
                                          const Registry* registry) {
  DecodeCtx c{d, registry, 0, {}};
  if (!d.ok()) {
    fail_codec(c);
    return unexpected(std::move(c.failure));
  }
  Value v;
  if (!decode_rec(c, type, v)) return unexpected(std::move(c.failure));
  return v;
}

Result<Value, DecodeFailure> decode_value_all(const TypeDesc& type, ByteView bytes,
                                              const Registry* registry) {
  scale::Decoder d(bytes);
  Result<Value, DecodeFailure> r = decode_value(type, d, registry);
  if (r.has_value() && d.remaining() != 0) {
    DecodeFailure f;
    f.codec = scale::DecodeError::kTrailingBytes;
    f.offset = d.offset();
    return unexpected(std::move(f));
  }
  return r;
}

Result<void, EncodeFailure> encode_value(const TypeDesc& type, const Value& value,
                                         scale::Encoder& e, const Registry* registry) {
  EncodeCtx c{e, registry, {}};
  if (!encode_rec(c, type, value)) return unexpected(std::move(c.failure));
  return Ok{};
}

Result<Bytes, EncodeFailure> encode_value_bytes(const TypeDesc& type, const Value& value,
                                                const Registry* registry) {
  scale::Encoder e;
  SUBEMU_TRY(encode_value(type, value, e, registry));
  return e.take();
}

Result<std::vector<Value>, DecodeFailure> decode_storage_key(const ItemDesc& item, ByteView key,
                                                             const Registry* registry) {
  const storage::StoragePrefix prefix = storage::storage_prefix(item.pallet, item.name);
  if (key.size() < prefix.size() || !std::equal(prefix.begin(), prefix.end(), key.begin())) {
    DecodeFailure f;
    f.reason = DecodeFailure::Reason::kWrongPrefix;
    return unexpected(std::move(f));
  }
  const ByteView tail = key.subspan(prefix.size());
  scale::Decoder d(tail);
  std::vector<Value> out;
  out.reserve(item.hashers.size());
  for (size_t i = 0; i < item.hashers.size(); ++i) {
    const storage::HasherKind h = item.hashers[i];
    ByteView digest;
    Result<Value, DecodeFailure> v = [&]() -> Result<Value, DecodeFailure> {
      if (!d.read_bytes(storage::hash_size(h), digest)) {
        DecodeFailure f;
        f.codec = d.error();
        f.offset = d.offset();
        return unexpected(std::move(f));
      }
      if (!storage::is_reversible(h)) return Value::of_bytes(Bytes(digest.begin(), digest.end()));
      return decode_value(*item.keys[i], d, registry);
    }();
    if (!v.has_value()) {
      DecodeFailure f = v.error();
      f.path.insert(0, "key" + index_segment(i));
      f.offset += prefix.size();
      return unexpected(std::move(f));
    }
    out.push_back(std::move(v).value());
  }
  if (d.remaining() != 0) {
    DecodeFailure f;
    f.codec = scale::DecodeError::kTrailingBytes;
    f.offset = prefix.size() + d.offset();
    f.path = "key";
    return unexpected(std::move(f));
  }
  return out;
}

Result<Bytes, EncodeFailure> encode_storage_key(const ItemDesc& item,
                                                const std::vector<Value>& keys,
                                                const Registry* registry) {
  if (keys.size() > item.hashers.size()) {
    EncodeFailure f;
    f.reason = EncodeFailure::Reason::kTooManyKeys;
    f.path = "key";
    return unexpected(std::move(f));
  }
  const storage::StoragePrefix prefix = storage::storage_prefix(item.pallet, item.name);
  Bytes out(prefix.begin(), prefix.end());
  for (size_t i = 0; i < keys.size(); ++i) {
    Result<Bytes, EncodeFailure> enc = encode_value_bytes(*item.keys[i], keys[i], registry);
    if (!enc.has_value()) {
      EncodeFailure f = enc.error();
      f.path.insert(0, "key" + index_segment(i));
      return unexpected(std::move(f));
    }
    storage::append_hashed(item.hashers[i], *enc, out);
  }
  return out;
}

}  // namespace subemu::runtime::metadata
