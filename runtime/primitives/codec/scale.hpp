// SCALE codec (parity-scale-codec semantics): the byte format of every storage value, call,
// event and extrinsic on a Substrate chain.
//
// Encoding is total. Decoding is strict and never trusts input:
//   * a Decoder carries a sticky error: after the first failure every read fails, the value being
//     decoded is left default (or partially filled) and error() names the first failure;
//   * compact integers must be canonical (the shortest mode; big-integer mode without superfluous
//     high zero bytes) and must fit the target type;
//   * a length prefix is checked against remaining() (times the element's minimum encoded size,
//     at least 1) before anything is reserved, so crafted lengths never allocate;
//   * bool must be 0/1, Option tags 0/1, Result tags 0/1, strings valid UTF-8 (Rust's rules);
//   * decode<T>(bytes) requires the whole input to be consumed (kTrailingBytes otherwise).
//
// Supported types (Codec<T>): bool, uint8_t..uint64_t, u128, int8_t..int64_t, i128 (little
// endian), Compact<T>, std::vector<T> (compact length; Vec<u8> fast path), std::string (UTF-8),
// std::optional<T> (generic: Option<bool> is 0x00 | 0x01 b), OptionBool (the 1-byte shim),
// std::array<T, N> (no length prefix), std::pair, std::tuple, std::map<K, V> (BTreeMap: compact
// length, pairs in key order), std::monostate (the unit type "()"), subemu::Result<T, E> (the Rust
// Result enum: 0x00 ok | 0x01 err), and any user type with members
//     void encode_to(scale::Encoder&) const;
//     static bool decode_from(scale::Decoder&, T&);
// (optionally `static constexpr size_t kScaleMinSize`, its minimum encoded size, which tightens the
// Vec<T> length check). Other types may specialise scale::Codec<T> directly.
// Inside such a type, call the free functions qualified (scale::encode_to / scale::decode_from):
// unqualified names find the member first.
//
// Deviation from parity-scale-codec, on purpose: a Vec<T> whose elements may encode to zero bytes
// (Vec<()>) must not announce more elements than there are remaining input bytes.
// Pure; thread-compatible (an Encoder/Decoder is used by one thread at a time).
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"

#if __has_include("runtime/primitives/arith/int128.hpp")
#include "runtime/primitives/arith/int128.hpp"
#else
namespace subemu {
// Same types as runtime/primitives/arith/int128.hpp declares; redeclaring an alias to the same
// type is allowed, so both headers can be included together.
__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;
}  // namespace subemu
#endif

namespace subemu::scale {

// Why a decode failed. The first failure of a Decoder is kept (sticky).
enum class DecodeError : uint8_t {
  kTruncated,            // input ended inside a value
  kNonCanonicalCompact,  // compact integer not in its shortest form
  kCompactOverflow,      // compact value does not fit the target type
  kLengthTooLarge,       // length prefix larger than the remaining input can hold
  kInvalidBool,          // bool byte not 0 or 1
  kInvalidOptionTag,     // Option tag not 0 or 1 (OptionBool: not 0, 1 or 2)
  kInvalidEnumTag,       // enum variant index unknown (also Result tags)
  kInvalidUtf8,          // String bytes are not valid UTF-8
  kTrailingBytes,        // decode() left input unconsumed
};
std::string_view to_string(DecodeError e);

// Append-only output buffer.
class Encoder {
 public:
  Encoder() = default;
  void reserve(size_t n) { out_.reserve(n); }
  void put_byte(uint8_t b) { out_.push_back(b); }
  void put_bytes(ByteView b) { out_.insert(out_.end(), b.begin(), b.end()); }
  const Bytes& bytes() const { return out_; }
  Bytes take() { return std::move(out_); }
  size_t size() const { return out_.size(); }

 private:
  Bytes out_;
};

// Cursor over an input view with a sticky error. The view must outlive the Decoder.
class Decoder {
 public:
  explicit Decoder(ByteView in) : in_(in) {}

