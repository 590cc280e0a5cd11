// SCALE codec: compact integers, length prefixes, enum tags and UTF-8 validation.
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::scale {

std::string_view to_string(DecodeError e) {
  switch (e) {
    case DecodeError::kTruncated:
      return "truncated input";
    case DecodeError::kNonCanonicalCompact:
      return "non-canonical compact integer";
    case DecodeError::kCompactOverflow:
      return "compact integer out of range";
    case DecodeError::kLengthTooLarge:
      return "length prefix exceeds remaining input";
    case DecodeError::kInvalidBool:
      return "invalid bool byte";
    case DecodeError::kInvalidOptionTag:
      return "invalid Option tag";
    case DecodeError::kInvalidEnumTag:
      return "invalid enum variant index";
    case DecodeError::kInvalidUtf8:
      return "invalid UTF-8 in string";
    case DecodeError::kTrailingBytes:
      return "trailing bytes after value";
  }
  return "unknown decode error";
}

namespace {

constexpr u128 kSingleByteLimit = u128{1} << 6;
constexpr u128 kTwoByteLimit = u128{1} << 14;
constexpr u128 kFourByteLimit = u128{1} << 30;
constexpr size_t kMaxBigBytes = 16;  // u128

size_t significant_bytes(u128 v) {
  size_t n = 0;
  while (v != 0) {
    ++n;
    v >>= 8;
  }
  return n;
}

}  // namespace

size_t compact_size(u128 v) {
  if (v < kSingleByteLimit) return 1;
  if (v < kTwoByteLimit) return 2;
  if (v < kFourByteLimit) return 4;
  return 1 + significant_bytes(v);
}

void encode_compact(Encoder& e, u128 v) {
  uint8_t buf[17];
  size_t n = 0;
  if (v < kSingleByteLimit) {
    buf[n++] = static_cast<uint8_t>(v << 2);
  } else if (v < kTwoByteLimit) {
    const auto w = static_cast<uint16_t>((v << 2) | 1);
    buf[n++] = static_cast<uint8_t>(w & 0xff);
    buf[n++] = static_cast<uint8_t>(w >> 8);
  } else if (v < kFourByteLimit) {
    auto w = static_cast<uint32_t>((v << 2) | 2);
    for (int i = 0; i < 4; ++i) {
      buf[n++] = static_cast<uint8_t>(w & 0xff);
      w >>= 8;
    }
  } else {
    const size_t len = significant_bytes(v);  // 4..16
    buf[n++] = static_cast<uint8_t>(((len - 4) << 2) | 3);
    for (size_t i = 0; i < len; ++i) {
      buf[n++] = static_cast<uint8_t>(v & 0xff);
      v >>= 8;
    }
  }
  e.put_bytes(ByteView(buf, n));
}

bool decode_compact(Decoder& d, u128& out) {
  out = 0;
  uint8_t b0 = 0;
  if (!d.read_byte(b0)) return false;
  switch (b0 & 3) {
    case 0:
      out = b0 >> 2;
      return true;
    case 1: {
      uint8_t b1 = 0;
      if (!d.read_byte(b1)) return false;
      const uint32_t v = ((static_cast<uint32_t>(b1) << 8) | b0) >> 2;
      if (v < kSingleByteLimit) {
        d.fail(DecodeError::kNonCanonicalCompact);
        return false;
      }
      out = v;
      return true;
    }
    case 2: {
      ByteView rest;
      if (!d.read_bytes(3, rest)) return false;
      const uint32_t w = static_cast<uint32_t>(b0) | (static_cast<uint32_t>(rest[0]) << 8) |
                         (static_cast<uint32_t>(rest[1]) << 16) |
                         (static_cast<uint32_t>(rest[2]) << 24);
      const uint32_t v = w >> 2;
      if (v < kTwoByteLimit) {
        d.fail(DecodeError::kNonCanonicalCompact);
        return false;
      }
      out = v;
      return true;
    }
    default: {
      const size_t n = static_cast<size_t>(b0 >> 2) + 4;  // 4..67
      ByteView payload;
      if (!d.read_bytes(n, payload)) return false;
      if (payload[n - 1] == 0) {  // superfluous high zero byte
        d.fail(DecodeError::kNonCanonicalCompact);
        return false;
      }
      if (n > kMaxBigBytes) {
        d.fail(DecodeError::kCompactOverflow);
        return false;
      }
      u128 v = 0;
      for (size_t i = n; i-- > 0;) v = (v << 8) | payload[i];
      if (v < kFourByteLimit) {  // fits the four-byte mode
        d.fail(DecodeError::kNonCanonicalCompact);
        return false;
      }
      out = v;
      return true;
    }
  }
}

void encode_length(Encoder& e, size_t n) { encode_compact(e, static_cast<u128>(n)); }

bool decode_length(Decoder& d, size_t& n, size_t min_element_size) {
  n = 0;
  u128 v = 0;
  if (!decode_compact(d, v)) return false;
  if (v > std::numeric_limits<uint32_t>::max()) {
    d.fail(DecodeError::kCompactOverflow);
    return false;
  }
  const size_t per = min_element_size == 0 ? 1 : min_element_size;
  const auto len = static_cast<size_t>(v);
  if (len > d.remaining() / per) {
    d.fail(DecodeError::kLengthTooLarge);
    return false;
  }
  n = len;
  return true;
}

bool decode_enum_tag(Decoder& d, uint8_t& tag, uint8_t max_tag) {
  if (!d.read_byte(tag)) return false;
  if (tag > max_tag) {
    d.fail(DecodeError::kInvalidEnumTag);
    tag = 0;
    return false;
  }
  return true;
}

bool is_valid_utf8(ByteView s) {
  size_t i = 0;
  const size_t n = s.size();
  auto cont = [&](size_t k) { return k < n && (s[k] & 0xC0) == 0x80; };
  while (i < n) {
    const uint8_t c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(i + 1)) return false;
      i += 2;
      continue;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      if (i + 1 >= n) return false;
      const uint8_t c1 = s[i + 1];
      const uint8_t lo = c == 0xE0 ? 0xA0 : 0x80;
      const uint8_t hi = c == 0xED ? 0x9F : 0xBF;  // no UTF-16 surrogates
      if (c1 < lo || c1 > hi || !cont(i + 2)) return false;
      i += 3;
      continue;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      if (i + 1 >= n) return false;
      const uint8_t c1 = s[i + 1];
      const uint8_t lo = c == 0xF0 ? 0x90 : 0x80;
      const uint8_t hi = c == 0xF4 ? 0x8F : 0xBF;  // <= U+10FFFF
      if (c1 < lo || c1 > hi || !cont(i + 2) || !cont(i + 3)) return false;
      i += 4;
      continue;
    }
    return false;  // stray continuation byte, overlong lead (C0/C1) or F5..FF
  }
  return true;
}

}  // namespace subemu::scale