  bool ok() const { return ok_; }
  // REQUIRES: !ok().
  DecodeError error() const { return err_; }
  // Records `e` unless an earlier error is already recorded; every later read fails.
  void fail(DecodeError e) {
    if (ok_) {
      ok_ = false;
      err_ = e;
    }
  }
  size_t remaining() const { return in_.size() - pos_; }
  size_t offset() const { return pos_; }

  // On failure (or after an earlier one) sets `out` to 0 / empty and returns false.
  bool read_byte(uint8_t& out) {
    if (!ok_ || pos_ >= in_.size()) {
      out = 0;
      fail(DecodeError::kTruncated);
      return false;
    }
    out = in_[pos_++];
    return true;
  }
  bool read_bytes(size_t n, ByteView& out) {
    if (!ok_ || n > remaining()) {
      out = {};
      fail(DecodeError::kTruncated);
      return false;
    }
    out = in_.subspan(pos_, n);
    pos_ += n;
    return true;
  }

 private:
  ByteView in_;
  size_t pos_ = 0;
  bool ok_ = true;
  DecodeError err_ = DecodeError::kTruncated;
};

// Compact (variable-length) integer wrapper: Compact<uint8_t> .. Compact<u128>.
template <class T>
struct Compact {
  T value{};
  friend bool operator==(const Compact&, const Compact&) = default;
};

// The Option<bool> shim of parity-scale-codec: one byte, 0 = None, 1 = Some(true), 2 = Some(false).
struct OptionBool {
  std::optional<bool> value;
  friend bool operator==(const OptionBool&, const OptionBool&) = default;
};

// Canonical compact encoding of any unsigned value up to 128 bits.
void encode_compact(Encoder& e, u128 v);
// Reads a compact integer; fails with kNonCanonicalCompact / kTruncated. Values above 2^128 - 1
// fail with kCompactOverflow.
bool decode_compact(Decoder& d, u128& out);
// Number of bytes encode_compact(v) writes.
size_t compact_size(u128 v);

// Length prefix of a collection (Compact<u32> on chain).
void encode_length(Encoder& e, size_t n);
// Reads a length prefix and checks n * max(1, min_element_size) <= remaining(), else
// kLengthTooLarge (lengths above u32::MAX fail with kCompactOverflow as in parity-scale-codec).
bool decode_length(Decoder& d, size_t& n, size_t min_element_size);

// Reads an enum variant byte; tags above max_tag fail with kInvalidEnumTag.
bool decode_enum_tag(Decoder& d, uint8_t& tag, uint8_t max_tag);

// True when `bytes` is valid UTF-8 by Rust's rules (no overlongs, surrogates or > U+10FFFF).
bool is_valid_utf8(ByteView bytes);

template <class T, class = void>
struct Codec;  // static void encode(Encoder&, const T&); static bool decode(Decoder&, T&);

template <class T>
void encode_to(Encoder& e, const T& v) {
  Codec<T>::encode(e, v);
}
template <class T>
Bytes encode(const T& v) {
  Encoder e;
  encode_to(e, v);
  return e.take();
}
// Decodes one T from the decoder's position; false (and d.error()) on failure.
template <class T>
bool decode_from(Decoder& d, T& out) {
  return Codec<T>::decode(d, out) && d.ok();
}

namespace detail {

// ---- integer traits (std::is_integral is false for __int128 under -std=c++20) ----
template <class T>
struct FixedInt : std::false_type {};
#define SUBEMU_SCALE_FIXED_INT_(T, U)   \
  template <>                           \
  struct FixedInt<T> : std::true_type { \
    using Unsigned = U;                 \
  };
SUBEMU_SCALE_FIXED_INT_(uint8_t, uint8_t)
SUBEMU_SCALE_FIXED_INT_(uint16_t, uint16_t)
SUBEMU_SCALE_FIXED_INT_(uint32_t, uint32_t)
SUBEMU_SCALE_FIXED_INT_(uint64_t, uint64_t)
SUBEMU_SCALE_FIXED_INT_(u128, u128)
SUBEMU_SCALE_FIXED_INT_(int8_t, uint8_t)
SUBEMU_SCALE_FIXED_INT_(int16_t, uint16_t)
SUBEMU_SCALE_FIXED_INT_(int32_t, uint32_t)
SUBEMU_SCALE_FIXED_INT_(int64_t, uint64_t)
SUBEMU_SCALE_FIXED_INT_(i128, u128)
#undef SUBEMU_SCALE_FIXED_INT_

template <class T>
inline constexpr bool kIsFixedInt = FixedInt<T>::value;

template <class T>
inline constexpr bool kIsCompactTarget =
    std::is_same_v<T, uint8_t> || std::is_same_v<T, uint16_t> || std::is_same_v<T, uint32_t> ||
    std::is_same_v<T, uint64_t> || std::is_same_v<T, u128>;

template <class T>
concept ScaleUserType = requires(const T& cv, T& v, Encoder& e, Decoder& d) {
  cv.encode_to(e);
  { T::decode_from(d, v) } -> std::same_as<bool>;
};

// Minimum number of bytes any value of T encodes to (0 when unknown).
template <class T>
constexpr size_t min_encoded_size() {
  if constexpr (requires { Codec<T>::kMinSize; }) {
    return Codec<T>::kMinSize;
  } else {
    return 0;
  }
}

// A fresh value to decode into (types without a default constructor specialise Seed).
template <class T>
struct Seed {
  static T make() { return T{}; }
};
template <class T, class E>
struct Seed<Result<T, E>> {
  static Result<T, E> make() { return Result<T, E>(unexpected(Seed<E>::make())); }
};

}  // namespace detail

// Decodes exactly one T from `in`; trailing bytes are an error.
template <class T>
Result<T, DecodeError> decode(ByteView in) {
  Decoder d(in);
  T v = detail::Seed<T>::make();
  if (!decode_from(d, v)) return unexpected(d.error());
  if (d.remaining() != 0) return unexpected(DecodeError::kTrailingBytes);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Codec specialisations.

template <>
struct Codec<bool> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, bool v) { e.put_byte(v ? 1 : 0); }
  static bool decode(Decoder& d, bool& out) {
    out = false;
    uint8_t b = 0;
    if (!d.read_byte(b)) return false;
    if (b > 1) {
      d.fail(DecodeError::kInvalidBool);
      return false;
    }
    out = b == 1;
    return true;
  }
};

template <class T>
struct Codec<T, std::enable_if_t<detail::kIsFixedInt<T>>> {
  using U = typename detail::FixedInt<T>::Unsigned;
  static constexpr size_t kMinSize = sizeof(T);
  static void encode(Encoder& e, T v) {
    U u = static_cast<U>(v);
    uint8_t buf[sizeof(T)];
    for (size_t i = 0; i < sizeof(T); ++i) {
      buf[i] = static_cast<uint8_t>(u & 0xff);
      if constexpr (sizeof(T) > 1) u = static_cast<U>(u >> 8);
    }
    e.put_bytes(ByteView(buf, sizeof(T)));
  }
  static bool decode(Decoder& d, T& out) {
    out = 0;
    ByteView b;
    if (!d.read_bytes(sizeof(T), b)) return false;
    U u = 0;
    for (size_t i = sizeof(T); i-- > 0;) {
      if constexpr (sizeof(T) > 1) u = static_cast<U>(u << 8);
      u = static_cast<U>(u | b[i]);
    }
    out = static_cast<T>(u);
    return true;
  }
};

template <class T>
struct Codec<Compact<T>> {
  static_assert(detail::kIsCompactTarget<T>, "Compact<T> needs T in uint8_t..u128");
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const Compact<T>& v) {
    encode_compact(e, static_cast<u128>(v.value));
  }
  static bool decode(Decoder& d, Compact<T>& out) {
    out.value = 0;
    u128 v = 0;
    if (!decode_compact(d, v)) return false;
    // ~T{0}: std::numeric_limits<u128> is not specialised under -std=c++20 (no GNU extensions).
    if (v > static_cast<u128>(static_cast<T>(~T{0}))) {
      d.fail(DecodeError::kCompactOverflow);
      return false;
    }
    out.value = static_cast<T>(v);
    return true;
  }
};

template <>
struct Codec<std::monostate> {
  static constexpr size_t kMinSize = 0;
  static void encode(Encoder&, const std::monostate&) {}
  static bool decode(Decoder& d, std::monostate&) { return d.ok(); }
};

template <class T>
struct Codec<std::vector<T>> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const std::vector<T>& v) {
    encode_length(e, v.size());
    if constexpr (std::is_same_v<T, uint8_t>) {
      e.put_bytes(v);
    } else {
      for (const T& x : v) encode_to(e, x);
    }
  }
  static bool decode(Decoder& d, std::vector<T>& out) {
    out.clear();
    size_t n = 0;
    if (!decode_length(d, n, detail::min_encoded_size<T>())) return false;
    if constexpr (std::is_same_v<T, uint8_t>) {
      ByteView b;
      if (!d.read_bytes(n, b)) return false;
      out.assign(b.begin(), b.end());
      return true;
    } else {
      out.reserve(n);  // bounded by remaining() in decode_length
      for (size_t i = 0; i < n; ++i) {
        T x = detail::Seed<T>::make();
        if (!decode_from(d, x)) return false;
        out.push_back(std::move(x));
      }
      return true;
    }
  }
};

template <>
struct Codec<std::string> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const std::string& s) {
    encode_length(e, s.size());
    e.put_bytes(as_bytes(s));
  }
  static bool decode(Decoder& d, std::string& out) {
    out.clear();
    size_t n = 0;
    if (!decode_length(d, n, 1)) return false;
    ByteView b;
    if (!d.read_bytes(n, b)) return false;
    if (!is_valid_utf8(b)) {
      d.fail(DecodeError::kInvalidUtf8);
      return false;
    }
    out.assign(b.begin(), b.end());
    return true;
  }
};

template <class T>
struct Codec<std::optional<T>> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const std::optional<T>& v) {
    if (!v) {
      e.put_byte(0);
      return;
    }
    e.put_byte(1);
    encode_to(e, *v);
  }
  static bool decode(Decoder& d, std::optional<T>& out) {
    out.reset();
    uint8_t tag = 0;
    if (!d.read_byte(tag)) return false;
    if (tag == 0) return true;
    if (tag != 1) {
      d.fail(DecodeError::kInvalidOptionTag);
      return false;
    }
    T x = detail::Seed<T>::make();
    if (!decode_from(d, x)) return false;
    out.emplace(std::move(x));
    return true;
  }
};

template <>
struct Codec<OptionBool> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const OptionBool& v) {
    e.put_byte(!v.value ? 0 : (*v.value ? 1 : 2));
  }
  static bool decode(Decoder& d, OptionBool& out) {
    out.value.reset();
    uint8_t tag = 0;
    if (!d.read_byte(tag)) return false;
    switch (tag) {
      case 0:
        return true;
      case 1:
        out.value = true;
        return true;
      case 2:
        out.value = false;
        return true;
      default:
        d.fail(DecodeError::kInvalidOptionTag);
        return false;
    }
  }
};

template <class T, size_t N>
struct Codec<std::array<T, N>> {
  static constexpr size_t kMinSize = N * detail::min_encoded_size<T>();
  static void encode(Encoder& e, const std::array<T, N>& v) {
    if constexpr (std::is_same_v<T, uint8_t>) {
      e.put_bytes(v);
    } else {
      for (const T& x : v) encode_to(e, x);
    }
  }
  static bool decode(Decoder& d, std::array<T, N>& out) {
    if constexpr (std::is_same_v<T, uint8_t>) {
      ByteView b;
      if (!d.read_bytes(N, b)) {
        out.fill(0);
        return false;
      }
      for (size_t i = 0; i < N; ++i) out[i] = b[i];
      return true;
    } else {
      for (T& x : out) {
        if (!decode_from(d, x)) return false;
      }
      return true;
    }
  }
};

template <class... Ts>
struct Codec<std::tuple<Ts...>> {
  static constexpr size_t kMinSize = (size_t{0} + ... + detail::min_encoded_size<Ts>());
  static void encode(Encoder& e, const std::tuple<Ts...>& v) {
    std::apply([&e](const Ts&... xs) { (encode_to(e, xs), ...); }, v);
  }
  static bool decode(Decoder& d, std::tuple<Ts...>& out) {
    return std::apply([&d](Ts&... xs) { return (decode_from(d, xs) && ... && true); }, out);
  }
};

template <class A, class B>
struct Codec<std::pair<A, B>> {
  static constexpr size_t kMinSize = detail::min_encoded_size<A>() + detail::min_encoded_size<B>();
  static void encode(Encoder& e, const std::pair<A, B>& v) {
    encode_to(e, v.first);
    encode_to(e, v.second);
  }
  static bool decode(Decoder& d, std::pair<A, B>& out) {
    return decode_from(d, out.first) && decode_from(d, out.second);
  }
};

// BTreeMap<K, V>: compact length, then (key, value) pairs in ascending key order. Decoding accepts
// any order and keeps the last value of a repeated key, as Rust's BTreeMap::from_iter does.
template <class K, class V, class Cmp, class Alloc>
struct Codec<std::map<K, V, Cmp, Alloc>> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const std::map<K, V, Cmp, Alloc>& m) {
    encode_length(e, m.size());
    for (const auto& [k, v] : m) {
      encode_to(e, k);
      encode_to(e, v);
    }
  }
  static bool decode(Decoder& d, std::map<K, V, Cmp, Alloc>& out) {
    out.clear();
    size_t n = 0;
    if (!decode_length(d, n, detail::min_encoded_size<K>() + detail::min_encoded_size<V>())) {
      return false;
    }
    for (size_t i = 0; i < n; ++i) {
      K k = detail::Seed<K>::make();
      V v = detail::Seed<V>::make();
      if (!decode_from(d, k) || !decode_from(d, v)) return false;
      out.insert_or_assign(std::move(k), std::move(v));
    }
    return true;
  }
};

// Rust's Result<T, E>: 0x00 ++ T | 0x01 ++ E. Result<void, E> is Result<(), E>.
template <class T, class E>
struct Codec<Result<T, E>> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, const Result<T, E>& r) {
    if (r.has_value()) {
      e.put_byte(0);
      if constexpr (!std::is_void_v<T>) encode_to(e, r.value());
    } else {
      e.put_byte(1);
      encode_to(e, r.error());
    }
  }
  static bool decode(Decoder& d, Result<T, E>& out) {
    uint8_t tag = 0;
    if (!decode_enum_tag(d, tag, 1)) return false;
    if (tag == 0) {
      if constexpr (std::is_void_v<T>) {
        out = Result<T, E>(Ok{});
      } else {
        T v = detail::Seed<T>::make();
        if (!decode_from(d, v)) return false;
        out = Result<T, E>(std::move(v));
      }
    } else {
      E err = detail::Seed<E>::make();
      if (!decode_from(d, err)) return false;
      out = Result<T, E>(unexpected(std::move(err)));
    }
    return true;
  }
};

// User types: members encode_to / decode_from.
template <detail::ScaleUserType T>
struct Codec<T> {
  static constexpr size_t kMinSize = [] {
    if constexpr (requires { T::kScaleMinSize; }) {
      return static_cast<size_t>(T::kScaleMinSize);
    } else {
      return size_t{0};
    }
  }();
  static void encode(Encoder& e, const T& v) { v.encode_to(e); }
  static bool decode(Decoder& d, T& out) { return T::decode_from(d, out) && d.ok(); }
};

}  // namespace subemu::scale
